#include "kiosk/chord.h"

#include <string.h>

void chord_init(Chord *c, const int32_t codes[][CHORD_ALTS], int count, uint32_t hold_ms)
{
    memset(c, 0, sizeof *c);
    if (count < 0)
        count = 0;
    if (count > CHORD_MAX_SLOTS)
        count = CHORD_MAX_SLOTS;
    for (int s = 0; s < CHORD_MAX_SLOTS; s++)
        for (int a = 0; a < CHORD_ALTS; a++)
            c->codes[s][a] = s < count ? codes[s][a] : CHORD_NO_CODE;
    c->slot_count = count;
    c->hold_ms = hold_ms;
}

static bool all_down(const Chord *c)
{
    if (c->slot_count == 0)
        return false;
    for (int s = 0; s < c->slot_count; s++)
        if (!c->down[s])
            return false;
    return true;
}

static bool none_down(const Chord *c)
{
    for (int s = 0; s < c->slot_count; s++)
        if (c->down[s])
            return false;
    return true;
}

bool chord_feed(Chord *c, int32_t code, bool down, uint64_t now_ms)
{
    if (code == CHORD_NO_CODE)
        return false;
    for (int s = 0; s < c->slot_count; s++)
        for (int a = 0; a < CHORD_ALTS; a++)
            if (c->codes[s][a] == code) {
                if (down)
                    c->down[s] |= (uint8_t)(1u << a);
                else
                    c->down[s] &= (uint8_t)~(1u << a);
            }
    bool now_complete = all_down(c);
    if (now_complete && !c->complete)
        c->held_since = now_ms;
    c->complete = now_complete;
    /* A new hold needs a clean start: releasing only some keys and pressing them again
     * while the others stay down must not fire a second time. */
    if (c->fired && none_down(c))
        c->fired = false;
    return chord_poll(c, now_ms);
}

bool chord_poll(Chord *c, uint64_t now_ms)
{
    if (!c->complete || c->fired || now_ms < c->held_since + c->hold_ms)
        return false;
    c->fired = true;
    return true;
}

float chord_progress(const Chord *c, uint64_t now_ms)
{
    if (!c->complete || c->fired)
        return 0.0f;
    if (c->hold_ms == 0 || now_ms >= c->held_since + c->hold_ms)
        return 1.0f;
    return (float)(now_ms - c->held_since) / (float)c->hold_ms;
}

void chord_reset(Chord *c)
{
    memset(c->down, 0, sizeof c->down);
    c->complete = false;
    c->fired = false;
}
