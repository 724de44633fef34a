/* One frame of the screen: view_draw + present at 1920x1080 with the software
 * renderer, over a real playlist: the player runs on its own clock and the screen is
 * drawn every 100 ms of it for one loop. Prints the median and 95th percentile in
 * microseconds (target: median under 4 ms).   screen_bench ROOT TARGET [W H] */
#include "platform/log.h"
#include "player/player.h"
#include "session.h"
#include "view/render.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    if (argc < 3)
        return 2;
    int w = argc > 4 ? atoi(argv[3]) : 1920, h = argc > 4 ? atoi(argv[4]) : 1080;
    SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
    SDL_Init(SDL_INIT_VIDEO);
    log_init(false);
    Session s;
    DiagList d;
    diag_init(&d);
    if (!session_open(&s, argv[1], &d))
        return 1;
    Player *p = player_create(&(PlayerConfig){ .loop = true, .ready_ms = 5000 });
    if (!session_play(&s, p, argv[2], LEVEL_STANDARD, false, 0, &d))
        return 1;
    SDL_Window *win = SDL_CreateWindow("bench", 0, 0, w, h, SDL_WINDOW_HIDDEN);
    SDL_Renderer *r = SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE);
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    View *v = view_create(r, argv[1], s.anim);
    int64_t loop = 0;
    for (int i = 0; i < s.playing.count; i++)
        loop += 5000 + s.playing.moves[i]->duration_ms;
    int n = (int)(loop / 100);
    double *us = malloc((size_t)n * sizeof *us);
    Uint64 f = SDL_GetPerformanceFrequency();
    for (int i = 0; i < n; i++) {
        uint64_t now = (uint64_t)i * 100;
        player_update(p, now);
        PlayerEvent ev;
        while (player_poll_event(p, &ev)) {
        }
        PlayerSnapshot snap;
        player_snapshot(p, now, &snap);
        ViewState vs = { .now_ms = now, .snap = &snap, .width = w, .height = h, .content_root = argv[1], .volume = 80 };
        Uint64 t0 = SDL_GetPerformanceCounter();
        view_draw(v, &vs);
        SDL_RenderPresent(r);
        us[i] = (double)(SDL_GetPerformanceCounter() - t0) * 1e6 / (double)f;
    }
    qsort(us, (size_t)n, sizeof *us, cmp);
    printf("%d frames over %.0f s of the playlist at %dx%d: median %.0f us, p95 %.0f us, max %.0f us\n", n,
           (double)loop / 1000, w, h, us[n / 2], us[n * 95 / 100], us[n - 1]);
    int ok = us[n / 2] < 4000;
    free(us);
    view_destroy(v);
    player_destroy(p);
    session_close(&s);
    diag_deinit(&d);
    SDL_DestroyRenderer(r);
    SDL_DestroyWindow(win);
    log_deinit();
    SDL_Quit();
    return ok ? 0 : 3;
}
