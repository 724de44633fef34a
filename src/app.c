#include "app.h"

#include "audio/audio.h"
#include "input/input.h"
#include "input/replay.h"
#include "kiosk/kiosk.h"
#include "kiosk/screen.h"
#include "platform/clock.h"
#include "kiosk/config.h"
#include "platform/eventlog.h"
#include "platform/log.h"
#include "platform/paths.h"
#include "player/player.h"
#include "journal.h"
#include "session.h"
#include "status.h"
#include "view/capture.h"
#include "view/render.h"

#include <SDL.h>
#include <SDL_image.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

typedef struct App {
    const AppOptions *opt;
    Config cfg;
    bool kiosk;             /* --kiosk or kiosk = true */
    const char *target;     /* the command line's, else the config's playlist */
    char root[PATHS_MAX];
    Clock clock;
    SDL_Window *window;
    SDL_Renderer *renderer;
    View *view;
    EventLog *log;
    Input *input;
    Replay *replay;
    Player *player;
    Session session;
    Kiosk *kiosk_sup;
    Audio *audio;           /* NULL on the virtual clock: its seconds are not the speaker's */
    Status status;
    int volume;
    bool muted, show_status;
    uint64_t volume_shown_until;
    bool images_loaded;     /* after the first frame: app_presented() */
    bool quit;
    const char *exit_reason;
} App;

void app_options_default(AppOptions *o)
{
    memset(o, 0, sizeof *o);
    o->at_ms = -1;
    o->duration_ms = -1;
    o->level = LEVEL_STANDARD;
    o->display = -1;
}

/* ---- content ------------------------------------------------------------------ */

static void log_diags(App *app, const DiagList *d, uint64_t now)
{
    for (size_t i = 0; i < d->count; i++) {
        const Diag *g = &d->items[i];
        const char *sev = g->severity == DIAG_ERROR ? "error" : "warning";
        log_warn("%s:%d:%d: %s: %s", status_short_path(&app->status, g->path), g->line, g->col, sev, g->message);
        if (g->severity != DIAG_ERROR)
            continue;
        cJSON *e = eventlog_begin(now, "content_error");
        cJSON_AddStringToObject(e, "file", g->path);
        cJSON_AddNumberToObject(e, "line", g->line);
        cJSON_AddNumberToObject(e, "col", g->col);
        cJSON_AddStringToObject(e, "message", g->message);
        eventlog_end(app->log, e);
    }
    status_note_diags(&app->status, d);
}

/* Every sound and line of the programme, loaded and synthesized off the frame loop. */
static void app_prepare_audio(App *app)
{
    for (int i = 0; app->audio && i < app->session.playing.count; i++)
        audio_prepare(app->audio, app->session.playing.moves[i]);
}

static bool app_play(App *app, const char *target, uint64_t now)
{
    DiagList d;
    diag_init(&d);
    bool ok = session_play(&app->session, app->player, target, app->opt->level_set ? app->opt->level : app->cfg.level,
                           app->opt->level_set || app->cfg.level_set, now, &d);
    log_diags(app, &d, now);
    diag_deinit(&d);
    if (ok)
        app_prepare_audio(app);
    if (ok)
        log_info("playing %s: %d moves%s", app->session.playing.title, app->session.playing.count,
                 app->session.playing.failed ? " (some left out: see above)" : "");
    else
        log_error("nothing to play for '%s'", target ? target : "the default playlist");
    return ok;
}

static void app_reload(App *app, bool figures_too, const char *why, uint64_t now)
{
    DiagList d;
    diag_init(&d);
    status_clear_diags(&app->status);
    bool ok = session_reload(&app->session, app->player, figures_too, &d);
    log_diags(app, &d, now);
    diag_deinit(&d);
    if (figures_too) {
        view_set_anim(app->view, app->session.anim);
        view_load_images(app->view); /* a broken image is said now, not when first shown */
    }
    cJSON *e = eventlog_begin(now, "reload");
    cJSON_AddStringToObject(e, "why", why);
    cJSON_AddBoolToObject(e, "ok", ok);
    cJSON_AddNumberToObject(e, "moves", app->session.pending.count);
    cJSON_AddNumberToObject(e, "menu", app->session.menu_count);
    eventlog_end(app->log, e);
    log_info("content reloaded (%s): %d moves", why, app->session.pending.count);
}

