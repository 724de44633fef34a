#include "model/files.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

char *files_read(const char *path, size_t max, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    /* Sized to the file plus one byte, so that the read ends at EOF without growing
     * (a kept buffer wastes nothing); it grows if the file does. */
    struct stat st;
    size_t cap = 4096, n = 0;
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode))
        cap = (size_t)st.st_size < max ? (size_t)st.st_size + 1 : max + 1;
    char *buf = malloc(cap + 1);
    while (buf) {
        if (n == cap) {
            if (cap > max)
                break;
            cap *= 2;
            char *bigger = realloc(buf, cap + 1);
            if (!bigger) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = bigger;
        }
        size_t want = cap - n;
        if (n + want > max + 1)
            want = max + 1 - n;
        size_t got = fread(buf + n, 1, want, f);
        n += got;
        if (got < want || n > max)
            break;
    }
    bool failed = ferror(f);
    fclose(f);
    if (!buf || failed) {
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

bool files_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool files_is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

bool files_join(char *out, size_t size, const char *a, const char *b)
{
    size_t la = strlen(a);
    int n;
    if (la == 0)
        n = snprintf(out, size, "%s", b);
    else if (a[la - 1] == '/')
        n = snprintf(out, size, "%s%s", a, b);
    else
        n = snprintf(out, size, "%s/%s", a, b);
    return n >= 0 && (size_t)n < size;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

bool files_list(const char *dir, const char *ext, char ***names, size_t *count)
{
    *names = NULL;
    *count = 0;
    DIR *d = opendir(dir);
    if (!d)
        return false;
    size_t cap = 0, elen = ext ? strlen(ext) : 0;
    char path[4096];
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.')
            continue;
        if (ext) {
            if (len <= elen || strcmp(e->d_name + len - elen, ext) != 0)
                continue;
            if (!files_join(path, sizeof path, dir, e->d_name) || !files_is_file(path))
                continue;
        } else if (!files_join(path, sizeof path, dir, e->d_name) || !files_is_dir(path)) {
            continue;
        }
        if (*count == cap) {
            cap = cap ? cap * 2 : 16;
            char **bigger = realloc(*names, cap * sizeof **names);
            if (!bigger)
                break;
            *names = bigger;
        }
        char *copy = malloc(len + 1);
        if (!copy)
            break;
        memcpy(copy, e->d_name, len + 1);
        (*names)[(*count)++] = copy;
    }
    closedir(d);
    if (*count)
        qsort(*names, *count, sizeof **names, compare_names);
    return true;
}

void files_free_list(char **names, size_t count)
{
    for (size_t i = 0; i < count; i++)
        free(names[i]);
    free(names);
}

void files_stem(const char *path, char *out, size_t size)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    snprintf(out, size, "%.*s", (int)n, base);
}
