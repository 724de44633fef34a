/* The compiler: exact milliseconds for every step and cue, levels, sides, reps, the
 * automatic cue rules, and the errors and warnings only timing can find. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "model/compile.h"

/* SCRIPT_FORMAT.md's example, word for word. */
static const char cat_cow[] =
    "move \"Cat / Cow\"\n"
    "summary \"Loosens the upper and lower back by rounding and arching the spine.\"\n"
    "area upper-back lower-back\n"
    "equipment none\n"
    "figure side\n"
    "caution \"Move slowly and stop if you feel sharp pain.\"\n"
    "\n"
    "step \"Get on your hands and knees, hands under shoulders, knees under hips.\"\n"
    "  pose all_fours 2s\n"
    "  hold 3s\n"
    "\n"
    "repeat 5..10\n"
    "  step \"Round your back toward the ceiling and tuck your chin.\"\n"
    "    pose cat 1.5s\n"
    "    hold 5s\n"
    "    say \"Round up\"\n"
    "  step \"Let your belly sink, arch your back and look up.\"\n"
    "    pose cow 1.5s\n"
    "    hold 5s\n"
    "    say \"Arch and look up\"\n"
    "end\n";

static Move *compile_at(const char *src, Level level, int reps, DiagList *d)
{
    CompileOptions o;
    compile_options_default(&o);
    o.level = level;
    o.reps_override = reps;
    return move_from_source(src, strlen(src), "t", "t.move", &o, NULL, d);
}

static Move *compile_ok(const char *src, Level level)
{
    DiagList d;
    diag_init(&d);
    Move *m = compile_at(src, level, 0, &d);
    for (size_t i = 0; i < d.count && d.errors; i++)
        fprintf(stderr, "%d:%d: %s\n", d.items[i].line, d.items[i].col, d.items[i].message);
    assert_non_null(m);
    assert_int_equal(d.errors, 0);
    diag_deinit(&d);
    return m;
}

static void cue_is(const Cue *c, int64_t at, CueKind kind, const char *what, bool is_auto)
{
    assert_int_equal(c->at_ms, at);
    assert_int_equal(c->kind, kind);
    assert_string_equal(kind == CUE_SAY ? c->text : c->name, what);
    assert_int_equal(c->is_auto, is_auto);
}

static void format_page_example(void **state)
{
    (void)state;
    Move *m = compile_ok(cat_cow, LEVEL_STANDARD);
    assert_string_equal(m->id, "t");
    assert_string_equal(m->title, "Cat / Cow");
    assert_string_equal(m->figure, "side");
    assert_int_equal(m->area_count, 2);
    assert_string_equal(m->areas[1], "lower-back");
    assert_int_equal(m->caution_count, 1);
    assert_int_equal(m->level, LEVEL_STANDARD);
    assert_int_equal(m->duration_ms, 109000);
    assert_int_equal(m->step_count, 17); /* 1 + 8 reps of 2 */

    const Step *s = &m->steps[0];
    assert_int_equal(s->start_ms, 0);
    assert_int_equal(s->end_ms, 5000);
    assert_int_equal(s->kind, STEP_KIND_STEP);
    assert_string_equal(s->pose, "all_fours");
    assert_int_equal(s->pose_ms, 2000);
    assert_int_equal(s->hold_ms, 3000);
    assert_int_equal(s->rep, 0);
    assert_int_equal(s->reps, 0);
    assert_int_equal(s->side, SIDE_NONE);
    assert_int_equal(s->line, 8);
    assert_int_equal(s->cue_count, 5);
    cue_is(&s->cues[0], 0, CUE_SOUND, "chime", true);
    cue_is(&s->cues[1], 2000, CUE_SOUND, "tick", false);
    cue_is(&s->cues[2], 3000, CUE_SOUND, "tick", false);
    cue_is(&s->cues[3], 4000, CUE_SOUND, "tick", false);
    cue_is(&s->cues[4], 5000, CUE_SOUND, "bell", true);

    s = &m->steps[1];
    assert_int_equal(s->start_ms, 5000);
    assert_int_equal(s->end_ms, 11500);
    assert_string_equal(s->caption, "Round your back toward the ceiling and tuck your chin.");
    assert_int_equal(s->rep, 1);
    assert_int_equal(s->reps, 8);
    assert_int_equal(s->cue_count, 5);
    cue_is(&s->cues[0], 5000, CUE_SAY, "Round up", false); /* no chime: its own say, and a bell */
    cue_is(&s->cues[1], 8500, CUE_SOUND, "tick", false);
    cue_is(&s->cues[2], 9500, CUE_SOUND, "tick", false);
    cue_is(&s->cues[3], 10500, CUE_SOUND, "tick", false);
    cue_is(&s->cues[4], 11500, CUE_SOUND, "bell", true);

    /* Times add up without a gap, and each rep counts up. */
    for (int i = 1; i < m->step_count; i++) {
        assert_int_equal(m->steps[i].start_ms, m->steps[i - 1].end_ms);
        assert_int_equal(m->steps[i].index, i);
        assert_int_equal(m->steps[i].rep, (i + 1) / 2);
    }
    assert_int_equal(m->steps[16].end_ms, 109000);
    assert_string_equal(m->steps[16].cues[0].text, "Arch and look up");
    move_destroy(m);
}

