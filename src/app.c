#include "app.h"

#include "anim/animate.h"
#include "input/input.h"
#include "input/replay.h"
#include "model/content.h"
#include "model/poses.h"
#include "platform/clock.h"
#include "platform/eventlog.h"
#include "platform/log.h"
#include "platform/paths.h"
#include "player/player.h"
#include "player/programme.h"
#include "view/capture.h"
#include "view/render.h"

#include <SDL.h>
#include <SDL_image.h>
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
    Input *input;
    Replay *replay;
    Content *content;
    PoseLib *poses;
    Anim *anim;
    Programme programme;
    MenuEntry *menu;
    int menu_count;
    Player *player;
    char notice[256];
    int volume;
    bool muted, show_status;
    uint64_t volume_shown_until;
    bool quit;
    const char *exit_reason;
} App;

void app_options_default(AppOptions *o)
{
    memset(o, 0, sizeof *o);
    o->at_ms = -1;
    o->duration_ms = -1;
    o->level = LEVEL_STANDARD;
}

/* ---- content ------------------------------------------------------------------ */

static void log_diags(App *app, const DiagList *d, uint64_t now)
{
    for (size_t i = 0; i < d->count; i++) {
        const Diag *g = &d->items[i];
        const char *sev = g->severity == DIAG_ERROR ? "error" : "warning";
        log_warn("%s:%d:%d: %s: %s", g->path, g->line, g->col, sev, g->message);
        if (g->severity != DIAG_ERROR)
            continue;
        cJSON *e = eventlog_begin(now, "content_error");
        cJSON_AddStringToObject(e, "file", g->path);
        cJSON_AddNumberToObject(e, "line", g->line);
        cJSON_AddNumberToObject(e, "col", g->col);
        cJSON_AddStringToObject(e, "message", g->message);
        eventlog_end(app->log, e);
    }
    if (d->errors)
        snprintf(app->notice, sizeof app->notice, "%zu content error%s: see the log (F2 shows status)",
                 d->errors, d->errors == 1 ? "" : "s");
}

/* Compiles target into a new programme and hands it to the player; the old one is
 * freed only after the player has let go of it. */
static bool app_load(App *app, const char *target, uint64_t now)
{
    DiagList d;
    diag_init(&d);
    Programme next;
    bool ok = programme_load(&next, app->content, target, app->opt->level, app->opt->level_set, &d);
    log_diags(app, &d, now);
    diag_deinit(&d);
    if (!ok) {
        log_error("nothing to play for '%s'", target ? target : "the default playlist");
        return false;
    }
    player_set_programme(app->player, (const Move *const *)next.moves, next.count, next.title, now);
    programme_deinit(&app->programme);
    app->programme = next;
    log_info("playing %s: %d moves%s", next.title, next.count, next.failed ? " (some left out)" : "");
    return true;
}

static bool app_open_content(App *app)
{
    DiagList d;
    diag_init(&d);
    app->poses = poselib_load(app->root, &d);
    app->anim = app->poses ? anim_create(app->root, app->poses, &d) : NULL;
    app->content = content_load(app->root, &d);
    log_diags(app, &d, 0);
    diag_deinit(&d);
    if (!app->content)
        return false;
    app->menu_count = programme_menu(app->content, &app->menu);
    player_set_menu(app->player, app->menu, app->menu_count);
    return true;
}

/* ---- events ------------------------------------------------------------------- */

static const char *device_name(InputDevice d)
{
    return d == INPUT_DEVICE_PAD ? "pad" : d == INPUT_DEVICE_TOUCH ? "touch" : "keyboard";
}

