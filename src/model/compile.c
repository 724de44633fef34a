/* compile_move(): the AST unrolled into a timeline at absolute milliseconds. */
#include "model/compile.h"

#include "script/duration.h"
#include "script/parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

_Static_assert((int)AST_EASE_LINEAR == EASE_LINEAR && (int)AST_EASE_IN == EASE_IN &&
               (int)AST_EASE_OUT == EASE_OUT && (int)AST_EASE_IN_OUT == EASE_IN_OUT, "ease");
_Static_assert((int)AST_SIDE_NONE == SIDE_NONE && (int)AST_SIDE_RIGHT == SIDE_RIGHT &&
               (int)AST_SIDE_LEFT == SIDE_LEFT, "side");
_Static_assert((int)AST_CUE_SOUND == CUE_SOUND && (int)AST_CUE_SAY == CUE_SAY, "cue kind");
_Static_assert((int)AST_LEVEL_EASY == LEVEL_EASY && (int)AST_LEVEL_STANDARD == LEVEL_STANDARD &&
               (int)AST_LEVEL_HARD == LEVEL_HARD, "level");

#define MOVE_MAX_MS (24LL * 3600 * 1000)
#define LONG_HOLD_MS (10LL * 60 * 1000)
#define READ_MS_PER_WORD 250 /* reading a caption: 4 words a second */
#define SAY_MS_PER_WORD 400  /* speaking a cue: 150 words a minute */

typedef struct PendingCue {
    Cue cue;
    SrcPos pos; /* of the say statement; line 0 for cues the script did not write */
} PendingCue;

typedef struct Compiler {
    Arena *a;
    const AstMove *ast;
    const CompileOptions *o;
    const char *path;
    DiagList *d;
    Step *steps;
    int step_count, step_cap;
    int *first_cue; /* per step: index of its first cue in cues */
    PendingCue *cues;
    size_t cue_count, cue_cap;
    int64_t t;
    int64_t last_bell;
    bool cards;
    bool failed; /* an error, or out of memory */
    bool oom;
} Compiler;

void compile_options_default(CompileOptions *o)
{
    o->level = LEVEL_STANDARD;
    o->reps_override = 0;
    o->default_countdown = 3;
    o->synthesis = true;
}

int64_t compile_resolve(const AstAmount *a, bool duration, Level level)
{
    if (!a->is_range || level == LEVEL_EASY)
        return a->low;
    if (level == LEVEL_HARD)
        return a->high;
    int64_t twice_mid = a->low + a->high;
    if (!duration)
        return (twice_mid + 1) / 2;
    int64_t whole = (twice_mid + 1000) / 2000 * 1000;
    if (whole >= a->low && whole <= a->high)
        return whole;
    return (twice_mid + 1) / 2;
}

/* ---- diagnostics, each once per written statement however often it unrolls ----------- */

static bool seen(const DiagList *d, DiagSeverity sev, const char *path, SrcPos at, const char *msg)
{
    for (size_t i = d->count; i-- > 0;) {
        const Diag *g = &d->items[i];
        if (g->severity == sev && g->line == at.line && g->col == at.col &&
            strcmp(g->message, msg) == 0 && strcmp(g->path, path) == 0)
            return true;
    }
    return false;
}

static void report(Compiler *c, DiagSeverity sev, SrcPos at, const char *fmt, ...) DIAG_PRINTF(4, 5);
static void report(Compiler *c, DiagSeverity sev, SrcPos at, const char *fmt, ...)
{
    char msg[480];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (sev == DIAG_ERROR)
        c->failed = true;
    if (!seen(c->d, sev, c->path, at, msg))
        diag_add(c->d, sev, c->path, at.line, at.col, "%s", msg);
}

static const char *fmt_ms(int64_t ms, char *buf)
{
    return duration_format(ms, buf, 32);
}

/* ---- text ----------------------------------------------------------------------------- */