static bool changes_figures(const char *path)
{
    static const char *const dirs[] = { "poses/", "figures/", "sheets/", "props/" };
    for (size_t i = 0; i < SDL_arraysize(dirs); i++)
        if (strncmp(path, dirs[i], strlen(dirs[i])) == 0)
            return true;
    return path[0] == '(';
}

/* ---- events ------------------------------------------------------------------- */

static const char *device_name(InputDevice d)
{
    return d == INPUT_DEVICE_PAD ? "pad" : d == INPUT_DEVICE_TOUCH ? "touch" : "keyboard";
}

static void app_action(App *app, Action a, uint64_t now)
{
    if (a == ACTION_NONE)
        return;
    kiosk_attended(app->kiosk_sup, now); /* and "Slowly release" stops: they are back */
    PlayerSnapshot snap;
    player_snapshot(app->player, now, &snap);
    if (snap.menu_open && (a == ACTION_VOLUME_UP || a == ACTION_VOLUME_DOWN))
        a = a == ACTION_VOLUME_UP ? ACTION_UP : ACTION_DOWN; /* the pad's d-pad walks the menu */
    cJSON *e = eventlog_begin(now, "action");
    cJSON_AddStringToObject(e, "action", action_name(a));
    cJSON_AddStringToObject(e, "device", device_name(input_last_device(app->input)));
    eventlog_end(app->log, e);
    switch (a) {
    case ACTION_VOLUME_UP:
    case ACTION_VOLUME_DOWN:
        app->volume = SDL_clamp(app->volume + (a == ACTION_VOLUME_UP ? 10 : -10), 0, 100);
        app->muted = false;
        if (app->audio) {
            if (audio_muted(app->audio))
                audio_toggle_mute(app->audio);
            audio_set_volume(app->audio, app->volume);
        }
        app->volume_shown_until = now + 1500;
        break;
    case ACTION_MUTE:
        app->muted = !app->muted;
        if (app->audio)
            audio_toggle_mute(app->audio);
        app->volume_shown_until = now + 1500;
        break;
    case ACTION_STATUS:
        app->show_status = !app->show_status;
        break;
    case ACTION_QUIT:
        if (app->kiosk) {
            log_info("kiosk: quit ignored");
            break;
        }
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
    if (e->type == SDL_WINDOWEVENT || e->type == SDL_RENDER_TARGETS_RESET || e->type == SDL_RENDER_DEVICE_RESET)
        view_invalidate(app->view); /* the window's pixels may be gone: the next frame is whole */
    if (app->audio && (e->type == SDL_AUDIODEVICEADDED || e->type == SDL_AUDIODEVICEREMOVED)) {
        audio_handle_event(app->audio, e);
        return;
    }
    if (kiosk_event(app->kiosk_sup, e, now)) {
        eventlog_emit(app->log, now, "ignored_quit");
        return;
    }
    if (e->type == SDL_QUIT) {
        app->quit = true;
        app->exit_reason = "quit";
        return;
    }
    if (e->type == SDL_KEYDOWN && e->key.keysym.sym == SDLK_q && (e->key.keysym.mod & KMOD_CTRL) && !app->kiosk) {
        app->quit = true;
        app->exit_reason = "key";
        return;
    }
    app_action(app, input_event(app->input, e, now), now);
}

/* Nobody is there: "Slowly release" first if a hold runs (shown, said, logged as a
 * cue of the release timeline), then back to the loop once that hold is over. */
static void app_idle(App *app, IdleVerdict v, uint64_t now)
{
    if (v != IDLE_SAY_RELEASE && v != IDLE_RESET)
        return;
    cJSON *e = eventlog_begin(now, "idle");
    cJSON_AddStringToObject(e, "phase", v == IDLE_RESET ? "reset" : "release");
    eventlog_end(app->log, e);
    const Move *say = kiosk_release_move();
    if (v == IDLE_SAY_RELEASE)
        journal_player_event(app->log, &(PlayerEvent){ .kind = PLAYER_EVENT_CUE, .at_ms = now, .timeline = say,
                                                       .cue = &say->steps[0].cues[0] }, &app->session.playing);
    else
        app_play(app, app->target, now);
}

static void app_supervise(App *app, uint64_t now)
{
    PlayerSnapshot snap;
    player_snapshot(app->player, now, &snap);
    bool hold = snap.screen == PLAYER_SCREEN_MOVE && !snap.paused && !snap.waiting && snap.pos.phase == PHASE_HOLD;
    KioskTick t;
    kiosk_update(app->kiosk_sup, now, hold, now + (uint64_t)(snap.pos.left_ms > 0 ? snap.pos.left_ms : 0), &t);
    if (t.quit) {
        app->quit = true;
        app->exit_reason = t.reason;
        log_info("exit: %s", t.reason);
        return;
    }
    if (t.toggle_status)
        app->show_status = !app->show_status;
    if (t.reload_config && app->opt->config) {
        config_load(&app->cfg, app->opt->config, NULL);
        kiosk_configure(app->kiosk_sup, &app->cfg);
    }
    if (t.reload_content)
        app_reload(app, t.reload_config || changes_figures(t.first_change),
                   t.reload_config ? "SIGHUP" : t.first_change, now);
    app_idle(app, t.idle, now);
}

static int minute_of_day(void)
{
    time_t t = time(NULL);
    struct tm tm;
    return localtime_r(&t, &tm) ? tm.tm_hour * 60 + tm.tm_min : -1;
}

/* The audio reads what the player shows, like the view does. */
static void app_audio(App *app, uint64_t now)
{
    if (!app->audio)
        return;
    PlayerSnapshot snap;
    player_snapshot(app->player, now, &snap);
    bool running = (snap.screen == PLAYER_SCREEN_MOVE || snap.screen == PLAYER_SCREEN_READY) && !snap.paused &&
                   !snap.waiting;
    const Move *m = snap.timeline;
    uint64_t play_id = snap.play_id;
    int64_t t = snap.t_ms;
    if (kiosk_release_audio(app->kiosk_sup, now, &m, &play_id, &t))
        running = true; /* "Slowly release" is said instead of the timeline's cues */
    audio_update(app->audio, m, play_id, t, running, now, minute_of_day());
}

/* Input, the player, the supervisor, then whatever the player announced. */
static void app_update(App *app, uint64_t now)
{
    replay_feed(app->replay, now);
    SDL_Event e;
    while (SDL_PollEvent(&e))
        app_handle_event(app, &e, now);
    app_action(app, input_poll(app->input, now), now);
    player_update(app->player, now);
    app_supervise(app, now);
    if (session_swap_due(&app->session, app->player, now)) {
        eventlog_emit(app->log, now, "swap");
        app_prepare_audio(app);
    }
    PlayerEvent ev;
    while (player_poll_event(app->player, &ev)) {
        if (ev.kind == PLAYER_EVENT_LOAD && ev.menu_entry >= 0 && ev.menu_entry < app->session.menu_count) {
            const char *id = app->session.menu[ev.menu_entry].id;
            cJSON *le = eventlog_begin(now, "load");
            cJSON_AddStringToObject(le, "target", id);
            eventlog_end(app->log, le);
            char target[256];
            snprintf(target, sizeof target, "%s", id); /* the menu is rebuilt by the load */
            app_play(app, target, now);
            continue;
        }
        journal_player_event(app->log, &ev, &app->session.playing);
    }
    app_audio(app, now);
}

static void app_view_state(App *app, uint64_t now, PlayerSnapshot *snap, ViewState *vs)
{
    player_snapshot(app->player, now, snap);
    *vs = (ViewState){ .now_ms = now, .snap = snap, .device = input_last_device(app->input),
                       .content_root = app->root, .volume = app->volume, .muted = app->muted,
                       .volume_shown_until = app->volume_shown_until,
                       .releasing = kiosk_releasing(app->kiosk_sup),
                       .notice = status_notice(&app->status) };
    SDL_GetRendererOutputSize(app->renderer, &vs->width, &vs->height);
    if (app->show_status) {
        StatusInputs in = { .now_ms = now, .root = app->root, .session = &app->session, .kiosk = app->kiosk_sup,
                            .controllers = input_controller_count(app->input), .config_problem = app->cfg.first_problem,
                            .audio = app->audio ? audio_status(app->audio) : NULL };
        vs->status = status_text(&app->status, &in);
    }
}

/* ---- video and loops ------------------------------------------------------------ */

static bool app_open_video(App *app)
{
    const AppOptions *o = app->opt;
    int w = o->width ? o->width : 1280, h = o->height ? o->height : 720;
    if (app->kiosk && !o->headless) {
        app->window = screen_open("limber", o->display >= 0 ? o->display : app->cfg.display, SDL_WINDOW_ALLOW_HIGHDPI);
    } else {
        Uint32 flags = SDL_WINDOW_ALLOW_HIGHDPI | (o->headless ? SDL_WINDOW_HIDDEN : SDL_WINDOW_RESIZABLE);
        if (o->fullscreen || app->cfg.fullscreen)
            flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
        app->window = SDL_CreateWindow("limber", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h, flags);
    }
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
    app->view = view_create(app->renderer, app->root, app->session.anim);
    return app->view != NULL;
}

/* The first frame is up: the figure's images, which it may not have needed, load now
 * (a quick start, and a broken image is still said at start). */
static void app_presented(App *app)
{
    if (!app->images_loaded) {
        view_load_images(app->view);
        app->images_loaded = true;
    }
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
        /* --screenshot without --at: the last frame of a --duration run. */
        if (o->screenshot && o->at_ms < 0 && o->duration_ms >= 0 &&
            clock_frame_ms(app->clock.fps ? app->clock.fps : 30, frame + 1) >= (uint64_t)o->duration_ms)
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
            app_presented(app);
        }
        kiosk_presented(app->kiosk_sup, now); /* a frame is done, drawn or not: alive */
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
            app_presented(app);
            status_frame(&app->status, now);
            last_frame = now;
            drawn_play = snap.play_id;
            dirty = false;
            change = view_next_change(app->view, &vs);
        }
        kiosk_presented(app->kiosk_sup, now);
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
        timeout = SDL_min(timeout, kiosk_timeout_ms(app->kiosk_sup));
        if (app->replay && !replay_done(app->replay))
            timeout = SDL_min(timeout, (int)frame_ms);
        if (SDL_WaitEventTimeout(NULL, timeout))
            dirty = true; /* something arrived: app_update handles it next pass */
    }
}

