#include "model/content_index.h"
#include "model/poses.h"

#include "model/files.h"
#include "script/arena.h"

#include <cjson/cJSON.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

enum { SHEET_MAX = 8 << 20, POSE_FILE_MAX = 4 << 20 };

typedef struct NameSet {
    const char **names;
    size_t count, cap;
    bool sorted;
} NameSet;

struct ContentIndex {
    char *root;
    Arena *strings;
    NameSet sets[NAME_KIND_COUNT];
};

static const char *const audio_exts[] = { ".wav", ".ogg", ".flac", ".mp3" };

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool push(ContentIndex *ix, NameKind kind, const char *name, size_t len)
{
    NameSet *s = &ix->sets[kind];
    if (s->count == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 16;
        const char **bigger = realloc(s->names, cap * sizeof *bigger);
        if (!bigger)
            return false;
        s->names = bigger;
        s->cap = cap;
    }
    char *copy = arena_strndup(ix->strings, name, len);
    if (!copy)
        return false;
    s->names[s->count++] = copy;
    s->sorted = false;
    return true;
}

/* Sorts and drops duplicates, once after a scan. */
static void seal(NameSet *s)
{
    if (s->sorted)
        return;
    if (s->count > 1)
        qsort(s->names, s->count, sizeof *s->names, compare_names);
    size_t out = 0;
    for (size_t i = 0; i < s->count; i++)
        if (out == 0 || strcmp(s->names[out - 1], s->names[i]) != 0)
            s->names[out++] = s->names[i];
    s->count = out;
    s->sorted = true;
}

bool content_index_add(ContentIndex *ix, NameKind kind, const char *name)
{
    if (!ix || kind >= NAME_KIND_COUNT || !name || !push(ix, kind, name, strlen(name)))
        return false;
    seal(&ix->sets[kind]);
    return true;
}

static void add_stems(ContentIndex *ix, NameKind kind, const char *dir,
                      const char *const *exts, size_t ext_count)
{
    char path[4096];
    if (!files_join(path, sizeof path, ix->root, dir))
        return;
    for (size_t e = 0; e < ext_count; e++) {
        char **names;
        size_t n;
        if (!files_list(path, exts[e], &names, &n))
            return;
        for (size_t i = 0; i < n; i++)
            push(ix, kind, names[i], strlen(names[i]) - strlen(exts[e]));
        files_free_list(names, n);
    }
}

/* POSE LIBRARY STAND-IN: until the pose library (model/poses.h, branch anim) merges,
 * the pose names are the second word of every line of poses/<file>.pose whose first
 * word is "pose". Switch this one function to the real library on merge. */
/* The names of the pose library's good poses; the library's own problems (unknown
 * joints, angles out of range, cycles of `from`) are reported here, with the rest of
 * the content's. */
static void index_scan_poses(ContentIndex *ix, DiagList *diags)
{
    DiagList scratch;
    diag_init(&scratch);
    PoseLib *lib = poselib_load(ix->root, diags ? diags : &scratch);
    diag_deinit(&scratch);
    for (int i = 0; lib && i < poselib_count(lib); i++) {
        const char *name = poselib_name(lib, i);
        push(ix, NAME_POSE, name, strlen(name));
    }
    poselib_destroy(lib);
}

static void index_scan_sheets(ContentIndex *ix, DiagList *diags)
{
    char dir[4096], path[4096];
    char **files;
    size_t n;
    if (!files_join(dir, sizeof dir, ix->root, "sheets") || !files_list(dir, ".json", &files, &n))
        return;
    for (size_t f = 0; f < n; f++) {
        size_t len = 0;
        char *text = files_join(path, sizeof path, dir, files[f]) ? files_read(path, SHEET_MAX, &len) : NULL;
        cJSON *json = text && len <= SHEET_MAX ? cJSON_ParseWithLength(text, len) : NULL;
        const cJSON *tags = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(json, "meta"), "frameTags");
        if (!json || (tags && !cJSON_IsArray(tags))) {
            if (diags)
                diag_add(diags, DIAG_WARNING, path, 0, 0,
                         "not a sprite sheet (Aseprite JSON with meta.frameTags): its clips are unknown");
        } else {
            const cJSON *tag;
            cJSON_ArrayForEach(tag, tags) {
                const cJSON *name = cJSON_GetObjectItemCaseSensitive(tag, "name");
                if (cJSON_IsString(name) && name->valuestring[0])
                    push(ix, NAME_CLIP, name->valuestring, strlen(name->valuestring));
            }
        }
        cJSON_Delete(json);
        free(text);
    }
    files_free_list(files, n);
}

