/* parser: a move or playlist script -> its AST (script/ast.h), with every problem of
 * the file in the DiagList.
 *
 *   Arena *a = arena_create();
 *   size_t before = diags.errors;
 *   AstMove *m = parse_move(bytes, len, "moves/cat_cow.move", a, &diags);
 *   if (m && diags.errors == before) ...   // usable; names are checked later (model/)
 *   arena_destroy(a);                      // the AST lives in the arena
 *
 * The source is only read, never changed, and must outlive the AST only during the
 * call (strings are copied into the arena). A statement with an error is dropped and
 * parsing goes on at the next line, so one run reports all problems; blocks stay
 * matched even when their opening line is wrong. NULL means out of memory. */
#ifndef LIMBER_PARSER_H
#define LIMBER_PARSER_H

#include "script/arena.h"
#include "script/ast.h"
#include "script/diag.h"

#include <stddef.h>

enum {
    SCRIPT_FILE_MAX = 1 << 20, /* bytes; a bigger script is surely a mistake */
    SCRIPT_DEPTH_MAX = 4,      /* repeat and sides nest at most this deep */
    SCRIPT_COUNT_MAX = 1000,   /* a repeat's count, a play's reps */
};

AstMove *parse_move(const char *src, size_t len, const char *path, Arena *a, DiagList *d);
AstPlaylist *parse_playlist(const char *src, size_t len, const char *path, Arena *a,
                            DiagList *d);

/* The statement words of each file kind, for help texts and "did you mean". */
extern const char *const parse_move_statements[];
extern const size_t parse_move_statement_count;
extern const char *const parse_playlist_statements[];
extern const size_t parse_playlist_statement_count;

/* Level names as scripts write them: easy, standard, hard. */
bool parse_level_word(const char *s, size_t len, AstLevel *out);

#endif
