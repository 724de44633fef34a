/* The statements inside a step (SCRIPT_FORMAT.md, "Body statements"). */
#include "script/parse_move.h"

#include <string.h>

static const char usage_at[] = "start|hold|+DURATION|end-DURATION";

static bool parse_at(MoveParser *mp, const Line *ln, int i, const char *usage, AstCue *c)
{
    c->at = AST_AT_START;
    if (i >= ln->nargs)
        return true;
    if (!token_is(&ln->args[i], "at"))
        return pu_max_args(&mp->p, ln, i, usage);
    const Token *t = pu_arg(&mp->p, ln, i + 1, "the time after 'at'", usage);
    if (!t || !pu_max_args(&mp->p, ln, i + 2, usage))
        return false;
    c->at_pos = pu_pos(t);
    if (token_is(t, "start"))
        return true;
    if (token_is(t, "hold")) {
        c->at = AST_AT_HOLD;
        return true;
    }
    if (token_is(t, "end")) {
        c->at = AST_AT_BEFORE_END;
        return true;
    }
    Token d = *t;
    if (t->kind == TOK_WORD && t->len > 1 && t->start[0] == '+') {
        c->at = AST_AT_AFTER;
        d.start++, d.len--, d.col++;
    } else if (t->kind == TOK_WORD && t->len > 4 && memcmp(t->start, "end-", 4) == 0) {
        c->at = AST_AT_BEFORE_END;
        d.start += 4, d.len -= 4, d.col += 4;
    } else {
        pu_error(&mp->p, t, "'%.*s' is not a time in the step: write at %s", (int)(t->len > 40 ? 40 : t->len),
                 t->start, usage_at);
        return false;
    }
    return pu_duration(&mp->p, &d, &c->at_ms);
}

static void add_cue(AstNode *step, AstCue *c)
{
    AstCue **p = &step->cues;
    while (*p)
        p = &(*p)->next;
    *p = c;
}

void ps_pose(MoveParser *mp, const Line *ln)
{
    static const char usage[] = "pose NAME [DURATION] [ease=linear|in|out|in_out]";
    static const char *const keys[] = { "ease", NULL };
    AstNode *s = pm_need_step(mp, ln, false, "the figure stays as it is during a rest");
    if (!s || !pm_once(mp, ln, s->pose != NULL, s->pose_pos, "a pose"))
        return;
    const Token *t = pu_arg(&mp->p, ln, 0, "the pose's name", usage);
    if (!t || !pu_max_args(&mp->p, ln, 2, usage) || !pu_check_options(&mp->p, ln, keys))
        return;
    int64_t ms = 1000;
    if (ln->nargs > 1 && !pu_duration(&mp->p, &ln->args[1], &ms))
        return;
    AstEase ease = AST_EASE_IN_OUT;
    if (ln->nopts > 0) {
        const Token *v = &ln->vals[0];
        static const char *const names[] = { "linear", "in", "out", "in_out" };
        size_t i = 0;
        while (i < 4 && !token_is(v, names[i]))
            i++;
        if (i == 4) {
            pu_error(&mp->p, v, "ease is linear, in, out or in_out");
            return;
        }
        ease = (AstEase)i;
    }
    s->pose = pu_word(&mp->p, t, "the pose's name", usage);
    s->pose_pos = pu_pos(t);
    s->pose_ms = ms;
    s->ease = ease;
}

