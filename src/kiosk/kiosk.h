/* kiosk: the supervisor that lets limber run unattended. It gathers the pieces of
 * src/kiosk/ (exit and status chords, the idle policy, the content watcher, systemd
 * notification, the full-screen window's upkeep) behind one small interface that the
 * frame loop calls; each piece stays testable alone.
 *
 *   Kiosk *k = kiosk_create(&cfg, kiosk_mode, watch_content, window, root, now);
 *   for each SDL_Event:   if (kiosk_event(k, &e, now)) continue;   // swallowed
 *   every frame:          KioskTick t; kiosk_update(k, now, hold_running, hold_end, &t);
 *                         ... act on t.quit, t.reload_content, t.idle, t.toggle_status ...
 *   after a present:      kiosk_presented(k, now);                // READY=1, WATCHDOG=1
 *   sleeping:             timeout = SDL_min(timeout, kiosk_timeout_ms(k));
 *   kiosk_destroy(k, "SIGTERM");                                  // STOPPING=1
 *
 * Outside kiosk mode only the watcher (hot reload while an author edits), the
 * signals and systemd notification are active: chords and idle return are kiosk
 * things, and window close or Ctrl+Q quit as usual. In kiosk mode window close,
 * Alt+F4 and Esc never quit: only the exit chord or SIGTERM/SIGINT do. */
#ifndef LIMBER_KIOSK_H
#define LIMBER_KIOSK_H

#include "kiosk/idle.h"
#include "model/move.h"
#include "kiosk/config.h"

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>

typedef struct Kiosk Kiosk;

typedef struct KioskTick {
    bool quit;              /* the exit chord, or SIGTERM / SIGINT */
    const char *reason;     /* "exit_chord", "SIGTERM", "SIGINT" */
    bool reload_content;    /* content files changed, or SIGHUP */
    bool reload_config;     /* SIGHUP */
    bool toggle_status;     /* the status chord */
    IdleVerdict idle;       /* kiosk mode: what the idle policy says */
    int changes;            /* content files changed this frame */
    char first_change[1024]; /* one of them, for the log (WATCH_PATH_MAX) */
} KioskTick;

Kiosk *kiosk_create(const Config *cfg, bool kiosk_mode, bool watch_content, SDL_Window *window,
                    const char *content_root, uint64_t now_ms);
void kiosk_destroy(Kiosk *k, const char *reason); /* NULL is a no-op */

/* Re-reads the chords and the idle timeout (after SIGHUP). */
void kiosk_configure(Kiosk *k, const Config *cfg);

/* True when the app must not act on e (a window close in kiosk mode). */
bool kiosk_event(Kiosk *k, const SDL_Event *e, uint64_t now_ms);

/* A person did something (an action from any device): the kiosk is attended. */
void kiosk_attended(Kiosk *k, uint64_t now_ms);

void kiosk_update(Kiosk *k, uint64_t now_ms, bool hold_running, uint64_t hold_end_ms, KioskTick *out);
void kiosk_presented(Kiosk *k, uint64_t now_ms);
/* The longest the loop may sleep without missing the watcher or the watchdog. */
int kiosk_timeout_ms(const Kiosk *k);

bool kiosk_is_kiosk(const Kiosk *k);

/* True while "Slowly release" shows (from IDLE_SAY_RELEASE to the reset or an input). */
bool kiosk_releasing(const Kiosk *k);

/* "Slowly release" is said as well as shown: it is a one-step timeline (move id
 * "release") with one `say` cue at 0, which the frame loop hands to the audio instead
 * of the player's while the release runs, so the audio keeps only reading state.
 * Prepare it once (audio_prepare) so the line is synthesized before it is needed. */
const Move *kiosk_release_move(void);

/* While releasing: the release timeline, its play id (new for every release) and the
 * position in it at now_ms, for audio_update(); false (outputs untouched) otherwise. */
bool kiosk_release_audio(const Kiosk *k, uint64_t now_ms, const Move **m, uint64_t *play_id, int64_t *t_ms);
/* One paragraph for the status overlay: watched folders, refocus count, chords. */
void kiosk_status(const Kiosk *k, char *out, size_t size);

#endif
