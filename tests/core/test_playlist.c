/* Playlists, and the content API the app and player use: loading a root, menu
 * information, compiling on demand, and hot reload keeping the last good version. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "model/content.h"

#define GOOD TESTS_DIR "/scripts/good"
#define BAD TESTS_DIR "/scripts/bad"

static void from_source(void **state)
{
    (void)state;
    ContentIndex *ix = content_index_create(NULL, NULL);
    content_index_add(ix, NAME_MOVE, "cat_cow");
    content_index_add(ix, NAME_MOVE, "heat");
    Arena *a = arena_create();
    DiagList d;
    diag_init(&d);
    const char *src = "playlist \"R\"\nlevel easy\nplay heat\nplay cat_cow reps=3 level=hard\nplay cat_cow\n";
    Playlist *p = playlist_from_source(src, strlen(src), "r", "playlists/r.playlist", ix, a, &d);
    assert_non_null(p);
    assert_int_equal(d.count, 0);
    assert_string_equal(p->id, "r");
    assert_string_equal(p->title, "R");
    assert_int_equal(p->level, LEVEL_EASY);
    assert_int_equal(p->entry_count, 3);
    assert_string_equal(p->entries[0].move_id, "heat");
    assert_int_equal(p->entries[0].level, LEVEL_EASY); /* the playlist's */
    assert_false(p->entries[0].has_level);
    assert_int_equal(p->entries[0].reps, 0);
    assert_int_equal(p->entries[0].line, 3);
    assert_int_equal(p->entries[1].level, LEVEL_HARD);
    assert_true(p->entries[1].has_level);
    assert_int_equal(p->entries[1].reps, 3);

    const char *bad = "playlist \"R\"\nplay cat_cwo\nplay heet\nplay nothing\n";
    assert_null(playlist_from_source(bad, strlen(bad), "r", "r.playlist", ix, a, &d));
    assert_int_equal(d.errors, 3);
    assert_string_equal(d.items[0].message, "unknown move 'cat_cwo' (did you mean 'cat_cow'?)");
    assert_int_equal(d.items[0].line, 2);
    assert_int_equal(d.items[0].col, 6);
    assert_string_equal(d.items[1].message, "unknown move 'heet' (did you mean 'heat'?)");
    assert_non_null(strstr(d.items[2].message, "no moves/nothing.move"));
    diag_deinit(&d);
    arena_destroy(a);
    content_index_destroy(ix);
}

static void load_good_root(void **state)
{
    (void)state;
    DiagList d;
    diag_init(&d);
    Content *c = content_load(GOOD, &d);
    assert_non_null(c);
    assert_int_equal(d.errors, 0);
    int moves, playlists;
    content_file_counts(c, &moves, &playlists);
    assert_int_equal(moves, 7);
    assert_int_equal(playlists, 2);
    assert_int_equal(content_move_count(c), 7);
    static const char *const ids[] = { "cat_cow", "foam_roll", "heat", "knee_to_chest",
                                       "long_hold", "safety", "side_stretch" };
    for (int i = 0; i < 7; i++)
        assert_string_equal(content_move_id(c, i), ids[i]);
    assert_null(content_move_id(c, 7));
    assert_string_equal(content_root(c), GOOD);

    const MoveInfo *mi = content_move_info(c, "cat_cow");
    assert_non_null(mi);
    assert_string_equal(mi->id, "cat_cow");
    assert_string_equal(mi->path, GOOD "/moves/cat_cow.move");
    assert_string_equal(mi->title, "Cat / Cow");
    assert_string_equal(mi->summary, "Loosens the upper and lower back by rounding and arching the spine.");
    assert_string_equal(mi->figure, "side");
    assert_string_equal(mi->first_pose, "all_fours");
    assert_int_equal(mi->area_count, 2);
    assert_string_equal(mi->areas[0], "upper-back");
    assert_int_equal(mi->equipment_count, 1);
    assert_int_equal(mi->duration_ms, 109000);
    assert_int_equal(mi->step_count, 17);
    assert_true(mi->has_repeat);
    mi = content_move_info(c, "safety");
    assert_string_equal(mi->figure, "none");
    assert_null(mi->first_pose);
    assert_false(mi->has_repeat);
    assert_null(content_move_info(c, "nope"));

    Move *m = content_compile_move(c, "cat_cow", LEVEL_EASY, 0, &d);
    assert_int_equal(m->duration_ms, 70000);
    assert_int_equal(m->level, LEVEL_EASY);
    move_destroy(m);
    m = content_compile_move(c, "cat_cow", LEVEL_HARD, 2, &d);
    assert_int_equal(m->duration_ms, 5000 + 2 * 13000);
    move_destroy(m);
    assert_int_equal(d.errors, 0);
    assert_null(content_compile_move(c, "nope", LEVEL_EASY, 0, &d));
    assert_int_equal(d.errors, 1);

    assert_int_equal(content_playlist_count(c), 2);
    assert_string_equal(content_playlist_at(c, 0)->id, "gentle");
    const Playlist *p = content_playlist(c, "routine");
    assert_non_null(p);
    assert_ptr_equal(p, content_playlist_at(c, 1));
    assert_string_equal(p->title, "Back knots: short routine");
    assert_int_equal(p->entry_count, 6);
    assert_string_equal(p->entries[4].move_id, "knee_to_chest");
    assert_int_equal(p->entries[4].reps, 2);
    assert_int_equal(p->entries[5].level, LEVEL_HARD);
    assert_null(content_playlist(c, "nope"));

    /* The index the names were checked against. */
    const ContentIndex *ix = content_index(c);
    assert_true(content_index_has(ix, NAME_POSE, "all_fours"));
    assert_true(content_index_has(ix, NAME_FIGURE, "standing"));
    assert_true(content_index_has(ix, NAME_FIGURE, "front"));
    assert_true(content_index_has(ix, NAME_CLIP, "flame"));
    assert_true(content_index_has(ix, NAME_SOUND, "whoosh"));
    assert_true(content_index_has(ix, NAME_SOUND, "bell"));
    assert_true(content_index_has(ix, NAME_PROP, "block"));
    assert_true(content_index_has(ix, NAME_VOICE, "round_up"));
    assert_true(content_index_has(ix, NAME_MOVE, "long_hold"));
    assert_false(content_index_has(ix, NAME_POSE, "kat"));
    assert_string_equal(content_index_closest(ix, NAME_POSE, "kat"), "cat");
    assert_true(content_index_file_inside(ix, "sounds/whoosh.wav"));
    assert_false(content_index_file_inside(ix, "sounds/none.wav"));
    assert_false(content_index_file_inside(ix, "../good/sounds/whoosh.wav"));
    content_destroy(c);
    diag_deinit(&d);
}

