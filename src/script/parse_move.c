/* The statements of a .move file (SCRIPT_FORMAT.md, "A move"). */
#include "script/parse_util.h"
#include "script/parser.h"

#include <string.h>

enum { BLOCKS_MAX = 32 }; /* blocks kept for matching 'end's; deeper ones are counted */

typedef struct Block {
    AstNode *node;
    AstNode **outer_tail;
    bool is_sides;
} Block;

typedef struct MoveParser {
    Parser p;
    AstMove *m;
    int statements;
    bool in_body;
    bool has_steps;
    AstNode *step;  /* the step or rest that takes step statements, or NULL */
    AstNode **tail; /* where the next body node goes */
    Block blocks[BLOCKS_MAX];
    int depth;
    int sides_depth;
} MoveParser;

typedef enum Ctx { CTX_HEADER, CTX_BODY, CTX_STEP } Ctx;

typedef struct Statement {
    const char *name;
    Ctx ctx;
    void (*parse)(MoveParser *mp, const Line *ln);
} Statement;

static const char usage_at[] = "start|hold|+DURATION|end-DURATION";

/* ---- helpers ---------------------------------------------------------------------- */

static void *alloc(MoveParser *mp, size_t size)
{
    void *p = arena_alloc(mp->p.a, size);
    if (!p)
        mp->p.oom = true;
    return p;
}

static void check_side_refs(MoveParser *mp, const Token *t)
{
    if (mp->sides_depth > 0)
        return;
    static const char *const refs[] = { "{side}", "{other}" };
    for (size_t r = 0; r < 2; r++) {
        size_t n = strlen(refs[r]);
        for (size_t i = 0; i + n <= t->len; i++)
            if (memcmp(t->start + i, refs[r], n) == 0) {
                pu_error_pos(&mp->p, (SrcPos){ t->line, t->col + (int)i },
                             "'%s' is only replaced inside a 'sides' block", refs[r]);
                return;
            }
    }
}

/* A string argument that may name the side. */
static char *side_text(MoveParser *mp, const Token *t, const char *what, const char *usage)
{
    char *s = pu_string(&mp->p, t, what, usage);
    if (s)
        check_side_refs(mp, t);
    return s;
}

static AstText *text_node(MoveParser *mp, const char *text, const Token *at)
{
    AstText *n = alloc(mp, sizeof *n);
    if (n) {
        n->text = text;
        n->pos = pu_pos(at);
    }
    return n;
}

static void append_text(AstText **list, AstText *n)
{
    while (*list)
        list = &(*list)->next;
    *list = n;
}

static AstNode *new_node(MoveParser *mp, AstKind kind, const Line *ln)
{
    AstNode *n = alloc(mp, sizeof *n);
    if (!n)
        return NULL;
    n->kind = kind;
    n->pos = pu_pos(&ln->kw);
    n->countdown = -1;
    n->ease = AST_EASE_IN_OUT;
    n->depth = mp->depth;
    *mp->tail = n;
    mp->tail = &n->next;
    mp->m->node_count++;
    mp->in_body = true;
    return n;
}

static void open_block(MoveParser *mp, AstNode *n, bool is_sides)
{
    mp->step = NULL;
    if (mp->depth < BLOCKS_MAX) {
        mp->blocks[mp->depth] = (Block){ n, mp->tail, is_sides };
        if (n)
            mp->tail = &n->children;
    }
    mp->depth++;
    if (is_sides)
        mp->sides_depth++;
}

/* The step that a step statement belongs to, or NULL after reporting why not. */
static AstNode *need_step(MoveParser *mp, const Line *ln, bool rest_ok, const char *in_rest)
{
    if (!mp->step) {
        pu_error(&mp->p, &ln->kw, "'%.*s' belongs to a step: start one above it with step \"CAPTION\"",
                 (int)ln->kw.len, ln->kw.start);
        return NULL;
    }
    if (mp->step->kind == AST_REST && !rest_ok) {
        pu_error(&mp->p, &ln->kw, "'%.*s' does not go in a rest: %s", (int)ln->kw.len, ln->kw.start,
                 in_rest);
        return NULL;
    }
    return mp->step;
}

