/* parse_move: the move parser's state, shared by parse_move.c (header, steps, blocks,
 * the driver) and parse_step.c (the statements inside a step). Internal to script/. */
#ifndef LIMBER_PARSE_MOVE_H
#define LIMBER_PARSE_MOVE_H

#include "script/parse_util.h"
#include "script/parser.h"

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

/* Arena memory; NULL (and the parser marked out of memory) on failure. */
void *pm_alloc(MoveParser *mp, size_t size);
/* A string argument that may name the side: {side}/{other} outside sides is reported. */
char *pm_side_text(MoveParser *mp, const Token *t, const char *what, const char *usage);
/* The step that a step statement belongs to, or NULL after reporting why there is none
 * (in_rest: why the statement cannot go in a rest). */
AstNode *pm_need_step(MoveParser *mp, const Line *ln, bool rest_ok, const char *in_rest);
/* False, after reporting it, when the step already has this statement. */
bool pm_once(MoveParser *mp, const Line *ln, bool already, SrcPos first, const char *what);

void ps_pose(MoveParser *mp, const Line *ln);
void ps_cycle(MoveParser *mp, const Line *ln);
void ps_clip(MoveParser *mp, const Line *ln);
void ps_prop(MoveParser *mp, const Line *ln);
void ps_hold(MoveParser *mp, const Line *ln);
void ps_wait(MoveParser *mp, const Line *ln);
void ps_say(MoveParser *mp, const Line *ln);
void ps_sound(MoveParser *mp, const Line *ln);
void ps_countdown(MoveParser *mp, const Line *ln);
void ps_note(MoveParser *mp, const Line *ln);

#endif
