/* The parser: the AST of good scripts, and a diagnostic at the right place for bad
 * ones, with every problem of a file reported. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "script/parser.h"

static const char cat_cow[] =
    "move \"Cat / Cow\"\n"
    "summary \"Loosens the back.\"\n"
    "area upper-back lower-back\n"
    "equipment none\n"
    "figure side\n"
    "caution \"Move slowly.\"\n"
    "source \"An article.\"\n"
    "\n"
    "step \"Hands and knees.\"\n"
    "  pose all_fours 2s\n"
    "  hold 3s\n"
    "\n"
    "repeat 5..10\n"
    "  step \"Round.\"\n"
    "    pose cat 1.5s ease=out\n"
    "    hold 5s\n"
    "    say \"Round up\"\n"
    "  step \"Arch.\"\n"
    "    pose cow 1.5s\n"
    "    hold 20..30s\n"
    "    say \"Arch\" at end-2s\n"
    "end\n";

typedef struct Parsed {
    Arena *a;
    DiagList d;
    AstMove *m;
} Parsed;

static void parse(Parsed *p, const char *src)
{
    p->a = arena_create();
    diag_init(&p->d);
    p->m = parse_move(src, strlen(src), "t.move", p->a, &p->d);
    assert_non_null(p->m);
}

static void done(Parsed *p)
{
    diag_deinit(&p->d);
    arena_destroy(p->a);
}

static void good_move(void **state)
{
    (void)state;
    Parsed p;
    parse(&p, cat_cow);
    assert_int_equal(p.d.count, 0);
    const AstMove *m = p.m;
    assert_string_equal(m->title, "Cat / Cow");
    assert_string_equal(m->summary, "Loosens the back.");
    assert_string_equal(m->source, "An article.");
    assert_string_equal(m->figure, "side");
    assert_int_equal(m->area_count, 2);
    assert_string_equal(m->areas->text, "upper-back");
    assert_string_equal(m->areas->next->text, "lower-back");
    assert_int_equal(m->equipment_count, 1);
    assert_int_equal(m->caution_count, 1);
    assert_true(m->cues_auto);

    const AstNode *s = m->body;
    assert_int_equal(s->kind, AST_STEP);
    assert_string_equal(s->caption, "Hands and knees.");
    assert_int_equal(s->pos.line, 9);
    assert_string_equal(s->pose, "all_fours");
    assert_int_equal(s->pose_ms, 2000);
    assert_int_equal(s->ease, AST_EASE_IN_OUT);
    assert_true(s->has_hold);
    assert_int_equal(s->hold.low, 3000);
    assert_false(s->hold.is_range);
    assert_int_equal(s->countdown, -1);

    const AstNode *r = s->next;
    assert_int_equal(r->kind, AST_REPEAT);
    assert_true(r->count.is_range);
    assert_int_equal(r->count.low, 5);
    assert_int_equal(r->count.high, 10);
    assert_null(r->next);
    const AstNode *c = r->children;
    assert_int_equal(c->depth, 1);
    assert_int_equal(c->ease, AST_EASE_OUT);
    assert_int_equal(c->pose_ms, 1500);
    assert_int_equal(c->cues->kind, AST_CUE_SAY);
    assert_string_equal(c->cues->value, "Round up");
    assert_int_equal(c->cues->at, AST_AT_START);
    const AstNode *w = c->next;
    assert_int_equal(w->hold.low, 20000);
    assert_int_equal(w->hold.high, 30000);
    assert_int_equal(w->cues->at, AST_AT_BEFORE_END);
    assert_int_equal(w->cues->at_ms, 2000);
    assert_null(w->next);
    done(&p);
}

static void every_statement(void **state)
{
    (void)state;
    Parsed p;
    parse(&p, "move \"All\"\n"
              "figure front\n"
              "cues off\n"
              "step \"One\"\n"
              "  pose a 500ms ease=linear\n"
              "  cycle b c d every 1.5s\n"
              "  clip roll loop\n"
              "  prop ball on hand\n"
              "  prop mat hide\n"
              "  hold 1m..90s\n"
              "  wait 2s\n"
              "  say \"x\" at hold\n"
              "  sound tick at +250ms\n"
              "  sound bell at end\n"
              "  countdown 0\n"
              "  note \"n\"\n"
              "rest 10s \"Breathe\"\n"
              "  say \"y\"\n"
              "sides left right\n"
              "  rest 20..30s\n"
              "end\n");
    assert_int_equal(p.d.count, 0);
    assert_false(p.m->cues_auto);
    const AstNode *s = p.m->body;
    assert_int_equal(s->ease, AST_EASE_LINEAR);
    assert_int_equal(s->cycle_count, 3);
    assert_string_equal(s->cycle[2], "d");
    assert_int_equal(s->cycle_ms, 1500);
    assert_string_equal(s->clip, "roll");
    assert_true(s->clip_loop);
    assert_int_equal(s->prop_count, 2);
    assert_string_equal(s->props->bone, "hand");
    assert_false(s->props->hide);
    assert_null(s->props->next->bone);
    assert_true(s->props->next->hide);
    assert_int_equal(s->hold.low, 60000);
    assert_int_equal(s->hold.high, 90000);
    assert_int_equal(s->wait_ms, 2000);
    assert_int_equal(s->cues->at, AST_AT_HOLD);
    assert_int_equal(s->cues->next->at, AST_AT_AFTER);
    assert_int_equal(s->cues->next->at_ms, 250);
    assert_int_equal(s->cues->next->next->at, AST_AT_BEFORE_END);
    assert_int_equal(s->cues->next->next->at_ms, 0);
    assert_int_equal(s->countdown, 0);
    assert_string_equal(s->note, "n");
    const AstNode *r = s->next;
    assert_int_equal(r->kind, AST_REST);
    assert_string_equal(r->caption, "Breathe");
    assert_int_equal(r->hold.low, 10000);
    assert_non_null(r->cues);
    const AstNode *sides = r->next;
    assert_int_equal(sides->kind, AST_SIDES);
    assert_int_equal(sides->side_count, 2);
    assert_int_equal(sides->sides[0], AST_SIDE_LEFT);
    assert_int_equal(sides->children->kind, AST_REST);
    assert_null(sides->children->caption);
    assert_int_equal(p.m->node_count, 4);
    done(&p);
}

/* expect(src, {line, col, "part of the message"}...): exactly these errors, in order. */
typedef struct Want {
    int line, col;
    const char *msg;
} Want;

