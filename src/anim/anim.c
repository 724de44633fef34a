/* anim: loading what the animation draws with: the figure skins (figures/<rig>.skin),
 * the prop images and the sprite sheets. */
#include "anim/anim_internal.h"
#include "model/files.h"

#include <ctype.h>
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const PropDef anim_props[] = {
    /* name     kind        w       h      z     bone      along */
    { "mat",    PROP_MAT,   1.90f,  0.03f, -100, NULL,     0 },
    { "wall",   PROP_WALL,  0.16f,  2.30f, -200, "thorax", 0.55f },
    { "ball",   PROP_BACK,  0.065f, 0.065f, 190, "thorax", 0.55f },
    { "roller", PROP_UNDER, 0.15f,  0.15f,  190, "thorax", 0.6f },
    { "load",   PROP_HELD,  0.36f,  0.26f,  290, NULL,     0 },
};
const int anim_prop_count = (int)(sizeof anim_props / sizeof anim_props[0]);

int anim_sprite_intern(Anim *a, const char *path)
{
    for (int i = 0; i < a->sprite_count; i++)
        if (strcmp(a->sprites[i], path) == 0)
            return i;
    if (a->sprite_count >= ANIM_MAX_SPRITES)
        return -1;
    size_t n = strlen(path) + 1;
    char *s = malloc(n);
    if (!s)
        return -1;
    memcpy(s, path, n);
    a->sprites[a->sprite_count] = s;
    return a->sprite_count++;
}

static bool parse_colour(const char *s, uint8_t out[4])
{
    size_t n = strlen(s);
    if (s[0] != '#' || (n != 7 && n != 9))
        return false;
    unsigned v[4] = { 0, 0, 0, 255 };
    for (size_t i = 0; i < (n - 1) / 2; i++)
        if (sscanf(s + 1 + 2 * i, "%2x", &v[i]) != 1)
            return false;
    for (int i = 0; i < 4; i++)
        out[i] = (uint8_t)v[i];
    return true;
}

typedef struct PartSpec {
    char name[64], fill[256], halo[256];
    float w, h, px, py, tx, ty, depth;
} PartSpec;

static bool kv_pair(const char *v, char sep, float *a, float *b)
{
    char *end;
    *a = strtof(v, &end);
    if (end == v || *end != sep)
        return false;
    const char *p = end + 1;
    *b = strtof(p, &end);
    return end != p && *end == 0;
}

/* part NAME image=FILE [halo=FILE] size=WxH pivot=X,Y tip=X,Y [depth=M] */
static bool parse_part(char **w, int n, const int *col, PartSpec *p, const char *path, int line, DiagList *d)
{
    memset(p, 0, sizeof *p);
    if (n < 2) {
        diag_add(d, DIAG_ERROR, path, line, col[0], "'part' needs a name");
        return false;
    }
    snprintf(p->name, sizeof p->name, "%s", w[1]);
    bool have_size = false, have_pivot = false, have_tip = false;
    for (int i = 2; i < n; i++) {
        char *eq = strchr(w[i], '=');
        bool ok = eq != NULL;
        if (ok) {
            *eq = 0;
            const char *k = w[i], *v = eq + 1;
            if (strcmp(k, "image") == 0)
                snprintf(p->fill, sizeof p->fill, "%s", v);
            else if (strcmp(k, "halo") == 0)
                snprintf(p->halo, sizeof p->halo, "%s", v);
            else if (strcmp(k, "size") == 0)
                ok = have_size = kv_pair(v, 'x', &p->w, &p->h) && p->w > 0 && p->h > 0;
            else if (strcmp(k, "pivot") == 0)
                ok = have_pivot = kv_pair(v, ',', &p->px, &p->py);
            else if (strcmp(k, "tip") == 0)
                ok = have_tip = kv_pair(v, ',', &p->tx, &p->ty);
            else if (strcmp(k, "depth") == 0)
                ok = (p->depth = strtof(v, NULL)) > 0;
            else
                ok = false;
            *eq = '=';
        }
        if (!ok) {
            diag_add(d, DIAG_ERROR, path, line, col[i],
                     "bad part option '%s' (image=FILE halo=FILE size=WxH pivot=X,Y tip=X,Y depth=M)", w[i]);
            return false;
        }
    }
    if (!p->fill[0] || !have_size || !have_pivot || !have_tip || (p->px == p->tx && p->py == p->ty)) {
        diag_add(d, DIAG_ERROR, path, line, col[0],
                 "part '%s' needs image=, size=, and distinct pivot= and tip=", p->name);
        return false;
    }
    return true;
}

