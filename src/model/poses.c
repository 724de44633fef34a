#include "model/poses.h"

#include "script/arena.h"

#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the library -------------------------------------------------------------- */

typedef struct Assign {
    const char *name; /* a bone, a pair shorthand, or "root" */
    float value, value2;
    int line, col, value_col;
} Assign;

typedef struct RawPose {
    const char *name, *base, *rig, *path;
    int line, name_col, base_col, rig_col;
    Assign *assigns;
    int assign_count, assign_cap;
    int state; /* resolution: 0 new, 1 in progress, 2 done, 3 broken */
    bool bad;  /* a line of it did not parse */
    Pose pose;
} RawPose;

struct PoseLib {
    Arena *arena;
    RawPose *raw;
    int raw_count, raw_cap;
    const Pose **sorted; /* resolved, by name */
    int count;
};

PoseLib *poselib_create(void)
{
    PoseLib *lib = calloc(1, sizeof *lib);
    if (!lib)
        return NULL;
    lib->arena = arena_create();
    if (!lib->arena) {
        free(lib);
        return NULL;
    }
    return lib;
}

void poselib_destroy(PoseLib *lib)
{
    if (!lib)
        return;
    for (int i = 0; i < lib->raw_count; i++)
        free(lib->raw[i].assigns);
    free(lib->raw);
    free(lib->sorted);
    arena_destroy(lib->arena);
    free(lib);
}

typedef struct Word {
    const char *s;
    size_t n;
    int col;
} Word;

enum { MAX_WORDS = 32 };