ContentIndex *content_index_create(const char *root, DiagList *diags)
{
    ContentIndex *ix = calloc(1, sizeof *ix);
    if (!ix || !(ix->strings = arena_create()))
        goto fail;
    static const char *const figures[] = { "side", "front", "none" };
    static const char *const sounds[] = { "chime", "tick", "bell" };
    static const char *const props[] = { "mat", "ball", "roller", "load", "wall" };
    for (size_t i = 0; i < 3; i++)
        push(ix, NAME_FIGURE, figures[i], strlen(figures[i]));
    for (size_t i = 0; i < 3; i++)
        push(ix, NAME_SOUND, sounds[i], strlen(sounds[i]));
    for (size_t i = 0; i < 5; i++)
        push(ix, NAME_PROP, props[i], strlen(props[i]));
    if (root) {
        if (!(ix->root = strdup(root)))
            goto fail;
        char dir[4096];
        char **names;
        size_t n;
        if (files_join(dir, sizeof dir, root, "figures") && files_list(dir, NULL, &names, &n)) {
            for (size_t i = 0; i < n; i++)
                push(ix, NAME_FIGURE, names[i], strlen(names[i]));
            files_free_list(names, n);
        }
        static const char *const png[] = { ".png" }, *const move[] = { ".move" };
        add_stems(ix, NAME_SOUND, "sounds", audio_exts, 4);
        add_stems(ix, NAME_VOICE, "voice", audio_exts, 4);
        add_stems(ix, NAME_PROP, "props", png, 1);
        add_stems(ix, NAME_MOVE, "moves", move, 1);
        index_scan_poses(ix, diags);
        index_scan_sheets(ix, diags);
    }
    for (int k = 0; k < NAME_KIND_COUNT; k++)
        seal(&ix->sets[k]);
    return ix;

fail:
    content_index_destroy(ix);
    return NULL;
}

void content_index_destroy(ContentIndex *ix)
{
    if (!ix)
        return;
    for (int k = 0; k < NAME_KIND_COUNT; k++)
        free(ix->sets[k].names);
    arena_destroy(ix->strings);
    free(ix->root);
    free(ix);
}

bool content_index_has(const ContentIndex *ix, NameKind kind, const char *name)
{
    if (!ix || kind >= NAME_KIND_COUNT || !name)
        return false;
    const NameSet *s = &ix->sets[kind];
    return s->count && bsearch(&name, s->names, s->count, sizeof *s->names, compare_names) != NULL;
}

const char *content_index_closest(const ContentIndex *ix, NameKind kind, const char *word)
{
    if (!ix || kind >= NAME_KIND_COUNT || !word)
        return NULL;
    const NameSet *s = &ix->sets[kind];
    return diag_closest(word, s->names, s->count);
}

const char *const *content_index_names(const ContentIndex *ix, NameKind kind, size_t *count)
{
    *count = ix && kind < NAME_KIND_COUNT ? ix->sets[kind].count : 0;
    return *count ? ix->sets[kind].names : NULL;
}

const char *content_index_root(const ContentIndex *ix)
{
    return ix ? ix->root : NULL;
}

bool content_path_is_inside(const char *rel)
{
    if (!rel || rel[0] == '/' || rel[0] == '\\' || rel[0] == '~')
        return false;
    for (const char *p = rel; *p;) {
        size_t n = strcspn(p, "/\\");
        if (n == 2 && p[0] == '.' && p[1] == '.')
            return false;
        p += n;
        if (*p)
            p++;
    }
    return true;
}

bool content_index_file_inside(const ContentIndex *ix, const char *rel)
{
    if (!ix || !ix->root || !content_path_is_inside(rel))
        return false;
    char path[4096];
    if (!files_join(path, sizeof path, ix->root, rel) || !files_is_file(path))
        return false;
    char *real_root = realpath(ix->root, NULL), *real = realpath(path, NULL);
    size_t n = real_root ? strlen(real_root) : 0;
    bool inside = real_root && real && strncmp(real, real_root, n) == 0 && real[n] == '/';
    free(real_root);
    free(real);
    return inside;
}

void content_voice_key(const char *text, char *out, size_t size)
{
    size_t n = 0, limit = size ? size - 1 : 0;
    if (limit > 80)
        limit = 80;
    bool gap = false;
    for (const unsigned char *p = (const unsigned char *)text; *p && n < limit; p++) {
        unsigned char c = *p;
        bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c >= 0x80;
        if (!keep) {
            gap = n > 0;
            continue;
        }
        if (gap) {
            if (n + 1 >= limit)
                break;
            out[n++] = '_';
            gap = false;
        }
        out[n++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    /* Do not end inside a UTF-8 sequence cut by the limit. */
    size_t cut = n;
    while (cut > 0 && ((unsigned char)out[cut - 1] & 0xC0) == 0x80)
        cut--;
    if (cut > 0 && (unsigned char)out[cut - 1] >= 0xC0) {
        unsigned char lead = (unsigned char)out[cut - 1];
        size_t want = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (n - (cut - 1) < want)
            n = cut - 1;
    }
    if (size)
        out[n] = '\0';
}
