#include "player/player.h"

#include <stdlib.h>
#include <string.h>

enum { EVENT_RING = 128, READY_TICKS = 3 };

struct Player {
    PlayerConfig cfg;
    const Move *const *moves;
    int count;
    const char *title;

    PlayerScreen screen;
    int move_index;
    uint64_t play_id;

    /* Position: anchor_t at anchor_now, running forward unless paused or waiting. */
    int64_t anchor_t;
    uint64_t anchor_now;
    bool paused, waiting;
    int wait_step;

    /* Cursors over the running timeline: the next step whose start is still to be
     * announced, and the next cue still to be sounded. Each event fires once. */
    int next_step;
    int cue_step, cue_index;
    int shown_step; /* the step on screen; -1 before the first is announced */

    bool step_mode, menu_open, help_open, paused_under_overlay;
    const MenuEntry *menu;
    int menu_count, menu_cursor;

    /* The get-ready card: a one-step timeline with 3-2-1 ticks. */
    Move ready;
    Step ready_step;
    Cue ready_cues[READY_TICKS];

    PlayerEvent events[EVENT_RING];
    int ev_head, ev_count;
};

Player *player_create(const PlayerConfig *cfg)
{
    Player *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->cfg = *cfg;
    p->step_mode = cfg->step_mode;
    p->screen = PLAYER_SCREEN_EMPTY;

    int64_t ready_ms = cfg->ready_ms > 0 ? cfg->ready_ms : 0;
    int ticks = 0;
    for (int s = READY_TICKS; s >= 1; s--) {
        if (ready_ms - s * 1000 < 0)
            continue;
        p->ready_cues[ticks++] = (Cue){ .at_ms = ready_ms - s * 1000, .kind = CUE_SOUND, .name = "tick", .is_auto = true };
    }
    p->ready_step = (Step){ .kind = STEP_KIND_CARD, .start_ms = 0, .end_ms = ready_ms, .hold_ms = ready_ms,
                            .caption = "Get ready", .cues = p->ready_cues, .cue_count = ticks, .countdown = READY_TICKS };
    p->ready = (Move){ .id = "get_ready", .title = "Get ready", .figure = "none", .cues_auto = true,
                       .level = LEVEL_STANDARD, .duration_ms = ready_ms, .steps = &p->ready_step, .step_count = 1 };
    return p;
}

void player_destroy(Player *p)
{
    free(p);
}

static void push_event(Player *p, PlayerEvent e)
{
    if (p->ev_count == EVENT_RING) { /* a consumer that never drains loses the oldest */
        p->ev_head = (p->ev_head + 1) % EVENT_RING;
        p->ev_count--;
    }
    p->events[(p->ev_head + p->ev_count) % EVENT_RING] = e;
    p->ev_count++;
}

bool player_poll_event(Player *p, PlayerEvent *out)
{
    if (!p->ev_count)
        return false;
    *out = p->events[p->ev_head];
    p->ev_head = (p->ev_head + 1) % EVENT_RING;
    p->ev_count--;
    return true;
}

static const Move *running(const Player *p)
{
    switch (p->screen) {
    case PLAYER_SCREEN_READY: return &p->ready;
    case PLAYER_SCREEN_MOVE: return p->moves[p->move_index];
    default: return NULL;
    }
}

static int64_t position(const Player *p, uint64_t now)
{
    if (p->paused || p->waiting || now < p->anchor_now)
        return p->anchor_t;
    return p->anchor_t + (int64_t)(now - p->anchor_now);
}

static void emit(Player *p, PlayerEventKind kind, uint64_t at, int step, const Cue *cue)
{
    push_event(p, (PlayerEvent){ .kind = kind, .at_ms = at, .move_index = p->move_index,
                                 .step_index = step, .cue = cue, .timeline = running(p) });
}

/* Starts a timeline (the get-ready card or a move) at position start_t, as of the
 * run-clock time at. Cursors skip whatever lies before start_t: a jump into the middle
 * of a step does not replay what was due earlier. */
static void begin(Player *p, PlayerScreen screen, int move_index, int64_t start_t, uint64_t at)
{
    p->screen = screen;
    p->move_index = move_index;
    p->anchor_t = start_t;
    p->anchor_now = at;
    p->waiting = false;
    p->play_id++;
    const Move *m = running(p);
    if (!m)
        return;
    if (start_t == 0)
        emit(p, screen == PLAYER_SCREEN_READY ? PLAYER_EVENT_READY : PLAYER_EVENT_MOVE, at, -1, NULL);
    int k = timeline_step_at(m, start_t);
    p->next_step = k;
    p->cue_step = k;
    p->cue_index = 0;
    while (p->cue_index < m->steps[k].cue_count && m->steps[k].cues[p->cue_index].at_ms < start_t)
        p->cue_index++;
    /* A mid-step start announces no step: the step began before. */
    p->shown_step = -1;
    if (m->steps[k].start_ms < start_t) {
        p->next_step = k + 1;
        p->shown_step = k;
    }
}

