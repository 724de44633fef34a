/* Helpers shared by the view tests (a header, not a test): a session playing the test
 * content, a player, and a view drawing it into a 1920x1080 surface with the software
 * renderer; and the player's state at a time. */
#ifndef LIMBER_VIEW_TESTKIT_H
#define LIMBER_VIEW_TESTKIT_H

#include "model/content.h"
#include "player/player.h"
#include "session.h"
#include "view/render.h"

#include <SDL.h>

typedef struct Fixture {
    SDL_Surface *surface;
    SDL_Renderer *renderer;
    Session session;
    Player *player;
    View *view;
} Fixture;

/* video_driver: SDL's ("dummy", "offscreen"), chosen over the environment's. */
static inline int kit_view_open(Fixture *f, const char *video_driver)
{
    SDL_SetHintWithPriority(SDL_HINT_VIDEODRIVER, video_driver, SDL_HINT_OVERRIDE);
    if (SDL_Init(SDL_INIT_VIDEO) != 0)
        return -1;
    f->surface = SDL_CreateRGBSurfaceWithFormat(0, 1920, 1080, 32, SDL_PIXELFORMAT_ARGB8888);
    f->renderer = SDL_CreateSoftwareRenderer(f->surface);
    DiagList d;
    diag_init(&d);
    bool ok = session_open(&f->session, TESTS_DIR "/content", &d);
    diag_deinit(&d);
    if (!ok)
        return -1;
    f->player = player_create(&(PlayerConfig){ .loop = true, .ready_ms = 5000 });
    diag_init(&d);
    ok = session_play(&f->session, f->player, "cat_cow", LEVEL_STANDARD, false, 0, &d);
    diag_deinit(&d);
    if (!ok)
        return -1;
    f->view = view_create(f->renderer, TESTS_DIR "/content", f->session.anim);
    return f->view ? 0 : -1;
}

static inline void kit_view_close(Fixture *f)
{
    view_destroy(f->view);
    player_destroy(f->player);
    session_close(&f->session);
    SDL_DestroyRenderer(f->renderer);
    SDL_FreeSurface(f->surface);
    SDL_Quit();
}

static inline ViewState state_at(Fixture *f, uint64_t t, int w, int h, PlayerSnapshot *snap)
{
    player_update(f->player, t);
    PlayerEvent e;
    while (player_poll_event(f->player, &e))
        ;
    player_snapshot(f->player, t, snap);
    return (ViewState){ .now_ms = t, .width = w, .height = h, .snap = snap };
}

#endif
