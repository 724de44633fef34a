#include "anim/sheet.h"

#include <cJSON.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *dup_str(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

void sheet_destroy(Sheet *s)
{
    if (!s)
        return;
    for (int i = 0; i < s->tag_count; i++)
        free(s->tags[i].name);
    free(s->tags);
    free(s->frames);
    free(s->image);
    free(s);
}

static bool get_int(const cJSON *obj, const char *key, int *out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    /* A number beyond int (1e60, from a hand-edited file) is no int: converting it is
     * undefined behaviour, and no sheet has a frame that big. */
    if (!cJSON_IsNumber(v) || !(v->valuedouble >= INT_MIN && v->valuedouble <= INT_MAX))
        return false;
    *out = (int)v->valuedouble;
    return true;
}

static bool get_rect(const cJSON *obj, const char *key, int *x, int *y, int *w, int *h)
{
    const cJSON *r = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsObject(r) && get_int(r, "x", x) && get_int(r, "y", y) && get_int(r, "w", w) &&
           get_int(r, "h", h);
}

static bool parse_frame(const cJSON *f, SheetFrame *out, const char *path, int index, DiagList *d)
{
    memset(out, 0, sizeof *out);
    if (!get_rect(f, "frame", &out->x, &out->y, &out->w, &out->h) || out->w <= 0 || out->h <= 0) {
        diag_add(d, DIAG_ERROR, path, 0, 0, "frame %d has no valid \"frame\" rectangle", index);
        return false;
    }
    if (cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(f, "rotated"))) {
        diag_add(d, DIAG_ERROR, path, 0, 0, "frame %d is rotated; export the sheet without rotation", index);
        return false;
    }
    if (!get_int(f, "duration", &out->duration_ms) || out->duration_ms <= 0)
        out->duration_ms = 100; /* Aseprite's own default */
    int sx, sy, sw, sh;
    out->full_w = out->w;
    out->full_h = out->h;
    if (get_rect(f, "spriteSourceSize", &sx, &sy, &sw, &sh)) {
        out->off_x = sx;
        out->off_y = sy;
    }
    const cJSON *size = cJSON_GetObjectItemCaseSensitive(f, "sourceSize");
    int fw, fh;
    if (cJSON_IsObject(size) && get_int(size, "w", &fw) && get_int(size, "h", &fh) && fw > 0 && fh > 0) {
        out->full_w = fw;
        out->full_h = fh;
    }
    return true;
}

static bool parse_dir(const char *s, SheetDir *out)
{
    static const char *const names[] = { "forward", "reverse", "pingpong", "pingpong_reverse" };
    for (int i = 0; i < 4; i++)
        if (strcmp(s, names[i]) == 0) {
            *out = (SheetDir)i;
            return true;
        }
    return false;
}

/* The tag list, or one tag of every frame named after the file when there are none. */
static bool parse_tags(Sheet *s, const cJSON *meta, const char *path, DiagList *d)
{
    const cJSON *tags = cJSON_GetObjectItemCaseSensitive(meta, "frameTags");
    int n = cJSON_IsArray(tags) ? cJSON_GetArraySize(tags) : 0;
    s->tags = calloc((size_t)(n ? n : 1), sizeof *s->tags);
    if (!s->tags)
        return false;
    if (n == 0) {
        const char *base = strrchr(path, '/');
        base = base ? base + 1 : path;
        size_t len = strcspn(base, ".");
        s->tags[0].name = malloc(len + 1);
        if (!s->tags[0].name)
            return false;
        memcpy(s->tags[0].name, base, len);
        s->tags[0].name[len] = 0;
        s->tags[0].to = s->frame_count - 1;
        s->tag_count = 1;
        return true;
    }
    const cJSON *t;
    cJSON_ArrayForEach(t, tags) {
        SheetTag *tag = &s->tags[s->tag_count];
        const cJSON *name = cJSON_GetObjectItemCaseSensitive(t, "name");
        const cJSON *dir = cJSON_GetObjectItemCaseSensitive(t, "direction");
        if (!cJSON_IsString(name) || !get_int(t, "from", &tag->from) || !get_int(t, "to", &tag->to)) {
            diag_add(d, DIAG_ERROR, path, 0, 0, "frame tag %d needs a name, from and to", s->tag_count);
            return false;
        }
        if (tag->from < 0 || tag->to >= s->frame_count || tag->from > tag->to) {
            diag_add(d, DIAG_ERROR, path, 0, 0, "frame tag '%s' runs %d..%d, outside the %d frames",
                     name->valuestring, tag->from, tag->to, s->frame_count);
            return false;
        }
        tag->dir = SHEET_FORWARD;
        if (cJSON_IsString(dir) && !parse_dir(dir->valuestring, &tag->dir)) {
            diag_add(d, DIAG_ERROR, path, 0, 0,
                     "frame tag '%s' has direction '%s' (forward, reverse, pingpong or pingpong_reverse)",
                     name->valuestring, dir->valuestring);
            return false;
        }
        tag->name = dup_str(name->valuestring);
        if (!tag->name)
            return false;
        s->tag_count++;
    }
    return true;
}

