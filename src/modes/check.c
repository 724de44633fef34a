#include "modes/check.h"

#include "model/content.h"
#include "model/files.h"
#include "modes/report.h"
#include "script/parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { SEARCH_DEPTH_MAX = 16 };

typedef struct Target {
    char *path;
    bool is_root;
} Target;

typedef struct Targets {
    Target *items;
    size_t count, cap;
} Targets;

typedef struct Totals {
    int moves, playlists;
    size_t errors, warnings;
} Totals;

static bool push(Targets *t, const char *path, bool is_root)
{
    if (t->count == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 16;
        Target *bigger = realloc(t->items, cap * sizeof *bigger);
        if (!bigger)
            return false;
        t->items = bigger;
        t->cap = cap;
    }
    if (!(t->items[t->count].path = strdup(path)))
        return false;
    t->items[t->count++].is_root = is_root;
    return true;
}

static bool is_root(const char *dir)
{
    char sub[4096];
    return (files_join(sub, sizeof sub, dir, "moves") && files_is_dir(sub)) ||
           (files_join(sub, sizeof sub, dir, "playlists") && files_is_dir(sub));
}

/* A folder that is not a content root is searched for roots and script files. */
static void search(Targets *t, const char *dir, int depth)
{
    if (is_root(dir)) {
        push(t, dir, true);
        return;
    }
    if (depth >= SEARCH_DEPTH_MAX)
        return;
    char path[4096];
    char **names;
    size_t n;
    static const char *const exts[] = { ".move", ".playlist" };
    for (int e = 0; e < 2; e++) {
        if (!files_list(dir, exts[e], &names, &n))
            return;
        for (size_t i = 0; i < n; i++)
            if (files_join(path, sizeof path, dir, names[i]))
                push(t, path, false);
        files_free_list(names, n);
    }
    if (!files_list(dir, NULL, &names, &n))
        return;
    for (size_t i = 0; i < n; i++)
        if (files_join(path, sizeof path, dir, names[i]))
            search(t, path, depth + 1);
    files_free_list(names, n);
}

static void check_root(const Target *t, const ContentOptions *opts, Totals *totals, DiagList *d)
{
    Content *c = opts ? content_load_with(t->path, opts, d) : content_load(t->path, d);
    int moves, playlists;
    content_file_counts(c, &moves, &playlists);
    totals->moves += moves;
    totals->playlists += playlists;
    content_destroy(c);
}

typedef struct IndexCache {
    char root[4096];
    ContentIndex *ix;
    bool have;
} IndexCache;

static void check_file(const Target *t, const char *content_dir, const ContentOptions *opts, IndexCache *cache,
                       Totals *totals, DiagList *d)
{
    char root[4096], id[256];
    bool have_root = report_root_for(t->path, content_dir, root, sizeof root);
    if (!cache->have || strcmp(cache->root, have_root ? root : "") != 0) {
        content_index_destroy(cache->ix);
        snprintf(cache->root, sizeof cache->root, "%s", have_root ? root : "");
        cache->ix = have_root ? content_index_create(root, NULL) : NULL;
        cache->have = true;
    }
    char kind = report_script_kind(t->path);
    if (kind == 'm')
        totals->moves++;
    else
        totals->playlists++;
    size_t len;
    char *src = files_read(t->path, SCRIPT_FILE_MAX, &len);
    if (!src) {
        diag_add(d, DIAG_ERROR, t->path, 0, 0, "cannot read the file");
        return;
    }
    files_stem(t->path, id, sizeof id);
    if (kind == 'm')
        content_check_move(src, len, id, t->path, cache->ix, opts, d);
    else
        content_check_playlist(src, len, id, t->path, cache->ix, d);
    free(src);
}

__attribute__((format(printf, 1, 2))) static int usage_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("limber: --check: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    return 2;
}

static const char *plural(long n, const char *one, const char *many)
{
    return n == 1 ? one : many;
}

int check_run(char *const *paths, int count, const char *content_dir, const ContentOptions *opts)
{
    Targets targets = { 0 };
    int code = 0;
    char root[4096];
    if (count == 0) {
        if (!report_root_for("", content_dir, root, sizeof root) || !files_is_dir(root)) {
            return usage_error("no content root found (give a PATH or --content DIR)");
        }
        push(&targets, root, true);
    }
    for (int i = 0; i < count && code == 0; i++) {
        const char *p = paths[i];
        size_t before = targets.count;
        if (files_is_dir(p))
            search(&targets, p, 0);
        else if (files_is_file(p) && report_script_kind(p))
            push(&targets, p, false);
        else if (files_is_file(p))
            code = usage_error("'%s' is not a .move or .playlist file or a folder", p);
        else
            code = usage_error("'%s' does not exist", p);
        if (code == 0 && targets.count == before)
            code = usage_error("no content root, .move or .playlist file in '%s'", p);
    }

    Totals totals = { 0 };
    IndexCache cache = { 0 };
    for (size_t i = 0; i < targets.count && code == 0; i++) {
        DiagList d;
        diag_init(&d);
        if (targets.items[i].is_root)
            check_root(&targets.items[i], opts, &totals, &d);
        else
            check_file(&targets.items[i], content_dir, opts, &cache, &totals, &d);
        report_print(&d, stdout);
        totals.errors += d.errors;
        totals.warnings += d.warnings;
        diag_deinit(&d);
    }
    content_index_destroy(cache.ix);
    for (size_t i = 0; i < targets.count; i++)
        free(targets.items[i].path);
    free(targets.items);
    if (code)
        return code;
    printf("%d %s, %d %s: %zu %s, %zu %s\n", totals.moves, plural(totals.moves, "move", "moves"),
           totals.playlists, plural(totals.playlists, "playlist", "playlists"), totals.errors,
           plural((long)totals.errors, "error", "errors"), totals.warnings,
           plural((long)totals.warnings, "warning", "warnings"));
    return totals.errors ? 1 : 0;
}
