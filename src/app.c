#include "app.h"

#include "platform/clock.h"
#include "platform/eventlog.h"
#include "platform/log.h"
#include "platform/paths.h"
#include "view/capture.h"
#include "view/render.h"

#include <SDL.h>
#include <SDL_image.h>
#include <dirent.h>
#include <stdio.h>
#include <string.h>

typedef struct App {
    const AppOptions *opt;
    char root[PATHS_MAX];
    Clock clock;
    SDL_Window *window;
    SDL_Renderer *renderer;
    View *view;
    EventLog *log;
    int move_count, playlist_count;
    bool quit;
    const char *exit_reason;
} App;

void app_options_default(AppOptions *o)
{
    memset(o, 0, sizeof *o);
    o->at_ms = -1;
    o->duration_ms = -1;
}

static int count_files(const char *root, const char *sub, const char *suffix)
{
    char dir[PATHS_MAX];
    snprintf(dir, sizeof dir, "%s/%s", root, sub);
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    int n = 0;
    size_t sl = strlen(suffix);
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t l = strlen(e->d_name);
        n += e->d_name[0] != '.' && l > sl && strcmp(e->d_name + l - sl, suffix) == 0;
    }
    closedir(d);
    return n;
}

static bool app_open_video(App *app)
{
    const AppOptions *o = app->opt;
    int w = o->width ? o->width : 1280, h = o->height ? o->height : 720;
    Uint32 flags = SDL_WINDOW_ALLOW_HIGHDPI;
    if (o->headless)
        flags |= SDL_WINDOW_HIDDEN;
    else
        flags |= SDL_WINDOW_RESIZABLE;
    if (o->fullscreen || o->kiosk)
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    app->window = SDL_CreateWindow("limber", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h, flags);
    if (!app->window) {
        log_error("cannot open a window: %s", SDL_GetError());
        return false;
    }
    /* Headless always draws with the software renderer so that pixels are the same on
     * every machine. A window takes what the driver offers, software as a fallback. */
    if (!o->headless)
        app->renderer = SDL_CreateRenderer(app->window, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
    if (!app->renderer)
        app->renderer = SDL_CreateRenderer(app->window, -1, SDL_RENDERER_SOFTWARE);
    if (!app->renderer) {
        log_error("cannot create a renderer: %s", SDL_GetError());
        return false;
    }
    SDL_SetRenderDrawBlendMode(app->renderer, SDL_BLENDMODE_BLEND);
    app->view = view_create(app->renderer, app->root);
    return app->view != NULL;
}

static void app_handle_event(App *app, const SDL_Event *e)
{
    switch (e->type) {
    case SDL_QUIT:
        app->quit = true;
        app->exit_reason = "quit";
        break;
    case SDL_KEYDOWN:
        if (e->key.keysym.sym == SDLK_ESCAPE || e->key.keysym.sym == SDLK_q) {
            app->quit = true;
            app->exit_reason = "key";
        }
        break;
    default:
        break;
    }
}

static ViewState app_view_state(App *app, uint64_t now)
{
    ViewState s = { .now_ms = now, .content_root = app->root,
                    .move_count = app->move_count, .playlist_count = app->playlist_count };
    SDL_GetRendererOutputSize(app->renderer, &s.width, &s.height);
    return s;
}

/* True when the content has nothing more to show (a headless run then stops). */
static bool app_content_done(const App *app, uint64_t now)
{
    (void)app;
    (void)now;
    return true; /* the first screen is a still picture */
}

/* Headless: frames on the virtual (or, with --realtime, real) clock, captured to PNG. */
static void app_loop_headless(App *app)
{
    const AppOptions *o = app->opt;
    uint64_t frame = 0;
    for (;;) {
        SDL_Event e;
        while (SDL_PollEvent(&e))
            app_handle_event(app, &e);
        uint64_t now = clock_now(&app->clock);
        bool last = app->quit;
        if (o->at_ms >= 0 && now >= (uint64_t)o->at_ms) {
            now = (uint64_t)o->at_ms; /* the shot is at exactly --at, on the grid or not */
            last = true;
        }
        if (o->duration_ms >= 0 && now >= (uint64_t)o->duration_ms)
            break; /* [0, duration): a 30 s run at 10 fps is frames 0..299 */
        if (o->at_ms < 0 && o->duration_ms < 0 && app_content_done(app, now))
            last = true;

        ViewState vs = app_view_state(app, now);
        view_draw(app->view, &vs);
        if (o->record_dir) {
            char path[PATHS_MAX];
            snprintf(path, sizeof path, "%s/frame_%06llu.png", o->record_dir, (unsigned long long)frame);
            if (!capture_png(app->renderer, path)) {
                app->exit_reason = "error";
                break;
            }
        }
        if (last && o->screenshot && !capture_png(app->renderer, o->screenshot))
            app->exit_reason = "error";
        SDL_RenderPresent(app->renderer);
        frame++;
        if (last)
            break;
        if (o->realtime) {
            uint64_t next = clock_frame_ms(app->clock.fps ? app->clock.fps : 30, frame);
            while (clock_advance(&app->clock) < next)
                SDL_Delay(1);
        } else {
            clock_advance(&app->clock);
        }
    }
}

/* Window: draw when something visible changed, then sleep until the next frame is due
 * or, when nothing on screen can change, until an event arrives. */
static void app_loop_window(App *app, uint32_t fps)
{
    const uint64_t frame_ms = 1000 / fps;
    bool dirty = true;
    uint64_t last_frame = 0;
    while (!app->quit) {
        uint64_t now = clock_advance(&app->clock);
        ViewState vs = app_view_state(app, now);
        uint64_t change = view_next_change(app->view, &vs);
        if (dirty || change <= now) {
            view_draw(app->view, &vs);
            SDL_RenderPresent(app->renderer);
            last_frame = now;
            dirty = false;
            change = view_next_change(app->view, &vs);
        }
        /* The software renderer reports vsync and does not wait: cap the rate here. */
        uint64_t wake = change;
        if (wake < last_frame + frame_ms)
            wake = last_frame + frame_ms;
        now = clock_advance(&app->clock);
        int timeout = wake == UINT64_MAX ? 1000 : wake > now ? (int)SDL_min(wake - now, 1000) : 0;
        SDL_Event e;
        if (SDL_WaitEventTimeout(&e, timeout)) {
            do {
                app_handle_event(app, &e);
                if (e.type == SDL_WINDOWEVENT || e.type == SDL_KEYDOWN || e.type == SDL_RENDER_TARGETS_RESET)
                    dirty = true;
            } while (SDL_PollEvent(&e));
        }
    }
}

int app_run(const AppOptions *o)
{
    App app_storage = { .opt = o, .exit_reason = "end" };
    App *app = &app_storage;
    int rc = 1;

    if (o->headless) {
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
        SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    }
    SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, o->kiosk ? "0" : "1");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        fprintf(stderr, "limber: cannot start SDL: %s\n", SDL_GetError());
        return 1;
    }
    log_init(o->verbose);
    if (o->log_file)
        log_set_file(o->log_file);
    if (!paths_content_root(o->content_dir, app->root, sizeof app->root)) {
        log_error("no content root found%s%s", o->content_dir ? " at " : "",
                  o->content_dir ? o->content_dir : "");
        goto fail;
    }
    app->log = eventlog_create(o->event_log);
    if (!app->log)
        goto fail;
    app->move_count = count_files(app->root, "moves", ".move");
    app->playlist_count = count_files(app->root, "playlists", ".playlist");

    if (o->headless && !o->realtime)
        clock_init_virtual(&app->clock, o->fps ? o->fps : 30);
    else
        clock_init_real(&app->clock, NULL, NULL);
    if (o->headless && o->realtime)
        app->clock.fps = o->fps ? o->fps : 30;

    if (!app_open_video(app))
        goto fail;

    cJSON *start = eventlog_begin(0, "start");
    cJSON_AddStringToObject(start, "version", LIMBER_VERSION);
    cJSON_AddStringToObject(start, "content", app->root);
    cJSON_AddStringToObject(start, "mode", o->headless ? "headless" : o->kiosk ? "kiosk" : "window");
    eventlog_end(app->log, start);
    log_info("content root %s: %d moves, %d playlists", app->root, app->move_count, app->playlist_count);

    if (o->headless)
        app_loop_headless(app);
    else
        app_loop_window(app, o->fps ? o->fps : 60);

    cJSON *ex = eventlog_begin(clock_now(&app->clock), "exit");
    cJSON_AddStringToObject(ex, "reason", app->exit_reason);
    eventlog_end(app->log, ex);
    rc = strcmp(app->exit_reason, "error") == 0 ? 1 : 0;
fail:
    view_destroy(app->view);
    if (app->renderer)
        SDL_DestroyRenderer(app->renderer);
    if (app->window)
        SDL_DestroyWindow(app->window);
    eventlog_destroy(app->log);
    log_deinit();
    IMG_Quit();
    SDL_Quit();
    return rc;
}
