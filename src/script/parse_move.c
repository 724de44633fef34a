/* The statements of a .move file (SCRIPT_FORMAT.md, "A move"): the header, steps and
 * blocks, and the driver. The statements inside a step are in parse_step.c. */
#include "script/parse_move.h"

#include <string.h>

typedef enum Ctx { CTX_HEADER, CTX_BODY, CTX_STEP } Ctx;

typedef struct Statement {
    const char *name;
    Ctx ctx;
    void (*parse)(MoveParser *mp, const Line *ln);
} Statement;

/* ---- helpers ---------------------------------------------------------------------- */

void *pm_alloc(MoveParser *mp, size_t size)
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
char *pm_side_text(MoveParser *mp, const Token *t, const char *what, const char *usage)
{
    char *s = pu_string(&mp->p, t, what, usage);
    if (s)
        check_side_refs(mp, t);
    return s;
}

static AstText *text_node(MoveParser *mp, const char *text, const Token *at)
{
    AstText *n = pm_alloc(mp, sizeof *n);
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
    AstNode *n = pm_alloc(mp, sizeof *n);
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
AstNode *pm_need_step(MoveParser *mp, const Line *ln, bool rest_ok, const char *in_rest)
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

bool pm_once(MoveParser *mp, const Line *ln, bool already, SrcPos first, const char *what)
{
    if (already)
        pu_error(&mp->p, &ln->kw, "this step already has %s (line %d): start a new step for another",
                 what, first.line);
    return !already;
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
    n->caption = pm_side_text(mp, t, "the caption", usage);
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
        n->caption = pm_side_text(mp, &ln->args[1], "the caption", usage);
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
    { "pose", CTX_STEP, ps_pose },
    { "cycle", CTX_STEP, ps_cycle },
    { "clip", CTX_STEP, ps_clip },
    { "prop", CTX_STEP, ps_prop },
    { "hold", CTX_STEP, ps_hold },
    { "wait", CTX_STEP, ps_wait },
    { "say", CTX_STEP, ps_say },
    { "sound", CTX_STEP, ps_sound },
    { "countdown", CTX_STEP, ps_countdown },
    { "note", CTX_STEP, ps_note },
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
