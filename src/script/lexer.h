/* lexer: the words of a script, one line at a time, in a single pass over the bytes.
 *
 *   Lexer lx;
 *   lexer_init(&lx, bytes, len, "moves/cat_cow.move", &diags);
 *   for (Token t = lexer_next(&lx); t.kind != TOK_EOF; t = lexer_next(&lx)) ...
 *
 * Tokens point into the caller's buffer (which must outlive them); nothing is
 * allocated. A word is a run of bytes up to a space, tab, quote, '#', '=' or line end;
 * durations, ranges and offsets are words that the parser reads. A string token spans
 * its quotes; lexer_string_value() decodes it. Every problem (invalid UTF-8, NUL and
 * other control bytes, an unterminated string, an unknown escape, an overlong line) is
 * added to the DiagList, then the rest of that line is skipped and TOK_ERROR returned,
 * so the parser drops the statement and recovers at the next line. A leading BOM is
 * skipped; CRLF and LF both end a line. */
#ifndef LIMBER_LEXER_H
#define LIMBER_LEXER_H

#include "script/arena.h"
#include "script/diag.h"

#include <stdbool.h>
#include <stddef.h>

enum { LEXER_LINE_MAX = 4096 }; /* bytes in one line, without its line end */

typedef enum TokKind { TOK_WORD, TOK_STRING, TOK_EQUALS, TOK_EOL, TOK_EOF, TOK_ERROR } TokKind;

typedef struct Token {
    TokKind kind;
    const char *start; /* into the source; a string includes its quotes */
    size_t len;
    int line, col;     /* 1-based, col in bytes */
} Token;

typedef struct Lexer {
    const char *src, *p, *end;
    const char *line_start;
    int line;
    const char *path;
    DiagList *diags;
} Lexer;

void lexer_init(Lexer *lx, const char *src, size_t len, const char *path, DiagList *diags);

Token lexer_next(Lexer *lx);

/* Drops the rest of the current line; the next token is its TOK_EOL (or TOK_EOF). */
void lexer_skip_line(Lexer *lx);

/* The decoded text of a TOK_STRING (escapes resolved), in the arena; NULL if out of
 * memory. The lexer has already rejected bad escapes. */
char *lexer_string_value(const Token *t, Arena *a);

/* True when the token is a word spelled exactly s. */
bool token_is(const Token *t, const char *s);

/* Length of the valid UTF-8 sequence at s (1 to 4), or 0 if it is not valid. */
size_t utf8_sequence(const unsigned char *s, const unsigned char *end);

#endif