static const char *with_side(Compiler *c, const char *text, Side side)
{
    if (!text || side == SIDE_NONE || !strchr(text, '{'))
        return text;
    const char *me = side_name(side), *other = side_name(side == SIDE_RIGHT ? SIDE_LEFT : SIDE_RIGHT);
    size_t len = 0;
    for (const char *p = text; *p;) {
        if (strncmp(p, "{side}", 6) == 0)
            len += strlen(me), p += 6;
        else if (strncmp(p, "{other}", 7) == 0)
            len += strlen(other), p += 7;
        else
            len++, p++;
    }
    char *out = arena_alloc(c->a, len + 1), *o = out;
    if (!out) {
        c->failed = c->oom = true;
        return text;
    }
    for (const char *p = text; *p;) {
        if (strncmp(p, "{side}", 6) == 0) {
            o = stpcpy(o, me);
            p += 6;
        } else if (strncmp(p, "{other}", 7) == 0) {
            o = stpcpy(o, other);
            p += 7;
        } else {
            *o++ = *p++;
        }
    }
    *o = '\0';
    return out;
}

static int64_t count_words(const char *s)
{
    int64_t n = 0;
    bool in_word = false;
    for (; s && *s; s++) {
        bool space = *s == ' ' || *s == '\n' || *s == '\t';
        n += !space && !in_word;
        in_word = !space;
    }
    return n;
}

/* ---- cues ----------------------------------------------------------------------------- */

static void push_cue(Compiler *c, int64_t at, CueKind kind, const char *name, const char *text,
                     bool is_auto, SrcPos pos)
{
    if (c->cue_count == c->cue_cap) {
        size_t cap = c->cue_cap ? c->cue_cap * 2 : 64;
        PendingCue *bigger = realloc(c->cues, cap * sizeof *bigger);
        if (!bigger) {
            c->failed = c->oom = true;
            return;
        }
        c->cues = bigger;
        c->cue_cap = cap;
    }
    c->cues[c->cue_count++] = (PendingCue){ { at, kind, name, text, is_auto }, pos };
}

/* Insertion sort: stable, and the cues of a step arrive nearly in order. */
static void sort_cues(PendingCue *q, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        PendingCue x = q[i];
        size_t j = i;
        while (j > 0 && q[j - 1].cue.at_ms > x.cue.at_ms) {
            q[j] = q[j - 1];
            j--;
        }
        q[j] = x;
    }
}

static bool written_cue_time(Compiler *c, const AstNode *n, const AstCue *q, const Step *s, int64_t *at)
{
    char a[32], b[32];
    int64_t hold_start = s->start_ms + s->pose_ms;
    switch (q->at) {
    case AST_AT_START:
        *at = s->start_ms;
        return true;
    case AST_AT_HOLD:
        if (s->hold_ms == 0) {
            if (!n->has_hold || n->hold.high == 0)
                report(c, DIAG_ERROR, q->at_pos, "'at hold': this step has no hold");
            else
                report(c, DIAG_ERROR, q->at_pos, "'at hold': this step has no hold at level %s",
                       level_name(c->o->level));
            return false;
        }
        *at = hold_start;
        return true;
    case AST_AT_AFTER:
        *at = s->start_ms + q->at_ms;
        if (*at > s->end_ms) {
            report(c, DIAG_ERROR, q->at_pos, "'at +%s' is after the end of the step, which lasts %s",
                   fmt_ms(q->at_ms, a), fmt_ms(s->end_ms - s->start_ms, b));
            return false;
        }
        return true;
    case AST_AT_BEFORE_END:
        *at = s->end_ms - q->at_ms;
        if (*at < s->start_ms) {
            report(c, DIAG_ERROR, q->at_pos, "'at end-%s' is before the start of the step, which lasts %s",
                   fmt_ms(q->at_ms, a), fmt_ms(s->end_ms - s->start_ms, b));
            return false;
        }
        return true;
    }
    return false;
}