static void log_player_event(App *app, const PlayerEvent *ev)
{
    const Move *m = ev->timeline;
    const char *move_id = m ? m->id : NULL;
    cJSON *e = NULL;
    switch (ev->kind) {
    case PLAYER_EVENT_READY:
        e = eventlog_begin(ev->at_ms, "ready");
        cJSON_AddStringToObject(e, "move", app->programme.moves[ev->move_index]->id);
        cJSON_AddNumberToObject(e, "move_index", ev->move_index);
        break;
    case PLAYER_EVENT_MOVE:
        e = eventlog_begin(ev->at_ms, "move");
        cJSON_AddStringToObject(e, "move", move_id);
        cJSON_AddNumberToObject(e, "move_index", ev->move_index);
        cJSON_AddNumberToObject(e, "duration_ms", (double)m->duration_ms);
        break;
    case PLAYER_EVENT_STEP: {
        const Step *s = &m->steps[ev->step_index];
        e = eventlog_begin(ev->at_ms, "step");
        cJSON_AddStringToObject(e, "move", move_id);
        cJSON_AddNumberToObject(e, "index", ev->step_index);
        cJSON_AddNumberToObject(e, "start_ms", (double)s->start_ms);
        cJSON_AddStringToObject(e, "caption", s->caption);
        if (s->reps) {
            cJSON_AddNumberToObject(e, "rep", s->rep);
            cJSON_AddNumberToObject(e, "reps", s->reps);
        }
        if (s->side != SIDE_NONE)
            cJSON_AddStringToObject(e, "side", side_name(s->side));
        break;
    }
    case PLAYER_EVENT_CUE: {
        const Cue *c = ev->cue;
        e = eventlog_begin(ev->at_ms, "cue");
        cJSON_AddStringToObject(e, "move", move_id);
        cJSON_AddNumberToObject(e, "step", ev->step_index);
        cJSON_AddNumberToObject(e, "at_ms", (double)c->at_ms);
        cJSON_AddStringToObject(e, "kind", c->kind == CUE_SAY ? "say" : "sound");
        if (c->kind == CUE_SAY)
            cJSON_AddStringToObject(e, "text", c->text);
        else
            cJSON_AddStringToObject(e, "name", c->name);
        cJSON_AddBoolToObject(e, "auto", c->is_auto);
        break;
    }
    case PLAYER_EVENT_WAIT:
        e = eventlog_begin(ev->at_ms, "wait");
        cJSON_AddStringToObject(e, "move", move_id);
        cJSON_AddNumberToObject(e, "index", ev->step_index);
        break;
    case PLAYER_EVENT_PAUSE:
    case PLAYER_EVENT_RESUME:
        e = eventlog_begin(ev->at_ms, ev->kind == PLAYER_EVENT_PAUSE ? "pause" : "resume");
        break;
    case PLAYER_EVENT_DONE:
        e = eventlog_begin(ev->at_ms, "done");
        break;
    case PLAYER_EVENT_LOAD:
    case PLAYER_EVENT_ACTION:
        return; /* logged where they are handled */
    }
    eventlog_end(app->log, e);
}

static void app_action(App *app, Action a, uint64_t now)
{
    if (a == ACTION_NONE)
        return;
    cJSON *e = eventlog_begin(now, "action");
    cJSON_AddStringToObject(e, "action", action_name(a));
    cJSON_AddStringToObject(e, "device", device_name(input_last_device(app->input)));
    eventlog_end(app->log, e);
    switch (a) {
    case ACTION_VOLUME_UP:
    case ACTION_VOLUME_DOWN:
        app->volume += a == ACTION_VOLUME_UP ? 10 : -10;
        app->volume = app->volume < 0 ? 0 : app->volume > 100 ? 100 : app->volume;
        app->muted = false;
        app->volume_shown_until = now + 1500;
        break;
    case ACTION_MUTE:
        app->muted = !app->muted;
        app->volume_shown_until = now + 1500;
        break;
    case ACTION_STATUS:
        app->show_status = !app->show_status;
        break;
    case ACTION_QUIT:
        app->quit = true;
        app->exit_reason = "quit";
        break;
    default:
        player_action(app->player, a, now);
        break;
    }
}

static void app_handle_event(App *app, const SDL_Event *e, uint64_t now)
{
    if (e->type == SDL_QUIT) {
        app->quit = true;
        app->exit_reason = "quit";
        return;
    }
    if (e->type == SDL_KEYDOWN && e->key.keysym.sym == SDLK_q && (e->key.keysym.mod & KMOD_CTRL) && !app->opt->kiosk) {
        app->quit = true;
        app->exit_reason = "key";
        return;
    }
    app_action(app, input_event(app->input, e, now), now);
}

