/* The screen drawn for real (software renderer into a surface): text is rasterized
 * once and reused, not every frame; and a paused or still screen asks for no redraw. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "model/content.h"
#include "player/player.h"
#include "session.h"
#include "view/render.h"

typedef struct Fixture {
    SDL_Surface *surface;
    SDL_Renderer *renderer;
    Session session;
    Player *player;
    View *view;
} Fixture;

static int setup(void **state)
{
    static Fixture f;
    SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
    if (SDL_Init(SDL_INIT_VIDEO) != 0)
        return -1;
    f.surface = SDL_CreateRGBSurfaceWithFormat(0, 1920, 1080, 32, SDL_PIXELFORMAT_ARGB8888);
    f.renderer = SDL_CreateSoftwareRenderer(f.surface);
    DiagList d;
    diag_init(&d);
    if (!session_open(&f.session, TESTS_DIR "/content", &d))
        return -1;
    diag_deinit(&d);
    f.player = player_create(&(PlayerConfig){ .loop = true, .ready_ms = 5000 });
    diag_init(&d);
    if (!session_play(&f.session, f.player, "cat_cow", LEVEL_STANDARD, false, 0, &d))
        return -1;
    diag_deinit(&d);
    f.view = view_create(f.renderer, TESTS_DIR "/content", f.session.anim);
    *state = &f;
    return f.view ? 0 : -1;
}

static int teardown(void **state)
{
    Fixture *f = *state;
    view_destroy(f->view);
    player_destroy(f->player);
    session_close(&f->session);
    SDL_DestroyRenderer(f->renderer);
    SDL_FreeSurface(f->surface);
    SDL_Quit();
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(text_is_cached),
        cmocka_unit_test(still_screens_sleep),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