/* ---- start and end --------------------------------------------------------------- */

/* The config file: --config, else the user's or the system's, else the defaults. Its
 * problems are printed once the log is up; a --config that cannot be read is a usage
 * error. Returns false for that. */
static bool app_config(App *app, char **problems)
{
    const AppOptions *o = app->opt;
    char path[PATHS_MAX];
    const char *file = o->config;
    if (!file && config_find_default(path, sizeof path))
        file = path;
    size_t len = 0;
    FILE *mem = open_memstream(problems, &len);
    bool ok = file ? config_load(&app->cfg, file, mem) : (config_default(&app->cfg), true);
    if (mem)
        fclose(mem);
    if (!ok && o->config)
        return false;
    app->kiosk = o->kiosk || app->cfg.kiosk;
    app->target = o->target ? o->target : app->cfg.playlist[0] ? app->cfg.playlist : NULL;
    app->volume = app->cfg.volume;
    app->muted = app->cfg.mute;
    return true;
}

static void app_bind_config_keys(App *app)
{
    for (int i = 0; i < app->cfg.key_count; i++) {
        input_unbind_key(app->input, app->cfg.keys[i].key);
        if (app->cfg.keys[i].action != ACTION_NONE)
            input_bind_key(app->input, app->cfg.keys[i].key, app->cfg.keys[i].action);
    }
    for (int i = 0; i < app->cfg.button_count; i++) {
        input_unbind_button(app->input, app->cfg.buttons[i].button);
        if (app->cfg.buttons[i].action != ACTION_NONE)
            input_bind_button(app->input, app->cfg.buttons[i].button, app->cfg.buttons[i].action);
    }
}