/* Where the part image's corners sit on its bone (see PartPlace). */
static void place_part(Anim *a, const SkelBone *b, const PartSpec *p, PartPlace *out)
{
    float dx = p->tx - p->px, dy = p->ty - p->py, len = sqrtf(dx * dx + dy * dy);
    float k = b->length / len;
    dx /= len;
    dy /= len;
    /* Image y runs down, so the bone's counterclockwise side is (dy, -dx) in the image. */
    const float corners[3][2] = { { 0, 0 }, { p->w, 0 }, { 0, p->h } };
    float *dst[3] = { out->o, out->u, out->v };
    for (int c = 0; c < 3; c++) {
        float qx = corners[c][0] - p->px, qy = corners[c][1] - p->py;
        dst[c][0] = k * (qx * dx + qy * dy);
        dst[c][1] = k * (qx * dy - qy * dx);
    }
    out->fill = anim_sprite_intern(a, p->fill);
    out->halo = p->halo[0] ? anim_sprite_intern(a, p->halo) : -1;
    out->depth = p->depth > 0 ? p->depth : 0.1f;
}

static void load_skin(Anim *a, const char *root, const Skeleton *s, RigSkin *skin, DiagList *d)
{
    char rel[256], full[4096];
    snprintf(rel, sizeof rel, "figures/%s.skin", s->name);
    snprintf(full, sizeof full, "%s/%s", root, rel);
    size_t len;
    char *text = files_read(full, 1 << 22, &len); /* a skin is a few lines */
    if (!text) {
        diag_add(d, DIAG_ERROR, rel, 0, 0, "cannot read the skin of the '%s' rig", s->name);
        return;
    }
    static const uint8_t defaults[4][4] = {
        { 0x8F, 0xA9, 0xAE, 255 }, { 0xD5, 0xE3, 0xE0, 255 }, { 0xF2, 0xF6, 0xF4, 255 }, { 0x12, 0x1A, 0x24, 255 }
    };
    memcpy(skin->shade, defaults, sizeof skin->shade);
    memcpy(skin->halo, defaults[3], 4);
    for (int i = 0; i < SKEL_MAX_BONES; i++)
        skin->part[i].fill = skin->part[i].halo = -1;
    bool errors = false;
    int line = 0;
    for (char *ln = text, *next; ln; ln = next) {
        line++;
        next = strchr(ln, '\n');
        if (next)
            *next++ = 0;
        /* '#' starts a comment unless it starts a colour: "#" then a hex digit. */
        for (char *h = strchr(ln, '#'); h; h = strchr(h + 1, '#'))
            if (!isxdigit((unsigned char)h[1])) {
                *h = 0;
                break;
            }
        char *w[16];
        int col[16], n = 0;
        for (char *p = ln; *p && n < 16;) {
            while (*p == ' ' || *p == '\t' || *p == '\r')
                *p++ = 0;
            if (!*p)
                break;
            w[n] = p;
            col[n++] = (int)(p - ln) + 1;
            while (*p && *p != ' ' && *p != '\t' && *p != '\r')
                p++;
        }
        if (n == 0)
            continue;
        if (strcmp(w[0], "skin") == 0) {
            continue;
        } else if (strcmp(w[0], "colour") == 0 || strcmp(w[0], "color") == 0) {
            static const char *const keys[] = { "far", "body", "near", "halo" };
            int k = -1;
            for (int i = 0; n == 3 && i < 4; i++)
                if (strcmp(w[1], keys[i]) == 0)
                    k = i;
            if (k < 0 || !parse_colour(w[2], k == 3 ? skin->halo : skin->shade[k])) {
                diag_add(d, DIAG_ERROR, rel, line, col[0], "expected: colour far|body|near|halo #RRGGBB");
                errors = true;
            }
        } else if (strcmp(w[0], "part") == 0) {
            PartSpec p;
            if (!parse_part(w, n, col, &p, rel, line, d)) {
                errors = true;
                continue;
            }
            for (int b = 0; b < s->bone_count; b++)
                if (strcmp(s->bones[b].part, p.name) == 0)
                    place_part(a, &s->bones[b], &p, &skin->part[b]);
        } else {
            diag_add(d, DIAG_ERROR, rel, line, col[0], "unknown statement '%s' (skin, colour, part)", w[0]);
            errors = true;
        }
    }
    free(text);
    for (int b = 0; b < s->bone_count; b++)
        if (skin->part[b].fill < 0) {
            diag_add(d, DIAG_WARNING, rel, 0, 0, "no part '%s' for bone '%s'", s->bones[b].part,
                     s->bones[b].name);
        }
    skin->loaded = !errors;
}