static void begin_ready(Player *p, int move_index, uint64_t at)
{
    if (p->cfg.ready_ms > 0)
        begin(p, PLAYER_SCREEN_READY, move_index, 0, at);
    else
        begin(p, PLAYER_SCREEN_MOVE, move_index, 0, at);
}

static void finish(Player *p, uint64_t at)
{
    p->screen = PLAYER_SCREEN_DONE;
    p->waiting = false;
    p->play_id++;
    emit(p, PLAYER_EVENT_DONE, at, -1, NULL);
}

/* The move after the current one, or -1 at the end of a programme that does not loop. */
static int following(const Player *p)
{
    if (p->move_index + 1 < p->count)
        return p->move_index + 1;
    return p->cfg.loop ? 0 : -1;
}

static void advance_after(Player *p, uint64_t at)
{
    if (p->screen == PLAYER_SCREEN_READY) {
        begin(p, PLAYER_SCREEN_MOVE, p->move_index, 0, at);
        return;
    }
    int next = following(p);
    if (next < 0)
        finish(p, at);
    else
        begin_ready(p, next, at);
}

void player_set_programme(Player *p, const Move *const *moves, int count, const char *title, uint64_t now_ms)
{
    p->moves = moves;
    p->count = count > 0 && moves ? count : 0;
    p->title = title;
    p->paused = false;
    p->menu_open = p->help_open = false;
    p->ev_count = 0;
    if (p->count == 0) {
        p->screen = PLAYER_SCREEN_EMPTY;
        p->play_id++;
        return;
    }
    begin_ready(p, 0, now_ms);
}

bool player_swap_programme(Player *p, const Move *const *moves, int count, const char *title)
{
    if (p->screen == PLAYER_SCREEN_MOVE || p->screen == PLAYER_SCREEN_EMPTY)
        return false; /* empty: the caller starts the programme with player_set_programme */
    p->moves = moves;
    p->count = count > 0 && moves ? count : 0;
    p->title = title;
    if (p->count == 0) {
        p->screen = PLAYER_SCREEN_EMPTY;
        p->play_id++;
        return true;
    }
    if (p->move_index >= p->count)
        p->move_index = 0;
    p->play_id++; /* the card may announce another move now */
    return true;
}

void player_start_move(Player *p, int move_index, bool skip_ready, uint64_t now_ms)
{
    if (move_index < 0 || move_index >= p->count)
        return;
    if (skip_ready)
        begin(p, PLAYER_SCREEN_MOVE, move_index, 0, now_ms);
    else
        begin_ready(p, move_index, now_ms);
}

void player_set_menu(Player *p, const MenuEntry *entries, int count)
{
    p->menu = entries;
    p->menu_count = count;
    if (p->menu_cursor >= count)
        p->menu_cursor = 0;
}

/* The step on screen (0 before the first is announced). */
static int current_step(const Player *p)
{
    if (p->waiting)
        return p->wait_step;
    return p->shown_step > 0 ? p->shown_step : 0;
}

static uint64_t due(uint64_t now, int64_t t, int64_t at)
{
    int64_t late = t - at;
    return late > 0 && (uint64_t)late <= now ? now - (uint64_t)late : now;
}

/* Announces steps and cues due up to position t, in timeline order. In step mode the
 * step cursor does not pass the step on screen: the next one starts on NEXT. */
static void emit_until(Player *p, const Move *m, int64_t t, uint64_t now)
{
    for (;;) {
        if (p->cue_step < p->next_step) {
            const Step *s = &m->steps[p->cue_step];
            if (p->cue_index < s->cue_count && s->cues[p->cue_index].at_ms <= t) {
                const Cue *c = &s->cues[p->cue_index++];
                emit(p, PLAYER_EVENT_CUE, due(now, t, c->at_ms), p->cue_step, c);
                continue;
            }
            if (p->cue_index >= s->cue_count) {
                p->cue_step++;
                p->cue_index = 0;
                continue;
            }
            return; /* the next cue of this step is not yet due */
        }
        if (p->next_step >= m->step_count || m->steps[p->next_step].start_ms > t)
            return;
        if (p->step_mode && p->screen == PLAYER_SCREEN_MOVE && p->shown_step >= 0)
            return; /* the next step starts on NEXT */
        if (p->screen == PLAYER_SCREEN_MOVE) /* the get-ready card has no steps to announce */
            emit(p, PLAYER_EVENT_STEP, due(now, t, m->steps[p->next_step].start_ms), p->next_step, NULL);
        p->shown_step = p->next_step++;
    }
}

