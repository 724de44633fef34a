/* The content watcher on a real folder: a write, an atomic rename, an editor's save
 * dance, a delete, a new file in a new folder, a folder moved in; temp and dot files
 * and files in the root ignored; bursts coalesced. Each change must arrive within the
 * 1 s edit-to-screen budget; the latency is printed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "kiosk/watch.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

enum { BUDGET_MS = 1000, MAX_CHANGES = 64 };

static char root[256];
static uint64_t worst_latency_ms;

static uint64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

static void sleep_ms(int ms)
{
    struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };
    nanosleep(&ts, NULL);
}

static void path_of(char *out, size_t size, const char *rel)
{
    snprintf(out, size, "%s/%s", root, rel);
}

static void write_file(const char *rel, const char *text)
{
    char p[512];
    path_of(p, sizeof p, rel);
    FILE *f = fopen(p, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void make_dir(const char *rel)
{
    char p[512];
    path_of(p, sizeof p, rel);
    assert_int_equal(mkdir(p, 0755), 0);
}

static void rename_rel(const char *from, const char *to)
{
    char a[512], b[512];
    path_of(a, sizeof a, from);
    path_of(b, sizeof b, to);
    assert_int_equal(rename(a, b), 0);
}

static void remove_rel(const char *rel)
{
    char p[512];
    path_of(p, sizeof p, rel);
    assert_int_equal(remove(p), 0);
}

typedef struct Seen {
    WatchChange c[MAX_CHANGES];
    int n;
    uint64_t first_ms; /* when the first change came out of watch_poll */
} Seen;

/* Polls as a 60 fps frame loop would until the first change arrives (at most the
 * budget), then a little longer to catch what belongs to the same edit. */
static void collect(Watch *w, Seen *s, uint64_t since)
{
    memset(s, 0, sizeof *s);
    uint64_t quiet_until = 0;
    for (;;) {
        int got = watch_poll(w, s->c + s->n, MAX_CHANGES - s->n);
        uint64_t t = now_ms();
        if (got && !s->n) {
            s->first_ms = t;
            quiet_until = t + 150;
        }
        s->n += got;
        if (s->n ? t >= quiet_until : t >= since + BUDGET_MS)
            break;
        sleep_ms(1);
    }
    if (s->n) {
        uint64_t latency = s->first_ms - since;
        if (latency > worst_latency_ms)
            worst_latency_ms = latency;
        assert_true(latency < BUDGET_MS);
    }
}

static void expect_one(const Seen *s, WatchKind kind, const char *path)
{
    if (s->n != 1 || s->c[0].kind != kind || strcmp(s->c[0].path, path) != 0) {
        for (int i = 0; i < s->n; i++)
            fprintf(stderr, "  got %d %s\n", s->c[i].kind, s->c[i].path);
        fail_msg("wanted exactly one %s of %s", kind == WATCH_CHANGED ? "change" : "delete", path);
    }
}

static int setup(void **state)
{
    snprintf(root, sizeof root, "/tmp/limber-watch-XXXXXX");
    if (!mkdtemp(root))
        return -1;
    make_dir("moves");
    make_dir("playlists");
    write_file("moves/cat_cow.move", "move \"Cat / Cow\"\n");
    Watch *w = watch_create(root, WATCH_SETTLE_MS);
    *state = w;
    return w ? 0 : -1;
}

static int teardown(void **state)
{
    watch_destroy(*state);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    return system(cmd) == 0 ? 0 : -1;
}

static void quiet_folder_reports_nothing(void **state)
{
    Watch *w = *state;
    WatchChange c[4];
    assert_int_equal(watch_poll(w, c, 4), 0);
    assert_int_equal(watch_timeout_ms(w), -1);
    assert_true(watch_fd(w) >= 0);
    assert_int_equal(watch_folder_count(w), 3); /* the root, moves/, playlists/ */
    /* What a frame pays when nothing changed: one read() that says EAGAIN. */
    uint64_t t0 = now_ms();
    for (int i = 0; i < 100000; i++)
        watch_poll(w, c, 4);
    fprintf(stderr, "watch: a quiet watch_poll() costs %.2f us\n", (double)(now_ms() - t0) * 1000.0 / 100000.0);
}

static void a_write_is_one_change(void **state)
{
    Watch *w = *state;
    uint64_t t = now_ms();
    write_file("moves/cat_cow.move", "move \"Cat / Cow\"\n# edited\n");
    Seen s;
    collect(w, &s, t);
    expect_one(&s, WATCH_CHANGED, "moves/cat_cow.move");
    fprintf(stderr, "watch: edit seen after %llu ms\n", (unsigned long long)(s.first_ms - t));
}

