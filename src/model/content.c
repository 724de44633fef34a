#include "model/content.h"

#include "model/compile.h"
#include "model/files.h"
#include "script/parser.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* A move's bytes are read again from its file when it is compiled, and checked against
 * the length and hash of the version that was checked at load. Once a move has been
 * compiled (it plays), its bytes stay, so that a reload can keep its last good version
 * if the file breaks; moves that never play cost only their MoveInfo. */
typedef struct ContentMove {
    MoveInfo info;
    char *src; /* NULL until the move is compiled, or kept from a previous Content */
    size_t len;
    uint64_t hash;
} ContentMove;

struct Content {
    char *root;
    ContentIndex *ix;
    ContentOptions opts;
    Arena *arena; /* infos, playlists and their strings */
    ContentMove *moves;
    int move_count, move_cap;
    const Playlist **playlists;
    int playlist_count, playlist_cap;
    int move_files, playlist_files;
};

void content_options_default(ContentOptions *o)
{
    o->countdown = 3;
    o->synthesis = true;
}

static void compile_options_for(const ContentOptions *co, Level level, int reps, CompileOptions *o)
{
    compile_options_default(o);
    o->level = level;
    o->reps_override = reps;
    o->default_countdown = co->countdown;
    o->synthesis = co->synthesis;
}

static uint64_t hash_bytes(const char *p, size_t n) /* FNV-1a */
{
    uint64_t h = 14695981039346656037u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 1099511628211u;
    return h;
}

static bool error_at(const DiagList *d, size_t from, const Diag *g)
{
    for (size_t i = from; i < d->count; i++)
        if (d->items[i].severity == DIAG_ERROR && d->items[i].line == g->line &&
            d->items[i].col == g->col && strcmp(d->items[i].path, g->path) == 0)
            return true;
    return false;
}

/* ---- one move ------------------------------------------------------------------------- */

static const char *const *copy_texts(Arena *a, const char *const *texts, int n)
{
    if (!n)
        return NULL;
    const char **out = arena_alloc(a, (size_t)n * sizeof *out);
    for (int i = 0; out && i < n; i++)
        out[i] = arena_strdup(a, texts[i]);
    return out;
}

static void fill_info(Arena *a, const Move *m, MoveInfo *info)
{
    info->id = arena_strdup(a, m->id);
    info->path = arena_strdup(a, m->path);
    info->title = arena_strdup(a, m->title);
    info->summary = arena_strdup(a, m->summary);
    info->figure = arena_strdup(a, m->figure);
    info->first_pose = NULL;
    info->has_repeat = false;
    for (int i = 0; i < m->step_count; i++) {
        if (!info->first_pose && m->steps[i].pose)
            info->first_pose = arena_strdup(a, m->steps[i].pose);
        info->has_repeat |= m->steps[i].reps > 0;
    }
    info->areas = copy_texts(a, m->areas, m->area_count);
    info->area_count = m->area_count;
    info->equipment = copy_texts(a, m->equipment, m->equipment_count);
    info->equipment_count = m->equipment_count;
    info->duration_ms = m->duration_ms;
    info->step_count = m->step_count;
}

/* Parse, names, and a compile at each level; the errors of easy and hard are added
 * where standard has none at the same place. */
static bool check_move(const char *src, size_t len, const char *id, const char *path,
                       const ContentIndex *ix, const ContentOptions *co, DiagList *d,
                       Arena *info_arena, MoveInfo *info)
{
    size_t errors = d->errors, first = d->count;
    Arena *a = arena_create();
    AstMove *ast = a ? parse_move(src, len, path, a, d) : NULL;
    if (!ast) {
        diag_add(d, DIAG_ERROR, path, 0, 0, "out of memory");
        arena_destroy(a);
        return false;
    }
    compile_check_names(ast, ix, co->synthesis, path, d);
    if (d->errors == errors) {
        CompileOptions o;
        compile_options_for(co, LEVEL_STANDARD, 0, &o);
        Move *m = compile_move(ast, a, id, path, &o, d);
        if (m && info)
            fill_info(info_arena, m, info);
        static const Level others[] = { LEVEL_EASY, LEVEL_HARD };
        for (int i = 0; i < 2; i++) {
            DiagList scratch;
            diag_init(&scratch);
            o.level = others[i];
            compile_move(ast, a, id, path, &o, &scratch);
            for (size_t k = 0; k < scratch.count; k++)
                if (scratch.items[k].severity == DIAG_ERROR && !error_at(d, first, &scratch.items[k]))
                    diag_add(d, DIAG_ERROR, path, scratch.items[k].line, scratch.items[k].col, "%s",
                             scratch.items[k].message);
            diag_deinit(&scratch);
        }
    }
    arena_destroy(a);
    return d->errors == errors;
}