static bool once(MoveParser *mp, const Line *ln, bool already, SrcPos first, const char *what)
{
    if (already)
        pu_error(&mp->p, &ln->kw, "this step already has %s (line %d): start a new step for another",
                 what, first.line);
    return !already;
}

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

/* ---- header --------------------------------------------------------------------- */

static void st_move(MoveParser *mp, const Line *ln)
{
    static const char usage[] = "move \"TITLE\"";
    if (mp->m->title) {
        pu_error(&mp->p, &ln->kw, "second 'move' statement: a file holds one move (the first is on line %d)",
                 mp->m->pos.line);
        return;
    }
    if (mp->statements > 1) {
        pu_error(&mp->p, &ln->kw, "'move' must be the first statement of the file");
        return;
    }
    const Token *t = pu_arg(&mp->p, ln, 0, "the title", usage);
    if (!t || !pu_max_args(&mp->p, ln, 1, usage))
        return;
    mp->m->title = pu_string(&mp->p, t, "the title", usage);
    mp->m->pos = pu_pos(&ln->kw);
    check_side_refs(mp, t);
}

static void header_text(MoveParser *mp, const Line *ln, const char **slot, const char *usage)
{
    const Token *t = pu_arg(&mp->p, ln, 0, "the text", usage);
    if (!t || !pu_max_args(&mp->p, ln, 1, usage))
        return;
    if (*slot) {
        pu_error(&mp->p, &ln->kw, "'%.*s' is given twice", (int)ln->kw.len, ln->kw.start);
        return;
    }
    *slot = pu_string(&mp->p, t, "the text", usage);
    check_side_refs(mp, t);
}

static void st_summary(MoveParser *mp, const Line *ln)
{
    header_text(mp, ln, &mp->m->summary, "summary \"TEXT\"");
}

static void st_source(MoveParser *mp, const Line *ln)
{
    header_text(mp, ln, &mp->m->source, "source \"TEXT\"");
}

static void st_caution(MoveParser *mp, const Line *ln)
{
    static const char usage[] = "caution \"TEXT\"";
    const Token *t = pu_arg(&mp->p, ln, 0, "the text", usage);
    if (!t || !pu_max_args(&mp->p, ln, 1, usage))
        return;
    char *s = pu_string(&mp->p, t, "the text", usage);
    check_side_refs(mp, t);
    AstText *n = s ? text_node(mp, s, t) : NULL;
    if (n) {
        append_text(&mp->m->cautions, n);
        mp->m->caution_count++;
    }
}

static void word_list(MoveParser *mp, const Line *ln, AstText **list, int *count, const char *usage)
{
    if (!pu_arg(&mp->p, ln, 0, "a word", usage))
        return;
    for (int i = 0; i < ln->nargs; i++) {
        char *w = pu_word(&mp->p, &ln->args[i], "each entry", usage);
        AstText *n = w ? text_node(mp, w, &ln->args[i]) : NULL;
        if (n) {
            append_text(list, n);
            (*count)++;
        }
    }
}

static void st_area(MoveParser *mp, const Line *ln)
{
    word_list(mp, ln, &mp->m->areas, &mp->m->area_count, "area WORD...");
}

static void st_equipment(MoveParser *mp, const Line *ln)
{
    word_list(mp, ln, &mp->m->equipment, &mp->m->equipment_count, "equipment WORD...");
}

static void st_figure(MoveParser *mp, const Line *ln)
{
    static const char usage[] = "figure side|front|none";
    const Token *t = pu_arg(&mp->p, ln, 0, "the figure", usage);
    if (!t || !pu_max_args(&mp->p, ln, 1, usage))
        return;
    if (mp->m->figure) {
        pu_error(&mp->p, &ln->kw, "'figure' is given twice (first on line %d)", mp->m->figure_pos.line);
        return;
    }
    mp->m->figure = pu_word(&mp->p, t, "the figure", usage);
    mp->m->figure_pos = pu_pos(t);
}

