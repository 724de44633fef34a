/* The exit chord: held long enough fires exactly once; a release, a missing key or a
 * lost focus stops it; either Ctrl counts; key repeat does not restart the hold; the
 * codes of a parsed config chord go straight in. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "kiosk/chord.h"
#include "kiosk/config.h"

#include <SDL.h>

_Static_assert((int)CONFIG_CHORD_ALTS == (int)CHORD_ALTS, "config chords feed chord_init()");
_Static_assert((int)CONFIG_CHORD_MAX == (int)CHORD_MAX_SLOTS, "config chords feed chord_init()");
_Static_assert(CONFIG_NO_CODE == CHORD_NO_CODE, "the same unused code");

static const int32_t exit_keys[][CHORD_ALTS] = {
    { SDLK_LCTRL, SDLK_RCTRL }, { SDLK_LALT, SDLK_RALT }, { SDLK_LSHIFT, SDLK_RSHIFT }, { SDLK_q, CHORD_NO_CODE },
};

static void press_all(Chord *c, uint64_t t)
{
    assert_false(chord_feed(c, SDLK_LCTRL, true, t));
    assert_false(chord_feed(c, SDLK_LALT, true, t));
    assert_false(chord_feed(c, SDLK_LSHIFT, true, t));
    assert_false(chord_feed(c, SDLK_q, true, t));
}

static void release_all(Chord *c, uint64_t t)
{
    chord_feed(c, SDLK_q, false, t);
    chord_feed(c, SDLK_LSHIFT, false, t);
    chord_feed(c, SDLK_LALT, false, t);
    chord_feed(c, SDLK_LCTRL, false, t);
}

static void fires_after_exactly_the_hold(void **state)
{
    (void)state;
    Chord c;
    chord_init(&c, exit_keys, 4, 2000);
    press_all(&c, 1000);
    assert_false(chord_poll(&c, 1500));
    assert_true(chord_progress(&c, 2000) > 0.49f && chord_progress(&c, 2000) < 0.51f);
    assert_false(chord_poll(&c, 2999));
    assert_true(chord_poll(&c, 3000));
    /* once per hold */
    assert_false(chord_poll(&c, 3001));
    assert_false(chord_poll(&c, 9000));
    assert_true(chord_progress(&c, 9000) == 0.0f);
}

static void the_hold_counts_from_the_last_key(void **state)
{
    (void)state;
    Chord c;
    chord_init(&c, exit_keys, 4, 2000);
    chord_feed(&c, SDLK_LCTRL, true, 0);
    chord_feed(&c, SDLK_LALT, true, 0);
    chord_feed(&c, SDLK_LSHIFT, true, 0);
    assert_false(chord_poll(&c, 5000)); /* three of four keys: never */
    chord_feed(&c, SDLK_q, true, 5000);
    assert_false(chord_poll(&c, 6999));
    assert_true(chord_poll(&c, 7000));
}

static void a_release_cancels_and_a_new_press_restarts(void **state)
{
    (void)state;
    Chord c;
    chord_init(&c, exit_keys, 4, 2000);
    press_all(&c, 0);
    assert_false(chord_feed(&c, SDLK_q, false, 1900));
    assert_false(chord_poll(&c, 2500));
    assert_false(chord_feed(&c, SDLK_q, true, 3000));
    assert_false(chord_poll(&c, 4999));
    assert_true(chord_poll(&c, 5000));
}

static void key_repeat_does_not_restart(void **state)
{
    (void)state;
    Chord c;
    chord_init(&c, exit_keys, 4, 2000);
    press_all(&c, 0);
    for (uint64_t t = 500; t < 2000; t += 33)
        assert_false(chord_feed(&c, SDLK_q, true, t)); /* SDL's repeated KEYDOWN */
    assert_true(chord_feed(&c, SDLK_q, true, 2000));
}

static void either_modifier_counts(void **state)
{
    (void)state;
    Chord c;
    chord_init(&c, exit_keys, 4, 2000);
    chord_feed(&c, SDLK_RCTRL, true, 0);
    chord_feed(&c, SDLK_RALT, true, 0);
    chord_feed(&c, SDLK_LSHIFT, true, 0);
    chord_feed(&c, SDLK_q, true, 0);
    /* Left Ctrl going down and up again while right Ctrl stays down changes nothing. */
    chord_feed(&c, SDLK_LCTRL, true, 100);
    chord_feed(&c, SDLK_LCTRL, false, 200);
    assert_true(chord_poll(&c, 2000));
}