bool content_check_move(const char *src, size_t len, const char *id, const char *path,
                        const ContentIndex *ix, const ContentOptions *o, DiagList *d)
{
    ContentOptions defaults;
    if (!o) {
        content_options_default(&defaults);
        o = &defaults;
    }
    return check_move(src, len, id, path, ix, o, d, NULL, NULL);
}

bool content_check_playlist(const char *src, size_t len, const char *id, const char *path,
                            const ContentIndex *ix, DiagList *d)
{
    Arena *a = arena_create();
    size_t errors = d->errors;
    Playlist *p = a ? playlist_from_source(src, len, id, path, ix, a, d) : NULL;
    if (!p && d->errors == errors)
        diag_add(d, DIAG_ERROR, path, 0, 0, "out of memory");
    arena_destroy(a);
    return p != NULL;
}

/* ---- the whole root --------------------------------------------------------------------- */

static char *read_script(const char *path, size_t *len, DiagList *d)
{
    char *src = files_read(path, SCRIPT_FILE_MAX, len);
    if (!src)
        diag_add(d, DIAG_ERROR, path, 0, 0, "cannot read the file: %s", strerror(errno));
    return src;
}

static ContentMove *add_move(Content *c)
{
    if (c->move_count == c->move_cap) {
        int cap = c->move_cap ? c->move_cap * 2 : 32;
        ContentMove *bigger = realloc(c->moves, (size_t)cap * sizeof *bigger);
        if (!bigger)
            return NULL;
        c->moves = bigger;
        c->move_cap = cap;
    }
    ContentMove *m = &c->moves[c->move_count++];
    memset(m, 0, sizeof *m);
    return m;
}

static bool add_playlist(Content *c, const Playlist *p)
{
    if (c->playlist_count == c->playlist_cap) {
        int cap = c->playlist_cap ? c->playlist_cap * 2 : 8;
        const Playlist **bigger = realloc(c->playlists, (size_t)cap * sizeof *bigger);
        if (!bigger)
            return false;
        c->playlists = bigger;
        c->playlist_cap = cap;
    }
    c->playlists[c->playlist_count++] = p;
    return true;
}