static void expect(const char *src, const Want *want, size_t n)
{
    Parsed p;
    parse(&p, src);
    if (p.d.count != n)
        for (size_t i = 0; i < p.d.count; i++)
            fprintf(stderr, "got %d:%d: %s\n", p.d.items[i].line, p.d.items[i].col, p.d.items[i].message);
    assert_int_equal(p.d.count, n);
    assert_int_equal(p.d.errors, n);
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(p.d.items[i].line, want[i].line);
        assert_int_equal(p.d.items[i].col, want[i].col);
        if (!strstr(p.d.items[i].message, want[i].msg))
            fail_msg("message '%s' lacks '%s'", p.d.items[i].message, want[i].msg);
    }
    done(&p);
}
#define EXPECT(src, ...)                                                    \
    do {                                                                    \
        const Want w_[] = { __VA_ARGS__ };                                  \
        expect(src, w_, sizeof w_ / sizeof *w_);                            \
    } while (0)

static void structure_errors(void **state)
{
    (void)state;
    EXPECT("", { 1, 1, "empty move file" });
    EXPECT("# nothing\n\n", { 1, 1, "empty move file" });
    EXPECT("move \"x\"\n", { 1, 1, "has no steps" });
    EXPECT("step \"a\"\n  hold 1s\n", { 1, 1, "begins with move" });
    EXPECT("move \"x\"\nstep \"a\"\n  hold 1s\nend\n", { 4, 1, "'end' without" });
    EXPECT("move \"x\"\nrepeat 2\n  step \"a\"\n    hold 1s\n", { 2, 1, "'repeat' block is never closed" });
    EXPECT("move \"x\"\nrepeat 2\nend\n", { 2, 1, "holds no steps" }, { 1, 1, "the move has no steps" });
    EXPECT("move \"x\"\nstep \"a\"\n  hold 1s\nmove \"y\"\n", { 4, 1, "second 'move'" });
    EXPECT("move \"x\"\nstep \"a\"\n  hold 1s\nsummary \"s\"\n", { 4, 1, "belongs in the header" });
    EXPECT("move \"x\"\n  hold 1s\nstep \"a\"\n  hold 1s\n", { 2, 3, "belongs to a step" });
    EXPECT("move \"x\"\nrepeat 2\n  hold 1s\n  step \"a\"\n    hold 1s\nend\n", { 3, 3, "belongs to a step" });
    EXPECT("move \"x\"\nrest 1s\n  pose a\n", { 3, 3, "does not go in a rest" });
    EXPECT("move \"x\"\nsides right\n  sides left\n    step \"a\"\n      hold 1s\n  end\nend\n",
           { 3, 3, "'sides' inside another" });
}

