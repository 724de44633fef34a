/* The layout at every supported size: large enough text, nothing off screen, nothing
 * overlapping; and every text colour on its background at a contrast of 7:1 or more. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <math.h>
#include <cmocka.h>

#include "view/layout.h"
#include "view/palette.h"

static const int sizes[][2] = {
    { 800, 480 }, { 1024, 768 }, { 1280, 720 }, { 1280, 800 }, { 1366, 768 }, { 1920, 1080 },
    { 1920, 1200 }, { 2560, 1440 }, { 3840, 2160 }, { 480, 800 }, { 720, 1280 }, { 1080, 1920 },
    { 2160, 3840 }, { 1600, 1200 },
};

static bool inside(SDL_Rect r, int w, int h)
{
    return r.x >= 0 && r.y >= 0 && r.w > 0 && r.h > 0 && r.x + r.w <= w && r.y + r.h <= h;
}

static void sizes_and_places(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
        for (int banner = 0; banner < 2; banner++) {
            int w = sizes[i][0], h = sizes[i][1];
            Layout l;
            layout_compute(&l, w, h, banner);
            assert_int_equal(l.portrait, w < h);
            /* Readable from three metres: the minimums. */
            assert_true(l.caption_px * 22 >= h);
            assert_true(l.count_px * 5 >= h);
            assert_true(layout_min_caption_px(&l) * 22 >= h);
            assert_true(inside(l.stage, w, h));
            assert_true(inside(l.column, w, h));
            assert_true(inside(l.progress, w, h));
            assert_false(SDL_HasIntersection(&l.stage, &l.column));
            assert_false(SDL_HasIntersection(&l.stage, &l.progress));
            assert_false(SDL_HasIntersection(&l.column, &l.progress));
            if (banner) {
                assert_true(inside(l.banner, w, h));
                assert_false(SDL_HasIntersection(&l.banner, &l.stage));
                assert_false(SDL_HasIntersection(&l.banner, &l.column));
            } else {
                assert_int_equal(l.banner.h, 0);
            }
            /* The ring fits the column and holds two digits at full size. */
            assert_true(l.ring_d <= l.column.w);
            assert_true(l.ring_d < l.column.h);
        }
    }
}

static double channel(double c)
{
    c /= 255.0;
    return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

static double luminance(SDL_Color c)
{
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

static double contrast(SDL_Color a, SDL_Color b)
{
    double la = luminance(a), lb = luminance(b);
    return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

/* Every pair the view draws text with. */
static void contrast_seven_to_one(void **state)
{
    (void)state;
    const SDL_Color pairs[][2] = {
        { PALETTE_INK, PALETTE_BG },         { PALETTE_SOFT, PALETTE_BG },
        { PALETTE_ACCENT, PALETTE_BG },      { PALETTE_INK, PALETTE_STAGE },
        { PALETTE_SOFT, PALETTE_STAGE },     { PALETTE_ACCENT, PALETTE_STAGE },
        { PALETTE_ON_CAUTION, PALETTE_CAUTION }, { PALETTE_CAUTION, PALETTE_BG },
        { PALETTE_INK, PALETTE_SELECT },     { PALETTE_INK, PALETTE_SCRIM },
        { PALETTE_SOFT, PALETTE_SCRIM },
    };
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
        double c = contrast(pairs[i][0], pairs[i][1]);
        if (c < 7.0)
            fail_msg("pair %zu has contrast %.2f", i, c);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sizes_and_places),
        cmocka_unit_test(contrast_seven_to_one),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
