/* Names of the move.h enums, and the lookup "where is the move at time t". */
#include "model/move.h"

#include "script/arena.h"

#include <string.h>

void move_destroy(Move *m)
{
    /* The Move itself lives in its arena. */
    if (m)
        arena_destroy(m->arena);
}

const char *level_name(Level level)
{
    switch (level) {
    case LEVEL_EASY: return "easy";
    case LEVEL_HARD: return "hard";
    case LEVEL_STANDARD: break;
    }
    return "standard";
}

bool level_parse(const char *name, Level *out)
{
    static const Level levels[] = { LEVEL_EASY, LEVEL_STANDARD, LEVEL_HARD };
    for (size_t i = 0; i < 3; i++)
        if (name && strcmp(name, level_name(levels[i])) == 0) {
            *out = levels[i];
            return true;
        }
    return false;
}

const char *side_name(Side side)
{
    return side == SIDE_RIGHT ? "right" : side == SIDE_LEFT ? "left" : NULL;
}

int timeline_step_at(const Move *m, int64_t t_ms)
{
    if (!m || m->step_count == 0)
        return -1;
    /* The last step that starts at or before t; a step of length 0 cannot exist (the
     * compiler rejects it), so starts strictly increase. */
    int lo = 0, hi = m->step_count - 1;
    while (lo < hi) {
        int mid = lo + (hi - lo + 1) / 2;
        if (m->steps[mid].start_ms <= t_ms)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

static void set_phase(TimelinePos *p, Phase phase, int64_t from, int64_t to, int64_t t)
{
    p->phase = phase;
    p->phase_start_ms = from;
    p->phase_end_ms = to;
    p->elapsed_ms = t - from;
    p->left_ms = to - t;
    p->progress = to > from ? (float)((double)(t - from) / (double)(to - from)) : 1.0f;
}

TimelinePos timeline_at(const Move *m, int64_t t_ms)
{
    TimelinePos p;
    memset(&p, 0, sizeof p);
    p.step = -1;
    p.phase = PHASE_DONE;
    if (!m || m->step_count == 0)
        return p;
    if (t_ms < 0)
        t_ms = 0;
    int i = timeline_step_at(m, t_ms);
    const Step *s = &m->steps[i];
    p.step = i;
    p.rep = s->rep;
    p.reps = s->reps;
    p.side = s->side;
    if (t_ms >= m->duration_ms) {
        set_phase(&p, PHASE_DONE, m->duration_ms, m->duration_ms, m->duration_ms);
        return p;
    }
    int64_t pose_end = s->start_ms + s->pose_ms;
    int64_t hold_end = pose_end + s->hold_ms;
    if (t_ms < pose_end)
        set_phase(&p, PHASE_POSE, s->start_ms, pose_end, t_ms);
    else if (t_ms < hold_end)
        set_phase(&p, PHASE_HOLD, pose_end, hold_end, t_ms);
    else
        set_phase(&p, PHASE_WAIT, hold_end, s->end_ms, t_ms);
    return p;
}