void ps_cycle(MoveParser *mp, const Line *ln)
{
    static const char usage[] = "cycle NAME NAME... every DURATION";
    AstNode *s = pm_need_step(mp, ln, false, "the figure stays as it is during a rest");
    if (!s || !pm_once(mp, ln, s->cycle != NULL, s->cycle_stmt, "a cycle") || !pu_check_options(&mp->p, ln, NULL))
        return;
    int every = 0;
    while (every < ln->nargs && !token_is(&ln->args[every], "every"))
        every++;
    if (every == ln->nargs) {
        pu_error_pos(&mp->p, pu_end_pos(ln), "missing 'every DURATION': write %s", usage);
        return;
    }
    if (every < 2) {
        pu_error(&mp->p, every ? &ln->args[0] : &ln->kw, "a cycle loops through two or more poses: write %s", usage);
        return;
    }
    const Token *d = pu_arg(&mp->p, ln, every + 1, "how long each move takes", usage);
    int64_t ms;
    if (!d || !pu_max_args(&mp->p, ln, every + 2, usage) || !pu_duration(&mp->p, d, &ms))
        return;
    if (ms <= 0) {
        pu_error(&mp->p, d, "each move of a cycle must take some time");
        return;
    }
    const char **names = pm_alloc(mp, (size_t)every * sizeof *names);
    SrcPos *pos = pm_alloc(mp, (size_t)every * sizeof *pos);
    if (!names || !pos)
        return;
    for (int i = 0; i < every; i++) {
        names[i] = pu_word(&mp->p, &ln->args[i], "a pose's name", usage);
        pos[i] = pu_pos(&ln->args[i]);
        if (!names[i])
            return;
    }
    s->cycle = names;
    s->cycle_pos = pos;
    s->cycle_count = every;
    s->cycle_ms = ms;
    s->cycle_stmt = pu_pos(&ln->kw);
}

void ps_clip(MoveParser *mp, const Line *ln)
{
    static const char usage[] = "clip NAME [loop|once]";
    AstNode *s = pm_need_step(mp, ln, false, "start a step for the clip after the rest");
    if (!s || !pm_once(mp, ln, s->clip != NULL, s->clip_pos, "a clip") || !pu_check_options(&mp->p, ln, NULL))
        return;
    const Token *t = pu_arg(&mp->p, ln, 0, "the clip's name", usage);
    if (!t || !pu_max_args(&mp->p, ln, 2, usage))
        return;
    bool loop = false;
    if (ln->nargs > 1) {
        if (token_is(&ln->args[1], "loop"))
            loop = true;
        else if (!token_is(&ln->args[1], "once")) {
            pu_error(&mp->p, &ln->args[1], "a clip plays 'loop' or 'once'");
            return;
        }
    }
    s->clip = pu_word(&mp->p, t, "the clip's name", usage);
    s->clip_pos = pu_pos(t);
    s->clip_loop = loop;
}

void ps_prop(MoveParser *mp, const Line *ln)
{
    static const char usage[] = "prop NAME [on BONE] [hide]";
    AstNode *s = pm_need_step(mp, ln, false, "the scene stays as it is during a rest");
    if (!s || !pu_check_options(&mp->p, ln, NULL))
        return;
    const Token *t = pu_arg(&mp->p, ln, 0, "the prop's name", usage);
    if (!t)
        return;
    AstProp pr = { .pos = pu_pos(&ln->kw), .name_pos = pu_pos(t) };
    for (int i = 1; i < ln->nargs; i++) {
        const Token *a = &ln->args[i];
        if (token_is(a, "hide") && !pr.hide) {
            pr.hide = true;
        } else if (token_is(a, "on") && !pr.bone) {
            const Token *b = pu_arg(&mp->p, ln, ++i, "the bone after 'on'", usage);
            if (!b || !(pr.bone = pu_word(&mp->p, b, "the bone", usage)))
                return;
        } else {
            pu_max_args(&mp->p, ln, i, usage);
            return;
        }
    }
    if (!(pr.name = pu_word(&mp->p, t, "the prop's name", usage)))
        return;
    AstProp *n = pm_alloc(mp, sizeof *n);
    if (!n)
        return;
    *n = pr;
    AstProp **p = &s->props;
    while (*p)
        p = &(*p)->next;
    *p = n;
    s->prop_count++;
}

