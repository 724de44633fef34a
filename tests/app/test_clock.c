/* The run's one clock: virtual time exact over a simulated day; real time relative to
 * its first reading and safe across a wrap of the source. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "platform/clock.h"

static void virtual_day_is_exact(void **state)
{
    (void)state;
    static const uint32_t rates[] = { 24, 25, 30, 60, 144 };
    for (size_t r = 0; r < sizeof rates / sizeof *rates; r++) {
        Clock c;
        clock_init_virtual(&c, rates[r]);
        assert_int_equal(clock_now(&c), 0);
        uint64_t frames = (uint64_t)rates[r] * 86400; /* one day */
        uint64_t prev = 0;
        for (uint64_t i = 1; i <= frames; i++) {
            uint64_t t = clock_advance(&c);
            /* each frame lands on floor(i * 1000 / fps), never drifting */
            assert_true(t == i * 1000 / rates[r]);
            assert_true(t - prev <= 1000 / rates[r] + 1);
            prev = t;
        }
        assert_int_equal(clock_now(&c), 86400000);
    }
}

static void virtual_thirty_fps_frames(void **state)
{
    (void)state;
    Clock c;
    clock_init_virtual(&c, 30);
    assert_int_equal(clock_advance(&c), 33);
    assert_int_equal(clock_advance(&c), 66);
    assert_int_equal(clock_advance(&c), 100);
    assert_int_equal(clock_frame_ms(30, 375), 12500);
}

static uint64_t fake_us;
static uint64_t fake_source(void *ud)
{
    (void)ud;
    return fake_us;
}

static void real_clock_relative_and_wraps(void **state)
{
    (void)state;
    Clock c;
    fake_us = UINT64_MAX - 1500; /* 1.5 ms before the source wraps */
    clock_init_real(&c, fake_source, NULL);
    assert_int_equal(clock_now(&c), 0);
    fake_us += 1000;
    assert_int_equal(clock_advance(&c), 1);
    fake_us += 5000; /* wraps past zero */
    assert_int_equal(clock_advance(&c), 6);
    fake_us += 4294967296ull * 1000; /* SDL's 32-bit ms ticks would have wrapped here */
    assert_int_equal(clock_advance(&c), 4294967302ull);
}

static void sdl_source_is_monotonic(void **state)
{
    (void)state;
    Clock c;
    clock_init_real(&c, NULL, NULL);
    uint64_t a = clock_advance(&c);
    uint64_t b = clock_advance(&c);
    assert_true(b >= a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(virtual_day_is_exact),
        cmocka_unit_test(virtual_thirty_fps_frames),
        cmocka_unit_test(real_clock_relative_and_wraps),
        cmocka_unit_test(sdl_source_is_monotonic),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
