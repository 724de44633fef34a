#include "kiosk/kiosk.h"

#include "kiosk/chord.h"
#include "kiosk/notify.h"
#include "kiosk/screen.h"
#include "kiosk/signals.h"
#include "kiosk/watch.h"
#include "platform/log.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>

struct Kiosk {
    bool kiosk;
    Chord exit_keys, exit_pad, status_pad;
    /* A chord can complete inside chord_feed() (a key repeat arriving after the hold):
     * it fires once, there, so remember it for kiosk_update(). */
    bool exit_due, status_due;
    char exit_text[64];
    Idle idle;
    Watch *watch;
    Notify notify;
    bool ready_sent;
    Screen screen;
    bool has_screen;
    uint64_t releases;      /* how many releases began: each is a new play of the cue */
};

/* The play ids of the release timeline stay clear of the player's, which count up from 1. */
#define RELEASE_PLAY_IDS (UINT64_C(1) << 62)

static const Cue release_cue = { .at_ms = 0, .kind = CUE_SAY, .text = "Slowly release", .is_auto = true };
static const Step release_step = { .kind = STEP_KIND_STEP, .end_ms = IDLE_RELEASE_MAX_MS,
                                   .hold_ms = IDLE_RELEASE_MAX_MS, .caption = "Slowly release",
                                   .cues = &release_cue, .cue_count = 1 };
static const Move release_move = { .id = "release", .path = "(kiosk)", .title = "Slowly release",
                                   .figure = "none", .duration_ms = IDLE_RELEASE_MAX_MS,
                                   .steps = &release_step, .step_count = 1 };

const Move *kiosk_release_move(void)
{
    return &release_move;
}

bool kiosk_releasing(const Kiosk *k)
{
    return idle_releasing(&k->idle);
}

bool kiosk_release_audio(const Kiosk *k, uint64_t now, const Move **m, uint64_t *play_id, int64_t *t_ms)
{
    if (!idle_releasing(&k->idle))
        return false;
    *m = &release_move;
    *play_id = RELEASE_PLAY_IDS + k->releases;
    *t_ms = (int64_t)(now - k->idle.release_start);
    return true;
}

void kiosk_configure(Kiosk *k, const Config *cfg)
{
    chord_init(&k->exit_keys, (const int32_t(*)[CHORD_ALTS])cfg->exit_keys.codes, cfg->exit_keys.count,
               cfg->exit_keys.hold_ms);
    chord_init(&k->exit_pad, (const int32_t(*)[CHORD_ALTS])cfg->exit_pad.codes, cfg->exit_pad.count,
               cfg->exit_pad.hold_ms);
    chord_init(&k->status_pad, (const int32_t(*)[CHORD_ALTS])cfg->status_pad.codes, cfg->status_pad.count,
               cfg->status_pad.hold_ms);
    snprintf(k->exit_text, sizeof k->exit_text, "%s", cfg->exit_keys.text);
    idle_set_timeout(&k->idle, cfg->idle_timeout_ms);
}

Kiosk *kiosk_create(const Config *cfg, bool kiosk_mode, bool watch_content, SDL_Window *window,
                    const char *content_root, uint64_t now)
{
    Kiosk *k = SDL_calloc(1, sizeof *k);
    if (!k)
        return NULL;
    k->kiosk = kiosk_mode;
    idle_init(&k->idle, cfg->idle_timeout_ms, now);
    kiosk_configure(k, cfg);
    if (watch_content)
        k->watch = watch_create(content_root, WATCH_SETTLE_MS);
    notify_init(&k->notify);
    signals_install();
    if (kiosk_mode && window) {
        screen_init(&k->screen, window, cfg->cursor_hide_ms, now);
        k->has_screen = true;
    }
    return k;
}

void kiosk_destroy(Kiosk *k, const char *reason)
{
    if (!k)
        return;
    notify_stopping(&k->notify, reason);
    signals_restore();
    watch_destroy(k->watch);
    SDL_free(k);
}

bool kiosk_is_kiosk(const Kiosk *k)
{
    return k->kiosk;
}

