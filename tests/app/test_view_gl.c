/* The view through OpenGL (Mesa's llvmpipe, SDL's offscreen driver: no display), as
 * a window with a GPU draws it. Its own test binary: Mesa keeps memory until exit, so
 * leak checks stay with the dummy-driver tests (DESIGN.md). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "view/layout.h"
#include "view/palette.h"
#include "view_testkit.h"

static int setup(void **state)
{
    static Fixture f;
    *state = &f;
    return kit_view_open(&f, "offscreen");
}

static int teardown(void **state)
{
    kit_view_close(*state);
    return 0;
}

/* The lowest row and the rightmost column of the stage (of a frame read into px) with
 * a pixel that is not the bare stage colour. */
static void stage_extent(const SDL_Surface *px, SDL_Rect stage, int *bottom, int *right)
{
    SDL_Color c = PALETTE_STAGE;
    Uint32 bare = 0xFF000000u | (Uint32)c.r << 16 | (Uint32)c.g << 8 | c.b;
    *bottom = *right = -1;
    for (int y = stage.y; y < stage.y + stage.h; y++)
        for (int x = stage.x; x < stage.x + stage.w; x++)
            if (((const Uint32 *)((const char *)px->pixels + y * px->pitch))[x] != bare) {
                *bottom = SDL_max(*bottom, y);
                *right = SDL_max(*right, x);
            }
}

/* A moving figure is drawn at half size into its own rectangle and stretched: the
 * stretch must leave no edge (OpenGL's filter, reading past the picture, drew a dark
 * line along its right and bottom sides). The last frame of a pose move reaches no
 * lower than the still frame just after it. (Columns: the floor spans the stage.) */
static void moving_rect_leaves_no_edge(void **state)
{
    Fixture *f = *state;
    const int w = 960, h = 540;
    DiagList d;
    diag_init(&d);
    assert_true(session_play(&f->session, f->player, "cat_cow", LEVEL_STANDARD, false, 300000, &d));
    diag_deinit(&d);
    /* OpenGL (Mesa's llvmpipe through SDL's offscreen driver, no display needed): its
     * filter is the one that reads past a picture's edge. */
    SDL_Window *win = SDL_CreateWindow("test", 0, 0, w, h, SDL_WINDOW_HIDDEN | SDL_WINDOW_OPENGL);
    SDL_Renderer *r = win ? SDL_CreateRenderer(win, -1, SDL_RENDERER_ACCELERATED) : NULL;
    SDL_RendererInfo info;
    if (!r || SDL_GetRendererInfo(r, &info) != 0 || strncmp(info.name, "opengl", 6) != 0)
        fail_msg("no OpenGL renderer from the offscreen driver (scripts/setup --test): %s", SDL_GetError());
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    SDL_Surface *px = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Rect all = { 0, 0, w, h };
    int bottom[2], right[2];
    const uint64_t at[2] = { 300000 + 6980, 300000 + 7050 }; /* cat_cow: the first pose ends at 7 s */
    for (int i = 0; i < 2; i++) {
        PlayerSnapshot snap;
        ViewState vs = state_at(f, at[i], w, h, &snap);
        assert_int_equal(snap.pos.phase, i == 0 ? PHASE_POSE : PHASE_HOLD);
        View *fresh = view_create(r, TESTS_DIR "/content", f->session.anim);
        view_draw(fresh, &vs);
        SDL_RenderReadPixels(r, &all, SDL_PIXELFORMAT_ARGB8888, px->pixels, px->pitch);
        view_destroy(fresh);
        Layout l;
        layout_compute(&l, w, h, snap.move->caution_count > 0);
        stage_extent(px, l.stage, &bottom[i], &right[i]);
    }
    assert_true(bottom[1] > 0 && right[1] > 0);
    if (bottom[0] > bottom[1] + 1)
        fail_msg("moving: bottom %d, right %d; still: bottom %d, right %d", bottom[0], right[0], bottom[1], right[1]);
    SDL_FreeSurface(px);
    SDL_DestroyRenderer(r);
    SDL_DestroyWindow(win);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(moving_rect_leaves_no_edge),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
