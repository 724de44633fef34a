#include "script/diag.h"

#include "script/lexer.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static char *dup_string(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

void diag_init(DiagList *d)
{
    memset(d, 0, sizeof *d);
}

void diag_clear(DiagList *d)
{
    for (size_t i = 0; i < d->count; i++) {
        free(d->items[i].path);
        free(d->items[i].message);
    }
    d->count = d->errors = d->warnings = 0;
}

void diag_deinit(DiagList *d)
{
    diag_clear(d);
    free(d->items);
    memset(d, 0, sizeof *d);
}

static void diag_push(DiagList *d, DiagSeverity sev, const char *path, int line, int col,
                      const char *message)
{
    if (sev == DIAG_ERROR)
        d->errors++;
    else
        d->warnings++;
    size_t limit = d->limit ? d->limit : 1000;
    if (d->count >= limit)
        return;
    if (d->count == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 16;
        Diag *items = realloc(d->items, cap * sizeof *items);
        if (!items)
            return;
        d->items = items;
        d->cap = cap;
    }
    Diag *g = &d->items[d->count];
    g->severity = sev;
    g->path = dup_string(path ? path : "");
    g->line = line;
    g->col = col;
    g->message = dup_string(message);
    if (!g->path || !g->message) {
        free(g->path);
        free(g->message);
        return;
    }
    d->count++;
}

void diag_add(DiagList *d, DiagSeverity sev, const char *path, int line, int col,
              const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    diag_push(d, sev, path, line, col, buf);
}

void diag_merge(DiagList *dst, const DiagList *src)
{
    for (size_t i = 0; i < src->count; i++) {
        const Diag *g = &src->items[i];
        diag_push(dst, g->severity, g->path, g->line, g->col, g->message);
    }
    /* Entries past src's limit were counted but not kept: count them too. */
    size_t kept_errors = 0;
    for (size_t i = 0; i < src->count; i++)
        kept_errors += src->items[i].severity == DIAG_ERROR;
    dst->errors += src->errors - kept_errors;
    dst->warnings += src->warnings - (src->count - kept_errors);
}

void diag_print_one(const Diag *g, FILE *out, const char *source, size_t source_len)
{
    const char *sev = g->severity == DIAG_ERROR ? "error" : "warning";
    if (g->line > 0)
        fprintf(out, "%s:%d:%d: %s: %s\n", g->path, g->line, g->col, sev, g->message);
    else
        fprintf(out, "%s: %s: %s\n", g->path, sev, g->message);
    if (!source || g->line <= 0)
        return;

    /* Find the line, then print at most 160 bytes of it around the column so that a
     * 100 kB line does not flood the terminal. */
    const char *p = source, *end = source + source_len;
    for (int l = 1; l < g->line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    if (!eol)
        eol = end;
    if (eol > p && eol[-1] == '\r')
        eol--;
    size_t len = (size_t)(eol - p);
    size_t col = g->col > 0 ? (size_t)g->col - 1 : 0;
    if (col > len)
        col = len;
    size_t from = col > 80 ? col - 80 : 0;
    size_t to = len - from > 160 ? from + 160 : len;
    /* The line as text: control bytes and invalid UTF-8 become '?', so that what we
     * print is valid UTF-8 whatever the file holds; the caret line counts one column
     * per character printed before the column. */
    const unsigned char *u = (const unsigned char *)p;
    size_t width = 0;
    fputc(' ', out);
    for (size_t i = from; i < to;) {
        size_t n = u[i] < 0x80 ? 1 : utf8_sequence(u + i, u + to);
        if (i < col)
            width++;
        if (n <= 1) {
            unsigned char c = u[i];
            fputc(c == '\t' ? ' ' : (c < 0x20 || c >= 0x7f) ? '?' : c, out);
            i++;
        } else {
            fwrite(u + i, 1, n, out);
            i += n;
        }
    }
    fputc('\n', out);
    fputc(' ', out);
    for (size_t i = 0; i < width; i++)
        fputc(' ', out);
    fputs("^\n", out);
}

/* Optimal string alignment: an insertion, deletion, substitution or swap of two
 * neighbouring letters ("cwo" for "cow") each costs one. */
size_t diag_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 64 || lb > 64)
        return (size_t)-1;
    size_t rows[3][65];
    size_t *prev2 = rows[0], *prev = rows[1], *row = rows[2];
    for (size_t j = 0; j <= lb; j++)
        prev[j] = j;
    for (size_t i = 1; i <= la; i++) {
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            size_t best = prev[j - 1] + cost;
            if (prev[j] + 1 < best)
                best = prev[j] + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < best)
                best = prev2[j - 2] + 1;
            row[j] = best;
        }
        size_t *t = prev2;
        prev2 = prev;
        prev = row;
        row = t;
    }
    return prev[lb];
}

const char *diag_closest(const char *word, const char *const *candidates, size_t count)
{
    const char *best = NULL;
    size_t best_d = (size_t)-1;
    size_t len = strlen(word);
    for (size_t i = 0; i < count; i++) {
        size_t dist = diag_distance(word, candidates[i]);
        if (dist < best_d) {
            best_d = dist;
            best = candidates[i];
        }
    }
    if (best && best_d > 0 && best_d <= 2 && best_d * 2 <= len + 1)
        return best;
    return NULL;
}