/* Input, then the player, then whatever the player announced. */
static void app_update(App *app, uint64_t now)
{
    replay_feed(app->replay, now);
    SDL_Event e;
    while (SDL_PollEvent(&e))
        app_handle_event(app, &e, now);
    app_action(app, input_poll(app->input, now), now);
    player_update(app->player, now);
    PlayerEvent ev;
    while (player_poll_event(app->player, &ev)) {
        if (ev.kind == PLAYER_EVENT_LOAD && ev.menu_entry >= 0 && ev.menu_entry < app->menu_count) {
            const MenuEntry *me = &app->menu[ev.menu_entry];
            cJSON *le = eventlog_begin(now, "load");
            cJSON_AddStringToObject(le, "target", me->id);
            eventlog_end(app->log, le);
            app_load(app, me->id, now);
            continue;
        }
        log_player_event(app, &ev);
    }
}

static void app_view_state(App *app, uint64_t now, PlayerSnapshot *snap, ViewState *vs)
{
    player_snapshot(app->player, now, snap);
    *vs = (ViewState){ .now_ms = now, .snap = snap, .device = input_last_device(app->input),
                       .content_root = app->root, .volume = app->volume, .muted = app->muted,
                       .volume_shown_until = app->volume_shown_until,
                       .notice = app->notice[0] ? app->notice : NULL };
    SDL_GetRendererOutputSize(app->renderer, &vs->width, &vs->height);
}

/* ---- video and loops ------------------------------------------------------------ */

static bool app_open_video(App *app)
{
    const AppOptions *o = app->opt;
    int w = o->width ? o->width : 1280, h = o->height ? o->height : 720;
    Uint32 flags = SDL_WINDOW_ALLOW_HIGHDPI | (o->headless ? SDL_WINDOW_HIDDEN : SDL_WINDOW_RESIZABLE);
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
    app->view = view_create(app->renderer, app->root, app->anim);
    return app->view != NULL;
}

static void app_draw(App *app, uint64_t now)
{
    PlayerSnapshot snap;
    ViewState vs;
    app_view_state(app, now, &snap, &vs);
    view_draw(app->view, &vs);
}