void kiosk_attended(Kiosk *k, uint64_t now)
{
    idle_input(&k->idle, now);
}

bool kiosk_event(Kiosk *k, const SDL_Event *e, uint64_t now)
{
    if (k->has_screen)
        screen_event(&k->screen, e, now);
    switch (e->type) {
    case SDL_QUIT:
        if (k->kiosk) {
            log_info("kiosk: window close ignored (exit chord: %s held)", k->exit_text);
            return true;
        }
        return false;
    case SDL_KEYDOWN:
    case SDL_KEYUP:
        if (k->kiosk)
            k->exit_due |= chord_feed(&k->exit_keys, e->key.keysym.sym, e->type == SDL_KEYDOWN, now);
        /* Alt+F4 arrives as SDL_QUIT (ignored above); Esc is the menu, never an exit. */
        return false;
    case SDL_CONTROLLERBUTTONDOWN:
    case SDL_CONTROLLERBUTTONUP:
        if (k->kiosk) {
            bool down = e->type == SDL_CONTROLLERBUTTONDOWN;
            k->exit_due |= chord_feed(&k->exit_pad, e->cbutton.button, down, now);
            k->status_due |= chord_feed(&k->status_pad, e->cbutton.button, down, now);
        }
        return false;
    case SDL_CONTROLLERDEVICEREMOVED:
        chord_reset(&k->exit_pad);
        chord_reset(&k->status_pad);
        return false;
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_FOCUS_LOST)
            chord_reset(&k->exit_keys); /* the key-ups will not come to us */
        return false;
    default:
        return false;
    }
}

void kiosk_update(Kiosk *k, uint64_t now, bool hold_running, uint64_t hold_end, KioskTick *out)
{
    memset(out, 0, sizeof *out);
    out->idle = IDLE_NOTHING;
    if (signals_quit_requested()) {
        out->quit = true;
        out->reason = signals_quit_signal() == SIGINT ? "SIGINT" : "SIGTERM";
        return;
    }
    if (k->kiosk && (chord_poll(&k->exit_keys, now) || chord_poll(&k->exit_pad, now) || k->exit_due)) {
        out->quit = true;
        out->reason = "exit_chord";
        return;
    }
    if (k->kiosk && (chord_poll(&k->status_pad, now) || k->status_due))
        out->toggle_status = true;
    k->status_due = false;
    if (signals_take_reload()) {
        notify_reloading(&k->notify);
        k->ready_sent = false; /* systemd waits for READY=1 after RELOADING=1: the next frame */
        out->reload_config = out->reload_content = true;
    }
    if (k->watch) {
        WatchChange ch[16];
        int n;
        while ((n = watch_poll(k->watch, ch, 16)) > 0) {
            if (!out->changes)
                snprintf(out->first_change, sizeof out->first_change, "%s",
                         ch[0].kind == WATCH_RESCAN ? "(everything)" : ch[0].path);
            out->changes += n;
        }
        if (out->changes)
            out->reload_content = true;
    }
    if (k->kiosk)
        out->idle = idle_update(&k->idle, now, hold_running, hold_end);
    k->releases += out->idle == IDLE_SAY_RELEASE;
    if (k->has_screen)
        screen_update(&k->screen, now);
}

void kiosk_presented(Kiosk *k, uint64_t now)
{
    if (!k->ready_sent) {
        notify_ready(&k->notify, "playing");
        k->ready_sent = true;
    }
    notify_watchdog(&k->notify, now);
}

int kiosk_timeout_ms(const Kiosk *k)
{
    int t = 1000;
    if (k->watch) {
        int w = watch_timeout_ms(k->watch);
        t = w >= 0 && w < 100 ? w : 100; /* keep edit-to-screen well under a second */
    }
    if (k->kiosk)
        t = t < 50 ? t : 50; /* a held chord completes on time */
    return t;
}

void kiosk_status(const Kiosk *k, char *out, size_t size)
{
    snprintf(out, size, "Watching %d content folders%s%s", k->watch ? watch_folder_count(k->watch) : 0,
             k->kiosk ? "\nKiosk: exit with " : "", k->kiosk ? k->exit_text : "");
}