static void step_cues(Compiler *c, const AstNode *n, const Step *s)
{
    bool own_start = false;
    for (const AstCue *q = n->cues; q; q = q->next) {
        int64_t at;
        if (!written_cue_time(c, n, q, s, &at))
            continue;
        own_start |= at == s->start_ms;
        if (q->kind == AST_CUE_SAY)
            push_cue(c, at, CUE_SAY, NULL, with_side(c, q->value, s->side), false, q->pos);
        else
            push_cue(c, at, CUE_SOUND, q->value, NULL, false, (SrcPos){ 0, 0 });
    }
    bool cues_auto = c->ast->cues_auto;
    if (cues_auto && !own_start && c->last_bell != s->start_ms)
        push_cue(c, s->start_ms, CUE_SOUND, "chime", NULL, true, (SrcPos){ 0, 0 });
    if (s->hold_ms > 0) {
        int64_t hold_start = s->start_ms + s->pose_ms, hold_end = hold_start + s->hold_ms;
        for (int k = s->countdown; k >= 1; k--)
            if (hold_end - k * 1000LL >= hold_start)
                push_cue(c, hold_end - k * 1000LL, CUE_SOUND, "tick", NULL, false, (SrcPos){ 0, 0 });
        if (cues_auto) {
            push_cue(c, hold_end, CUE_SOUND, "bell", NULL, true, (SrcPos){ 0, 0 });
            c->last_bell = hold_end;
        }
    }
}

/* ---- steps ---------------------------------------------------------------------------- */

static const PropChange *props_of(Compiler *c, const AstNode *n)
{
    if (!n->prop_count)
        return NULL;
    PropChange *p = arena_alloc(c->a, (size_t)n->prop_count * sizeof *p);
    if (!p) {
        c->failed = c->oom = true;
        return NULL;
    }
    int i = 0;
    for (const AstProp *q = n->props; q; q = q->next, i++)
        p[i] = (PropChange){ q->name, q->bone, q->hide };
    return p;
}

static void emit_step(Compiler *c, const AstNode *n, int rep, int reps, Side side)
{
    char a[32];
    if (c->step_count == c->step_cap) {
        int cap = c->step_cap ? c->step_cap * 2 : 32;
        Step *bigger = realloc(c->steps, (size_t)cap * sizeof *bigger);
        int *firsts = bigger ? realloc(c->first_cue, (size_t)cap * sizeof *firsts) : NULL;
        if (bigger)
            c->steps = bigger;
        if (!firsts) {
            c->failed = c->oom = true;
            return;
        }
        c->first_cue = firsts;
        c->step_cap = cap;
    }
    bool rest = n->kind == AST_REST;
    int64_t pose = !rest && n->pose ? n->pose_ms : 0;
    int64_t hold = n->has_hold ? compile_resolve(&n->hold, true, c->o->level) : 0;
    int64_t length = pose + hold + n->wait_ms;
    if (length == 0) {
        const char *give = rest ? "a duration" : "a pose, a hold or a wait";
        if (n->has_hold && n->hold.high > 0)
            report(c, DIAG_ERROR, n->pos, "this %s lasts no time at level %s: give it %s",
                   rest ? "rest" : "step", level_name(c->o->level), give);
        else
            report(c, DIAG_ERROR, n->pos, "this %s lasts no time: give it %s", rest ? "rest" : "step", give);
        return;
    }
    if (hold > LONG_HOLD_MS)
        report(c, DIAG_WARNING, n->hold_stmt, "a %s of %s is longer than 10 minutes", rest ? "rest" : "hold",
               fmt_ms(hold, a));

    Step *s = &c->steps[c->step_count];
    memset(s, 0, sizeof *s);
    s->index = c->step_count;
    s->kind = rest ? STEP_KIND_REST : c->cards ? STEP_KIND_CARD : STEP_KIND_STEP;
    s->start_ms = c->t;
    s->end_ms = c->t + length;
    s->pose_ms = pose;
    s->hold_ms = hold;
    s->caption = n->caption ? with_side(c, n->caption, side) : rest ? "Rest" : "";
    s->note = with_side(c, n->note, side);
    s->pose = rest ? NULL : n->pose;
    s->ease = (Ease)n->ease;
    s->cycle = n->cycle;
    s->cycle_count = n->cycle_count;
    s->cycle_ms = n->cycle_ms;
    s->clip = n->clip;
    s->clip_loop = n->clip_loop;
    s->props = props_of(c, n);
    s->prop_count = n->prop_count;
    s->rep = rep;
    s->reps = reps;
    s->side = side;
    s->countdown = n->countdown >= 0 ? n->countdown : c->o->default_countdown;
    s->line = n->pos.line;

    int64_t words = count_words(s->caption);
    if (words * READ_MS_PER_WORD > length)
        report(c, DIAG_WARNING, n->caption_pos.line ? n->caption_pos : n->pos,
               "the caption has %lld words, more than can be read in the %s this step lasts",
               (long long)words, fmt_ms(length, a));

    c->first_cue[c->step_count] = (int)c->cue_count;
    step_cues(c, n, s);
    if (c->cues)
        sort_cues(c->cues + c->first_cue[c->step_count], c->cue_count - (size_t)c->first_cue[c->step_count]);
    c->step_count++;
    c->t = s->end_ms;
}