void ps_hold(MoveParser *mp, const Line *ln)
{
    static const char usage[] = "hold DURATION or hold LOW..HIGH";
    AstNode *s = pm_need_step(mp, ln, false, "the rest's own duration is its hold");
    if (!s || !pm_once(mp, ln, s->has_hold, s->hold_stmt, "a hold") || !pu_check_options(&mp->p, ln, NULL))
        return;
    const Token *t = pu_arg(&mp->p, ln, 0, "how long", usage);
    if (!t || !pu_max_args(&mp->p, ln, 1, usage))
        return;
    s->has_hold = pu_amount(&mp->p, t, true, true, 0, INT64_MAX, &s->hold);
    s->hold_stmt = pu_pos(&ln->kw);
}

void ps_wait(MoveParser *mp, const Line *ln)
{
    static const char usage[] = "wait DURATION";
    AstNode *s = pm_need_step(mp, ln, false, "make the rest longer instead");
    if (!s || !pm_once(mp, ln, s->wait_stmt.line != 0, s->wait_stmt, "a wait") || !pu_check_options(&mp->p, ln, NULL))
        return;
    const Token *t = pu_arg(&mp->p, ln, 0, "how long", usage);
    if (!t || !pu_max_args(&mp->p, ln, 1, usage) || !pu_duration(&mp->p, t, &s->wait_ms))
        return;
    s->wait_stmt = pu_pos(&ln->kw);
}

static void cue(MoveParser *mp, const Line *ln, AstCueKind kind)
{
    static const char say_usage[] = "say \"TEXT\" [at start|hold|+DURATION|end-DURATION]";
    static const char sound_usage[] = "sound NAME [at start|hold|+DURATION|end-DURATION]";
    const char *usage = kind == AST_CUE_SAY ? say_usage : sound_usage;
    AstNode *s = pm_need_step(mp, ln, true, "");
    if (!s || !pu_check_options(&mp->p, ln, NULL))
        return;
    const Token *t = pu_arg(&mp->p, ln, 0, kind == AST_CUE_SAY ? "the words" : "the sound's name", usage);
    AstCue c = { .kind = kind, .pos = pu_pos(&ln->kw) };
    if (!t || !parse_at(mp, ln, 1, usage, &c))
        return;
    c.value = kind == AST_CUE_SAY ? pm_side_text(mp, t, "the words", usage)
                                  : pu_word(&mp->p, t, "the sound's name", usage);
    c.value_pos = pu_pos(t);
    AstCue *n = c.value ? pm_alloc(mp, sizeof *n) : NULL;
    if (n) {
        *n = c;
        add_cue(s, n);
    }
}

void ps_say(MoveParser *mp, const Line *ln)
{
    cue(mp, ln, AST_CUE_SAY);
}

void ps_sound(MoveParser *mp, const Line *ln)
{
    cue(mp, ln, AST_CUE_SOUND);
}

void ps_countdown(MoveParser *mp, const Line *ln)
{
    static const char usage[] = "countdown N (0 turns it off)";
    AstNode *s = pm_need_step(mp, ln, true, "");
    if (!s || !pm_once(mp, ln, s->countdown >= 0, s->countdown_pos, "a countdown") || !pu_check_options(&mp->p, ln, NULL))
        return;
    const Token *t = pu_arg(&mp->p, ln, 0, "the number of seconds", usage);
    int64_t n;
    if (t && pu_max_args(&mp->p, ln, 1, usage) && pu_count(&mp->p, t, 0, 600, &n)) {
        s->countdown = (int)n;
        s->countdown_pos = pu_pos(&ln->kw);
    }
}

void ps_note(MoveParser *mp, const Line *ln)
{
    static const char usage[] = "note \"TEXT\"";
    AstNode *s = pm_need_step(mp, ln, true, "");
    if (!s || !pm_once(mp, ln, s->note != NULL, s->note_pos, "a note") || !pu_check_options(&mp->p, ln, NULL))
        return;
    const Token *t = pu_arg(&mp->p, ln, 0, "the text", usage);
    if (!t || !pu_max_args(&mp->p, ln, 1, usage))
        return;
    s->note = pm_side_text(mp, t, "the text", usage);
    s->note_pos = pu_pos(&ln->kw);
}