static void load_bad_root(void **state)
{
    (void)state;
    DiagList d;
    diag_init(&d);
    Content *c = content_load(BAD, &d);
    int moves, playlists;
    content_file_counts(c, &moves, &playlists);
    assert_int_equal(moves, 21);
    assert_int_equal(playlists, 6);
    /* Bad files are left out; only the good move and the playlist that warns stay. */
    assert_int_equal(content_move_count(c), 1);
    assert_string_equal(content_move_id(c, 0), "ok");
    assert_int_equal(content_playlist_count(c), 1);
    assert_string_equal(content_playlist_at(c, 0)->id, "reps");
    assert_true(d.errors > 20);
    assert_int_equal(d.warnings, 1);
    content_destroy(c);
    diag_deinit(&d);
    content_destroy(NULL);
}

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* A fresh root with an empty moves/ folder, in root ("/tmp/limber_content_XXXXXX"). */
static void make_root(char *root)
{
    char sub[600];
    assert_non_null(mkdtemp(root));
    snprintf(sub, sizeof sub, "%s/moves", root);
    assert_int_equal(mkdir(sub, 0700), 0);
}

static void reload_keeps_last_good(void **state)
{
    (void)state;
    char root[] = "/tmp/limber_content_XXXXXX";
    make_root(root);
    char sub[600];
    snprintf(sub, sizeof sub, "%s/playlists", root);
    assert_int_equal(mkdir(sub, 0700), 0);
    write_file(root, "moves/a.move", "move \"A\"\nstep \"x\"\n  hold 2s\n");
    write_file(root, "moves/b.move", "move \"B\"\nstep \"x\"\n  hold 3s\n");
    write_file(root, "playlists/p.playlist", "playlist \"P\"\nplay a\nplay b\n");

    DiagList d;
    diag_init(&d);
    Content *first = content_load(root, &d);
    assert_int_equal(d.count, 0);
    assert_int_equal(content_move_count(first), 2);
    Move *played = content_compile_move(first, "a", LEVEL_STANDARD, 0, &d); /* a has played */
    assert_non_null(played);
    move_destroy(played);

    /* a breaks, b changes, c arrives broken, and the playlist breaks. */
    write_file(root, "moves/a.move", "move \"A\"\nstep \"x\"\n  hold 2\n");
    write_file(root, "moves/b.move", "move \"B2\"\nstep \"x\"\n  hold 4s\n");
    write_file(root, "moves/c.move", "move \"C\"\n");
    write_file(root, "playlists/p.playlist", "playlist \"P\"\nplay a\nplya b\n");
    Content *second = content_reload(first, root, &d);
    assert_int_equal(content_move_count(second), 2);
    assert_string_equal(content_move_info(second, "a")->title, "A");   /* the last good a */
    assert_string_equal(content_move_info(second, "b")->title, "B2");  /* the new b */
    assert_null(content_move_info(second, "c"));                       /* never good */
    assert_non_null(content_playlist(second, "p"));
    assert_int_equal(content_playlist(second, "p")->entry_count, 2);
    assert_int_equal(d.warnings, 2); /* "keeping its last good version", twice */
    content_destroy(first);
    /* The kept version compiles from its own bytes, not from the broken file. */
    Move *m = content_compile_move(second, "a", LEVEL_STANDARD, 0, &d);
    assert_non_null(m);
    assert_int_equal(m->duration_ms, 2000);
    move_destroy(m);
    content_destroy(second);
    diag_deinit(&d);

    static const char *const files[] = { "moves/a.move", "moves/b.move", "moves/c.move",
                                         "playlists/p.playlist", "moves", "playlists", "" };
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        snprintf(sub, sizeof sub, "%s/%s", root, files[i]);
        remove(sub);
    }
}

