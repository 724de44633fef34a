/* diag: the problems found in content, reported the way a compiler does.
 *
 *   DiagList d;
 *   diag_init(&d);
 *   diag_add(&d, DIAG_ERROR, "moves/cat_cow.move", 14, 10, "unknown pose '%s'", name);
 *   diag_print(&d, stderr, sources);   // path:line:col: error: msg, the line, a caret
 *   diag_deinit(&d);
 *
 * Lines and columns count from 1; a column counts bytes, as compilers do. Pure C: the
 * script, model and anim layers add to a list and never print; the caller prints. */
#ifndef LIMBER_DIAG_H
#define LIMBER_DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#if defined(__GNUC__)
#define DIAG_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define DIAG_PRINTF(a, b)
#endif

typedef enum DiagSeverity { DIAG_ERROR, DIAG_WARNING } DiagSeverity;

typedef struct Diag {
    DiagSeverity severity;
    char *path;    /* as the user named it, relative to the content root where possible */
    int line, col; /* 1-based; 0 when the problem is the whole file */
    char *message;
} Diag;

typedef struct DiagList {
    Diag *items;
    size_t count, cap;
    size_t errors, warnings;
    size_t limit; /* at most this many kept per list (0: 1000); the rest only counted */
} DiagList;

void diag_init(DiagList *d);
void diag_deinit(DiagList *d);
void diag_clear(DiagList *d);

void diag_add(DiagList *d, DiagSeverity sev, const char *path, int line, int col,
              const char *fmt, ...) DIAG_PRINTF(6, 7);

/* Appends every entry of src to dst. */
void diag_merge(DiagList *dst, const DiagList *src);

/* Prints one entry: "path:line:col: error: message", then, when source is given (the
 * whole file's bytes), the offending line and a caret under the column. */
void diag_print_one(const Diag *diag, FILE *out, const char *source, size_t source_len);

/* The edit distance of two short words, for "did you mean". */
size_t diag_distance(const char *a, const char *b);

/* Returns the candidate closest to word when it is close enough to be a likely typo
 * (distance <= 2 and less than half the word), else NULL. */
const char *diag_closest(const char *word, const char *const *candidates, size_t count);

#endif
