#include "modes/report.h"

#include "model/files.h"
#include "platform/paths.h"
#include "script/parser.h"

#include <stdlib.h>
#include <string.h>

static const DiagList *sort_list;

static int compare_entries(const void *a, const void *b)
{
    size_t i = *(const size_t *)a, j = *(const size_t *)b;
    const Diag *x = &sort_list->items[i], *y = &sort_list->items[j];
    int c = strcmp(x->path, y->path);
    if (c)
        return c;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    if (x->col != y->col)
        return x->col < y->col ? -1 : 1;
    return i < j ? -1 : i > j;
}

void report_print(const DiagList *d, FILE *out)
{
    if (!d->count)
        return;
    size_t *order = malloc(d->count * sizeof *order);
    if (!order) {
        for (size_t i = 0; i < d->count; i++)
            diag_print_one(&d->items[i], out, NULL, 0);
        return;
    }
    for (size_t i = 0; i < d->count; i++)
        order[i] = i;
    sort_list = d;
    qsort(order, d->count, sizeof *order, compare_entries);
    const char *cached_path = NULL;
    char *source = NULL;
    size_t len = 0;
    for (size_t k = 0; k < d->count; k++) {
        const Diag *g = &d->items[order[k]];
        if (g->line > 0 && (!cached_path || strcmp(cached_path, g->path) != 0)) {
            free(source);
            source = files_read(g->path, SCRIPT_FILE_MAX, &len);
            cached_path = g->path;
        }
        diag_print_one(g, out, g->line > 0 ? source : NULL, source ? len : 0);
    }
    free(source);
    free(order);
}

char report_script_kind(const char *path)
{
    size_t n = strlen(path);
    if (n > 5 && strcmp(path + n - 5, ".move") == 0)
        return 'm';
    if (n > 9 && strcmp(path + n - 9, ".playlist") == 0)
        return 'p';
    return 0;
}

bool report_root_for(const char *file, const char *content_dir, char *out, size_t size)
{
    if (content_dir) {
        snprintf(out, size, "%s", content_dir);
        return true;
    }
    char *real = realpath(file, NULL);
    char *slash = real ? strrchr(real, '/') : NULL;
    if (slash) {
        *slash = '\0';
        char *parent = strrchr(real, '/');
        const char *name = parent ? parent + 1 : real;
        if (parent && (strcmp(name, "moves") == 0 || strcmp(name, "playlists") == 0)) {
            *parent = '\0';
            snprintf(out, size, "%s", real[0] ? real : "/");
            free(real);
            return true;
        }
    }
    free(real);
    return paths_content_root(NULL, out, size);
}
