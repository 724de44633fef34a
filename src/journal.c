#include "journal.h"

void journal_player_event(EventLog *log, const PlayerEvent *ev, const Programme *playing)
{
    const Move *m = ev->timeline;
    const char *move_id = m ? m->id : NULL;
    cJSON *e = NULL;
    switch (ev->kind) {
    case PLAYER_EVENT_READY:
        e = eventlog_begin(ev->at_ms, "ready");
        cJSON_AddStringToObject(e, "move", playing->moves[ev->move_index]->id);
        cJSON_AddNumberToObject(e, "move_index", ev->move_index);
        break;
    case PLAYER_EVENT_MOVE:
        e = eventlog_begin(ev->at_ms, "move");
        cJSON_AddStringToObject(e, "move", move_id);
        cJSON_AddNumberToObject(e, "move_index", ev->move_index);
        cJSON_AddNumberToObject(e, "duration_ms", (double)m->duration_ms);
        break;
    case PLAYER_EVENT_STEP: {
        const Step *s = &m->steps[ev->step_index];
        e = eventlog_begin(ev->at_ms, "step");
        cJSON_AddStringToObject(e, "move", move_id);
        cJSON_AddNumberToObject(e, "index", ev->step_index);
        cJSON_AddNumberToObject(e, "start_ms", (double)s->start_ms);
        cJSON_AddStringToObject(e, "caption", s->caption);
        if (s->reps) {
            cJSON_AddNumberToObject(e, "rep", s->rep);
            cJSON_AddNumberToObject(e, "reps", s->reps);
        }
        if (s->side != SIDE_NONE)
            cJSON_AddStringToObject(e, "side", side_name(s->side));
        if (s->cycle_count > 0)
            cJSON_AddBoolToObject(e, "cycle", true); /* the figure moves all through the hold */
        break;
    }
    case PLAYER_EVENT_CUE: {
        const Cue *c = ev->cue;
        e = eventlog_begin(ev->at_ms, "cue");
        cJSON_AddStringToObject(e, "move", move_id);
        cJSON_AddNumberToObject(e, "step", ev->step_index);
        cJSON_AddNumberToObject(e, "at_ms", (double)c->at_ms);
        cJSON_AddStringToObject(e, "kind", c->kind == CUE_SAY ? "say" : "sound");
        if (c->kind == CUE_SAY)
            cJSON_AddStringToObject(e, "text", c->text);
        else
            cJSON_AddStringToObject(e, "name", c->name);
        cJSON_AddBoolToObject(e, "auto", c->is_auto);
        break;
    }
    case PLAYER_EVENT_WAIT:
        e = eventlog_begin(ev->at_ms, "wait");
        cJSON_AddStringToObject(e, "move", move_id);
        cJSON_AddNumberToObject(e, "index", ev->step_index);
        break;
    case PLAYER_EVENT_PAUSE:
    case PLAYER_EVENT_RESUME:
        e = eventlog_begin(ev->at_ms, ev->kind == PLAYER_EVENT_PAUSE ? "pause" : "resume");
        break;
    case PLAYER_EVENT_DONE:
        e = eventlog_begin(ev->at_ms, "done");
        break;
    case PLAYER_EVENT_LOAD:
    case PLAYER_EVENT_ACTION:
        return; /* logged where they are handled */
    }
    eventlog_end(log, e);
}

