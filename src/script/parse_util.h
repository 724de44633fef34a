/* parse_util: what the move and playlist parsers share (internal to script/): reading
 * one statement line into its keyword, positional words and key=value options, and
 * reading the values in them (strings, words, counts, durations, ranges) with a
 * diagnostic at the exact column when one is wrong. */
#ifndef LIMBER_PARSE_UTIL_H
#define LIMBER_PARSE_UTIL_H

#include "script/ast.h"
#include "script/lexer.h"

#include <stdbool.h>
#include <stdint.h>

enum { LINE_ARGS = 48, LINE_OPTS = 8 };

typedef struct Parser {
    Lexer lx;
    Arena *a;
    DiagList *d;
    const char *path;
    bool oom;
} Parser;

typedef struct Line {
    Token kw;
    Token args[LINE_ARGS];
    int nargs;
    Token keys[LINE_OPTS], vals[LINE_OPTS];
    int nopts;
    Token end;   /* where the line ends: "missing" problems point here */
    bool bad;    /* the lexer or the line reader reported a problem */
} Line;

void pu_init(Parser *p, const char *src, size_t len, const char *path, Arena *a, DiagList *d);

/* Reads the next statement; false at the end of the file. A line that begins with
 * something other than a word, or whose words the lexer rejected, comes back bad. */
bool pu_line(Parser *p, Line *ln);

/* Rejects a source bigger than SCRIPT_FILE_MAX, at the line and column where it
 * passes the limit; true if the size is fine. */
bool pu_check_size(Parser *p, const char *src, size_t len);

void pu_error(Parser *p, const Token *at, const char *fmt, ...) DIAG_PRINTF(3, 4);
void pu_error_pos(Parser *p, SrcPos at, const char *fmt, ...) DIAG_PRINTF(3, 4);
SrcPos pu_pos(const Token *t);
/* The column just past the line's last word, where something missing belongs. */
SrcPos pu_end_pos(const Line *ln);

/* The positional word i, NULL (after reporting "missing WHAT") when there is none. */
const Token *pu_arg(Parser *p, const Line *ln, int i, const char *what, const char *usage);
/* Reports words past the first max. */
bool pu_max_args(Parser *p, const Line *ln, int max, const char *usage);
/* Reports any key=value option not in keys (NULL-terminated; NULL: none allowed). */
bool pu_check_options(Parser *p, const Line *ln, const char *const *keys);

char *pu_string(Parser *p, const Token *t, const char *what, const char *usage);
char *pu_word(Parser *p, const Token *t, const char *what, const char *usage);

bool pu_duration(Parser *p, const Token *t, int64_t *ms);
/* A count or a duration, or a range LOW..HIGH of either. */
bool pu_amount(Parser *p, const Token *t, bool duration, bool allow_range, int64_t min,
               int64_t max, AstAmount *out);
/* A whole number within [min, max]. */
bool pu_count(Parser *p, const Token *t, int64_t min, int64_t max, int64_t *out);

/* Reports an unknown statement with "did you mean" among the candidates; returns the
 * suggestion, or NULL. */
const char *pu_unknown_statement(Parser *p, const Token *kw, const char *kind,
                          const char *const *names, size_t count);

#endif
