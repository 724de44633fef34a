#include "script/lexer.h"

#include <stdio.h>
#include <string.h>

void lexer_init(Lexer *lx, const char *src, size_t len, const char *path, DiagList *diags)
{
    lx->src = src;
    lx->p = src;
    lx->end = src + len;
    lx->line = 1;
    lx->path = path;
    lx->diags = diags;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
        lx->p += 3;
    /* Columns count from the first byte after a BOM, as editors show them. */
    lx->line_start = lx->p;
}

size_t utf8_sequence(const unsigned char *s, const unsigned char *end)
{
    unsigned c = s[0];
    size_t n;
    if (c < 0x80)
        return 1;
    if (c < 0xC2)
        return 0; /* a continuation byte, or an overlong two-byte form */
    n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
    if (n == 0 || (size_t)(end - s) < n)
        return 0;
    for (size_t i = 1; i < n; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0) || /* overlong, surrogate */
        (c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90))   /* overlong, > U+10FFFF */
        return 0;
    return n;
}

static int col_of(const Lexer *lx, const char *at)
{
    return (int)(at - lx->line_start) + 1;
}

void lexer_skip_line(Lexer *lx)
{
    const char *nl = memchr(lx->p, '\n', (size_t)(lx->end - lx->p));
    lx->p = nl ? nl : lx->end;
}

static Token error_at(Lexer *lx, const char *at, const char *msg)
{
    Token t = { TOK_ERROR, at, 0, lx->line, col_of(lx, at) };
    diag_add(lx->diags, DIAG_ERROR, lx->path, t.line, t.col, "%s", msg);
    lexer_skip_line(lx);
    return t;
}

/* Checks the byte at p inside a word, string or comment. Returns its length, or 0
 * after reporting it. */
static size_t check_byte(Lexer *lx, const char *p, Token *err)
{
    unsigned char c = (unsigned char)*p;
    char msg[96];
    if (c == 0) {
        *err = error_at(lx, p, "NUL byte: a script is plain UTF-8 text");
        return 0;
    }
    if ((c < 0x20 && c != '\t') || c == 0x7f) {
        snprintf(msg, sizeof msg, "control character 0x%02X: a script is plain text", c);
        *err = error_at(lx, p, msg);
        return 0;
    }
    size_t n = utf8_sequence((const unsigned char *)p, (const unsigned char *)lx->end);
    if (n == 0) {
        snprintf(msg, sizeof msg, "invalid UTF-8 (byte 0x%02X): save the file as UTF-8", c);
        *err = error_at(lx, p, msg);
    }
    return n;
}

static Token too_long(Lexer *lx)
{
    char msg[96];
    snprintf(msg, sizeof msg, "line is longer than %d bytes: shorten the text or split it",
             LEXER_LINE_MAX);
    return error_at(lx, lx->line_start + LEXER_LINE_MAX, msg);
}

static bool ends_word(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '"' || c == '#' || c == '=';
}

Token lexer_next(Lexer *lx)
{
    Token err;
    const char *p = lx->p;
    while (p < lx->end && (*p == ' ' || *p == '\t' || (*p == '\r')))
        p++;
    lx->p = p;
    /* At the line end the line is over: an overlong one was reported by then. */
    if (p < lx->end && *p != '\n' && (size_t)(p - lx->line_start) > LEXER_LINE_MAX)
        return too_long(lx);
    if (p >= lx->end)
        return (Token){ TOK_EOF, p, 0, lx->line, col_of(lx, p) };

    Token t = { TOK_WORD, p, 0, lx->line, col_of(lx, p) };
    switch (*p) {
    case '\n':
        t.kind = TOK_EOL;
        lx->p = p + 1;
        lx->line++;
        lx->line_start = lx->p;
        return t;
    case '#':
        while (p < lx->end && *p != '\n') {
            size_t n = check_byte(lx, p, &err);
            if (!n)
                return err;
            p += n;
        }
        lx->p = p;
        return lexer_next(lx);
    case '=':
        t.kind = TOK_EQUALS;
        p++;
        break;
    case '"':
        t.kind = TOK_STRING;
        for (p++;; ) {
            if (p >= lx->end || *p == '\n' || (*p == '\r' && (p + 1 >= lx->end || p[1] == '\n')))
                return error_at(lx, t.start, "unterminated string: close it with '\"' on the same line");
            if (*p == '"') {
                p++;
                break;
            }
            if (*p == '\\') {
                char e = p + 1 < lx->end ? p[1] : 0;
                if (e != '"' && e != '\\' && e != 'n')
                    return error_at(lx, p, "unknown escape in a string: write \\\" for a quote, \\\\ for a backslash, \\n for a new line");
                p += 2;
                continue;
            }
            size_t n = check_byte(lx, p, &err);
            if (!n)
                return err;
            p += n;
        }
        break;
    default:
        while (p < lx->end && !ends_word(*p)) {
            size_t n = check_byte(lx, p, &err);
            if (!n)
                return err;
            p += n;
        }
        break;
    }
    t.len = (size_t)(p - t.start);
    lx->p = p;
    if ((size_t)(p - lx->line_start) > LEXER_LINE_MAX)
        return too_long(lx);
    return t;
}

char *lexer_string_value(const Token *t, Arena *a)
{
    const char *s = t->start + 1, *end = t->start + t->len - 1;
    char *out = arena_alloc(a, t->len);
    if (!out)
        return NULL;
    char *o = out;
    while (s < end) {
        if (*s == '\\' && s + 1 < end) {
            *o++ = s[1] == 'n' ? '\n' : s[1];
            s += 2;
        } else {
            *o++ = *s++;
        }
    }
    *o = '\0';
    return out;
}

bool token_is(const Token *t, const char *s)
{
    size_t n = strlen(s);
    return t->kind == TOK_WORD && t->len == n && memcmp(t->start, s, n) == 0;
}