/* Steps the list unrolls to, at most limit + 1; reports the innermost block that
 * passes the limit. */
static int64_t count_steps(Compiler *c, const AstNode *n, bool outermost)
{
    int64_t total = 0;
    for (; n && total <= COMPILE_STEPS_MAX; n = n->next) {
        int64_t k = 1;
        if (n->kind == AST_REPEAT || n->kind == AST_SIDES) {
            bool outer = outermost && n->kind == AST_SIDES;
            int64_t times = n->kind == AST_SIDES ? n->side_count
                            : outermost && c->o->reps_override > 0
                                ? c->o->reps_override
                                : compile_resolve(&n->count, false, c->o->level);
            k = times * count_steps(c, n->children, outer);
            if (k > COMPILE_STEPS_MAX && !c->failed)
                report(c, DIAG_ERROR, n->pos, "this block unrolls to more than %d steps", COMPILE_STEPS_MAX);
        }
        total += k;
    }
    return total > COMPILE_STEPS_MAX ? COMPILE_STEPS_MAX + 1 : total;
}

static void emit_list(Compiler *c, const AstNode *n, int rep, int reps, Side side, bool outermost)
{
    for (; n && !c->oom; n = n->next) {
        switch (n->kind) {
        case AST_STEP:
        case AST_REST:
            emit_step(c, n, rep, reps, side);
            break;
        case AST_REPEAT: {
            int times = outermost && c->o->reps_override > 0
                            ? c->o->reps_override
                            : (int)compile_resolve(&n->count, false, c->o->level);
            for (int r = 1; r <= times && !c->oom; r++)
                emit_list(c, n->children, r, times, side, false);
            break;
        }
        case AST_SIDES:
            for (int i = 0; i < n->side_count && !c->oom; i++)
                emit_list(c, n->children, rep, reps, (Side)n->sides[i], outermost);
            break;
        }
    }
}

/* A say needs time to be spoken before the next cue sounds. */
static void check_say_fit(Compiler *c)
{
    char a[32], b[32];
    for (size_t i = 0; i < c->cue_count; i++) {
        const PendingCue *q = &c->cues[i];
        if (q->cue.kind != CUE_SAY)
            continue;
        size_t j = i + 1;
        while (j < c->cue_count && c->cues[j].cue.at_ms == q->cue.at_ms)
            j++;
        if (j == c->cue_count)
            continue;
        int64_t need = count_words(q->cue.text) * SAY_MS_PER_WORD;
        int64_t gap = c->cues[j].cue.at_ms - q->cue.at_ms;
        if (need > gap)
            report(c, DIAG_WARNING, q->pos, "this takes about %s to say, but the next cue comes %s later",
                   fmt_ms(need, a), fmt_ms(gap, b));
    }
}