static int cmp_str(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

static void load_sheets(Anim *a, const char *root, DiagList *d)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/sheets", root);
    DIR *dh = opendir(dir);
    if (!dh)
        return; /* sheets are optional */
    char *names[ANIM_MAX_SHEETS];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(dh)) && n < ANIM_MAX_SHEETS) {
        size_t l = strlen(e->d_name);
        if (e->d_name[0] != '.' && l > 5 && strcmp(e->d_name + l - 5, ".json") == 0) {
            names[n] = malloc(l + 1);
            if (names[n])
                memcpy(names[n++], e->d_name, l + 1);
        }
    }
    closedir(dh);
    qsort(names, (size_t)n, sizeof names[0], cmp_str);
    for (int i = 0; i < n; i++) {
        char rel[512];
        snprintf(rel, sizeof rel, "sheets/%s", names[i]);
        free(names[i]);
        Sheet *s = sheet_load(root, rel, d);
        if (!s)
            continue;
        a->sheet_sprite[a->sheet_count] = anim_sprite_intern(a, s->image);
        a->sheets[a->sheet_count++] = s;
    }
}

Anim *anim_create(const char *content_root, const PoseLib *lib, DiagList *d)
{
    Anim *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->lib = lib;
    for (int i = 0; i < skeleton_count() && i < ANIM_MAX_RIGS; i++)
        load_skin(a, content_root, skeleton_at(i), &a->skins[i], d);
    a->shadow_sprite = anim_sprite_intern(a, "figures/shadow.png");
    for (int i = 0; i < anim_prop_count; i++) {
        char path[64];
        snprintf(path, sizeof path, "props/%s.png", anim_props[i].name);
        a->prop_sprite[i] = anim_sprite_intern(a, path);
    }
    load_sheets(a, content_root, d);
    return a;
}

void anim_destroy(Anim *a)
{
    if (!a)
        return;
    for (int i = 0; i < a->sprite_count; i++)
        free(a->sprites[i]);
    for (int i = 0; i < a->sheet_count; i++)
        sheet_destroy(a->sheets[i]);
    free(a);
}

const PoseLib *anim_poses(const Anim *a)
{
    return a ? a->lib : NULL;
}

int anim_sprite_count(const Anim *a)
{
    return a ? a->sprite_count : 0;
}

const char *anim_sprite_path(const Anim *a, int sprite)
{
    return a && sprite >= 0 && sprite < a->sprite_count ? a->sprites[sprite] : NULL;
}

const Sheet *anim_clip(const Anim *a, const char *name, const SheetTag **tag)
{
    for (int i = 0; a && name && i < a->sheet_count; i++) {
        const SheetTag *t = sheet_tag(a->sheets[i], name);
        if (t) {
            if (tag)
                *tag = t;
            return a->sheets[i];
        }
    }
    return NULL;
}
