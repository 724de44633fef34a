/* The screen drawn for real (software renderer into a surface): text is rasterized
 * once and reused, not every frame; and a paused or still screen asks for no redraw. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "view_testkit.h"

static int setup(void **state)
{
    static Fixture f;
    *state = &f;
    return kit_view_open(&f, "dummy");
}

static int teardown(void **state)
{
    kit_view_close(*state);
    return 0;
}

static void draw_at(Fixture *f, uint64_t t, int w, int h)
{
    player_update(f->player, t);
    PlayerEvent e;
    while (player_poll_event(f->player, &e))
        ;
    PlayerSnapshot snap;
    player_snapshot(f->player, t, &snap);
    ViewState vs = { .now_ms = t, .width = w, .height = h, .snap = &snap };
    view_draw(f->view, &vs);
}

/* cat_cow from 5 s (after the get-ready card): step 0 is a 2 s pose and a 3 s hold. */
static void text_is_cached(void **state)
{
    Fixture *f = *state;
    draw_at(f, 7000, 1920, 1080); /* the hold begins: every text of the screen is made */
    unsigned long first = view_text_rasterized(f->view);
    assert_true(first > 5);
    /* 90 frames of the hold at 30 fps: only the countdown's digits are new (3, 2, 1). */
    for (uint64_t t = 7000; t < 10000; t += 33)
        draw_at(f, t, 1920, 1080);
    unsigned long more = view_text_rasterized(f->view) - first;
    if (more > 3)
        fail_msg("%lu texts made during a still hold (first frame: %lu)", more, first);
}

static void still_screens_sleep(void **state)
{
    Fixture *f = *state;
    player_update(f->player, 8000);
    PlayerSnapshot snap;
    player_snapshot(f->player, 8000, &snap);
    ViewState vs = { .now_ms = 8000, .width = 1920, .height = 1080, .snap = &snap };
    /* A still hold redraws a few times a second (the ring), not every frame. */
    uint64_t next = view_next_change(f->view, &vs);
    assert_true(next >= 8000 + 200 && next <= 8000 + 250);
    /* Paused: nothing changes until someone acts. */
    player_action(f->player, ACTION_PAUSE, 8000);
    player_snapshot(f->player, 8000, &snap);
    assert_int_equal(view_next_change(f->view, &vs), UINT64_MAX);
    player_action(f->player, ACTION_PAUSE, 8000);
    /* A pose move animates every frame. */
    player_update(f->player, 10500);
    player_snapshot(f->player, 10500, &snap);
    vs.now_ms = 10500;
    assert_true(snap.pos.phase == PHASE_POSE);
    assert_int_equal(view_next_change(f->view, &vs), 10500);
}

/* The software renderer keeps the last frame, so a move screen whose surroundings did
 * not change is drawn as its changes only (the moving figure's rectangle, the ring, the
 * progress strip). Every such frame must equal the whole frame a fresh view draws:
 * frames from..to of a play of target started at base, at 30 fps, every 7th compared. */
static void check_partial(Fixture *f, const char *target, uint64_t base, uint64_t from, uint64_t to)
{
    DiagList d;
    diag_init(&d);
    assert_true(session_play(&f->session, f->player, target, LEVEL_STANDARD, false, base, &d));
    diag_deinit(&d);
    const int w = 960, h = 540;
    SDL_Surface *fresh = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *fr = SDL_CreateSoftwareRenderer(fresh);
    SDL_SetRenderDrawBlendMode(fr, SDL_BLENDMODE_BLEND);
    SDL_Rect all = { 0, 0, w, h };
    SDL_Surface *mine = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Surface *theirs = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    unsigned long partial = view_partial_frames(f->view);
    int compared = 0, frames = 0;
    for (uint64_t t = base + from; t < base + to; t += 33, frames++) {
        PlayerSnapshot snap;
        ViewState vs = state_at(f, t, w, h, &snap);
        view_draw(f->view, &vs);
        if (frames % 7)
            continue;
        View *whole = view_create(fr, TESTS_DIR "/content", f->session.anim);
        assert_non_null(whole);
        view_draw(whole, &vs);
        SDL_RenderReadPixels(f->renderer, &all, SDL_PIXELFORMAT_ARGB8888, mine->pixels, mine->pitch);
        SDL_RenderReadPixels(fr, &all, SDL_PIXELFORMAT_ARGB8888, theirs->pixels, theirs->pitch);
        view_destroy(whole);
        for (int y = 0; y < h; y++) {
            const Uint32 *a = (const Uint32 *)((char *)mine->pixels + y * mine->pitch);
            const Uint32 *b = (const Uint32 *)((char *)theirs->pixels + y * theirs->pitch);
            for (int x = 0; x < w; x++)
                if (a[x] != b[x])
                    fail_msg("%s at %llu ms (%s): (%d, %d) is %08x, in a whole frame %08x", target,
                             (unsigned long long)(t - base), snap.pos.phase == PHASE_POSE ? "pose" : "hold", x, y,
                             a[x], b[x]);
        }
        compared++;
    }
    assert_true(compared >= frames / 7);
    /* Most frames of a pose move are partial ones. */
    if (view_partial_frames(f->view) - partial < (unsigned long)frames / 3)
        fail_msg("%s: %lu partial frames of %d", target, view_partial_frames(f->view) - partial, frames);
    SDL_FreeSurface(mine);
    SDL_FreeSurface(theirs);
    SDL_DestroyRenderer(fr);
    SDL_FreeSurface(fresh);
}

static void partial_frames_are_whole(void **state)
{
    Fixture *f = *state;
    /* cat_cow: the end of the first hold, two 1.5 s pose moves and their 5 s holds. */
    check_partial(f, "cat_cow", 100000, 9500, 20000);
    /* side_stretch: the stage's "Right side" label over moving arms. */
    check_partial(f, "side_stretch", 200000, 5000, 12000);
    /* After an invalidation the next frame is whole. */
    view_invalidate(f->view);
    unsigned long partial = view_partial_frames(f->view);
    PlayerSnapshot snap;
    ViewState vs = state_at(f, 212033, 960, 540, &snap);
    view_draw(f->view, &vs);
    assert_int_equal(view_partial_frames(f->view), partial);
    vs = state_at(f, 212066, 960, 540, &snap);
    view_draw(f->view, &vs);
    assert_int_equal(view_partial_frames(f->view), partial + 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(text_is_cached),
        cmocka_unit_test(still_screens_sleep),
        cmocka_unit_test(partial_frames_are_whole),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
