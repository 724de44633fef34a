/* arena: a bump allocator. A loaded script, its AST and its compiled move live in one
 * arena and are freed at once.
 *
 *   Arena *a = arena_create();
 *   Step *s = arena_alloc(a, sizeof *s);          // zeroed, aligned for any type
 *   char *t = arena_strdup(a, "text");
 *   arena_destroy(a);                             // frees everything; NULL is a no-op
 *
 * Allocation failure returns NULL (the caller reports it); nothing here aborts. */
#ifndef LIMBER_ARENA_H
#define LIMBER_ARENA_H

#include <stddef.h>

typedef struct Arena Arena;

Arena *arena_create(void);
void arena_destroy(Arena *a);

void *arena_alloc(Arena *a, size_t size);
char *arena_strdup(Arena *a, const char *s);
char *arena_strndup(Arena *a, const char *s, size_t n);

/* Bytes handed out so far (for tests and memory budgets). */
size_t arena_used(const Arena *a);

#endif