static void pending_change_tells_when_it_is_due(void **state)
{
    Watch *w = *state;
    write_file("moves/cat_cow.move", "x\n");
    sleep_ms(5);
    WatchChange c[4];
    int n = watch_poll(w, c, 4); /* read, but not settled yet */
    int left = watch_timeout_ms(w);
    if (n == 0)
        assert_true(left >= 0 && left <= WATCH_SETTLE_MS);
    sleep_ms(left > 0 ? left : 0);
    n += watch_poll(w, c + n, 4 - n);
    assert_int_equal(n, 1);
    assert_int_equal(watch_timeout_ms(w), -1);
}

static void atomic_rename_is_one_change(void **state)
{
    Watch *w = *state;
    uint64_t t = now_ms();
    write_file("moves/.cat_cow.move.tmp", "move \"Cat / Cow\"\n# saved atomically\n");
    rename_rel("moves/.cat_cow.move.tmp", "moves/cat_cow.move");
    Seen s;
    collect(w, &s, t);
    expect_one(&s, WATCH_CHANGED, "moves/cat_cow.move");
}

/* vim's default save: rename to a backup, write anew, delete the backup; also its
 * "4913" probe file, made and removed in the same breath. */
static void editor_save_dance_is_one_change(void **state)
{
    Watch *w = *state;
    uint64_t t = now_ms();
    write_file("moves/4913", "");
    remove_rel("moves/4913");
    rename_rel("moves/cat_cow.move", "moves/cat_cow.move~");
    write_file("moves/cat_cow.move", "move \"Cat / Cow\"\n# vim\n");
    remove_rel("moves/cat_cow.move~");
    Seen s;
    collect(w, &s, t);
    expect_one(&s, WATCH_CHANGED, "moves/cat_cow.move");
}

static void burst_of_writes_is_one_change(void **state)
{
    Watch *w = *state;
    uint64_t t = now_ms();
    for (int i = 0; i < 20; i++)
        write_file("moves/cat_cow.move", "again\n");
    Seen s;
    collect(w, &s, t);
    expect_one(&s, WATCH_CHANGED, "moves/cat_cow.move");
}

static void temp_dot_and_root_files_are_ignored(void **state)
{
    Watch *w = *state;
    static const char *const names[] = {
        "moves/.#cat_cow.move", "moves/cat_cow.move~", "moves/.cat_cow.move.swp", "moves/x.swp",
        "moves/cat_cow.tmp", "moves/#cat_cow.move#", "moves/.hidden", "moves/dl.part", "limber.conf",
    };
    uint64_t t = now_ms();
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        write_file(names[i], "scratch\n");
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        remove_rel(names[i]);
    Seen s;
    collect(w, &s, t);
    assert_int_equal(s.n, 0);
    assert_true(watch_ignored_name(".#a.move"));
    assert_true(watch_ignored_name("a.move~"));
    assert_true(watch_ignored_name("a.swp"));
    assert_true(watch_ignored_name("a.tmp"));
    assert_false(watch_ignored_name("cat_cow.move"));
    assert_false(watch_ignored_name("a~b.move"));
}

static void delete_is_one_delete(void **state)
{
    Watch *w = *state;
    write_file("moves/knee.move", "move \"Knee\"\n");
    Seen s;
    collect(w, &s, now_ms());
    expect_one(&s, WATCH_CHANGED, "moves/knee.move");
    uint64_t t = now_ms();
    remove_rel("moves/knee.move");
    collect(w, &s, t);
    expect_one(&s, WATCH_DELETED, "moves/knee.move");
    assert_false(s.c[0].is_dir);
}

static void moved_away_is_a_delete_and_rename_is_both(void **state)
{
    Watch *w = *state;
    uint64_t t = now_ms();
    rename_rel("moves/cat_cow.move", "moves/cat_cow2.move");
    Seen s;
    collect(w, &s, t);
    assert_int_equal(s.n, 2);
    assert_int_equal(s.c[0].kind, WATCH_DELETED);
    assert_string_equal(s.c[0].path, "moves/cat_cow.move");
    assert_int_equal(s.c[1].kind, WATCH_CHANGED);
    assert_string_equal(s.c[1].path, "moves/cat_cow2.move");
}