static void levels(void **state)
{
    (void)state;
    static const struct { Level level; int64_t duration; int steps; } want[] = {
        { LEVEL_EASY, 5000 + 5 * 13000, 11 },
        { LEVEL_STANDARD, 5000 + 8 * 13000, 17 },
        { LEVEL_HARD, 5000 + 10 * 13000, 21 },
    };
    for (int i = 0; i < 3; i++) {
        Move *m = compile_ok(cat_cow, want[i].level);
        assert_int_equal(m->duration_ms, want[i].duration);
        assert_int_equal(m->step_count, want[i].steps);
        assert_int_equal(m->level, want[i].level);
        move_destroy(m);
    }
}

static void resolve(void **state)
{
    (void)state;
    static const struct { int64_t lo, hi; bool dur; int64_t easy, standard, hard; } cases[] = {
        { 5, 10, false, 5, 8, 10 },          /* 7.5 rounds half up */
        { 5, 6, false, 5, 6, 6 },
        { 3, 3, false, 3, 3, 3 },
        { 10, 20, false, 10, 15, 20 },
        { 30000, 45000, true, 30000, 38000, 45000 }, /* 37.5s -> 38s */
        { 20000, 30000, true, 20000, 25000, 30000 },
        { 60000, 90000, true, 60000, 75000, 90000 }, /* 1m..90s */
        { 1500, 2000, true, 1500, 2000, 2000 },      /* 1.75s -> 2s, within the range */
        { 200, 500, true, 200, 350, 500 },           /* 0s would leave the range: 350ms */
        { 1200, 1400, true, 1200, 1300, 1400 },
        { 0, 4000, true, 0, 2000, 4000 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        AstAmount a = { cases[i].lo, cases[i].hi, true, { 1, 1 } };
        assert_int_equal(compile_resolve(&a, cases[i].dur, LEVEL_EASY), cases[i].easy);
        assert_int_equal(compile_resolve(&a, cases[i].dur, LEVEL_STANDARD), cases[i].standard);
        assert_int_equal(compile_resolve(&a, cases[i].dur, LEVEL_HARD), cases[i].hard);
    }
    AstAmount one = { 7, 7, false, { 1, 1 } };
    assert_int_equal(compile_resolve(&one, false, LEVEL_HARD), 7);
}

static void sides_and_substitution(void **state)
{
    (void)state;
    Move *m = compile_ok("move \"Sides\"\n"
                         "sides right left\n"
                         "  repeat 2\n"
                         "    step \"Raise your {side} arm, keep your {other} arm down.\"\n"
                         "      pose reach 1s\n"
                         "      hold 2s\n"
                         "      say \"{side} arm\" at hold\n"
                         "      note \"Look {other}.\"\n"
                         "  end\n"
                         "  rest 5s \"Now the {other} side\"\n"
                         "end\n",
                         LEVEL_STANDARD);
    assert_int_equal(m->step_count, 6);
    assert_int_equal(m->duration_ms, 2 * (2 * 3000 + 5000));
    assert_int_equal(m->steps[0].side, SIDE_RIGHT);
    assert_string_equal(m->steps[0].caption, "Raise your right arm, keep your left arm down.");
    assert_string_equal(m->steps[0].note, "Look left.");
    assert_string_equal(m->steps[0].cues[1].text, "right arm");
    assert_int_equal(m->steps[0].cues[1].at_ms, 1000);
    assert_int_equal(m->steps[1].rep, 2);
    assert_int_equal(m->steps[2].kind, STEP_KIND_REST);
    assert_string_equal(m->steps[2].caption, "Now the left side");
    assert_int_equal(m->steps[2].rep, 0); /* outside the repeat */
    assert_int_equal(m->steps[2].side, SIDE_RIGHT);
    assert_int_equal(m->steps[2].hold_ms, 5000);
    assert_null(m->steps[2].pose);
    assert_int_equal(m->steps[3].side, SIDE_LEFT);
    assert_string_equal(m->steps[3].caption, "Raise your left arm, keep your right arm down.");
    assert_string_equal(m->steps[5].caption, "Now the right side");
    move_destroy(m);
}

static void automatic_cues(void **state)
{
    (void)state;
    Move *m = compile_ok("move \"Cues\"\n"
                         "step \"pose then wait\"\n"
                         "  pose a 1s\n"
                         "  hold 2s\n"
                         "  wait 1s\n"
                         "step \"after a wait: a chime, the bell was earlier\"\n"
                         "  hold 1s\n"
                         "  countdown 5\n"
                         "step \"pose only: no bell\"\n"
                         "  pose b 2s\n"
                         "step \"a sound at the start: no chime\"\n"
                         "  sound whoosh at +0s\n"
                         "  hold 2s\n"
                         "  countdown 0\n"
                         "rest 3s\n",
                         LEVEL_STANDARD);
    const Step *s = m->steps;
    assert_int_equal(s[0].end_ms, 4000);
    assert_int_equal(s[0].cue_count, 4);
    cue_is(&s[0].cues[0], 0, CUE_SOUND, "chime", true);
    cue_is(&s[0].cues[1], 1000, CUE_SOUND, "tick", false);
    cue_is(&s[0].cues[2], 2000, CUE_SOUND, "tick", false);
    cue_is(&s[0].cues[3], 3000, CUE_SOUND, "bell", true); /* at the hold's end, before the wait */
    /* countdown 5 over a 1s hold: only the tick that falls within the hold. */
    assert_int_equal(s[1].cue_count, 3);
    cue_is(&s[1].cues[0], 4000, CUE_SOUND, "chime", true);
    cue_is(&s[1].cues[1], 4000, CUE_SOUND, "tick", false);
    cue_is(&s[1].cues[2], 5000, CUE_SOUND, "bell", true);
    /* The bell at 5000 stands for the chime; a pose without a hold has no bell. */
    assert_int_equal(s[2].cue_count, 0);
    assert_int_equal(s[3].cue_count, 2);
    cue_is(&s[3].cues[0], 7000, CUE_SOUND, "whoosh", false);
    cue_is(&s[3].cues[1], 9000, CUE_SOUND, "bell", true);
    /* A rest counts down and ends like a hold, and says "Rest". */
    assert_int_equal(s[4].kind, STEP_KIND_REST);
    assert_string_equal(s[4].caption, "Rest");
    assert_int_equal(s[4].cue_count, 4);
    cue_is(&s[4].cues[0], 9000, CUE_SOUND, "tick", false);
    cue_is(&s[4].cues[3], 12000, CUE_SOUND, "bell", true);
    move_destroy(m);

    /* cues off: no chime and no bell, but the countdown still ticks. */
    m = compile_ok("move \"Off\"\ncues off\nstep \"a\"\n  hold 2s\n", LEVEL_STANDARD);
    assert_false(m->cues_auto);
    assert_int_equal(m->steps[0].cue_count, 2);
    cue_is(&m->steps[0].cues[0], 0, CUE_SOUND, "tick", false);
    cue_is(&m->steps[0].cues[1], 1000, CUE_SOUND, "tick", false);
    move_destroy(m);
}

static void offsets(void **state)
{
    (void)state;
    Move *m = compile_ok("move \"Offsets\"\n"
                         "step \"a\"\n"
                         "  pose a 2s\n"
                         "  hold 4s\n"
                         "  wait 1s\n"
                         "  countdown 0\n"
                         "  say \"at the end\" at end\n"
                         "  say \"two before the end\" at end-2s\n"
                         "  say \"hold\" at hold\n"
                         "  sound tick at +500ms\n"
                         "  say \"start\"\n",
                         LEVEL_STANDARD);
    const Step *s = &m->steps[0];
    assert_int_equal(s->end_ms, 7000);
    assert_int_equal(s->cue_count, 6);
    cue_is(&s->cues[0], 0, CUE_SAY, "start", false);
    cue_is(&s->cues[1], 500, CUE_SOUND, "tick", false);
    cue_is(&s->cues[2], 2000, CUE_SAY, "hold", false);
    cue_is(&s->cues[3], 5000, CUE_SAY, "two before the end", false);
    cue_is(&s->cues[4], 6000, CUE_SOUND, "bell", true);
    cue_is(&s->cues[5], 7000, CUE_SAY, "at the end", false);
    move_destroy(m);
}

static void reps_override_outermost(void **state)
{
    (void)state;
    const char *src = "move \"Nested\"\n"
                      "repeat 3\n"
                      "  step \"a\"\n"
                      "    hold 1s\n"
                      "  repeat 2\n"
                      "    step \"b\"\n"
                      "      hold 1s\n"
                      "  end\n"
                      "end\n"
                      "sides right left\n"
                      "  repeat 4\n"
                      "    step \"c\"\n"
                      "      hold 1s\n"
                      "  end\n"
                      "end\n";
    DiagList d;
    diag_init(&d);
    Move *m = compile_at(src, LEVEL_STANDARD, 1, &d);
    assert_non_null(m);
    /* The outer repeat runs once (3 steps), the repeat inside sides is outermost too. */
    assert_int_equal(m->step_count, 3 + 2 * 1);
    assert_int_equal(m->steps[1].rep, 1);
    assert_int_equal(m->steps[1].reps, 2);
    assert_int_equal(m->steps[3].reps, 1);
    move_destroy(m);
    m = compile_at(src, LEVEL_STANDARD, 0, &d);
    assert_int_equal(m->step_count, 3 * 3 + 2 * 4);
    move_destroy(m);
    diag_deinit(&d);
}

static void cards(void **state)
{
    (void)state;
    Move *m = compile_ok("move \"Card\"\nfigure none\nstep \"Read this.\"\n  hold 5s\n  clip flame loop\n",
                         LEVEL_STANDARD);
    assert_string_equal(m->figure, "none");
    assert_int_equal(m->steps[0].kind, STEP_KIND_CARD);
    assert_string_equal(m->steps[0].clip, "flame");
    assert_true(m->steps[0].clip_loop);
    move_destroy(m);
}

static void check_errors(const char *src, Level level, int line, const char *msg)
{
    DiagList d;
    diag_init(&d);
    Move *m = compile_at(src, level, 0, &d);
    assert_null(m);
    assert_true(d.errors >= 1);
    bool found = false;
    for (size_t i = 0; i < d.count; i++)
        found |= d.items[i].line == line && strstr(d.items[i].message, msg) != NULL;
    if (!found)
        fail_msg("no error '%s' at line %d (first: %s)", msg, line, d.count ? d.items[0].message : "none");
    diag_deinit(&d);
}

static void timing_errors(void **state)
{
    (void)state;
    check_errors("move \"x\"\nstep \"a\"\n  say \"hi\"\n", LEVEL_STANDARD, 2, "lasts no time");
    check_errors("move \"x\"\nstep \"a\"\n  hold 0s..4s\n", LEVEL_EASY, 2, "lasts no time at level easy");
    check_errors("move \"x\"\nrest 0s\n", LEVEL_STANDARD, 2, "this rest lasts no time");
    check_errors("move \"x\"\nstep \"a\"\n  hold 2s\n  say \"x\" at +3s\n", LEVEL_STANDARD, 4, "after the end of the step");
    check_errors("move \"x\"\nstep \"a\"\n  hold 2s\n  say \"x\" at end-3s\n", LEVEL_STANDARD, 4, "before the start");
    check_errors("move \"x\"\nstep \"a\"\n  pose a\n  say \"x\" at hold\n", LEVEL_STANDARD, 4, "has no hold");
    check_errors("move \"x\"\nrepeat 1000\n  repeat 11\n    step \"a\"\n      hold 1s\n  end\nend\n",
                 LEVEL_STANDARD, 2, "more than 10000 steps");
    check_errors("move \"x\"\nrepeat 30\n  step \"a\"\n    hold 1h\nend\n", LEVEL_STANDARD, 1, "more than 24 hours");
    check_errors("move \"x\"\nfigure none\nstep \"a\"\n  pose a\n  hold 1s\n", LEVEL_STANDARD, 4, "figure none");
    check_errors("move \"x\"\nstep \"a\"\n  cycle a b every 1s\n  wait 1s\n", LEVEL_STANDARD, 3, "runs during the hold");

    /* An error in a repeated step is reported once, not once per rep. */
    DiagList d;
    diag_init(&d);
    assert_null(compile_at("move \"x\"\nrepeat 50\n  step \"a\"\n    hold 1s\n    say \"x\" at +2s\nend\n",
                           LEVEL_STANDARD, 0, &d));
    assert_int_equal(d.errors, 1);
    diag_deinit(&d);
}

static void warnings(void **state)
{
    (void)state;
    DiagList d;
    diag_init(&d);
    Move *m = compile_at("move \"x\"\n"
                         "repeat 3\n"
                         "  step \"A caption of many words that nobody can read in the one second given.\"\n"
                         "    pose a 1s\n"
                         "  step \"b\"\n"
                         "    hold 11m\n"
                         "    say \"Nine words that will not fit before the next tick\" at end-4s\n"
                         "end\n",
                         LEVEL_STANDARD, 0, &d);
    assert_non_null(m); /* warnings leave the move usable */
    assert_int_equal(d.errors, 0);
    assert_int_equal(d.warnings, 3); /* each once, though the steps repeat */
    assert_int_equal(d.items[0].line, 3);
    assert_non_null(strstr(d.items[0].message, "caption has 14 words"));
    assert_int_equal(d.items[1].line, 6);
    assert_non_null(strstr(d.items[1].message, "longer than 10 minutes"));
    assert_int_equal(d.items[2].line, 7);
    if (!strstr(d.items[2].message, "4s to say, but the next cue comes 1s later"))
        fail_msg("%s", d.items[2].message);
    move_destroy(m);
    diag_deinit(&d);
}

static void names(void **state)
{
    (void)state;
    ContentIndex *ix = content_index_create(NULL, NULL);
    content_index_add(ix, NAME_POSE, "cat");
    content_index_add(ix, NAME_POSE, "cow");
    content_index_add(ix, NAME_CLIP, "flame");
    content_index_add(ix, NAME_VOICE, "round_up");
    const char *src = "move \"x\"\nfigure sied\nstep \"a\"\n  pose kat\n  cycle cat cwo every 1s\n  hold 2s\n"
                      "  sound chmie\n  clip flaem\n  prop rolller\n  sound ../up\n  prop props/x.png\n"
                      "  say \"Round up!\"\n  say \"Not recorded\"\n";
    CompileOptions o;
    compile_options_default(&o);
    o.synthesis = false;
    DiagList d;
    diag_init(&d);
    assert_null(move_from_source(src, strlen(src), "x", "x.move", &o, ix, &d));
    static const char *const want[] = {
        "unknown figure 'sied' (did you mean 'side'?)",
        "unknown pose 'kat' (did you mean 'cat'?)",
        "unknown pose 'cwo' (did you mean 'cow'?)",
        "unknown clip 'flaem' (did you mean 'flame'?)",
        "unknown prop 'rolller' (did you mean 'roller'?)",
        "a prop's name is a word, not a path",
        "unknown sound 'chmie' (did you mean 'chime'?)",
        "'../up' leaves the content root",
        "no recorded voice file voice/not_recorded.wav",
    };
    assert_int_equal(d.count, 9);
    assert_int_equal(d.errors, 8);
    for (size_t i = 0; i < 9; i++)
        if (!strstr(d.items[i].message, want[i]))
            fail_msg("item %zu: '%s' lacks '%s'", i, d.items[i].message, want[i]);
    assert_int_equal(d.items[8].severity, DIAG_WARNING);
    diag_deinit(&d);
    content_index_destroy(ix);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(format_page_example),
        cmocka_unit_test(levels),
        cmocka_unit_test(resolve),
        cmocka_unit_test(sides_and_substitution),
        cmocka_unit_test(automatic_cues),
        cmocka_unit_test(offsets),
        cmocka_unit_test(reps_override_outermost),
        cmocka_unit_test(cards),
        cmocka_unit_test(timing_errors),
        cmocka_unit_test(warnings),
        cmocka_unit_test(names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