/* Moves that never played are read again from disk when compiled, and only while they
 * are the version checked at load; a move that has played compiles from its kept bytes. */
static void bytes_on_demand(void **state)
{
    (void)state;
    char root[] = "/tmp/limber_content_XXXXXX";
    make_root(root);
    char sub[600];
    write_file(root, "moves/a.move", "move \"A\"\nstep \"x\"\n  hold 2s\n");
    write_file(root, "moves/b.move", "move \"B\"\nstep \"x\"\n  hold 3s\n");

    DiagList d;
    diag_init(&d);
    Content *c = content_load(root, &d);
    assert_int_equal(content_move_count(c), 2);
    Move *m = content_compile_move(c, "a", LEVEL_STANDARD, 0, &d);
    assert_non_null(m);
    move_destroy(m);

    /* Both files change on disk; the Content does not. */
    write_file(root, "moves/a.move", "move \"A\"\nstep \"x\"\n  hold 9s\n");
    write_file(root, "moves/b.move", "move \"B\"\nstep \"x\"\n  hold 9s\n");
    m = content_compile_move(c, "a", LEVEL_STANDARD, 0, &d); /* played: its own bytes */
    assert_non_null(m);
    assert_int_equal(m->duration_ms, 2000);
    move_destroy(m);
    assert_int_equal(d.errors, 0);
    assert_null(content_compile_move(c, "b", LEVEL_STANDARD, 0, &d)); /* never played */
    assert_int_equal(d.errors, 1);
    assert_non_null(strstr(d.items[d.count - 1].message, "changed since the content was loaded"));

    /* b breaks before it ever played: a reload leaves it out, and keeps the played a. */
    write_file(root, "moves/a.move", "move \"A\"\nstep \"x\"\n  hold 2\n");
    write_file(root, "moves/b.move", "move \"B\"\nstep \"x\"\n  hold 3\n");
    Content *next = content_reload(c, root, &d);
    assert_non_null(content_move_info(next, "a"));
    assert_null(content_move_info(next, "b"));
    content_destroy(c);
    m = content_compile_move(next, "a", LEVEL_STANDARD, 0, &d);
    assert_non_null(m);
    assert_int_equal(m->duration_ms, 2000);
    move_destroy(m);
    content_destroy(next);
    diag_deinit(&d);

    static const char *const files[] = { "moves/a.move", "moves/b.move", "moves", "" };
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        snprintf(sub, sizeof sub, "%s/%s", root, files[i]);
        remove(sub);
    }
}

static void voice_keys(void **state)
{
    (void)state;
    char key[96];
    content_voice_key("Round up", key, sizeof key);
    assert_string_equal(key, "round_up");
    content_voice_key("  Arch, and LOOK up! ", key, sizeof key);
    assert_string_equal(key, "arch_and_look_up");
    content_voice_key("Café: 20 s", key, sizeof key);
    assert_string_equal(key, "café_20_s");
    content_voice_key("!!!", key, sizeof key);
    assert_string_equal(key, "");
    content_voice_key("word word word word word word word word word word word word word word word word word word", key,
                      sizeof key);
    assert_int_equal(strlen(key), 79); /* cut at 80 bytes, and never ending in '_' */
    assert_int_equal(key[78], 'd');
    char long_word[101];
    memset(long_word, 'a', 100);
    long_word[100] = '\0';
    content_voice_key(long_word, key, sizeof key);
    assert_int_equal(strlen(key), 80);
    content_voice_key("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\xc3\xa9", key,
                      sizeof key); /* 79 + a 2-byte letter: it is left out, not cut */
    assert_int_equal(strlen(key), 79);
    assert_true(content_path_is_inside("sounds/a.wav"));
    assert_false(content_path_is_inside("/etc/passwd"));
    assert_false(content_path_is_inside("sounds/../../x"));
    assert_false(content_path_is_inside(".."));
    assert_true(content_path_is_inside("a..b/c"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(from_source),
        cmocka_unit_test(load_good_root),
        cmocka_unit_test(load_bad_root),
        cmocka_unit_test(reload_keeps_last_good),
        cmocka_unit_test(bytes_on_demand),
        cmocka_unit_test(voice_keys),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