static const ContentMove *find_move(const Content *c, const char *id)
{
    int lo = 0, hi = c ? c->move_count - 1 : -1;
    while (id && lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        int cmp = strcmp(c->moves[mid].info.id, id);
        if (cmp == 0)
            return &c->moves[mid];
        if (cmp < 0)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return NULL;
}

/* A move whose file has broken stays as it was in previous, if previous still holds its
 * bytes (it has played); otherwise it is left out like any broken file. */
static bool keep_previous_move(Content *c, const ContentMove *old, DiagList *d)
{
    if (!old->src)
        return false;
    ContentMove *m = add_move(c);
    char *src = m ? malloc(old->len + 1) : NULL;
    if (!src) {
        if (m)
            c->move_count--;
        return false;
    }
    memcpy(src, old->src, old->len + 1);
    m->src = src;
    m->len = old->len;
    m->hash = old->hash;
    Arena *a = c->arena;
    m->info = old->info;
    m->info.id = arena_strdup(a, old->info.id);
    m->info.path = arena_strdup(a, old->info.path);
    m->info.title = arena_strdup(a, old->info.title);
    m->info.summary = arena_strdup(a, old->info.summary);
    m->info.figure = arena_strdup(a, old->info.figure);
    m->info.first_pose = arena_strdup(a, old->info.first_pose);
    m->info.areas = copy_texts(a, old->info.areas, old->info.area_count);
    m->info.equipment = copy_texts(a, old->info.equipment, old->info.equipment_count);
    diag_add(d, DIAG_WARNING, old->info.path, 0, 0, "has errors: keeping its last good version");
    return true;
}

static void load_moves(Content *c, const Content *previous, DiagList *d)
{
    char dir[4096], path[4096], id[256];
    char **names;
    size_t n;
    if (!files_join(dir, sizeof dir, c->root, "moves") || !files_list(dir, ".move", &names, &n))
        return;
    for (size_t i = 0; i < n; i++) {
        size_t len;
        files_stem(names[i], id, sizeof id);
        char *src = files_join(path, sizeof path, dir, names[i]) ? read_script(path, &len, d) : NULL;
        c->move_files++;
        if (!src)
            continue;
        MoveInfo info;
        if (check_move(src, len, id, path, c->ix, &c->opts, d, c->arena, &info)) {
            ContentMove *m = add_move(c);
            if (m) {
                m->info = info;
                m->len = len;
                m->hash = hash_bytes(src, len);
            }
        } else if (find_move(previous, id)) {
            keep_previous_move(c, find_move(previous, id), d);
        }
        free(src);
    }
    files_free_list(names, n);
}

static int compare_moves(const void *a, const void *b)
{
    return strcmp(((const ContentMove *)a)->info.id, ((const ContentMove *)b)->info.id);
}

static int compare_playlists(const void *a, const void *b)
{
    return strcmp((*(const Playlist *const *)a)->id, (*(const Playlist *const *)b)->id);
}

/* A play's reps= must compile too (at the play's level), and have a repeat to change. */
static bool check_plays(Content *c, const Playlist *p, DiagList *d)
{
    bool ok = true;
    for (int i = 0; i < p->entry_count; i++) {
        const PlaylistEntry *e = &p->entries[i];
        const MoveInfo *info = content_move_info(c, e->move_id);
        if (!info || !e->reps)
            continue; /* every level was checked with the move */
        if (e->reps && !info->has_repeat)
            diag_add(d, DIAG_WARNING, p->path, e->line, 1, "reps=%d changes nothing: '%s' has no repeat",
                     e->reps, e->move_id);
        DiagList scratch;
        diag_init(&scratch);
        Move *m = content_compile_move(c, e->move_id, e->level, e->reps, &scratch);
        if (!m) {
            const Diag *why = NULL;
            for (size_t k = 0; k < scratch.count && !why; k++)
                if (scratch.items[k].severity == DIAG_ERROR)
                    why = &scratch.items[k];
            diag_add(d, DIAG_ERROR, p->path, e->line, 1, "'%s' does not compile at level %s%s: %s (line %d)",
                     e->move_id, level_name(e->level), e->reps ? " with these reps" : "",
                     why ? why->message : "out of memory", why ? why->line : 0);
            ok = false;
        }
        move_destroy(m);
        diag_deinit(&scratch);
    }
    return ok;
}

static const Playlist *copy_playlist(Arena *a, const Playlist *p)
{
    Playlist *q = arena_alloc(a, sizeof *q);
    PlaylistEntry *e = arena_alloc(a, (size_t)p->entry_count * sizeof *e + 1);
    if (!q || !e)
        return NULL;
    *q = *p;
    q->id = arena_strdup(a, p->id);
    q->path = arena_strdup(a, p->path);
    q->title = arena_strdup(a, p->title);
    for (int i = 0; i < p->entry_count; i++) {
        e[i] = p->entries[i];
        e[i].move_id = arena_strdup(a, p->entries[i].move_id);
    }
    q->entries = e;
    return q;
}

static void load_playlists(Content *c, const Content *previous, DiagList *d)
{
    char dir[4096], path[4096], id[256];
    char **names;
    size_t n;
    if (!files_join(dir, sizeof dir, c->root, "playlists") || !files_list(dir, ".playlist", &names, &n))
        return;
    for (size_t i = 0; i < n; i++) {
        size_t len;
        files_stem(names[i], id, sizeof id);
        char *src = files_join(path, sizeof path, dir, names[i]) ? read_script(path, &len, d) : NULL;
        c->playlist_files++;
        if (!src)
            continue;
        const Playlist *p = playlist_from_source(src, len, id, path, c->ix, c->arena, d);
        if (p && !check_plays(c, p, d))
            p = NULL;
        if (!p && previous && content_playlist(previous, id)) {
            p = copy_playlist(c->arena, content_playlist(previous, id));
            if (p)
                diag_add(d, DIAG_WARNING, path, 0, 0, "has errors: keeping its last good version");
        }
        if (p)
            add_playlist(c, p);
        free(src);
    }
    files_free_list(names, n);
    if (c->playlist_count > 1)
        qsort(c->playlists, (size_t)c->playlist_count, sizeof *c->playlists, compare_playlists);
}

static Content *load(const char *root, const ContentOptions *o, const Content *previous, DiagList *d)
{
    Content *c = calloc(1, sizeof *c);
    if (!c || !(c->root = strdup(root)) || !(c->arena = arena_create()) ||
        !(c->ix = content_index_create(root, d)))
        goto fail;
    if (o)
        c->opts = *o;
    else
        content_options_default(&c->opts);
    load_moves(c, previous, d);
    if (c->move_count > 1)
        qsort(c->moves, (size_t)c->move_count, sizeof *c->moves, compare_moves);
    load_playlists(c, previous, d);
    return c;

fail:
    diag_add(d, DIAG_ERROR, root, 0, 0, "out of memory");
    content_destroy(c);
    return NULL;
}

Content *content_load(const char *root, DiagList *diags)
{
    return load(root, NULL, NULL, diags);
}

Content *content_load_with(const char *root, const ContentOptions *o, DiagList *diags)
{
    return load(root, o, NULL, diags);
}

Content *content_reload(const Content *previous, const char *root, DiagList *diags)
{
    return load(root, previous ? &previous->opts : NULL, previous, diags);
}

void content_destroy(Content *c)
{
    if (!c)
        return;
    for (int i = 0; i < c->move_count; i++)
        free(c->moves[i].src);
    free(c->moves);
    free(c->playlists);
    content_index_destroy(c->ix);
    arena_destroy(c->arena);
    free(c->root);
    free(c);
}

const char *content_root(const Content *c)
{
    return c ? c->root : NULL;
}

const ContentIndex *content_index(const Content *c)
{
    return c ? c->ix : NULL;
}

int content_move_count(const Content *c)
{
    return c ? c->move_count : 0;
}

const char *content_move_id(const Content *c, int i)
{
    return c && i >= 0 && i < c->move_count ? c->moves[i].info.id : NULL;
}

const MoveInfo *content_move_info(const Content *c, const char *id)
{
    const ContentMove *m = find_move(c, id);
    return m ? &m->info : NULL;
}

Move *content_compile_move(const Content *c, const char *id, Level level, int reps_override,
                           DiagList *diags)
{
    const ContentMove *m = find_move(c, id);
    if (!m) {
        diag_add(diags, DIAG_ERROR, id ? id : "", 0, 0, "no usable move with this id");
        return NULL;
    }
    if (!m->src) {
        /* Read the file again; it must still be the version checked at load (a
         * reload follows any change). The bytes stay: this move plays. */
        size_t len;
        char *src = read_script(m->info.path, &len, diags);
        if (!src)
            return NULL;
        if (len != m->len || hash_bytes(src, len) != m->hash) {
            diag_add(diags, DIAG_ERROR, m->info.path, 0, 0, "changed since the content was loaded: reload it");
            free(src);
            return NULL;
        }
        ((ContentMove *)m)->src = src; /* a cache: the Content does not change */
    }
    CompileOptions o;
    compile_options_for(&c->opts, level, reps_override, &o);
    return move_from_source(m->src, m->len, m->info.id, m->info.path, &o, c->ix, diags);
}

int content_playlist_count(const Content *c)
{
    return c ? c->playlist_count : 0;
}

const Playlist *content_playlist(const Content *c, const char *id)
{
    for (int i = 0; c && id && i < c->playlist_count; i++)
        if (strcmp(c->playlists[i]->id, id) == 0)
            return c->playlists[i];
    return NULL;
}

const Playlist *content_playlist_at(const Content *c, int i)
{
    return c && i >= 0 && i < c->playlist_count ? c->playlists[i] : NULL;
}

void content_file_counts(const Content *c, int *move_files, int *playlist_files)
{
    *move_files = c ? c->move_files : 0;
    *playlist_files = c ? c->playlist_files : 0;
}
