/* The idle policy: back to the loop exactly idle_timeout after the last input, and
 * never in the middle of a hold: "Slowly release" first, said once, until the hold has
 * run out (and long enough to be read). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "kiosk/idle.h"

static void unattended_loop_is_left_alone(void **state)
{
    (void)state;
    Idle idle;
    idle_init(&idle, 90000, 0);
    for (uint64_t t = 0; t < 10 * 90000; t += 1000)
        assert_int_equal(idle_update(&idle, t, t % 20000 < 10000, t + 5000), IDLE_NOTHING);
}

static void resets_exactly_at_the_timeout(void **state)
{
    (void)state;
    Idle idle;
    idle_init(&idle, 90000, 0);
    idle_input(&idle, 10000);
    idle_input(&idle, 40000); /* the timer starts again at each input */
    assert_int_equal(idle_update(&idle, 129999, false, 0), IDLE_NOTHING);
    assert_int_equal(idle_update(&idle, 130000, false, 0), IDLE_RESET);
    /* once: the loop runs again and nobody is there */
    assert_int_equal(idle_update(&idle, 130016, false, 0), IDLE_NOTHING);
    assert_int_equal(idle_update(&idle, 500000, false, 0), IDLE_NOTHING);
}

static void a_running_hold_is_released_slowly(void **state)
{
    (void)state;
    Idle idle;
    idle_init(&idle, 90000, 0);
    idle_input(&idle, 0);
    /* 90 s later a 30 s hold has 8 s to go */
    assert_int_equal(idle_update(&idle, 90000, true, 98000), IDLE_SAY_RELEASE);
    assert_true(idle_releasing(&idle));
    int said = 1, shown = 0;
    uint64_t t = 90016;
    IdleVerdict v;
    while ((v = idle_update(&idle, t, true, 98000)) != IDLE_RESET) {
        said += v == IDLE_SAY_RELEASE;
        shown += v == IDLE_SHOW_RELEASE;
        assert_true(t < 98000);
        t += 16;
    }
    assert_int_equal(said, 1); /* the cue plays once */
    assert_true(shown > 400);
    assert_true(t >= 98000 && t < 98016); /* reset when the hold ends, not before */
    assert_false(idle_releasing(&idle));
    assert_int_equal(idle_update(&idle, t + 16, false, 0), IDLE_NOTHING);
}

static void a_short_rest_of_hold_still_shows_the_message(void **state)
{
    (void)state;
    Idle idle;
    idle_init(&idle, 60000, 0);
    idle_input(&idle, 1000);
    assert_int_equal(idle_update(&idle, 61000, true, 61500), IDLE_SAY_RELEASE);
    /* the hold ends at 61.5 s, but the message stays IDLE_RELEASE_MIN_MS to be read */
    assert_int_equal(idle_update(&idle, 61600, false, 0), IDLE_SHOW_RELEASE);
    assert_int_equal(idle_update(&idle, 61000 + IDLE_RELEASE_MIN_MS - 1, false, 0), IDLE_SHOW_RELEASE);
    assert_int_equal(idle_update(&idle, 61000 + IDLE_RELEASE_MIN_MS, false, 0), IDLE_RESET);
}

static void input_during_the_release_cancels_it(void **state)
{
    (void)state;
    Idle idle;
    idle_init(&idle, 90000, 0);
    idle_input(&idle, 0);
    assert_int_equal(idle_update(&idle, 90000, true, 100000), IDLE_SAY_RELEASE);
    idle_input(&idle, 92000); /* they came back */
    assert_false(idle_releasing(&idle));
    assert_int_equal(idle_update(&idle, 100000, true, 110000), IDLE_NOTHING);
    assert_int_equal(idle_update(&idle, 181999, false, 0), IDLE_NOTHING);
    assert_int_equal(idle_update(&idle, 182000, false, 0), IDLE_RESET);
}

static void the_release_ends_with_its_hold_not_the_next(void **state)
{
    (void)state;
    Idle idle;
    idle_init(&idle, 90000, 0);
    idle_input(&idle, 0);
    assert_int_equal(idle_update(&idle, 90000, true, 95000), IDLE_SAY_RELEASE);
    assert_int_equal(idle_update(&idle, 94999, true, 95000), IDLE_SHOW_RELEASE);
    /* at 95 s the next step's hold begins at once (no pose move): it does not count */
    assert_int_equal(idle_update(&idle, 95000, true, 101000), IDLE_RESET);

    /* an open-ended wait is cut at IDLE_RELEASE_MAX_MS */
    idle_input(&idle, 100000);
    assert_int_equal(idle_update(&idle, 190000, true, UINT64_MAX), IDLE_SAY_RELEASE);
    assert_int_equal(idle_update(&idle, 190000 + IDLE_RELEASE_MAX_MS - 1, true, UINT64_MAX), IDLE_SHOW_RELEASE);
    assert_int_equal(idle_update(&idle, 190000 + IDLE_RELEASE_MAX_MS, true, UINT64_MAX), IDLE_RESET);
}

static void a_hold_already_over_resets_at_once(void **state)
{
    (void)state;
    Idle idle;
    idle_init(&idle, 1000, 0);
    idle_input(&idle, 0);
    assert_int_equal(idle_update(&idle, 1000, true, 1000), IDLE_RESET);
}

static void zero_timeout_never_returns_and_can_change(void **state)
{
    (void)state;
    Idle idle;
    idle_init(&idle, 0, 0);
    idle_input(&idle, 0);
    assert_int_equal(idle_update(&idle, 1000000000, false, 0), IDLE_NOTHING);
    idle_set_timeout(&idle, 30000); /* a reloaded config: counts from the last input */
    assert_int_equal(idle_update(&idle, 1000000000, false, 0), IDLE_RESET);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(unattended_loop_is_left_alone),
        cmocka_unit_test(resets_exactly_at_the_timeout),
        cmocka_unit_test(a_running_hold_is_released_slowly),
        cmocka_unit_test(a_short_rest_of_hold_still_shows_the_message),
        cmocka_unit_test(input_during_the_release_cancels_it),
        cmocka_unit_test(the_release_ends_with_its_hold_not_the_next),
        cmocka_unit_test(a_hold_already_over_resets_at_once),
        cmocka_unit_test(zero_timeout_never_returns_and_can_change),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