void player_update(Player *p, uint64_t now)
{
    /* Each pass ends a timeline or returns; the bound only guards against a zero-length
     * programme spinning (the compiler forbids zero-length steps). */
    for (int guard = 0; guard < 10000; guard++) {
        const Move *m = running(p);
        if (!m || p->paused || p->waiting)
            return;
        int64_t t = position(p, now);
        bool gated = p->step_mode && p->screen == PLAYER_SCREEN_MOVE;
        if (gated && p->shown_step >= 0 && t >= m->steps[p->shown_step].end_ms) {
            const Step *s = &m->steps[p->shown_step];
            uint64_t at = due(now, t, s->end_ms);
            emit_until(p, m, s->end_ms, at);
            p->waiting = true;
            p->wait_step = p->shown_step;
            p->anchor_t = s->end_ms;
            p->anchor_now = at;
            emit(p, PLAYER_EVENT_WAIT, at, p->wait_step, NULL);
            return;
        }
        int shown = p->shown_step;
        emit_until(p, m, t, now);
        if (gated && p->shown_step != shown)
            continue; /* a step was announced: check its end before anything else */
        if (t < m->duration_ms)
            return;
        advance_after(p, due(now, t, m->duration_ms));
    }
}

/* Jumps to step k of the running move (k past the end: the move is over). */
static void goto_step(Player *p, int k, uint64_t now)
{
    const Move *m = running(p);
    if (p->screen == PLAYER_SCREEN_READY) {
        begin(p, PLAYER_SCREEN_MOVE, p->move_index, 0, now);
        return;
    }
    if (k >= m->step_count) {
        advance_after(p, now);
        return;
    }
    begin(p, PLAYER_SCREEN_MOVE, p->move_index, m->steps[k < 0 ? 0 : k].start_ms, now);
}

static void prev_step(Player *p, uint64_t now)
{
    if (p->screen == PLAYER_SCREEN_MOVE) {
        const Move *m = running(p);
        int k = current_step(p);
        int64_t into = position(p, now) - m->steps[k].start_ms;
        if (into > PLAYER_RESTART_MS && !p->waiting) {
            goto_step(p, k, now);
            return;
        }
        if (p->waiting) {
            goto_step(p, k, now);
            return;
        }
        if (k > 0) {
            goto_step(p, k - 1, now);
            return;
        }
    }
    /* Back past the first step: the previous move's last step. */
    int prev = p->move_index > 0 ? p->move_index - 1 : p->cfg.loop ? p->count - 1 : -1;
    if (prev < 0) {
        begin(p, PLAYER_SCREEN_MOVE, p->move_index, 0, now);
        return;
    }
    const Move *pm = p->moves[prev];
    begin(p, PLAYER_SCREEN_MOVE, prev, pm->steps[pm->step_count - 1].start_ms, now);
}

static void next_step(Player *p, uint64_t now)
{
    if (p->screen == PLAYER_SCREEN_DONE) {
        begin_ready(p, 0, now);
        return;
    }
    if (p->waiting) {
        goto_step(p, p->wait_step + 1, now);
        return;
    }
    goto_step(p, current_step(p) + 1, now);
}

static void set_paused(Player *p, bool paused, uint64_t now)
{
    if (paused == p->paused)
        return;
    p->anchor_t = position(p, now);
    p->anchor_now = now;
    p->paused = paused;
    emit(p, paused ? PLAYER_EVENT_PAUSE : PLAYER_EVENT_RESUME, now, current_step(p), NULL);
}

static void overlay(Player *p, bool *flag, uint64_t now)
{
    bool any_before = p->menu_open || p->help_open;
    *flag = !*flag;
    bool any_after = p->menu_open || p->help_open;
    if (!any_before && any_after) {
        p->paused_under_overlay = p->paused;
        set_paused(p, true, now);
    } else if (any_before && !any_after) {
        set_paused(p, p->paused_under_overlay, now);
    }
}

