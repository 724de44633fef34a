/* cues: which cue starts at which output sample. Pure C, no SDL, no clock reads: the
 * frame loop's state comes in as arguments, so the rules are unit tested exactly.
 *
 *   CueSched s;
 *   cues_init(&s, 48000);                 // output frames per second
 *   each frame:
 *     int64_t now_frame = clockmap_update(&map, now_ms, mixer_position());
 *     CueSchedOut out;
 *     cues_update(&s, move, play_id, move_t_ms, running, now_ms, now_frame, &out);
 *     if (out.cancel) for each voice the mixer has queued but not started, whose
 *         frame > out.cancel_after: drop it and call cues_cancelled(&s, voice's ticket);
 *     for each out.fires[i]: queue its cue's sound to start at fires[i].frame
 *   cues_deinit(&s);
 *
 * The rules, from two consecutive updates:
 * - continuous play (same play, running, move_t advanced by the clock's advance give or
 *   take tolerance_ms): every cue with at_ms < move_t + lookahead_ms that has not fired
 *   fires now, at frame now_frame + (at_ms - move_t) in frames, so it is queued before
 *   the mixer reaches it and starts on its exact sample;
 * - a pause (running true -> false): cues due by now still fire, the rest that are
 *   queued but not started are cancelled and fire again after the resume; started
 *   sounds are left to finish;
 * - a jump (move_t not where continuous play puts it) or a new play (play_id or move
 *   changed): what was queued for later is cancelled, cues before the new position are
 *   never played late, cues at or after it are armed (a jump back replays them). A new
 *   play's first update may come up to start_grace_ms late and still sound its first
 *   cues (a chime at 0 heard 17 ms late beats no chime).
 * Each fire carries a ticket; a cancelled voice re-arms its cue only if the ticket is
 * still the cue's latest, so a cue fires once however cancels and fires interleave. */
#ifndef LIMBER_AUDIO_CUES_H
#define LIMBER_AUDIO_CUES_H

#include "model/move.h"

#include <stdbool.h>
#include <stdint.h>

enum { CUES_MAX_FIRES = 64 };

typedef struct CueFire {
    const Cue *cue;
    int step;         /* the step the cue belongs to */
    int64_t frame;    /* output frame its first sample goes to */
    uint32_t ticket;  /* hand back to cues_cancelled() if the voice is dropped unstarted */
    bool late;        /* frame < now_frame: a mixer that has rendered past it starts it at
                         once; a recording that trails its clock still places it exactly */
} CueFire;

typedef struct CueSchedOut {
    bool cancel;          /* drop queued, unstarted voices whose frame > cancel_after */
    int64_t cancel_after;
    int fire_count;
    CueFire fires[CUES_MAX_FIRES]; /* in timeline order; more wait for the next update */
} CueSchedOut;

typedef struct CueEntry {
    const Cue *cue;
    int step;
    uint32_t ticket; /* 0: armed; CUES_SKIPPED: passed by a jump; else the fire's ticket */
} CueEntry;

#define CUES_SKIPPED UINT32_MAX

typedef struct CueSched {
    int rate;               /* output frames per second */
    int64_t lookahead_ms;   /* default 200 */
    int64_t tolerance_ms;   /* default 50 */
    int64_t start_grace_ms; /* default 100 */
    int64_t max_late_ms;    /* default 150: a cue found later than this (the frame loop
                               stalled) is skipped rather than played out of place */
    /* state */
    const Move *move;
    uint64_t play_id;
    bool have_prev, running;
    int64_t move_t, now_ms;
    int64_t origin_frame; /* frame of move time 0 at the last running update */
    CueEntry *entries; /* the move's cues, all steps, sorted by at_ms (stable) */
    int count, capacity;
    int cursor;        /* entries before it are all fired or skipped */
    uint32_t next_ticket;
} CueSched;

void cues_init(CueSched *s, int rate);
void cues_deinit(CueSched *s);

/* One frame's state; fills *out. m NULL: no move (everything queued is cancelled).
 * Returns false only when the cue list cannot be allocated (the move then plays
 * without cues). */
bool cues_update(CueSched *s, const Move *m, uint64_t play_id, int64_t move_t_ms, bool running,
                 int64_t now_ms, int64_t now_frame, CueSchedOut *out);

/* A queued voice with this ticket was dropped before it started: its cue fires again
 * when its time comes (unless a later fire or a jump has replaced the ticket). */
void cues_cancelled(CueSched *s, uint32_t ticket);

/* Re-arms a fire the caller could not queue (its sound is still loading); it is
 * offered again at the next update, at its right frame. */
void cues_retry(CueSched *s, uint32_t ticket);

/* ---- the map from the frame loop's clock to output frames ------------------------ */

/* The frame loop's now_ms and the mixer's play position are two clocks. The map keeps
 * offset = position - now_ms * rate / 1000 from the smallest difference seen (the
 * reading taken closest to the frame's time), rises slowly if the audio clock runs
 * fast, and snaps when they part by more than snap_ms (a device reopened). */
typedef struct ClockMap {
    int rate;
    int64_t snap_ms;   /* default 100 */
    bool valid;
    int64_t offset;    /* frames, in 1/256 frame units */
} ClockMap;

void clockmap_init(ClockMap *c, int rate);
/* measured_frame: the play position read now (after now_ms was taken). Returns the
 * output frame that corresponds to now_ms. */
int64_t clockmap_update(ClockMap *c, int64_t now_ms, int64_t measured_frame);

#endif