Sheet *sheet_parse(const char *json, size_t len, const char *path, DiagList *d)
{
    cJSON *root = cJSON_ParseWithLength(json, len);
    if (!root) {
        diag_add(d, DIAG_ERROR, path, 0, 0, "not valid JSON");
        return NULL;
    }
    Sheet *s = calloc(1, sizeof *s);
    if (!s)
        goto fail;
    const cJSON *frames = cJSON_GetObjectItemCaseSensitive(root, "frames");
    const cJSON *meta = cJSON_GetObjectItemCaseSensitive(root, "meta");
    const cJSON *image = meta ? cJSON_GetObjectItemCaseSensitive(meta, "image") : NULL;
    int n = (cJSON_IsArray(frames) || cJSON_IsObject(frames)) ? cJSON_GetArraySize(frames) : 0;
    if (n == 0 || !cJSON_IsObject(meta) || !cJSON_IsString(image)) {
        diag_add(d, DIAG_ERROR, path, 0, 0,
                 "not an Aseprite sprite sheet: needs \"frames\" (array or hash) and \"meta\" with \"image\"");
        goto fail;
    }
    const char *img = image->valuestring;
    if (img[0] == '/' || strstr(img, "..")) {
        diag_add(d, DIAG_ERROR, path, 0, 0, "meta.image '%s' must be a file beside the JSON", img);
        goto fail;
    }
    const char *slash = strrchr(path, '/');
    size_t dirlen = slash ? (size_t)(slash - path + 1) : 0;
    s->image = malloc(dirlen + strlen(img) + 1);
    if (!s->image)
        goto fail;
    memcpy(s->image, path, dirlen);
    strcpy(s->image + dirlen, img);
    const cJSON *size = cJSON_GetObjectItemCaseSensitive(meta, "size");
    if (!cJSON_IsObject(size) || !get_int(size, "w", &s->image_w) || !get_int(size, "h", &s->image_h)) {
        diag_add(d, DIAG_ERROR, path, 0, 0, "meta.size needs w and h");
        goto fail;
    }
    s->frames = calloc((size_t)n, sizeof *s->frames);
    if (!s->frames)
        goto fail;
    const cJSON *f;
    cJSON_ArrayForEach(f, frames) {
        SheetFrame *fr = &s->frames[s->frame_count];
        if (!parse_frame(f, fr, path, s->frame_count, d))
            goto fail;
        if (fr->x < 0 || fr->y < 0 || fr->x + fr->w > s->image_w || fr->y + fr->h > s->image_h) {
            diag_add(d, DIAG_ERROR, path, 0, 0, "frame %d lies outside the %dx%d image", s->frame_count,
                     s->image_w, s->image_h);
            goto fail;
        }
        s->frame_count++;
    }
    if (!parse_tags(s, meta, path, d))
        goto fail;
    cJSON_Delete(root);
    return s;
fail:
    cJSON_Delete(root);
    sheet_destroy(s);
    return NULL;
}

Sheet *sheet_load(const char *content_root, const char *rel_path, DiagList *d)
{
    char full[4096];
    snprintf(full, sizeof full, "%s/%s", content_root, rel_path);
    FILE *f = fopen(full, "rb");
    if (!f) {
        diag_add(d, DIAG_ERROR, rel_path, 0, 0, "cannot read the sheet");
        return NULL;
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = n >= 0 && n < (64L << 20) ? malloc((size_t)n + 1) : NULL;
    if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
        diag_add(d, DIAG_ERROR, rel_path, 0, 0, "cannot read the sheet");
        free(buf);
        fclose(f);
        return NULL;
    }
    fclose(f);
    Sheet *s = sheet_parse(buf, (size_t)n, rel_path, d);
    free(buf);
    return s;
}

const SheetTag *sheet_tag(const Sheet *s, const char *name)
{
    for (int i = 0; s && name && i < s->tag_count; i++)
        if (strcmp(s->tags[i].name, name) == 0)
            return &s->tags[i];
    return NULL;
}

int sheet_sequence(const Sheet *s, const SheetTag *tag, bool loop, int *out, int cap)
{
    (void)s;
    int n = 0, a = tag->from, b = tag->to;
#define PUT(v) do { if (n < cap) out[n] = (v); n++; } while (0)
    switch (tag->dir) {
    case SHEET_FORWARD:
        for (int i = a; i <= b; i++)
            PUT(i);
        break;
    case SHEET_REVERSE:
        for (int i = b; i >= a; i--)
            PUT(i);
        break;
    case SHEET_PINGPONG:
        for (int i = a; i <= b; i++)
            PUT(i);
        for (int i = b - 1; i > a; i--)
            PUT(i);
        if (!loop && b > a)
            PUT(a);
        break;
    case SHEET_PINGPONG_REVERSE:
        for (int i = b; i >= a; i--)
            PUT(i);
        for (int i = a + 1; i < b; i++)
            PUT(i);
        if (!loop && b > a)
            PUT(b);
        break;
    }
#undef PUT
    return n;
}

int64_t sheet_clip_ms(const Sheet *s, const SheetTag *tag, bool loop)
{
    int seq[1024];
    int n = sheet_sequence(s, tag, loop, seq, 1024);
    int64_t total = 0;
    for (int i = 0; i < n && i < 1024; i++)
        total += s->frames[seq[i]].duration_ms;
    return total;
}

int sheet_frame_at(const Sheet *s, const SheetTag *tag, int64_t t_ms, bool loop)
{
    int seq[1024];
    int n = sheet_sequence(s, tag, loop, seq, 1024);
    if (n > 1024)
        n = 1024;
    int64_t total = 0;
    for (int i = 0; i < n; i++)
        total += s->frames[seq[i]].duration_ms;
    if (t_ms < 0)
        t_ms = 0;
    if (loop)
        t_ms %= total;
    else if (t_ms >= total)
        return seq[n - 1];
    for (int i = 0; i < n; i++) {
        t_ms -= s->frames[seq[i]].duration_ms;
        if (t_ms < 0)
            return seq[i];
    }
    return seq[n - 1];
}
