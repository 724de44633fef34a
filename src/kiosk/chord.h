/* chord: "hold these keys (or buttons) together for N seconds", as pure logic.
 *
 * A chord is a few slots that must all be down at once; each slot is satisfied by any
 * one of up to CHORD_ALTS codes (Ctrl is left Ctrl or right Ctrl). Codes are plain
 * integers: the caller feeds SDL keycodes to a keyboard chord and controller button
 * numbers to a pad chord, so this file needs no SDL and tests are exact.
 *
 *   static const int32_t keys[][CHORD_ALTS] = {
 *       { SDLK_LCTRL, SDLK_RCTRL }, { SDLK_LALT, SDLK_RALT },
 *       { SDLK_LSHIFT, SDLK_RSHIFT }, { SDLK_q, CHORD_NO_CODE } };
 *   Chord c;
 *   chord_init(&c, keys, 4, 2000);
 *   on key down/up:  if (chord_feed(&c, sym, down, now_ms)) quit();
 *   every frame:     if (chord_poll(&c, now_ms)) quit();     // the hold completes
 *   on focus lost:   chord_reset(&c);                        // key-ups will not come
 *
 * It fires once per hold: after firing, every slot must be released before it can fire
 * again. Key repeat (a second "down") does not restart the hold. Other keys pressed
 * meanwhile do not matter. The struct is plain data, owned by the caller. */
#ifndef LIMBER_CHORD_H
#define LIMBER_CHORD_H

#include <stdbool.h>
#include <stdint.h>

enum { CHORD_MAX_SLOTS = 8, CHORD_ALTS = 2 };
#define CHORD_NO_CODE INT32_MIN /* an unused alternative */

typedef struct Chord {
    int32_t codes[CHORD_MAX_SLOTS][CHORD_ALTS];
    int slot_count;              /* 0: an empty chord, never fires */
    uint32_t hold_ms;
    uint8_t down[CHORD_MAX_SLOTS]; /* bit i: alternative i of the slot is down */
    bool complete;               /* every slot down since held_since */
    bool fired;                  /* fired in this hold; cleared when all are up */
    uint64_t held_since;
} Chord;

/* Copies count slots (at most CHORD_MAX_SLOTS) of CHORD_ALTS codes each; unused
 * alternatives are CHORD_NO_CODE. */
void chord_init(Chord *c, const int32_t codes[][CHORD_ALTS], int count, uint32_t hold_ms);

/* A code went down or up at now_ms; true when this completes the hold (hold_ms 0). */
bool chord_feed(Chord *c, int32_t code, bool down, uint64_t now_ms);

/* True once, when the chord has been held for hold_ms at now_ms. */
bool chord_poll(Chord *c, uint64_t now_ms);

/* 0 when not held, rising to 1 as the hold completes (for a "keep holding" bar). */
float chord_progress(const Chord *c, uint64_t now_ms);

/* Forgets every key that is down (the window lost focus, a pad was unplugged). */
void chord_reset(Chord *c);

#endif
