#include "platform/clock.h"

#include <SDL.h>

uint64_t clock_frame_ms(uint32_t fps, uint64_t frame)
{
    /* frame * 1000 fits in 64 bits for 5e14 years of frames at any fps. */
    return frame * 1000u / fps;
}

void clock_init_virtual(Clock *c, uint32_t fps)
{
    SDL_zerop(c);
    c->is_virtual = true;
    c->fps = fps ? fps : 30;
}

uint64_t clock_sdl_source(void *userdata)
{
    (void)userdata;
    static uint64_t freq;
    if (!freq)
        freq = SDL_GetPerformanceFrequency();
    uint64_t ticks = SDL_GetPerformanceCounter();
    /* Split to keep ticks * 1e6 from overflowing on fast counters. */
    return (ticks / freq) * 1000000u + (ticks % freq) * 1000000u / freq;
}

void clock_init_real(Clock *c, ClockSource source, void *userdata)
{
    SDL_zerop(c);
    c->source = source ? source : clock_sdl_source;
    c->userdata = userdata;
    c->origin_us = c->source(c->userdata);
}

uint64_t clock_now(const Clock *c)
{
    return c->now_ms;
}

uint64_t clock_advance(Clock *c)
{
    if (c->is_virtual) {
        c->frame++;
        c->now_ms = clock_frame_ms(c->fps, c->frame);
    } else {
        /* Unsigned difference: correct across a wrap of the source itself. */
        c->now_ms = (c->source(c->userdata) - c->origin_us) / 1000u;
    }
    return c->now_ms;
}