static void new_folders_are_watched(void **state)
{
    Watch *w = *state;
    /* a subfolder of moves/ */
    uint64_t t = now_ms();
    make_dir("moves/extra");
    write_file("moves/extra/side.move", "move \"Side\"\n");
    Seen s;
    collect(w, &s, t);
    expect_one(&s, WATCH_CHANGED, "moves/extra/side.move");
    t = now_ms();
    write_file("moves/extra/side.move", "move \"Side stretch\"\n");
    collect(w, &s, t);
    expect_one(&s, WATCH_CHANGED, "moves/extra/side.move");

    /* a content folder that did not exist when the watch began */
    t = now_ms();
    make_dir("sounds");
    write_file("sounds/bell.wav", "RIFF");
    collect(w, &s, t);
    expect_one(&s, WATCH_CHANGED, "sounds/bell.wav");

    /* but not any folder of the root */
    t = now_ms();
    make_dir("build");
    write_file("build/x.move", "x");
    collect(w, &s, t);
    assert_int_equal(s.n, 0);
}

static void folder_moved_in_and_out(void **state)
{
    Watch *w = *state;
    char outside[300], inside[300];
    snprintf(outside, sizeof outside, "%s/../%s-staging", root, strrchr(root, '/') + 1);
    assert_int_equal(mkdir(outside, 0755), 0);
    char file[400];
    snprintf(file, sizeof file, "%s/a.playlist", outside);
    FILE *f = fopen(file, "w");
    assert_non_null(f);
    fputs("playlist \"A\"\n", f);
    fclose(f);
    snprintf(inside, sizeof inside, "%s/playlists/clinic", root);
    uint64_t t = now_ms();
    assert_int_equal(rename(outside, inside), 0);
    Seen s;
    collect(w, &s, t);
    expect_one(&s, WATCH_CHANGED, "playlists/clinic/a.playlist");

    /* moved back out: one delete of the folder, and its watch is dropped */
    int folders = watch_folder_count(w);
    t = now_ms();
    assert_int_equal(rename(inside, outside), 0);
    collect(w, &s, t);
    expect_one(&s, WATCH_DELETED, "playlists/clinic");
    assert_true(s.c[0].is_dir);
    assert_int_equal(watch_folder_count(w), folders - 1);
    f = fopen(file, "w"); /* edits out there are no longer ours */
    fclose(f);
    collect(w, &s, now_ms());
    assert_int_equal(s.n, 0);
    remove(file);
    rmdir(outside);
}

static void small_output_array_keeps_the_rest(void **state)
{
    Watch *w = *state;
    write_file("playlists/a.playlist", "1");
    write_file("playlists/b.playlist", "2");
    write_file("playlists/c.playlist", "3");
    WatchChange c[1];
    char got[3][WATCH_PATH_MAX];
    int n = 0;
    for (uint64_t end = now_ms() + BUDGET_MS; n < 3 && now_ms() < end; sleep_ms(1)) {
        int k = watch_poll(w, c, 1);
        assert_true(k <= 1);
        if (k)
            memcpy(got[n++], c[0].path, WATCH_PATH_MAX);
    }
    assert_int_equal(n, 3);
    assert_string_equal(got[0], "playlists/a.playlist"); /* in the order made */
    assert_string_equal(got[1], "playlists/b.playlist");
    assert_string_equal(got[2], "playlists/c.playlist");
}

static void a_missing_root_is_refused(void **state)
{
    (void)state;
    assert_null(watch_create("/nonexistent/limber-content", WATCH_SETTLE_MS));
    watch_destroy(NULL);
    WatchChange c[1];
    assert_int_equal(watch_poll(NULL, c, 1), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(quiet_folder_reports_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(a_write_is_one_change, setup, teardown),
        cmocka_unit_test_setup_teardown(pending_change_tells_when_it_is_due, setup, teardown),
        cmocka_unit_test_setup_teardown(atomic_rename_is_one_change, setup, teardown),
        cmocka_unit_test_setup_teardown(editor_save_dance_is_one_change, setup, teardown),
        cmocka_unit_test_setup_teardown(burst_of_writes_is_one_change, setup, teardown),
        cmocka_unit_test_setup_teardown(temp_dot_and_root_files_are_ignored, setup, teardown),
        cmocka_unit_test_setup_teardown(delete_is_one_delete, setup, teardown),
        cmocka_unit_test_setup_teardown(moved_away_is_a_delete_and_rename_is_both, setup, teardown),
        cmocka_unit_test_setup_teardown(new_folders_are_watched, setup, teardown),
        cmocka_unit_test_setup_teardown(folder_moved_in_and_out, setup, teardown),
        cmocka_unit_test_setup_teardown(small_output_array_keeps_the_rest, setup, teardown),
        cmocka_unit_test(a_missing_root_is_refused),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    fprintf(stderr, "watch: worst edit-to-poll latency %llu ms (budget %d ms)\n",
            (unsigned long long)worst_latency_ms, BUDGET_MS);
    return rc;
}