/* Headless: frames on the virtual (or, with --realtime, real) clock, captured to PNG. */
static void app_loop_headless(App *app)
{
    const AppOptions *o = app->opt;
    uint64_t frame = 0;
    for (;;) {
        uint64_t now = clock_now(&app->clock);
        bool last = false;
        if (o->at_ms >= 0 && now >= (uint64_t)o->at_ms) {
            now = (uint64_t)o->at_ms; /* the shot is at exactly --at, on the grid or not */
            last = true;
        }
        if (o->duration_ms >= 0 && now >= (uint64_t)o->duration_ms)
            break; /* [0, duration): a 30 s run at 10 fps is frames 0..299 */
        app_update(app, now);
        PlayerSnapshot snap;
        player_snapshot(app->player, now, &snap);
        bool ended = snap.screen == PLAYER_SCREEN_DONE || snap.screen == PLAYER_SCREEN_EMPTY;
        if (o->at_ms < 0 && o->duration_ms < 0 && ended && replay_done(app->replay))
            last = true;
        if (app->quit)
            last = true;

        /* Everything on screen is computed from the time, so frames nobody will see
         * need not be drawn: a shot at 150 s costs one frame, not 4,500. */
        if (o->record_dir || last) {
            app_draw(app, now);
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
        }
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
    uint64_t last_frame = 0, drawn_play = UINT64_MAX;
    bool dirty = true;
    while (!app->quit) {
        uint64_t now = clock_advance(&app->clock);
        app_update(app, now);
        PlayerSnapshot snap;
        ViewState vs;
        app_view_state(app, now, &snap, &vs);
        uint64_t change = view_next_change(app->view, &vs);
        if (snap.play_id != drawn_play)
            dirty = true;
        if (dirty || change <= now) {
            view_draw(app->view, &vs);
            SDL_RenderPresent(app->renderer);
            last_frame = now;
            drawn_play = snap.play_id;
            dirty = false;
            change = view_next_change(app->view, &vs);
        }
        /* The software renderer reports vsync and does not wait: cap the rate here.
         * The player's next boundary also wakes us (a step or move starts). */
        uint64_t wake = change < last_frame + frame_ms ? last_frame + frame_ms : change;
        if (snap.timeline && !snap.paused && !snap.waiting) {
            int64_t left = snap.pos.left_ms > 0 ? snap.pos.left_ms : 0;
            if (now + (uint64_t)left < wake)
                wake = now + (uint64_t)left;
        }
        now = clock_advance(&app->clock);
        int timeout = wake == UINT64_MAX ? 1000 : wake > now ? (int)SDL_min(wake - now, 1000) : 0;
        if (app->replay && !replay_done(app->replay) && timeout > (int)frame_ms)
            timeout = (int)frame_ms;
        if (SDL_WaitEventTimeout(NULL, timeout))
            dirty = true; /* something arrived: app_update handles it next pass */
    }
}

int app_run(const AppOptions *o)
{
    App app_storage = { .opt = o, .exit_reason = "end", .volume = 80 };
    App *app = &app_storage;
    int rc = 1;

    if (o->headless) {
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
        SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    }
    SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, o->kiosk ? "0" : "1");
    SDL_SetHint(SDL_HINT_JOYSTICK_ALLOW_BACKGROUND_EVENTS, "1");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS | SDL_INIT_GAMECONTROLLER) != 0) {
        fprintf(stderr, "limber: cannot start SDL: %s\n", SDL_GetError());
        return 1;
    }
    log_init(o->verbose);
    if (o->log_file)
        log_set_file(o->log_file);
    if (!paths_content_root(o->content_dir, app->root, sizeof app->root)) {
        log_error("no content root found%s%s", o->content_dir ? " at " : "", o->content_dir ? o->content_dir : "");
        goto fail;
    }
    app->log = eventlog_create(o->event_log);
    if (!app->log)
        goto fail;
    cJSON *start = eventlog_begin(0, "start");
    cJSON_AddStringToObject(start, "version", LIMBER_VERSION);
    cJSON_AddStringToObject(start, "content", app->root);
    cJSON_AddStringToObject(start, "mode", o->headless ? "headless" : o->kiosk ? "kiosk" : "window");
    eventlog_end(app->log, start);
    if (o->replay) {
        char err[512];
        app->replay = replay_load(o->replay, err, sizeof err);
        if (!app->replay) {
            fprintf(stderr, "%s\n", err);
            rc = 2;
            goto fail;
        }
    }
    if (o->headless && !o->realtime)
        clock_init_virtual(&app->clock, o->fps ? o->fps : 30);
    else
        clock_init_real(&app->clock, NULL, NULL);
    if (o->headless && o->realtime)
        app->clock.fps = o->fps ? o->fps : 30;

    app->player = player_create(&(PlayerConfig){ .loop = !o->headless || o->kiosk, .step_mode = o->step_mode,
                                                 .ready_ms = 5000 });
    if (!app->player || !app_open_content(app))
        goto fail;
    if (!app_open_video(app))
        goto fail;
    app->input = input_create(app->root);
    if (!app->input)
        goto fail;

    if (!app_load(app, o->target, 0) && o->target) {
        fprintf(stderr, "limber: nothing to play: '%s' is no move or playlist in %s\n", o->target, app->root);
        rc = 2;
        goto fail;
    }

    if (o->headless)
        app_loop_headless(app);
    else
        app_loop_window(app, o->fps ? o->fps : 60);

    cJSON *ex = eventlog_begin(clock_now(&app->clock), "exit");
    cJSON_AddStringToObject(ex, "reason", app->exit_reason);
    eventlog_end(app->log, ex);
    rc = strcmp(app->exit_reason, "error") == 0 ? 1 : 0;
fail:
    player_destroy(app->player);
    programme_deinit(&app->programme);
    programme_menu_free(app->menu, app->menu_count);
    content_destroy(app->content);
    anim_destroy(app->anim);
    poselib_destroy(app->poses);
    input_destroy(app->input);
    replay_destroy(app->replay);
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