/* Four deep is fine, five is not; the blocks still match their ends. */
static void depth(void **state)
{
    (void)state;
    Parsed p;
    parse(&p, "move \"x\"\nrepeat 2\n repeat 2\n  repeat 2\n   sides right left\n    step \"a\"\n     hold 1s\n   end\n  end\n end\nend\n");
    assert_int_equal(p.d.count, 0);
    done(&p);
    EXPECT("move \"x\"\nrepeat 2\n repeat 2\n  repeat 2\n   repeat 2\n    repeat 2\n     step \"a\"\n      hold 1s\n    end\n   end\n  end\n end\nend\n",
           { 6, 5, "nest too deep" });
}

static void value_errors(void **state)
{
    (void)state;
    EXPECT("move \"x\"\nstep \"a\"\n  hold 5\n", { 3, 8, "'5' needs a unit" });
    EXPECT("move \"x\"\nstep \"a\"\n  hold 20..30\n", { 3, 8, "needs a unit: write 20..30s" });
    EXPECT("move \"x\"\nstep \"a\"\n  hold 30..20s\n", { 3, 8, "runs backwards" });
    EXPECT("move \"x\"\nrepeat 10..5\n  step \"a\"\n    hold 1s\nend\n", { 2, 8, "runs backwards" });
    EXPECT("move \"x\"\nrepeat 5s\n  step \"a\"\n    hold 1s\nend\n", { 2, 8, "not a count" });
    EXPECT("move \"x\"\nrepeat 0\n  step \"a\"\n    hold 1s\nend\n", { 2, 8, "out of range" });
    EXPECT("move \"x\"\nstep \"a\"\n  pose a 1s..2s\n", { 3, 10, "only one duration" });
    EXPECT("move \"x\"\nstep \"a\"\n  hold 1x\n", { 3, 8, "not a duration" });
    EXPECT("move \"x\"\nstep \"a\"\n  hold 20..1m30s\n", { 3, 8, "not a range of durations" });
    EXPECT("move \"x\"\nstep \"a\"\n  hold 1s\n  say \"x\" at soon\n", { 4, 14, "not a time in the step" });
    EXPECT("move \"x\"\nstep \"a\"\n  hold 1s\n  say \"x\" at\n", { 4, 14, "missing the time after 'at'" });
    EXPECT("move \"x\"\nstep a\n  hold 1s\n", { 2, 6, "in double quotes" });
    EXPECT("move \"x\"\nstep\n  hold 1s\n", { 2, 6, "missing the caption" });
    EXPECT("move \"x\"\nstep \"a\"\n  pose \"a\"\n  hold 1s\n", { 3, 8, "as a word" });
    EXPECT("move \"x\"\ncues maybe\nstep \"a\"\n  hold 1s\n", { 2, 6, "'auto' or 'off'" });
    EXPECT("move \"x\"\nstep \"a\"\n  hold 1s\n  countdown 601\n", { 4, 13, "out of range" });
    EXPECT("move \"x\"\nsides up\n  step \"a\"\n    hold 1s\nend\n", { 2, 7, "'right' or 'left'" });
    EXPECT("move \"x\"\nsides right right\n  step \"a\"\n    hold 1s\nend\n", { 2, 13, "named twice" });
    EXPECT("move \"x\"\nstep \"a {side}\"\n  hold 1s\n", { 2, 9, "'{side}' is only replaced" });
}

static void option_errors(void **state)
{
    (void)state;
    EXPECT("move \"x\"\nstep \"a\"\n  pose a eas=in\n", { 3, 10, "did you mean 'ease'" });
    EXPECT("move \"x\"\nstep \"a\"\n  pose a ease=up\n", { 3, 15, "linear, in, out or in_out" });
    EXPECT("move \"x\"\nstep \"a\"\n  pose a ease=in 1s\n", { 3, 18, "comes after an option" });
    EXPECT("move \"x\"\nstep \"a\"\n  hold 1s x=1\n", { 3, 11, "takes no options" });
    EXPECT("move \"x\"\nstep \"a\"\n  pose a ease =in\n", { 3, 15, "'=' needs an option name" });
    EXPECT("move \"x\"\nstep \"a\"\n  pose a ease=\n", { 3, 10, "needs a value" });
    EXPECT("move \"x\"\nstep \"a\"\n  pose a ease=in ease=out\n", { 3, 18, "given twice" });
}

static void did_you_mean_statements(void **state)
{
    (void)state;
    EXPECT("move \"x\"\nstep \"a\"\n  hodl 1s\n", { 3, 3, "unknown statement 'hodl' in a move (did you mean 'hold'?)" });
    EXPECT("move \"x\"\nstep \"a\"\n  frobnicate\n  hold 1s\n", { 3, 3, "unknown statement 'frobnicate' in a move" });
    /* A misspelt 'Step' still starts a step, so its statements are not errors too. */
    EXPECT("move \"x\"\nstep \"a\"\n  hold 1s\nStep \"b\"\n  hold 1s\n", { 4, 1, "did you mean 'step'" });
    /* A misspelt 'repeat' still opens a block, so its 'end' matches. */
    EXPECT("move \"x\"\nrepaet 3\n  step \"b\"\n    hold 1s\nend\n", { 2, 1, "did you mean 'repeat'" });
}

