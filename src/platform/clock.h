/* clock: the one clock of a run, in milliseconds since the run started.
 *
 *   Clock c;
 *   clock_init_virtual(&c, 30);     // headless: frame n is at exactly n*1000/30 ms
 *   clock_init_real(&c, NULL, NULL);// window: SDL's performance counter
 *   for (;;) { uint64_t t = clock_now(&c); ...; clock_advance(&c); }
 *
 * A virtual clock computes each frame's time from the frame number, never by adding
 * rounded deltas, so a simulated week lands on the same millisecond as a real one.
 * A real clock reads its source (SDL's by default; tests pass their own) relative to
 * the first reading, in 64 bits, so it does not wrap when SDL's 32-bit ticks would.
 * clock_pause()/clock_resume() are not here on purpose: pausing is the player's
 * business; the clock only tells time. */
#ifndef LIMBER_CLOCK_H
#define LIMBER_CLOCK_H

#include <stdbool.h>
#include <stdint.h>

typedef uint64_t (*ClockSource)(void *userdata); /* microseconds, monotonic */

typedef struct Clock {
    bool is_virtual;
    uint32_t fps;        /* virtual: frames per second */
    uint64_t frame;      /* virtual: frames advanced so far */
    ClockSource source;  /* real */
    void *userdata;      /* real */
    uint64_t origin_us;  /* real: source reading at init */
    uint64_t now_ms;
} Clock;

void clock_init_virtual(Clock *c, uint32_t fps);
void clock_init_real(Clock *c, ClockSource source, void *userdata);

/* The current time, as of the last clock_advance() (or init). */
uint64_t clock_now(const Clock *c);

/* Virtual: one frame forward. Real: read the source. Returns the new time. */
uint64_t clock_advance(Clock *c);

/* Virtual: the time of frame n. */
uint64_t clock_frame_ms(uint32_t fps, uint64_t frame);

/* The default real source: SDL's performance counter in microseconds. */
uint64_t clock_sdl_source(void *userdata);

#endif