static void fires_again_only_after_everything_is_up(void **state)
{
    (void)state;
    Chord c;
    chord_init(&c, exit_keys, 4, 2000);
    press_all(&c, 0);
    assert_true(chord_poll(&c, 2000));
    /* Q up and down again while the modifiers stay down: not a new hold. */
    chord_feed(&c, SDLK_q, false, 2100);
    chord_feed(&c, SDLK_q, true, 2200);
    assert_false(chord_poll(&c, 10000));
    release_all(&c, 10000);
    press_all(&c, 11000);
    assert_false(chord_poll(&c, 12999));
    assert_true(chord_poll(&c, 13000));
}

static void reset_forgets_keys_held_when_focus_went(void **state)
{
    (void)state;
    Chord c;
    chord_init(&c, exit_keys, 4, 2000);
    press_all(&c, 0);
    chord_reset(&c); /* the window lost focus: the key-ups went to someone else */
    assert_false(chord_poll(&c, 5000));
    chord_feed(&c, SDLK_q, true, 6000); /* only Q is down as far as we know */
    assert_false(chord_poll(&c, 9000));
}

static void other_codes_do_not_matter(void **state)
{
    (void)state;
    Chord c;
    chord_init(&c, exit_keys, 4, 2000);
    press_all(&c, 0);
    chord_feed(&c, SDLK_w, true, 100);
    chord_feed(&c, SDLK_w, false, 200);
    assert_false(chord_feed(&c, CHORD_NO_CODE, true, 300));
    assert_true(chord_poll(&c, 2000));
}

static void empty_chord_never_fires(void **state)
{
    (void)state;
    Chord c;
    chord_init(&c, NULL, 0, 0);
    assert_false(chord_feed(&c, SDLK_q, true, 0));
    assert_false(chord_poll(&c, 100000));
}

static void zero_hold_fires_on_the_press(void **state)
{
    (void)state;
    static const int32_t two[][CHORD_ALTS] = { { 1, CHORD_NO_CODE }, { 2, CHORD_NO_CODE } };
    Chord c;
    chord_init(&c, two, 2, 0);
    assert_false(chord_feed(&c, 1, true, 10));
    assert_true(chord_feed(&c, 2, true, 10));
}

static void pad_chord_from_the_config(void **state)
{
    (void)state;
    Config cfg;
    config_default(&cfg);
    Chord c;
    chord_init(&c, cfg.exit_pad.codes, cfg.exit_pad.count, cfg.exit_pad.hold_ms);
    chord_feed(&c, SDL_CONTROLLER_BUTTON_BACK, true, 0);
    chord_feed(&c, SDL_CONTROLLER_BUTTON_START, true, 100);
    assert_false(chord_poll(&c, 3099));
    assert_true(chord_poll(&c, 3100));

    chord_init(&c, cfg.exit_keys.codes, cfg.exit_keys.count, cfg.exit_keys.hold_ms);
    chord_feed(&c, SDLK_RCTRL, true, 0);
    chord_feed(&c, SDLK_LALT, true, 0);
    chord_feed(&c, SDLK_RSHIFT, true, 0);
    chord_feed(&c, SDLK_q, true, 0);
    assert_false(chord_poll(&c, 1999));
    assert_true(chord_poll(&c, 2000));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fires_after_exactly_the_hold),
        cmocka_unit_test(the_hold_counts_from_the_last_key),
        cmocka_unit_test(a_release_cancels_and_a_new_press_restarts),
        cmocka_unit_test(key_repeat_does_not_restart),
        cmocka_unit_test(either_modifier_counts),
        cmocka_unit_test(fires_again_only_after_everything_is_up),
        cmocka_unit_test(reset_forgets_keys_held_when_focus_went),
        cmocka_unit_test(other_codes_do_not_matter),
        cmocka_unit_test(empty_chord_never_fires),
        cmocka_unit_test(zero_hold_fires_on_the_press),
        cmocka_unit_test(pad_chord_from_the_config),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