static const char *const *text_array(Compiler *c, const AstText *list, int count)
{
    if (!count)
        return NULL;
    const char **out = arena_alloc(c->a, (size_t)count * sizeof *out);
    if (!out) {
        c->failed = true;
        return NULL;
    }
    for (int i = 0; list && i < count; list = list->next)
        out[i++] = list->text;
    return out;
}

static Move *finish(Compiler *c, const char *id)
{
    Move *m = arena_alloc(c->a, sizeof *m);
    Step *steps = arena_alloc(c->a, (size_t)c->step_count * sizeof *steps);
    Cue *cues = c->cue_count ? arena_alloc(c->a, c->cue_count * sizeof *cues) : NULL;
    if (!m || !steps || (c->cue_count && !cues))
        return NULL;
    for (size_t i = 0; i < c->cue_count; i++)
        cues[i] = c->cues[i].cue;
    for (int i = 0; i < c->step_count; i++) {
        steps[i] = c->steps[i];
        size_t end = i + 1 < c->step_count ? (size_t)c->first_cue[i + 1] : c->cue_count;
        steps[i].cues = cues ? cues + c->first_cue[i] : NULL;
        steps[i].cue_count = (int)(end - (size_t)c->first_cue[i]);
    }
    const AstMove *ast = c->ast;
    m->id = arena_strdup(c->a, id ? id : "");
    m->path = arena_strdup(c->a, c->path ? c->path : "");
    m->title = ast->title ? ast->title : "";
    m->summary = ast->summary;
    m->figure = ast->figure ? ast->figure : "side";
    m->source = ast->source;
    m->areas = text_array(c, ast->areas, ast->area_count);
    m->area_count = ast->area_count;
    m->equipment = text_array(c, ast->equipment, ast->equipment_count);
    m->equipment_count = ast->equipment_count;
    m->cautions = text_array(c, ast->cautions, ast->caution_count);
    m->caution_count = ast->caution_count;
    m->cues_auto = ast->cues_auto;
    m->level = c->o->level;
    m->duration_ms = c->t;
    m->steps = steps;
    m->step_count = c->step_count;
    m->arena = c->a;
    return c->failed || !m->id || !m->path ? NULL : m;
}

Move *compile_move(const AstMove *ast, Arena *arena, const char *id, const char *path,
                   const CompileOptions *o, DiagList *d)
{
    CompileOptions defaults;
    if (!o) {
        compile_options_default(&defaults);
        o = &defaults;
    }
    Compiler c = { .a = arena, .ast = ast, .o = o, .path = path ? path : "", .d = d, .last_bell = -1 };
    c.cards = ast->figure && strcmp(ast->figure, "none") == 0;
    Move *m = NULL;
    int64_t steps = count_steps(&c, ast->body, true);
    if (steps == 0 && !c.failed)
        report(&c, DIAG_ERROR, ast->pos.line ? ast->pos : (SrcPos){ 1, 1 }, "the move has no steps");
    if (!c.failed)
        emit_list(&c, ast->body, 0, 0, SIDE_NONE, true);
    if (!c.failed && c.t > MOVE_MAX_MS)
        report(&c, DIAG_ERROR, ast->pos.line ? ast->pos : (SrcPos){ 1, 1 },
               "the move lasts more than 24 hours at level %s", level_name(o->level));
    if (!c.failed) {
        check_say_fit(&c);
        m = finish(&c, id);
    }
    free(c.steps);
    free(c.first_cue);
    free(c.cues);
    return m;
}

Move *move_from_source(const char *src, size_t len, const char *id, const char *path,
                       const CompileOptions *o, const ContentIndex *ix, DiagList *d)
{
    CompileOptions defaults;
    if (!o) {
        compile_options_default(&defaults);
        o = &defaults;
    }
    Arena *a = arena_create();
    size_t errors = d->errors;
    AstMove *ast = a ? parse_move(src, len, path, a, d) : NULL;
    if (ast)
        compile_check_names(ast, ix, o->synthesis, path, d);
    Move *m = ast && d->errors == errors ? compile_move(ast, a, id, path, o, d) : NULL;
    if (!m)
        arena_destroy(a);
    return m;
}
