/* idle: when an unattended kiosk goes back to its loop, as pure logic.
 *
 * The kiosk loops its playlist until someone takes over (a key, a pad button, a tap).
 * After timeout_ms without input it returns to the loop; when the person walked away
 * in the middle of a hold it first shows and says "Slowly release", lets the hold run
 * out, and only then resets, so nobody is left in a stretch with no guidance.
 *
 *   Idle idle;
 *   idle_init(&idle, 90000, now);
 *   on every key / button / touch down:  idle_input(&idle, now);
 *   every frame:
 *       switch (idle_update(&idle, now, hold_running, hold_end_ms)) {
 *       case IDLE_SAY_RELEASE:  show "Slowly release" and play its cue (once)
 *       case IDLE_SHOW_RELEASE: keep showing it
 *       case IDLE_RESET:        back to the default playlist from its start
 *       case IDLE_NOTHING:      carry on
 *       }
 *
 * hold_running: a hold step of the current move is in progress (and not paused);
 * hold_end_ms: when it ends, on the same clock as now. Input during "Slowly release"
 * cancels it: the person is back. The release lasts until the hold running when it
 * began ends (the next step's hold does not stretch it), at least IDLE_RELEASE_MIN_MS
 * so the message can be read, and at most IDLE_RELEASE_MAX_MS (a hold that claims to
 * end later, an open-ended one, is cut there). Plain data, owned by the caller; no clock is read here. */
#ifndef LIMBER_IDLE_H
#define LIMBER_IDLE_H

#include <stdbool.h>
#include <stdint.h>

enum { IDLE_RELEASE_MIN_MS = 3000, IDLE_RELEASE_MAX_MS = 120000 };

typedef enum IdleVerdict {
    IDLE_NOTHING,      /* attended, or already looping */
    IDLE_SAY_RELEASE,  /* the release starts now: show the message, play the cue once */
    IDLE_SHOW_RELEASE, /* the release goes on: keep showing the message */
    IDLE_RESET,        /* reset to the loop now (returned once per idle period) */
} IdleVerdict;

typedef struct Idle {
    uint64_t timeout_ms;   /* 0: never return to the loop */
    uint64_t last_input;
    bool attended;         /* someone took over since the last reset */
    bool releasing;
    uint64_t release_start, release_until;
} Idle;

void idle_init(Idle *idle, uint64_t timeout_ms, uint64_t now_ms);

/* A person did something. */
void idle_input(Idle *idle, uint64_t now_ms);

/* What to do at now_ms; see the note above. */
IdleVerdict idle_update(Idle *idle, uint64_t now_ms, bool hold_running, uint64_t hold_end_ms);

/* Changes the timeout (a reloaded config) without forgetting the last input. */
void idle_set_timeout(Idle *idle, uint64_t timeout_ms);

/* True between IDLE_SAY_RELEASE and the reset or the next input. */
bool idle_releasing(const Idle *idle);

#endif
