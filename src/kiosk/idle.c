#include "kiosk/idle.h"

#include <string.h>

void idle_init(Idle *idle, uint64_t timeout_ms, uint64_t now_ms)
{
    memset(idle, 0, sizeof *idle);
    idle->timeout_ms = timeout_ms;
    idle->last_input = now_ms;
}

void idle_input(Idle *idle, uint64_t now_ms)
{
    idle->last_input = now_ms;
    idle->attended = true;
    idle->releasing = false;
}

void idle_set_timeout(Idle *idle, uint64_t timeout_ms)
{
    idle->timeout_ms = timeout_ms;
}

bool idle_releasing(const Idle *idle)
{
    return idle->releasing;
}

static IdleVerdict reset(Idle *idle)
{
    idle->attended = false;
    idle->releasing = false;
    return IDLE_RESET;
}

IdleVerdict idle_update(Idle *idle, uint64_t now_ms, bool hold_running, uint64_t hold_end_ms)
{
    if (idle->releasing) {
        /* The release ends with the hold that was running when it began (or when the
         * message has been read), not with the next step's hold: that one is new. */
        return now_ms >= idle->release_until ? reset(idle) : IDLE_SHOW_RELEASE;
    }
    if (!idle->attended || idle->timeout_ms == 0 || now_ms < idle->last_input + idle->timeout_ms)
        return IDLE_NOTHING;
    if (!hold_running || hold_end_ms <= now_ms)
        return reset(idle);
    idle->releasing = true;
    idle->release_start = now_ms;
    uint64_t until = now_ms + IDLE_RELEASE_MIN_MS;
    uint64_t cap = now_ms + IDLE_RELEASE_MAX_MS;
    if (hold_end_ms > until)
        until = hold_end_ms < cap ? hold_end_ms : cap;
    idle->release_until = until;
    return IDLE_SAY_RELEASE;
}