void player_action(Player *p, Action a, uint64_t now)
{
    if (a == ACTION_NONE)
        return;
    player_update(p, now); /* act on the state as of now, not as of the last frame */
    push_event(p, (PlayerEvent){ .kind = PLAYER_EVENT_ACTION, .at_ms = now, .move_index = p->move_index,
                                 .step_index = -1, .action = a });
    if (p->help_open && a != ACTION_HELP) {
        if (a == ACTION_MENU || a == ACTION_PAUSE || a == ACTION_SELECT)
            overlay(p, &p->help_open, now);
        return;
    }
    if (p->menu_open) {
        switch (a) {
        case ACTION_MENU: overlay(p, &p->menu_open, now); break;
        case ACTION_UP: case ACTION_PREV: case ACTION_PREV_MOVE:
            if (p->menu_count)
                p->menu_cursor = (p->menu_cursor + p->menu_count - 1) % p->menu_count;
            break;
        case ACTION_DOWN: case ACTION_NEXT: case ACTION_NEXT_MOVE:
            if (p->menu_count)
                p->menu_cursor = (p->menu_cursor + 1) % p->menu_count;
            break;
        case ACTION_SELECT: case ACTION_PAUSE:
            if (p->menu_count) {
                overlay(p, &p->menu_open, now);
                set_paused(p, false, now);
                push_event(p, (PlayerEvent){ .kind = PLAYER_EVENT_LOAD, .at_ms = now, .step_index = -1,
                                             .menu_entry = p->menu_cursor });
            }
            break;
        case ACTION_HELP: overlay(p, &p->help_open, now); break;
        default: break;
        }
        return;
    }
    if (p->screen == PLAYER_SCREEN_EMPTY && a != ACTION_MENU && a != ACTION_HELP && a != ACTION_STEP_MODE)
        return;
    switch (a) {
    case ACTION_PAUSE:
        if (p->waiting)
            next_step(p, now);
        else if (p->screen == PLAYER_SCREEN_DONE)
            begin_ready(p, 0, now);
        else
            set_paused(p, !p->paused, now);
        break;
    case ACTION_NEXT: next_step(p, now); break;
    case ACTION_PREV: prev_step(p, now); break;
    case ACTION_NEXT_MOVE: {
        int next = p->screen == PLAYER_SCREEN_DONE ? 0 : following(p);
        if (next < 0)
            finish(p, now);
        else
            begin_ready(p, next, now);
        break;
    }
    case ACTION_PREV_MOVE:
        if (p->screen == PLAYER_SCREEN_MOVE && position(p, now) > 2 * PLAYER_RESTART_MS)
            begin(p, PLAYER_SCREEN_MOVE, p->move_index, 0, now);
        else if (p->screen == PLAYER_SCREEN_DONE)
            begin_ready(p, p->count - 1, now);
        else
            begin_ready(p, p->move_index > 0 ? p->move_index - 1 : p->cfg.loop ? p->count - 1 : 0, now);
        break;
    case ACTION_MENU: overlay(p, &p->menu_open, now); break;
    case ACTION_HELP: overlay(p, &p->help_open, now); break;
    case ACTION_STEP_MODE:
        p->step_mode = !p->step_mode;
        if (!p->step_mode && p->waiting)
            next_step(p, now);
        break;
    default: break; /* volume, mute, status, quit: the app's business */
    }
    player_update(p, now);
}

void player_snapshot(const Player *p, uint64_t now, PlayerSnapshot *out)
{
    memset(out, 0, sizeof *out);
    out->screen = p->screen;
    out->paused = p->paused;
    out->step_mode = p->step_mode;
    out->waiting = p->waiting;
    out->menu_open = p->menu_open;
    out->help_open = p->help_open;
    out->title = p->title;
    out->move_index = p->move_index;
    out->move_count = p->count;
    out->menu = p->menu;
    out->menu_count = p->menu_count;
    out->menu_cursor = p->menu_cursor;
    out->play_id = p->play_id;
    if (p->screen == PLAYER_SCREEN_EMPTY)
        return;
    out->move = p->moves[p->move_index];
    int next = following(p);
    out->next_move = next >= 0 ? p->moves[next] : NULL;
    const Move *m = running(p);
    if (!m)
        return;
    out->timeline = m;
    out->t_ms = position(p, now);
    if (out->t_ms > m->duration_ms)
        out->t_ms = m->duration_ms;
    if (p->waiting) {
        /* Pinned at the end of the step that waits: its countdown reads zero. */
        const Step *s = &m->steps[p->wait_step];
        out->pos = timeline_at(m, s->start_ms);
        out->pos.phase = s->hold_ms > 0 ? PHASE_HOLD : PHASE_POSE;
        out->pos.phase_start_ms = s->start_ms + (s->hold_ms > 0 ? s->pose_ms : 0);
        out->pos.phase_end_ms = s->end_ms;
        out->pos.elapsed_ms = s->end_ms - out->pos.phase_start_ms;
        out->pos.left_ms = 0;
        out->pos.progress = 1.0f;
    } else {
        out->pos = timeline_at(m, out->t_ms);
    }
    if (p->screen == PLAYER_SCREEN_READY)
        out->ready_left_ms = m->duration_ms - out->t_ms;
}
