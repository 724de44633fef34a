/* compile: a parsed move (script/ast.h) + a level -> a Move (model/move.h) with an
 * exact timeline: ranges resolved, repeat and sides unrolled, {side}/{other}
 * replaced, countdown ticks and automatic cues added, all at absolute milliseconds.
 *
 *   CompileOptions o;
 *   compile_options_default(&o);          // standard level, reps as written, countdown 3
 *   o.level = LEVEL_EASY;
 *   Move *m = move_from_source(bytes, len, "cat_cow", "moves/cat_cow.move", &o, ix, &d);
 *   ...
 *   move_destroy(m);                      // NULL when the script has errors (in d)
 *
 * The steps: parse_move() (script/parser.h), then compile_check_names() against a
 * content index, then compile_move(). move_from_source() runs all three. Within a
 * step the order is: pose move, hold, wait (see move.h). Limits: a move unrolls to at
 * most COMPILE_STEPS_MAX steps and lasts at most 24 hours. */
#ifndef LIMBER_COMPILE_H
#define LIMBER_COMPILE_H

#include "model/content_index.h"
#include "model/move.h"
#include "script/arena.h"
#include "script/ast.h"
#include "script/diag.h"

#include <stdbool.h>
#include <stddef.h>

enum { COMPILE_STEPS_MAX = 10000 };

typedef struct CompileOptions {
    Level level;
    int reps_override;     /* replaces the count of every outermost repeat; 0: as written */
    int default_countdown; /* a step's countdown when it writes none (the config's; 3) */
    bool synthesis;        /* speech synthesis is on: a say without a voice/ file is fine */
} CompileOptions;

void compile_options_default(CompileOptions *o);

/* Checks what parsing cannot: the names of figures, poses, cycles, clips, props and
 * sounds against ix (skipped when ix is NULL), a pose in a move with `figure none`, a
 * cycle in a step without a hold, and (synthesis off) a say with no voice/ file. */
void compile_check_names(const AstMove *ast, const ContentIndex *ix, bool synthesis,
                         const char *path, DiagList *d);

/* Builds the Move in arena (m->arena = arena: move_destroy() frees the arena, AST and
 * all; when several moves share one arena, free the arena instead). NULL when the
 * timing has errors, which are in d; warnings are added too. The AST is only read. */
Move *compile_move(const AstMove *ast, Arena *arena, const char *id, const char *path,
                   const CompileOptions *o, DiagList *d);

/* Parse, check names (when ix is not NULL) and compile. NULL on any error. */
Move *move_from_source(const char *src, size_t len, const char *id, const char *path,
                       const CompileOptions *o, const ContentIndex *ix, DiagList *d);

/* Resolves a written count or duration by the level: easy takes the low end, hard the
 * high end, standard the midpoint rounded half up to a whole count, or to a whole
 * second when that stays within the range (else to the millisecond). */
int64_t compile_resolve(const AstAmount *a, bool duration, Level level);

#endif