static void st_cues(MoveParser *mp, const Line *ln)
{
    static const char usage[] = "cues auto|off";
    const Token *t = pu_arg(&mp->p, ln, 0, "auto or off", usage);
    if (!t || !pu_max_args(&mp->p, ln, 1, usage))
        return;
    if (token_is(t, "auto"))
        mp->m->cues_auto = true;
    else if (token_is(t, "off"))
        mp->m->cues_auto = false;
    else
        pu_error(&mp->p, t, "cues are 'auto' or 'off'");
}

/* ---- body: steps and blocks --------------------------------------------------------- */

static void st_step(MoveParser *mp, const Line *ln)
{
    static const char usage[] = "step \"CAPTION\"";
    AstNode *n = new_node(mp, AST_STEP, ln);
    mp->step = n;
    mp->has_steps = true;
    const Token *t = pu_arg(&mp->p, ln, 0, "the caption", usage);
    if (!n || !t || !pu_max_args(&mp->p, ln, 1, usage))
        return;
    n->caption = side_text(mp, t, "the caption", usage);
    n->caption_pos = pu_pos(t);
}

static void st_rest(MoveParser *mp, const Line *ln)
{
    static const char usage[] = "rest DURATION [\"CAPTION\"]";
    AstNode *n = new_node(mp, AST_REST, ln);
    mp->step = n;
    mp->has_steps = true;
    const Token *t = pu_arg(&mp->p, ln, 0, "how long", usage);
    if (!n || !t || !pu_max_args(&mp->p, ln, 2, usage))
        return;
    n->has_hold = pu_amount(&mp->p, t, true, true, 0, INT64_MAX, &n->hold);
    n->hold_stmt = pu_pos(&ln->kw);
    if (ln->nargs > 1) {
        n->caption = side_text(mp, &ln->args[1], "the caption", usage);
        n->caption_pos = pu_pos(&ln->args[1]);
    }
}

static void st_repeat(MoveParser *mp, const Line *ln)
{
    static const char usage[] = "repeat COUNT or repeat LOW..HIGH";
    AstNode *n = new_node(mp, AST_REPEAT, ln);
    if (n) {
        n->count = (AstAmount){ 1, 1, false, pu_pos(&ln->kw) };
        const Token *t = pu_arg(&mp->p, ln, 0, "the count", usage);
        if (t && pu_max_args(&mp->p, ln, 1, usage))
            pu_amount(&mp->p, t, false, true, 1, SCRIPT_COUNT_MAX, &n->count);
    }
    if (mp->depth == SCRIPT_DEPTH_MAX)
        pu_error(&mp->p, &ln->kw, "blocks nest too deep: repeat and sides go at most %d deep", SCRIPT_DEPTH_MAX);
    open_block(mp, n, false);
}

static void st_sides(MoveParser *mp, const Line *ln)
{
    static const char usage[] = "sides right left";
    AstNode *n = new_node(mp, AST_SIDES, ln);
    if (mp->sides_depth > 0)
        pu_error(&mp->p, &ln->kw, "'sides' inside another 'sides' block");
    else if (mp->depth == SCRIPT_DEPTH_MAX)
        pu_error(&mp->p, &ln->kw, "blocks nest too deep: repeat and sides go at most %d deep", SCRIPT_DEPTH_MAX);
    if (n && pu_arg(&mp->p, ln, 0, "the sides", usage) && pu_max_args(&mp->p, ln, 2, usage)) {
        for (int i = 0; i < ln->nargs; i++) {
            const Token *t = &ln->args[i];
            AstSide s = token_is(t, "right") ? AST_SIDE_RIGHT : token_is(t, "left") ? AST_SIDE_LEFT : AST_SIDE_NONE;
            if (s == AST_SIDE_NONE) {
                pu_error(&mp->p, t, "a side is 'right' or 'left'");
            } else if (n->side_count == 1 && n->sides[0] == s) {
                pu_error(&mp->p, t, "'%.*s' is named twice", (int)t->len, t->start);
            } else {
                n->sides[n->side_count++] = s;
            }
        }
    }
    open_block(mp, n, true);
}

