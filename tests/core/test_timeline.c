/* timeline_at(): time -> step, phase, progress, rep and side, to the millisecond. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "model/compile.h"

static Move *compile(const char *src)
{
    DiagList d;
    diag_init(&d);
    Move *m = move_from_source(src, strlen(src), "t", "t.move", NULL, NULL, &d);
    assert_non_null(m);
    diag_deinit(&d);
    return m;
}

static const char script[] =
    "move \"Timeline\"\n"
    "step \"a\"\n"          /* 0: pose 0..2000, hold 2000..5000 */
    "  pose p 2s\n"
    "  hold 3s\n"
    "sides right left\n"
    "  repeat 2\n"
    "    step \"b\"\n"      /* pose 1000, hold 2000, wait 500: 3500 each */
    "      pose q 1s\n"
    "      hold 2s\n"
    "      wait 500ms\n"
    "  end\n"
    "end\n"
    "rest 4s\n";            /* 19000..23000 */

static void at(const Move *m, int64_t t, int step, Phase phase, int64_t start, int64_t end)
{
    TimelinePos p = timeline_at(m, t);
    assert_int_equal(p.step, step);
    assert_int_equal(p.phase, phase);
    assert_int_equal(p.phase_start_ms, start);
    assert_int_equal(p.phase_end_ms, end);
    int64_t clamped = t < 0 ? 0 : t > m->duration_ms ? m->duration_ms : t;
    assert_int_equal(p.elapsed_ms, clamped - start);
    assert_int_equal(p.left_ms, end - clamped);
    assert_int_equal(timeline_step_at(m, clamped), step);
}

static void phases(void **state)
{
    (void)state;
    Move *m = compile(script);
    assert_int_equal(m->duration_ms, 23000);
    assert_int_equal(m->step_count, 6);
    at(m, -100, 0, PHASE_POSE, 0, 2000);
    at(m, 0, 0, PHASE_POSE, 0, 2000);
    at(m, 1999, 0, PHASE_POSE, 0, 2000);
    at(m, 2000, 0, PHASE_HOLD, 2000, 5000);
    at(m, 4999, 0, PHASE_HOLD, 2000, 5000);
    at(m, 5000, 1, PHASE_POSE, 5000, 6000);
    at(m, 6000, 1, PHASE_HOLD, 6000, 8000);
    at(m, 8000, 1, PHASE_WAIT, 8000, 8500);
    at(m, 8499, 1, PHASE_WAIT, 8000, 8500);
    at(m, 8500, 2, PHASE_POSE, 8500, 9500);
    at(m, 15499, 3, PHASE_WAIT, 15000, 15500);
    at(m, 18999, 4, PHASE_WAIT, 18500, 19000);
    at(m, 19000, 5, PHASE_HOLD, 19000, 23000); /* a rest is all hold */
    at(m, 22999, 5, PHASE_HOLD, 19000, 23000);
    at(m, 23000, 5, PHASE_DONE, 23000, 23000);
    at(m, 1000000, 5, PHASE_DONE, 23000, 23000);
    move_destroy(m);
}

static void progress_rep_side(void **state)
{
    (void)state;
    Move *m = compile(script);
    TimelinePos p = timeline_at(m, 500);
    assert_float_equal(p.progress, 0.25f, 1e-6);
    p = timeline_at(m, 3500);
    assert_float_equal(p.progress, 0.5f, 1e-6);
    assert_int_equal(p.rep, 0);
    assert_int_equal(p.side, SIDE_NONE);
    p = timeline_at(m, 8250);
    assert_float_equal(p.progress, 0.5f, 1e-6);
    assert_int_equal(p.rep, 1);
    assert_int_equal(p.reps, 2);
    assert_int_equal(p.side, SIDE_RIGHT);
    p = timeline_at(m, 9000);
    assert_int_equal(p.rep, 2);
    assert_int_equal(p.side, SIDE_RIGHT);
    p = timeline_at(m, 12000);
    assert_int_equal(p.rep, 1);
    assert_int_equal(p.side, SIDE_LEFT);
    p = timeline_at(m, 23000);
    assert_float_equal(p.progress, 1.0f, 1e-6);
    move_destroy(m);
}

/* The binary search agrees with a walk over the steps at every millisecond. */
static void search_matches_walk(void **state)
{
    (void)state;
    Move *m = compile(script);
    int walk = 0;
    for (int64_t t = 0; t < m->duration_ms; t++) {
        while (t >= m->steps[walk].end_ms)
            walk++;
        assert_int_equal(timeline_step_at(m, t), walk);
        TimelinePos p = timeline_at(m, t);
        assert_int_equal(p.step, walk);
        assert_true(p.progress >= 0.0f && p.progress < 1.0f);
        assert_true(p.phase_start_ms <= t && t < p.phase_end_ms);
    }
    move_destroy(m);
}

/* Times are absolute: a long move's last step ends exactly where the sum says. */
static void no_drift(void **state)
{
    (void)state;
    Move *m = compile("move \"Long\"\nrepeat 1000\n  step \"a\"\n    pose p 333ms\n    hold 1.001s\nend\n");
    assert_int_equal(m->duration_ms, 1000 * 1334);
    assert_int_equal(m->steps[999].start_ms, 999 * 1334);
    TimelinePos p = timeline_at(m, 999 * 1334 + 333);
    assert_int_equal(p.step, 999);
    assert_int_equal(p.phase, PHASE_HOLD);
    assert_int_equal(p.rep, 1000);
    move_destroy(m);
}

static void names(void **state)
{
    (void)state;
    assert_string_equal(level_name(LEVEL_EASY), "easy");
    assert_string_equal(level_name(LEVEL_STANDARD), "standard");
    assert_string_equal(level_name(LEVEL_HARD), "hard");
    Level l = LEVEL_EASY;
    assert_true(level_parse("hard", &l));
    assert_int_equal(l, LEVEL_HARD);
    assert_false(level_parse("Hard", &l));
    assert_false(level_parse(NULL, &l));
    assert_string_equal(side_name(SIDE_RIGHT), "right");
    assert_string_equal(side_name(SIDE_LEFT), "left");
    assert_null(side_name(SIDE_NONE));
    move_destroy(NULL);
    TimelinePos p = timeline_at(NULL, 0);
    assert_int_equal(p.step, -1);
    assert_int_equal(p.phase, PHASE_DONE);
    assert_int_equal(timeline_step_at(NULL, 0), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(phases),
        cmocka_unit_test(progress_rep_side),
        cmocka_unit_test(search_matches_walk),
        cmocka_unit_test(no_drift),
        cmocka_unit_test(names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