/* Every problem of a file, each at its line, not only the first. */
static void all_errors_of_a_file(void **state)
{
    (void)state;
    EXPECT("move \"x\"\n"
           "step \"a\"\n"
           "  hold 5\n"
           "  pose \"b\n"
           "  wait 2s ease=in\n"
           "repeat 10..5\n"
           "  step \"c\"\n"
           "    hold 1s\n"
           "end\n"
           "end\n",
           { 3, 8, "needs a unit" }, { 4, 8, "unterminated string" }, { 5, 11, "takes no options" },
           { 6, 8, "runs backwards" }, { 10, 1, "'end' without" });
}

static void size_limit(void **state)
{
    (void)state;
    size_t n = SCRIPT_FILE_MAX + 10;
    char *big = malloc(n);
    memset(big, '#', n);
    big[0] = 'x';
    big[1] = '\n';
    Parsed p = { arena_create(), { 0 }, NULL };
    diag_init(&p.d);
    p.m = parse_move(big, n, "big.move", p.a, &p.d);
    assert_int_equal(p.d.count, 1);
    assert_int_equal(p.d.items[0].line, 2);
    assert_int_equal(p.d.items[0].col, SCRIPT_FILE_MAX - 1);
    assert_non_null(strstr(p.d.items[0].message, "larger than"));
    done(&p);
    free(big);
}

/* The parser only reads its input. */
static void input_unchanged(void **state)
{
    (void)state;
    char *copy = strdup(cat_cow);
    Parsed p;
    parse(&p, copy);
    assert_string_equal(copy, cat_cow);
    done(&p);
    free(copy);
}

static void playlists(void **state)
{
    (void)state;
    const char *src = "playlist \"Routine\"\nlevel hard\nplay a\nplay b reps=3\nplay c level=easy reps=2\n";
    Arena *a = arena_create();
    DiagList d;
    diag_init(&d);
    AstPlaylist *pl = parse_playlist(src, strlen(src), "p.playlist", a, &d);
    assert_int_equal(d.count, 0);
    assert_string_equal(pl->title, "Routine");
    assert_int_equal(pl->level, AST_LEVEL_HARD);
    assert_int_equal(pl->play_count, 3);
    const AstPlay *p = pl->plays;
    assert_string_equal(p->move_id, "a");
    assert_int_equal(p->reps, 0);
    assert_false(p->has_level);
    p = p->next;
    assert_int_equal(p->reps, 3);
    p = p->next;
    assert_true(p->has_level);
    assert_int_equal(p->level, AST_LEVEL_EASY);
    assert_int_equal(p->reps, 2);
    assert_int_equal(p->pos.line, 5);

    const char *bad = "level easy\nplaylist \"x\"\nplay\nplay a reps=x\nplya b\nlevel hard\n";
    diag_clear(&d);
    parse_playlist(bad, strlen(bad), "p.playlist", a, &d);
    assert_int_equal(d.count, 6);
    assert_non_null(strstr(d.items[0].message, "begins with playlist"));
    assert_non_null(strstr(d.items[1].message, "must be the first"));
    assert_non_null(strstr(d.items[2].message, "missing the move's id"));
    assert_non_null(strstr(d.items[3].message, "not a whole number"));
    assert_non_null(strstr(d.items[4].message, "did you mean 'play'"));
    assert_non_null(strstr(d.items[5].message, "given twice"));
    diag_clear(&d);
    parse_playlist("", 0, "p.playlist", a, &d);
    assert_int_equal(d.count, 1);
    assert_non_null(strstr(d.items[0].message, "empty playlist"));

    AstLevel l;
    assert_true(parse_level_word("standard", 8, &l));
    assert_int_equal(l, AST_LEVEL_STANDARD);
    assert_false(parse_level_word("stand", 5, &l));
    diag_deinit(&d);
    arena_destroy(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(good_move),
        cmocka_unit_test(every_statement),
        cmocka_unit_test(structure_errors),
        cmocka_unit_test(depth),
        cmocka_unit_test(value_errors),
        cmocka_unit_test(option_errors),
        cmocka_unit_test(did_you_mean_statements),
        cmocka_unit_test(all_errors_of_a_file),
        cmocka_unit_test(size_limit),
        cmocka_unit_test(input_unchanged),
        cmocka_unit_test(playlists),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