int app_run(const AppOptions *o)
{
    App app_storage = { .opt = o, .exit_reason = "end" };
    App *app = &app_storage;
    int rc = 1;
    char *problems = NULL;

    if (!app_config(app, &problems)) {
        fprintf(stderr, "limber: --config: cannot read '%s'\n", o->config);
        free(problems);
        return 2;
    }
    if (o->headless) {
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
        SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    }
    screen_hints(app->kiosk && !o->headless);
    SDL_SetHint(SDL_HINT_JOYSTICK_ALLOW_BACKGROUND_EVENTS, "1");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS | SDL_INIT_GAMECONTROLLER) != 0) {
        fprintf(stderr, "limber: cannot start SDL: %s\n", SDL_GetError());
        free(problems);
        return 1;
    }
    log_init(o->verbose);
    if (o->log_file)
        log_set_file(o->log_file);
    for (char *line = problems ? strtok(problems, "\n") : NULL; line; line = strtok(NULL, "\n"))
        log_warn("%s", line);
    free(problems);
    const char *content = o->content_dir ? o->content_dir : app->cfg.content[0] ? app->cfg.content : NULL;
    if (!paths_content_root(content, app->root, sizeof app->root)) {
        log_error("no content root found%s%s", content ? " at " : "", content ? content : "");
        goto fail;
    }
    app->log = eventlog_create(o->event_log);
    if (!app->log)
        goto fail;
    cJSON *start = eventlog_begin(0, "start");
    cJSON_AddStringToObject(start, "version", LIMBER_VERSION);
    cJSON_AddStringToObject(start, "content", app->root);
    cJSON_AddStringToObject(start, "mode", o->headless ? "headless" : app->kiosk ? "kiosk" : "window");
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
    /* Sound follows real time: a window, --realtime or --audio-out. A headless run on
     * the virtual clock is silent; its cues are in the event log. */
    if (!o->headless || o->realtime || o->audio_out) {
        AudioConfig ac;
        audio_config_default(&ac);
        ac.volume = app->cfg.volume;
        ac.muted = app->cfg.mute;
        ac.voice = app->cfg.voice;
        ac.language = app->cfg.language;
        ac.voice_name = app->cfg.voice_name[0] ? app->cfg.voice_name : NULL;
        ac.speech_rate = app->cfg.speech_rate;
        ac.quiet_from_min = app->cfg.quiet_from_min;
        ac.quiet_to_min = app->cfg.quiet_to_min;
        ac.extra_latency_ms = app->cfg.audio_latency_ms;
        app->audio = audio_create(&ac, app->root, o->audio_out);
    }
    if (o->headless && !o->realtime)
        clock_init_virtual(&app->clock, o->fps ? o->fps : 30);
    else if (o->audio_out && app->audio) {
        clock_init_real(&app->clock, audio_clock_source, app->audio);
        app->clock.origin_us = 0; /* the audio clock's zero: the WAV's first sample */
    }
    else
        clock_init_real(&app->clock, NULL, NULL);
    if (o->headless && o->realtime)
        app->clock.fps = o->fps ? o->fps : 30;
    status_init(&app->status, clock_now(&app->clock), app->root);

    app->player = player_create(&(PlayerConfig){ .loop = !o->headless || app->kiosk, .step_mode = o->step_mode,
                                                 .ready_ms = 5000 });
    DiagList d;
    diag_init(&d);
    bool opened = app->player && session_open(&app->session, app->root, &d);
    log_diags(app, &d, 0);
    diag_deinit(&d);
    if (!opened || !app_open_video(app))
        goto fail;
    app->input = input_create(app->root);
    if (!app->input)
        goto fail;
    app_bind_config_keys(app);
    /* Content is watched where someone may edit it while it shows: every run but a
     * headless one on the virtual clock (whose seconds are not the editor's). */
    app->kiosk_sup = kiosk_create(&app->cfg, app->kiosk, !o->headless || o->realtime, app->window, app->root, 0);
    if (!app->kiosk_sup)
        goto fail;
    if (app->kiosk)
        audio_prepare(app->audio, kiosk_release_move());

    if (!app_play(app, app->target, 0) && o->target) {
        fprintf(stderr, "limber: nothing to play: '%s' is no move or playlist in %s\n", o->target, app->root);
        rc = 2;
        goto fail;
    }

    if (o->audio_out && app->audio) {
        /* A recording waits until every line is ready, then starts the programme on the
         * WAV's clock, so the event log and the WAV share their time base. */
        if (!audio_wait_ready(app->audio, 30000))
            log_warn("audio: some lines were not ready after 30 s");
        uint64_t t0 = clock_advance(&app->clock);
        player_set_programme(app->player, (const Move *const *)app->session.playing.moves,
                             app->session.playing.count, app->session.playing.title, t0);
    }
    if (o->headless)
        app_loop_headless(app);
    else
        app_loop_window(app, o->fps ? o->fps : 30); /* plenty for a body moving at exercise pace, and half the CPU of 60 with no GPU */

    cJSON *ex = eventlog_begin(clock_now(&app->clock), "exit");
    cJSON_AddStringToObject(ex, "reason", app->exit_reason);
    eventlog_end(app->log, ex);
    rc = strcmp(app->exit_reason, "error") == 0 ? 1 : 0;
fail:
    kiosk_destroy(app->kiosk_sup, app->exit_reason);
    audio_destroy(app->audio);
    player_destroy(app->player);
    view_destroy(app->view);
    session_close(&app->session);
    input_destroy(app->input);
    replay_destroy(app->replay);
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