/* Splits one line into words, dropping a # comment. */
static int split_words(const char *line, size_t len, Word *w)
{
    int n = 0;
    size_t i = 0;
    while (i < len && n < MAX_WORDS) {
        while (i < len && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r'))
            i++;
        if (i >= len || line[i] == '#')
            break;
        size_t s = i;
        while (i < len && line[i] != ' ' && line[i] != '\t' && line[i] != '\r' && line[i] != '#')
            i++;
        w[n++] = (Word){ line + s, i - s, (int)s + 1 };
    }
    return n;
}

static bool word_is(const Word *w, const char *s)
{
    return w->n == strlen(s) && memcmp(w->s, s, w->n) == 0;
}

static bool word_number(const Word *w, float *out)
{
    char buf[64];
    if (w->n == 0 || w->n >= sizeof buf)
        return false;
    memcpy(buf, w->s, w->n);
    buf[w->n] = 0;
    char *end;
    errno = 0;
    double v = strtod(buf, &end);
    if (*end || errno || !isfinite(v))
        return false;
    *out = (float)v;
    return true;
}

static bool word_is_name(const Word *w)
{
    if (w->n == 0 || w->n > 64)
        return false;
    for (size_t i = 0; i < w->n; i++) {
        char c = w->s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
            return false;
    }
    return true;
}

static RawPose *raw_add(PoseLib *lib)
{
    if (lib->raw_count == lib->raw_cap) {
        int cap = lib->raw_cap ? lib->raw_cap * 2 : 32;
        RawPose *r = realloc(lib->raw, (size_t)cap * sizeof *r);
        if (!r)
            return NULL;
        lib->raw = r;
        lib->raw_cap = cap;
    }
    RawPose *p = &lib->raw[lib->raw_count++];
    memset(p, 0, sizeof *p);
    return p;
}

static bool assign_add(RawPose *p, Assign a)
{
    if (p->assign_count == p->assign_cap) {
        int cap = p->assign_cap ? p->assign_cap * 2 : 16;
        Assign *n = realloc(p->assigns, (size_t)cap * sizeof *n);
        if (!n)
            return false;
        p->assigns = n;
        p->assign_cap = cap;
    }
    p->assigns[p->assign_count++] = a;
    return true;
}

static void parse_pose_line(PoseLib *lib, const char *path, int line, Word *w, int n, DiagList *d)
{
    if (n < 2 || !word_is_name(&w[1])) {
        diag_add(d, DIAG_ERROR, path, line, n < 2 ? w[0].col + 4 : w[1].col,
                 "expected a pose name after 'pose'");
        /* Still open a pose so that its joint lines are not blamed on the previous one. */
    }
    RawPose *p = raw_add(lib);
    if (!p)
        return;
    p->path = path;
    p->line = line;
    p->name = n >= 2 && word_is_name(&w[1]) ? arena_strndup(lib->arena, w[1].s, w[1].n) : NULL;
    p->name_col = n >= 2 ? w[1].col : w[0].col;
    if (!p->name)
        p->state = 3;
    for (int i = 2; i < n; i++) {
        if (word_is(&w[i], "from")) {
            if (i + 1 >= n || !word_is_name(&w[i + 1])) {
                diag_add(d, DIAG_ERROR, path, line, i + 1 < n ? w[i + 1].col : w[i].col + 4,
                         "expected a pose name after 'from'");
                p->bad = true;
                break;
            }
            p->base = arena_strndup(lib->arena, w[i + 1].s, w[i + 1].n);
            p->base_col = w[i + 1].col;
            i++;
        } else if (w[i].n > 4 && memcmp(w[i].s, "rig=", 4) == 0) {
            p->rig = arena_strndup(lib->arena, w[i].s + 4, w[i].n - 4);
            p->rig_col = w[i].col + 4;
        } else {
            diag_add(d, DIAG_ERROR, path, line, w[i].col,
                     "unexpected '%.*s' (a pose line is: pose NAME [from POSE] [rig=side|front])",
                     (int)w[i].n, w[i].s);
            p->bad = true;
        }
    }
}

static void parse_joint_line(PoseLib *lib, RawPose *p, const char *path, int line, Word *w, int n,
                             DiagList *d)
{
    if (word_is(&w[0], "prop")) {
        bool on = n == 4 && word_is(&w[2], "on") && word_is_name(&w[3]);
        if ((n != 2 && !on) || !word_is_name(&w[1])) {
            diag_add(d, DIAG_ERROR, path, line, n > 1 ? w[1].col : w[0].col + 4, "expected: prop NAME [on BONE]");
            p->bad = true;
        } else if (p->pose.prop_count < 4) {
            p->pose.prop_bones[p->pose.prop_count] = on ? arena_strndup(lib->arena, w[3].s, w[3].n) : NULL;
            p->pose.props[p->pose.prop_count++] = arena_strndup(lib->arena, w[1].s, w[1].n);
        }
        return;
    }
    for (int i = 0; i < n;) {
        Assign a = { .line = line, .col = w[i].col };
        if (!word_is_name(&w[i])) {
            diag_add(d, DIAG_ERROR, path, line, w[i].col, "expected a joint name, found '%.*s'",
                     (int)w[i].n, w[i].s);
            p->bad = true;
            return;
        }
        a.name = arena_strndup(lib->arena, w[i].s, w[i].n);
        int need = word_is(&w[i], "root") ? 2 : 1;
        if (i + need >= n) {
            diag_add(d, DIAG_ERROR, path, line, i + 1 < n ? w[i + 1].col : w[i].col + (int)w[i].n,
                     need == 2 ? "'root' needs two numbers: X Y in metres"
                               : "'%s' needs an angle in degrees", a.name);
            p->bad = true;
            return;
        }
        a.value_col = w[i + 1].col;
        for (int k = 0; k < need; k++) {
            float *dst = k == 0 ? &a.value : &a.value2;
            if (!word_number(&w[i + 1 + k], dst)) {
                diag_add(d, DIAG_ERROR, path, line, w[i + 1 + k].col,
                         "expected a number, found '%.*s'", (int)w[i + 1 + k].n, w[i + 1 + k].s);
                p->bad = true;
                return;
            }
        }
        if (!assign_add(p, a))
            return;
        i += need + 1;
    }
}

void poselib_add_text(PoseLib *lib, const char *path, const char *text, size_t len, DiagList *d)
{
    const char *kept = arena_strdup(lib->arena, path);
    if (!kept)
        return;
    int open = -1; /* the pose the next joint lines belong to */
    size_t pos = 0;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        pos = 3;
    for (int line = 1; pos < len; line++) {
        const char *s = text + pos;
        const char *nl = memchr(s, '\n', len - pos);
        size_t l = nl ? (size_t)(nl - s) : len - pos;
        pos += l + (nl ? 1 : 0);
        Word w[MAX_WORDS];
        int n = split_words(s, l, w);
        if (n == 0)
            continue;
        if (word_is(&w[0], "pose")) {
            parse_pose_line(lib, kept, line, w, n, d);
            open = lib->raw_count - 1;
        } else if (open < 0) {
            diag_add(d, DIAG_ERROR, kept, line, w[0].col,
                     "'%.*s' before any 'pose NAME' line", (int)w[0].n, w[0].s);
        } else {
            parse_joint_line(lib, &lib->raw[open], kept, line, w, n, d);
        }
    }
}

static RawPose *raw_find(PoseLib *lib, const char *name, const RawPose *before)
{
    for (int i = 0; i < lib->raw_count; i++) {
        RawPose *r = &lib->raw[i];
        if (r == before)
            return NULL;
        if (r->name && strcmp(r->name, name) == 0)
            return r;
    }
    return NULL;
}

static void suggest_name(PoseLib *lib, const char *word, char *out, size_t size)
{
    const char *names[512];
    size_t n = 0;
    for (int i = 0; i < lib->raw_count && n < 512; i++)
        if (lib->raw[i].name)
            names[n++] = lib->raw[i].name;
    const char *best = diag_closest(word, names, n);
    if (best)
        snprintf(out, size, " (did you mean '%s'?)", best);
    else if (size)
        out[0] = '\0';
}

static void suggest_bone(const Skeleton *s, const char *word, char *out, size_t size)
{
    const char *names[SKEL_MAX_BONES + 1];
    size_t n = 0;
    for (int i = 0; i < s->bone_count; i++)
        names[n++] = s->bones[i].name;
    names[n++] = "root";
    const char *best = diag_closest(word, names, n);
    if (best)
        snprintf(out, size, " (did you mean '%s'?)", best);
    else if (size)
        out[0] = '\0';
}

/* Sets one bone, checking its range; false (and a diagnostic) when out of range. */
static bool set_bone(const RawPose *p, const Assign *a, int bone, float value, DiagList *d)
{
    const SkelBone *b = &p->pose.skel->bones[bone];
    if (value < b->min || value > b->max) {
        diag_add(d, DIAG_ERROR, p->path, a->line, a->value_col,
                 "angle %g for '%s' is out of its range (%g to %g degrees)", (double)value,
                 b->name, (double)b->min, (double)b->max);
        return false;
    }
    ((RawPose *)p)->pose.angle[bone] = value;
    return true;
}

/* A name the rig lacks may be a pair: `thigh` sets thigh_near and thigh_far on the side
 * rig, and `thigh` on the front rig sets thigh_r and, mirrored, thigh_l. */
static bool apply_pair(RawPose *p, const Assign *a, DiagList *d, bool *ok)
{
    const Skeleton *s = p->pose.skel;
    static const char *const suffixes[][2] = { { "_near", "_far" }, { "_r", "_l" } };
    char n1[80], n2[80];
    for (int k = 0; k < 2; k++) {
        snprintf(n1, sizeof n1, "%s%s", a->name, suffixes[k][0]);
        snprintf(n2, sizeof n2, "%s%s", a->name, suffixes[k][1]);
        int b1 = skeleton_bone(s, n1), b2 = skeleton_bone(s, n2);
        if (b1 >= 0 && b2 >= 0) {
            float v2 = k == 1 ? -a->value : a->value;
            bool r1 = set_bone(p, a, b1, a->value, d), r2 = set_bone(p, a, b2, v2, d);
            *ok = *ok && r1 && r2;
            return true;
        }
    }
    return false;
}

static bool resolve_one(PoseLib *lib, RawPose *p, DiagList *d)
{
    if (p->state == 2)
        return true;
    if (p->state == 3)
        return false;
    p->state = 1;
    bool ok = !p->bad;
    const Pose *base = NULL;
    const Skeleton *skel = NULL;
    if (p->base) {
        RawPose *b = raw_find(lib, p->base, NULL);
        if (!b) {
            char hint[96];
            suggest_name(lib, p->base, hint, sizeof hint);
            diag_add(d, DIAG_ERROR, p->path, p->line, p->base_col, "unknown pose '%s'%s", p->base, hint);
            ok = false;
        } else if (b->state == 1) {
            diag_add(d, DIAG_ERROR, p->path, p->line, p->base_col,
                     "pose '%s' inherits from itself through '%s'", p->name, p->base);
            ok = false;
        } else if (!resolve_one(lib, b, d)) {
            if (p->state == 1) /* not already reported as part of a cycle */
                diag_add(d, DIAG_ERROR, p->path, p->line, p->base_col,
                         "pose '%s' starts from '%s', which has errors", p->name, p->base);
            ok = false;
        } else {
            base = &b->pose;
            skel = base->skel;
        }
    }
    if (p->rig) {
        const Skeleton *want = skeleton_find(p->rig);
        if (!want) {
            diag_add(d, DIAG_ERROR, p->path, p->line, p->rig_col,
                     "unknown rig '%s' (the rigs are 'side' and 'front')", p->rig);
            ok = false;
        } else if (base && want != base->skel) {
            diag_add(d, DIAG_ERROR, p->path, p->line, p->rig_col,
                     "pose '%s' is for the '%s' rig but starts from '%s', a '%s' pose", p->name,
                     want->name, base->name, base->skel->name);
            ok = false;
        } else {
            skel = want;
        }
    }
    if (!skel)
        skel = skeleton_find("side"); /* the default, and where to check a broken pose's lines */
    /* Even when the base is broken, check this pose's own lines: all errors at once. */
    const char *own_props[4], *own_bones[4];
    int own_count = p->pose.prop_count;
    memcpy(own_props, p->pose.props, sizeof own_props);
    memcpy(own_bones, p->pose.prop_bones, sizeof own_bones);
    if (base)
        p->pose = *base;
    else
        pose_rest(skel, &p->pose);
    for (int i = 0; i < own_count && p->pose.prop_count < 4; i++) {
        p->pose.prop_bones[p->pose.prop_count] = own_bones[i];
        p->pose.props[p->pose.prop_count++] = own_props[i];
    }
    p->pose.name = p->name;
    p->pose.path = p->path;
    p->pose.line = p->line;
    p->pose.base = p->base;
    for (int i = 0; i < p->assign_count; i++) {
        const Assign *a = &p->assigns[i];
        if (strcmp(a->name, "root") == 0) {
            if (fabsf(a->value) > 5 || a->value2 < -1 || a->value2 > 3) {
                diag_add(d, DIAG_ERROR, p->path, a->line, a->value_col,
                         "root %g %g is off the stage (x within -5..5 m, y within -1..3 m)",
                         (double)a->value, (double)a->value2);
                ok = false;
            }
            p->pose.root_x = a->value;
            p->pose.root_y = a->value2;
            continue;
        }
        int bone = skeleton_bone(skel, a->name);
        if (bone >= 0) {
            ok &= set_bone(p, a, bone, a->value, d);
        } else if (!apply_pair(p, a, d, &ok)) {
            char hint[96];
            suggest_bone(skel, a->name, hint, sizeof hint);
            diag_add(d, DIAG_ERROR, p->path, a->line, a->col, "unknown joint '%s' in the '%s' rig%s",
                     a->name, skel->name, hint);
            ok = false;
        }
    }
    p->state = ok ? 2 : 3;
    return ok;
}

static int cmp_pose(const void *a, const void *b)
{
    return strcmp((*(const Pose *const *)a)->name, (*(const Pose *const *)b)->name);
}

void poselib_resolve(PoseLib *lib, DiagList *d)
{
    for (int i = 0; i < lib->raw_count; i++) {
        RawPose *r = &lib->raw[i];
        RawPose *first = r->name ? raw_find(lib, r->name, r) : NULL;
        if (first) {
            diag_add(d, DIAG_ERROR, r->path, r->line, r->name_col,
                     "pose '%s' is already defined at %s:%d", r->name, first->path, first->line);
            r->name = NULL; /* the first one stands */
            r->state = 3;
        }
    }
    for (int i = 0; i < lib->raw_count; i++)
        resolve_one(lib, &lib->raw[i], d);
    free(lib->sorted);
    lib->sorted = malloc(((size_t)lib->raw_count + 1) * sizeof *lib->sorted);
    lib->count = 0;
    if (!lib->sorted)
        return;
    for (int i = 0; i < lib->raw_count; i++)
        if (lib->raw[i].state == 2)
            lib->sorted[lib->count++] = &lib->raw[i].pose;
    qsort(lib->sorted, (size_t)lib->count, sizeof *lib->sorted, cmp_pose);
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = NULL;
    size_t cap = 0, n = 0;
    for (;;) {
        if (n + 4096 > cap) {
            cap = cap ? cap * 2 : 8192;
            char *b = realloc(buf, cap);
            if (!b) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = b;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
    }
    fclose(f);
    buf[n] = 0;
    *len = n;
    return buf;
}

PoseLib *poselib_load(const char *content_root, DiagList *d)
{
    PoseLib *lib = poselib_create();
    if (!lib)
        return NULL;
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/poses", content_root);
    DIR *dh = opendir(dir);
    if (!dh) {
        /* A root of cards needs no poses; a move that names one is told it is unknown. */
        poselib_resolve(lib, d);
        return lib;
    }
    char *names[1024];
    size_t count = 0;
    struct dirent *e;
    while ((e = readdir(dh)) && count < 1024) {
        size_t l = strlen(e->d_name);
        if (e->d_name[0] != '.' && l > 5 && strcmp(e->d_name + l - 5, ".pose") == 0)
            names[count++] = arena_strdup(lib->arena, e->d_name);
    }
    closedir(dh);
    qsort(names, count, sizeof names[0], cmp_name);
    for (size_t i = 0; i < count; i++) {
        if (!names[i])
            continue;
        char full[8192], rel[4096];
        snprintf(full, sizeof full, "%s/%s", dir, names[i]);
        snprintf(rel, sizeof rel, "poses/%s", names[i]);
        size_t len = 0;
        char *text = read_file(full, &len);
        if (!text) {
            diag_add(d, DIAG_ERROR, rel, 0, 0, "cannot read: %s", strerror(errno));
            continue;
        }
        poselib_add_text(lib, rel, text, len, d);
        free(text);
    }
    poselib_resolve(lib, d);
    return lib;
}

const Pose *poselib_find(const PoseLib *lib, const char *name)
{
    if (!lib || !name || lib->count == 0)
        return NULL;
    Pose key = { .name = name };
    const Pose *kp = &key;
    const Pose **hit = bsearch(&kp, lib->sorted, (size_t)lib->count, sizeof *lib->sorted, cmp_pose);
    return hit ? *hit : NULL;
}

int poselib_count(const PoseLib *lib)
{
    return lib ? lib->count : 0;
}

const Pose *poselib_at(const PoseLib *lib, int i)
{
    return lib && i >= 0 && i < lib->count ? lib->sorted[i] : NULL;
}

const char *poselib_name(const PoseLib *lib, int i)
{
    const Pose *p = poselib_at(lib, i);
    return p ? p->name : NULL;
}
