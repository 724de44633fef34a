/* The kiosk supervisor as the frame loop drives it: SDL events in, a tick out. A held
 * key repeats (X autorepeat), and a repeat can arrive just after the hold is complete:
 * the chord then fires inside the event's feed, and the tick must still say quit (the
 * exit chord used to be lost that way about one time in three under Xvfb). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "kiosk/kiosk.h"

static SDL_Event key(Uint32 type, SDL_Keycode sym, int repeat)
{
    SDL_Event e;
    SDL_zero(e);
    e.type = type;
    e.key.keysym.sym = sym;
    e.key.repeat = (Uint8)repeat;
    return e;
}

static Kiosk *make(bool kiosk_mode)
{
    Config cfg;
    config_default(&cfg);
    return kiosk_create(&cfg, kiosk_mode, false, NULL, ".", 0);
}

static void press_chord(Kiosk *k, uint64_t t)
{
    static const SDL_Keycode keys[] = { SDLK_LCTRL, SDLK_LALT, SDLK_LSHIFT, SDLK_q };
    for (size_t i = 0; i < 4; i++) {
        SDL_Event e = key(SDL_KEYDOWN, keys[i], 0);
        assert_false(kiosk_event(k, &e, t));
    }
}

static void a_repeat_that_completes_the_hold_still_quits(void **state)
{
    (void)state;
    Kiosk *k = make(true);
    KioskTick t;
    press_chord(k, 1000);
    kiosk_update(k, 2999, false, 0, &t);
    assert_false(t.quit);
    SDL_Event rep = key(SDL_KEYDOWN, SDLK_q, 1);
    kiosk_event(k, &rep, 3000); /* the 2 s hold completes inside this feed */
    kiosk_update(k, 3010, false, 0, &t);
    assert_true(t.quit);
    assert_string_equal(t.reason, "exit_chord");
    kiosk_destroy(k, "test");
}

static void polled_at_the_end_of_the_hold_it_quits(void **state)
{
    (void)state;
    Kiosk *k = make(true);
    KioskTick t;
    press_chord(k, 1000);
    kiosk_update(k, 3000, false, 0, &t);
    assert_true(t.quit);
    kiosk_destroy(k, "test");
}

static void let_go_early_it_does_not(void **state)
{
    (void)state;
    Kiosk *k = make(true);
    KioskTick t;
    press_chord(k, 1000);
    SDL_Event up = key(SDL_KEYUP, SDLK_q, 0);
    kiosk_event(k, &up, 2990);
    kiosk_update(k, 5000, false, 0, &t);
    assert_false(t.quit);
    kiosk_destroy(k, "test");
}

static void window_close_is_swallowed_only_in_kiosk_mode(void **state)
{
    (void)state;
    SDL_Event quit;
    SDL_zero(quit);
    quit.type = SDL_QUIT;
    Kiosk *k = make(true);
    assert_true(kiosk_event(k, &quit, 0));
    kiosk_destroy(k, "test");
    k = make(false);
    assert_false(kiosk_event(k, &quit, 0));
    KioskTick t;
    press_chord(k, 0); /* no chords outside kiosk mode */
    kiosk_update(k, 10000, false, 0, &t);
    assert_false(t.quit);
    kiosk_destroy(k, "test");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_repeat_that_completes_the_hold_still_quits),
        cmocka_unit_test(polled_at_the_end_of_the_hold_it_quits),
        cmocka_unit_test(let_go_early_it_does_not),
        cmocka_unit_test(window_close_is_swallowed_only_in_kiosk_mode),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