static void st_end(MoveParser *mp, const Line *ln)
{
    pu_max_args(&mp->p, ln, 0, "end, alone on its line");
    if (mp->depth == 0) {
        pu_error(&mp->p, &ln->kw, "'end' without a 'repeat' or 'sides' block to close");
        return;
    }
    mp->step = NULL;
    mp->depth--;
    if (mp->depth >= BLOCKS_MAX)
        return;
    Block *b = &mp->blocks[mp->depth];
    if (b->is_sides)
        mp->sides_depth--;
    mp->tail = b->outer_tail;
    if (b->node && !b->node->children)
        pu_error_pos(&mp->p, b->node->pos, "this '%s' block holds no steps",
                     b->is_sides ? "sides" : "repeat");
}

/* ---- step statements ----------------------------------------------------------------- */

static void st_pose(MoveParser *mp, const Line *ln)
{
    static const char usage[] = "pose NAME [DURATION] [ease=linear|in|out|in_out]";
    static const char *const keys[] = { "ease", NULL };
    AstNode *s = need_step(mp, ln, false, "the figure stays as it is during a rest");
    if (!s || !once(mp, ln, s->pose != NULL, s->pose_pos, "a pose"))
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

static void st_cycle(MoveParser *mp, const Line *ln)
{
    static const char usage[] = "cycle NAME NAME... every DURATION";
    AstNode *s = need_step(mp, ln, false, "the figure stays as it is during a rest");
    if (!s || !once(mp, ln, s->cycle != NULL, s->cycle_stmt, "a cycle") || !pu_check_options(&mp->p, ln, NULL))
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
    const char **names = alloc(mp, (size_t)every * sizeof *names);
    SrcPos *pos = alloc(mp, (size_t)every * sizeof *pos);
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

static void st_clip(MoveParser *mp, const Line *ln)
{
    static const char usage[] = "clip NAME [loop|once]";
    AstNode *s = need_step(mp, ln, false, "start a step for the clip after the rest");
    if (!s || !once(mp, ln, s->clip != NULL, s->clip_pos, "a clip") || !pu_check_options(&mp->p, ln, NULL))
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

static void st_prop(MoveParser *mp, const Line *ln)
{
    static const char usage[] = "prop NAME [on BONE] [hide]";
    AstNode *s = need_step(mp, ln, false, "the scene stays as it is during a rest");
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
    AstProp *n = alloc(mp, sizeof *n);
    if (!n)
        return;
    *n = pr;
    AstProp **p = &s->props;
    while (*p)
        p = &(*p)->next;
    *p = n;
    s->prop_count++;
}

static void st_hold(MoveParser *mp, const Line *ln)
{
    static const char usage[] = "hold DURATION or hold LOW..HIGH";
    AstNode *s = need_step(mp, ln, false, "the rest's own duration is its hold");
    if (!s || !once(mp, ln, s->has_hold, s->hold_stmt, "a hold") || !pu_check_options(&mp->p, ln, NULL))
        return;
    const Token *t = pu_arg(&mp->p, ln, 0, "how long", usage);
    if (!t || !pu_max_args(&mp->p, ln, 1, usage))
        return;
    s->has_hold = pu_amount(&mp->p, t, true, true, 0, INT64_MAX, &s->hold);
    s->hold_stmt = pu_pos(&ln->kw);
}

static void st_wait(MoveParser *mp, const Line *ln)
{
    static const char usage[] = "wait DURATION";
    AstNode *s = need_step(mp, ln, false, "make the rest longer instead");
    if (!s || !once(mp, ln, s->wait_stmt.line != 0, s->wait_stmt, "a wait") || !pu_check_options(&mp->p, ln, NULL))
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
    AstNode *s = need_step(mp, ln, true, "");
    if (!s || !pu_check_options(&mp->p, ln, NULL))
        return;
    const Token *t = pu_arg(&mp->p, ln, 0, kind == AST_CUE_SAY ? "the words" : "the sound's name", usage);
    AstCue c = { .kind = kind, .pos = pu_pos(&ln->kw) };
    if (!t || !parse_at(mp, ln, 1, usage, &c))
        return;
    c.value = kind == AST_CUE_SAY ? side_text(mp, t, "the words", usage)
                                  : pu_word(&mp->p, t, "the sound's name", usage);
    c.value_pos = pu_pos(t);
    AstCue *n = c.value ? alloc(mp, sizeof *n) : NULL;
    if (n) {
        *n = c;
        add_cue(s, n);
    }
}

static void st_say(MoveParser *mp, const Line *ln)
{
    cue(mp, ln, AST_CUE_SAY);
}

static void st_sound(MoveParser *mp, const Line *ln)
{
    cue(mp, ln, AST_CUE_SOUND);
}

static void st_countdown(MoveParser *mp, const Line *ln)
{
    static const char usage[] = "countdown N (0 turns it off)";
    AstNode *s = need_step(mp, ln, true, "");
    if (!s || !once(mp, ln, s->countdown >= 0, s->countdown_pos, "a countdown") || !pu_check_options(&mp->p, ln, NULL))
        return;
    const Token *t = pu_arg(&mp->p, ln, 0, "the number of seconds", usage);
    int64_t n;
    if (t && pu_max_args(&mp->p, ln, 1, usage) && pu_count(&mp->p, t, 0, 600, &n)) {
        s->countdown = (int)n;
        s->countdown_pos = pu_pos(&ln->kw);
    }
}

static void st_note(MoveParser *mp, const Line *ln)
{
    static const char usage[] = "note \"TEXT\"";
    AstNode *s = need_step(mp, ln, true, "");
    if (!s || !once(mp, ln, s->note != NULL, s->note_pos, "a note") || !pu_check_options(&mp->p, ln, NULL))
        return;
    const Token *t = pu_arg(&mp->p, ln, 0, "the text", usage);
    if (!t || !pu_max_args(&mp->p, ln, 1, usage))
        return;
    s->note = side_text(mp, t, "the text", usage);
    s->note_pos = pu_pos(&ln->kw);
}

/* ---- the statement table ------------------------------------------------------------- */

static const Statement statements[] = {
    { "move", CTX_HEADER, st_move },
    { "summary", CTX_HEADER, st_summary },
    { "area", CTX_HEADER, st_area },
    { "equipment", CTX_HEADER, st_equipment },
    { "figure", CTX_HEADER, st_figure },
    { "caution", CTX_HEADER, st_caution },
    { "source", CTX_HEADER, st_source },
    { "cues", CTX_HEADER, st_cues },
    { "step", CTX_BODY, st_step },
    { "rest", CTX_BODY, st_rest },
    { "repeat", CTX_BODY, st_repeat },
    { "sides", CTX_BODY, st_sides },
    { "end", CTX_BODY, st_end },
    { "pose", CTX_STEP, st_pose },
    { "cycle", CTX_STEP, st_cycle },
    { "clip", CTX_STEP, st_clip },
    { "prop", CTX_STEP, st_prop },
    { "hold", CTX_STEP, st_hold },
    { "wait", CTX_STEP, st_wait },
    { "say", CTX_STEP, st_say },
    { "sound", CTX_STEP, st_sound },
    { "countdown", CTX_STEP, st_countdown },
    { "note", CTX_STEP, st_note },
};
enum { STATEMENT_COUNT = sizeof statements / sizeof *statements };

const char *const parse_move_statements[] = {
    "move", "summary", "area", "equipment", "figure", "caution", "source", "cues",
    "step", "rest", "repeat", "sides", "end", "pose", "cycle", "clip", "prop", "hold",
    "wait", "say", "sound", "countdown", "note",
};
const size_t parse_move_statement_count = sizeof parse_move_statements / sizeof *parse_move_statements;
_Static_assert(sizeof parse_move_statements / sizeof *parse_move_statements == STATEMENT_COUNT,
               "one name per statement");

/* A line the lexer or line reader rejected still keeps the block structure, so that
 * one bad 'repeat' line does not turn its 'end' into a second error. A misspelt
 * statement counts as the one it was meant to be. */
static void keep_structure(MoveParser *mp, const Line *ln, const char *word)
{
    if (!word)
        return;
    if (strcmp(word, "step") == 0 || strcmp(word, "rest") == 0) {
        mp->step = new_node(mp, strcmp(word, "step") == 0 ? AST_STEP : AST_REST, ln);
        mp->has_steps = true;
    } else if (strcmp(word, "repeat") == 0 || strcmp(word, "sides") == 0) {
        bool sides = strcmp(word, "sides") == 0;
        AstNode *n = new_node(mp, sides ? AST_SIDES : AST_REPEAT, ln);
        if (n)
            n->count = (AstAmount){ 1, 1, false, n->pos };
        open_block(mp, n, sides);
    } else if (strcmp(word, "end") == 0 && mp->depth > 0) {
        mp->step = NULL;
        mp->depth--;
        if (mp->depth < BLOCKS_MAX) {
            mp->sides_depth -= mp->blocks[mp->depth].is_sides;
            mp->tail = mp->blocks[mp->depth].outer_tail;
        }
    }
}

static void statement(MoveParser *mp, const Line *ln)
{
    const Statement *st = NULL;
    for (size_t i = 0; i < STATEMENT_COUNT && !st; i++)
        if (token_is(&ln->kw, statements[i].name))
            st = &statements[i];
    mp->statements++;
    if (mp->statements == 1 && !(st && st->parse == st_move))
        pu_error(&mp->p, &ln->kw, "a move file begins with move \"TITLE\": add it above this line");
    if (!st) {
        keep_structure(mp, ln, pu_unknown_statement(&mp->p, &ln->kw, "move", parse_move_statements,
                                                    parse_move_statement_count));
        return;
    }
    if (st->ctx == CTX_HEADER && mp->in_body && st->parse != st_move) {
        pu_error(&mp->p, &ln->kw, "'%s' belongs in the header, above the first step", st->name);
        return;
    }
    st->parse(mp, ln);
}

AstMove *parse_move(const char *src, size_t len, const char *path, Arena *a, DiagList *d)
{
    MoveParser mp = { 0 };
    pu_init(&mp.p, src, len, path, a, d);
    mp.m = arena_alloc(a, sizeof *mp.m);
    if (!mp.m)
        return NULL;
    mp.m->cues_auto = true;
    mp.tail = &mp.m->body;
    if (!pu_check_size(&mp.p, src, len))
        return mp.m;

    Line ln;
    while (!mp.p.oom && pu_line(&mp.p, &ln)) {
        if (ln.bad) {
            char word[8] = "";
            if (ln.kw.kind == TOK_WORD && ln.kw.len < sizeof word)
                memcpy(word, ln.kw.start, ln.kw.len);
            mp.statements++;
            keep_structure(&mp, &ln, word);
        } else {
            statement(&mp, &ln);
        }
    }
    if (mp.p.oom)
        return NULL;
    if (mp.statements == 0)
        pu_error_pos(&mp.p, (SrcPos){ 1, 1 }, "empty move file: write move \"TITLE\" and at least one step");
    else if (mp.m->title && !mp.has_steps)
        pu_error_pos(&mp.p, mp.m->pos, "the move has no steps: add one with step \"CAPTION\"");
    for (int i = 0; i < mp.depth && i < BLOCKS_MAX; i++) {
        const AstNode *n = mp.blocks[i].node;
        if (n)
            pu_error_pos(&mp.p, n->pos, "this '%s' block is never closed: add 'end' after its last step",
                         mp.blocks[i].is_sides ? "sides" : "repeat");
    }
    return mp.m;
}

bool parse_level_word(const char *s, size_t len, AstLevel *out)
{
    static const char *const names[] = { "easy", "standard", "hard" };
    for (int i = 0; i < 3; i++)
        if (strlen(names[i]) == len && memcmp(s, names[i], len) == 0) {
            *out = (AstLevel)i;
            return true;
        }
    return false;
}
