#include "audio/cues.h"

#include <stdlib.h>
#include <string.h>

void cues_init(CueSched *s, int rate)
{
    memset(s, 0, sizeof *s);
    s->rate = rate;
    s->lookahead_ms = 200;
    s->tolerance_ms = 50;
    s->start_grace_ms = 100;
    s->max_late_ms = 150;
}

void cues_deinit(CueSched *s)
{
    free(s->entries);
    memset(s, 0, sizeof *s);
}

static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

static int64_t ms_to_frames(const CueSched *s, int64_t ms)
{
    return floor_div(ms * s->rate + 500, 1000); /* to the nearest frame, halves up */
}

static int entry_cmp(const void *a, const void *b)
{
    const CueEntry *x = a, *y = b;
    if (x->cue->at_ms != y->cue->at_ms)
        return x->cue->at_ms < y->cue->at_ms ? -1 : 1;
    /* qsort is not stable: written order (step, then cue) breaks ties */
    if (x->step != y->step)
        return x->step < y->step ? -1 : 1;
    return x->cue < y->cue ? -1 : x->cue > y->cue;
}

/* The cues of all steps in one list sorted by time: a step's cues are sorted, but an
 * offset such as `at end-2s` in a long step may pass the next step's first cue. */
static bool load_entries(CueSched *s, const Move *m)
{
    int n = 0;
    for (int i = 0; i < m->step_count; i++)
        n += m->steps[i].cue_count;
    if (n > s->capacity) {
        CueEntry *e = realloc(s->entries, (size_t)n * sizeof *e);
        if (!e)
            return false;
        s->entries = e;
        s->capacity = n;
    }
    s->count = 0;
    for (int i = 0; i < m->step_count; i++)
        for (int j = 0; j < m->steps[i].cue_count; j++)
            s->entries[s->count++] = (CueEntry){ .cue = &m->steps[i].cues[j], .step = i };
    if (s->count > 1)
        qsort(s->entries, (size_t)s->count, sizeof *s->entries, entry_cmp);
    return true;
}

static void advance_cursor(CueSched *s)
{
    while (s->cursor < s->count && s->entries[s->cursor].ticket != 0)
        s->cursor++;
}

/* Cues before `from` will not sound; the rest wait for their time. */
static void arm_from(CueSched *s, int64_t from)
{
    for (int i = 0; i < s->count; i++)
        s->entries[i].ticket = s->entries[i].cue->at_ms < from ? CUES_SKIPPED : 0;
    s->cursor = 0;
    advance_cursor(s);
}

static void cancel_after(CueSchedOut *out, int64_t frame)
{
    out->cancel = true;
    out->cancel_after = frame;
}

static uint32_t new_ticket(CueSched *s)
{
    if (++s->next_ticket == 0 || s->next_ticket == CUES_SKIPPED)
        s->next_ticket = 1;
    return s->next_ticket;
}

/* Fires every armed cue before `limit` (ms on the timeline). */
static void fire_until(CueSched *s, int64_t limit, int64_t move_t, int64_t now_frame, CueSchedOut *out)
{
    for (int i = s->cursor; i < s->count && s->entries[i].cue->at_ms < limit; i++) {
        CueEntry *e = &s->entries[i];
        if (e->ticket != 0)
            continue;
        int64_t ahead = e->cue->at_ms - move_t;
        if (ahead < -s->max_late_ms) {
            e->ticket = CUES_SKIPPED; /* after a long stall a burst of old cues helps nobody */
            continue;
        }
        if (out->fire_count == CUES_MAX_FIRES)
            break;
        CueFire *f = &out->fires[out->fire_count++];
        f->cue = e->cue;
        f->step = e->step;
        f->frame = now_frame + ms_to_frames(s, ahead);
        f->late = f->frame < now_frame;
        f->ticket = e->ticket = new_ticket(s);
    }
    advance_cursor(s);
}

bool cues_update(CueSched *s, const Move *m, uint64_t play_id, int64_t move_t, bool running,
                 int64_t now_ms, int64_t now_frame, CueSchedOut *out)
{
    out->cancel = false;
    out->cancel_after = 0;
    out->fire_count = 0;
    if (!m) {
        if (s->move)
            cancel_after(out, now_frame);
        s->move = NULL;
        s->have_prev = false;
        s->count = s->cursor = 0;
        return true;
    }
    if (!s->have_prev || m != s->move || play_id != s->play_id) {
        if (s->move)
            cancel_after(out, now_frame); /* the old play's future */
        if (!load_entries(s, m)) {
            s->move = NULL;
            s->have_prev = false;
            s->count = s->cursor = 0;
            return false;
        }
        arm_from(s, move_t - s->start_grace_ms);
    } else {
        int64_t expected = s->running ? s->move_t + (now_ms - s->now_ms) : s->move_t;
        int64_t off = move_t - expected;
        bool jump = move_t != s->move_t && (off > s->tolerance_ms || off < -s->tolerance_ms);
        if (jump) {
            cancel_after(out, now_frame);
            arm_from(s, move_t);
        } else if (s->running && !running) {
            /* pause: what is due by now still sounds; what is queued for later waits.
             * The line is drawn where the queued voices were placed: by the mapping of
             * the last running update, not by this frame's clock reading. */
            fire_until(s, move_t + 1, move_t, now_frame, out);
            cancel_after(out, s->origin_frame + ms_to_frames(s, move_t));
        }
    }
    if (running) {
        fire_until(s, move_t + s->lookahead_ms, move_t, now_frame, out);
        s->origin_frame = now_frame - ms_to_frames(s, move_t);
    }
    s->move = m;
    s->play_id = play_id;
    s->have_prev = true;
    s->running = running;
    s->move_t = move_t;
    s->now_ms = now_ms;
    return true;
}

static void rearm(CueSched *s, uint32_t ticket)
{
    if (ticket == 0 || ticket == CUES_SKIPPED)
        return;
    for (int i = 0; i < s->count; i++) {
        if (s->entries[i].ticket == ticket) {
            s->entries[i].ticket = 0;
            if (i < s->cursor)
                s->cursor = i;
            return;
        }
    }
}

void cues_cancelled(CueSched *s, uint32_t ticket)
{
    rearm(s, ticket);
}

void cues_retry(CueSched *s, uint32_t ticket)
{
    rearm(s, ticket);
}

/* ---- clock map ----------------------------------------------------------------------- */

void clockmap_init(ClockMap *c, int rate)
{
    memset(c, 0, sizeof *c);
    c->rate = rate;
    c->snap_ms = 100;
}

int64_t clockmap_update(ClockMap *c, int64_t now_ms, int64_t measured_frame)
{
    int64_t base = floor_div(now_ms * c->rate, 1000);
    int64_t d = (measured_frame - base) * 256;
    int64_t snap = c->snap_ms * c->rate / 1000 * 256;
    if (!c->valid || d < c->offset - snap || d > c->offset + snap) {
        c->offset = d;
        c->valid = true;
    } else if (d < c->offset) {
        c->offset = d; /* the reading closest to the frame's time is the truest */
    } else {
        c->offset += (d - c->offset) / 32; /* follows an audio clock that runs fast */
    }
    return base + floor_div(c->offset, 256);
}
