/* Easing curves and angle interpolation. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>

#include "anim/ease.h"

#define NEAR(a, b) assert_true(fabsf((a) - (b)) < 1e-4f)

static void ends_are_fixed(void **state)
{
    (void)state;
    for (int e = EASE_LINEAR; e <= EASE_IN_OUT; e++) {
        NEAR(ease_apply((Ease)e, 0), 0);
        NEAR(ease_apply((Ease)e, 1), 1);
        NEAR(ease_apply((Ease)e, -3), 0); /* clamped */
        NEAR(ease_apply((Ease)e, 7), 1);
        NEAR(ease_apply((Ease)e, NAN), 0);
    }
}

static void shapes(void **state)
{
    (void)state;
    NEAR(ease_apply(EASE_LINEAR, 0.25f), 0.25f);
    NEAR(ease_apply(EASE_IN, 0.5f), 0.125f);        /* slow start */
    NEAR(ease_apply(EASE_OUT, 0.5f), 0.875f);       /* slow end */
    NEAR(ease_apply(EASE_IN_OUT, 0.5f), 0.5f);      /* symmetric */
    NEAR(ease_apply(EASE_IN_OUT, 0.25f), 0.0625f);
    NEAR(ease_apply(EASE_IN_OUT, 0.75f), 0.9375f);
    /* Every curve only ever moves forward. */
    for (int e = EASE_LINEAR; e <= EASE_IN_OUT; e++) {
        float prev = 0;
        for (int i = 1; i <= 100; i++) {
            float v = ease_apply((Ease)e, (float)i / 100);
            assert_true(v >= prev);
            prev = v;
        }
    }
}

static void angles_go_the_short_way(void **state)
{
    (void)state;
    NEAR(ease_angle_delta(350, 10), 20);
    NEAR(ease_angle_delta(10, 350), -20);
    NEAR(ease_angle_delta(0, 180), -180);
    NEAR(ease_angle_delta(-170, 170), -20);
    NEAR(ease_angle_delta(720, 30), 30);
    NEAR(ease_angle_lerp(350, 10, 0.5f), 360);  /* through 0, not through 180 */
    NEAR(ease_angle_lerp(350, 10, 1), 370);
    NEAR(ease_angle_lerp(10, 350, 0.5f), 0);
    NEAR(ease_angle_lerp(90, 100, 0.3f), 93);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ends_are_fixed),
        cmocka_unit_test(shapes),
        cmocka_unit_test(angles_go_the_short_way),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
