/* make_art: draws the figure's part images, the skins, the prop images and the example
 * sprite sheet into a content root (normally assets/). Run through scripts/make-art.
 *
 *   make_art ASSETS_DIR
 *
 * Every shape is a signed distance field in metres (unions of tapered capsules,
 * ellipses and rounded polygons), rasterised with exact antialiasing: a pixel's cover
 * is 0.5 minus its distance from the edge in pixels. Parts are white, so that the
 * skin's colours tint them; each part also gets a halo image, the same shape grown by
 * HALO metres, that the view draws under a group of parts in the stage colour to
 * outline it. A part's image is laid out with its bone pointing right: pivot (the
 * joint it turns about) on the left, tip on the right, the bone's counterclockwise
 * side up; the .skin records the pixel positions. An artist may replace any PNG with
 * one of the same proportions. */
#include "model/poses.h"

#include <SDL.h>
#include <SDL_image.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { PPM = 600 };             /* pixels per metre of the part images */
static const float HALO = 0.013f; /* outline width, metres */

/* ---- shapes ------------------------------------------------------------------- */

typedef enum { SH_CAPSULE, SH_ELLIPSE, SH_POLY } ShapeKind;
typedef struct Prim {
    ShapeKind kind;
    float ax, ay, ar, bx, by, br; /* capsule: two circles; ellipse: centre and radii */
    float px[6], py[6];           /* polygon, counterclockwise-agnostic, convex */
    int n;
    float round;
} Prim;
typedef struct Shape {
    Prim p[8];
    int n;
} Shape;

static float len2(float x, float y)
{
    return sqrtf(x * x + y * y);
}

/* The tapered capsule (convex hull of two circles), after Inigo Quilez's
 * sdUnevenCapsule: t along the axis, s across it. */
static float sd_capsule(float px, float py, const Prim *c)
{
    float dx = c->bx - c->ax, dy = c->by - c->ay, h = len2(dx, dy);
    if (h < 1e-6f)
        return len2(px - c->ax, py - c->ay) - fmaxf(c->ar, c->br);
    float ux = dx / h, uy = dy / h;
    float qx = px - c->ax, qy = py - c->ay;
    float t = qx * ux + qy * uy, s = fabsf(-qx * uy + qy * ux);
    float b = (c->ar - c->br) / h, a = sqrtf(fmaxf(0, 1 - b * b));
    float k = -s * b + t * a;
    if (k < 0)
        return len2(t, s) - c->ar;
    if (k > a * h)
        return len2(t - h, s) - c->br;
    return s * a + t * b - c->ar;
}

static float sd_ellipse(float px, float py, const Prim *e)
{
    float x = (px - e->ax) / e->ar, y = (py - e->ay) / e->br;
    float k0 = len2(x, y);
    float k1 = len2(x / e->ar, y / e->br);
    if (k1 < 1e-9f)
        return -fminf(e->ar, e->br);
    return k0 * (k0 - 1) / k1;
}

static float sd_poly(float px, float py, const Prim *g)
{
    float d = 1e9f;
    bool inside = true;
    float sgn = 0;
    for (int i = 0; i < g->n; i++) {
        int j = (i + 1) % g->n;
        float ex = g->px[j] - g->px[i], ey = g->py[j] - g->py[i];
        float wx = px - g->px[i], wy = py - g->py[i];
        float h = fmaxf(0, fminf(1, (wx * ex + wy * ey) / (ex * ex + ey * ey)));
        d = fminf(d, len2(wx - ex * h, wy - ey * h));
        float c = ex * wy - ey * wx;
        if (sgn == 0)
            sgn = c;
        if (c * sgn < 0)
            inside = false;
    }
    return (inside ? -d : d) - g->round;
}

static float sd_shape(const Shape *s, float x, float y)
{
    float d = 1e9f;
    for (int i = 0; i < s->n; i++) {
        const Prim *p = &s->p[i];
        float v = p->kind == SH_CAPSULE ? sd_capsule(x, y, p) : p->kind == SH_ELLIPSE ? sd_ellipse(x, y, p)
                                                                                      : sd_poly(x, y, p);
        d = fminf(d, v);
    }
    return d;
}

static void cap(Shape *s, float ax, float ay, float ar, float bx, float by, float br)
{
    s->p[s->n++] = (Prim){ .kind = SH_CAPSULE, .ax = ax, .ay = ay, .ar = ar, .bx = bx, .by = by, .br = br };
}

static void ell(Shape *s, float cx, float cy, float rx, float ry)
{
    s->p[s->n++] = (Prim){ .kind = SH_ELLIPSE, .ax = cx, .ay = cy, .ar = rx, .br = ry };
}

static void poly(Shape *s, int n, const float *xy, float round)
{
    Prim p = { .kind = SH_POLY, .n = n, .round = round };
    for (int i = 0; i < n; i++) {
        p.px[i] = xy[2 * i];
        p.py[i] = xy[2 * i + 1];
    }
    s->p[s->n++] = p;
}

/* ---- the canvas ----------------------------------------------------------------- */

typedef struct Canvas {
    int w, h;
    float *px; /* straight-alpha RGBA, 0..1 */
} Canvas;

static Canvas canvas_new(int w, int h, float r, float g, float b)
{
    Canvas c = { w, h, calloc((size_t)w * (size_t)h * 4, sizeof(float)) };
    /* Transparent pixels carry the base colour, so linear filtering has no dark fringe. */
    for (int i = 0; i < w * h; i++) {
        c.px[4 * i] = r;
        c.px[4 * i + 1] = g;
        c.px[4 * i + 2] = b;
    }
    return c;
}

/* Paints shape s (metres; the canvas maps metre (mx0, my1) to pixel (0, 0), y up). */
static void paint(Canvas *c, const Shape *s, float mx0, float my1, float ppm, float r, float g, float b,
                  float alpha, float grow)
{
    for (int y = 0; y < c->h; y++)
        for (int x = 0; x < c->w; x++) {
            float mx = mx0 + ((float)x + 0.5f) / ppm, my = my1 - ((float)y + 0.5f) / ppm;
            float d = (sd_shape(s, mx, my) - grow) * ppm;
            float cov = fmaxf(0, fminf(1, 0.5f - d)) * alpha;
            if (cov <= 0)
                continue;
            float *p = &c->px[4 * (y * c->w + x)];
            float a = cov + p[3] * (1 - cov);
            p[0] = (r * cov + p[0] * p[3] * (1 - cov)) / a;
            p[1] = (g * cov + p[1] * p[3] * (1 - cov)) / a;
            p[2] = (b * cov + p[2] * p[3] * (1 - cov)) / a;
            p[3] = a;
        }
}

static bool canvas_save(Canvas *c, const char *path)
{
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, c->w, c->h, 32, SDL_PIXELFORMAT_RGBA32);
    if (!s)
        return false;
    for (int y = 0; y < c->h; y++) {
        Uint8 *row = (Uint8 *)s->pixels + y * s->pitch;
        for (int x = 0; x < c->w; x++)
            for (int k = 0; k < 4; k++)
                row[4 * x + k] = (Uint8)lrintf(fmaxf(0, fminf(1, c->px[4 * (y * c->w + x) + k])) * 255);
    }
    bool ok = IMG_SavePNG(s, path) == 0;
    if (!ok)
        fprintf(stderr, "make_art: cannot write %s: %s\n", path, IMG_GetError());
    SDL_FreeSurface(s);
    free(c->px);
    c->px = NULL;
    return ok;
}

/* ---- body parts ------------------------------------------------------------------ */

static void shape_extent(const Shape *s, float *x0, float *y0, float *x1, float *y1)
{
    *x0 = *y0 = 1e9f;
    *x1 = *y1 = -1e9f;
    for (int i = 0; i < s->n; i++) {
        const Prim *p = &s->p[i];
        float r = p->kind == SH_POLY ? p->round : fmaxf(p->ar, p->br);
        int n = p->kind == SH_POLY ? p->n : 2;
        for (int k = 0; k < n; k++) {
            float x = p->kind == SH_POLY ? p->px[k] : k ? p->bx : p->ax;
            float y = p->kind == SH_POLY ? p->py[k] : k ? p->by : p->ay;
            float rx = p->kind == SH_CAPSULE ? (k ? p->br : p->ar) : p->kind == SH_ELLIPSE ? p->ar : r;
            float ry = p->kind == SH_CAPSULE ? rx : p->kind == SH_ELLIPSE ? p->br : r;
            *x0 = fminf(*x0, x - rx);
            *x1 = fmaxf(*x1, x + rx);
            *y0 = fminf(*y0, y - ry);
            *y1 = fmaxf(*y1, y + ry);
        }
    }
}

static bool make_part(const char *root, FILE *skin, const char *name, const Shape *s, float length)
{
    float x0, y0, x1, y1;
    shape_extent(s, &x0, &y0, &x1, &y1);
    float pad = HALO + 3.0f / PPM;
    x0 -= pad;
    y0 -= pad;
    x1 += pad;
    y1 += pad;
    int w = (int)ceilf((x1 - x0) * PPM), h = (int)ceilf((y1 - y0) * PPM);
    char path[4096];
    Canvas fill = canvas_new(w, h, 1, 1, 1), halo = canvas_new(w, h, 1, 1, 1);
    paint(&fill, s, x0, y1, PPM, 1, 1, 1, 1, 0);
    paint(&halo, s, x0, y1, PPM, 1, 1, 1, 1, HALO);
    snprintf(path, sizeof path, "%s/figures/parts/%s.png", root, name);
    if (!canvas_save(&fill, path))
        return false;
    snprintf(path, sizeof path, "%s/figures/parts/%s_halo.png", root, name);
    if (!canvas_save(&halo, path))
        return false;
    float px = -x0 * PPM, py = y1 * PPM, tx = (length - x0) * PPM;
    /* Depth: the thickness across the bone at its middle, for props to rest against. */
    float top = 0, bottom = 0;
    for (float y = 0; y < 1; y += 0.002f)
        if (sd_shape(s, length / 2, y) <= 0)
            top = y;
    for (float y = 0; y > -1; y -= 0.002f)
        if (sd_shape(s, length / 2, y) <= 0)
            bottom = y;
    fprintf(skin, "part %-13s image=figures/parts/%s.png halo=figures/parts/%s_halo.png size=%dx%d "
                  "pivot=%.1f,%.1f tip=%.1f,%.1f depth=%.3f\n",
            name, name, name, w, h, (double)px, (double)py, (double)tx, (double)py, (double)(top - bottom));
    return true;
}

static float bone_len(const char *rig, const char *bone)
{
    const Skeleton *s = skeleton_find(rig);
    int i = skeleton_bone(s, bone);
    return i >= 0 ? s->bones[i].length : 0;
}

static bool make_limbs(const char *root, FILE *skin)
{
    Shape s;
    bool ok = true;
    float l;
    l = bone_len("side", "upper_arm_near");
    s.n = 0, cap(&s, 0, 0, 0.05f, l, 0, 0.038f);
    ok &= make_part(root, skin, "upper_arm", &s, l);
    l = bone_len("side", "forearm_near");
    s.n = 0, cap(&s, 0, 0, 0.038f, l, 0, 0.029f);
    ok &= make_part(root, skin, "forearm", &s, l);
    l = bone_len("side", "hand_near");
    s.n = 0, cap(&s, 0, 0, 0.03f, l - 0.02f, 0.003f, 0.026f);
    ok &= make_part(root, skin, "hand", &s, l);
    l = bone_len("side", "thigh_near");
    s.n = 0, cap(&s, 0, 0, 0.088f, l, 0, 0.056f);
    ok &= make_part(root, skin, "thigh", &s, l);
    /* The shin with its calf, which bulges behind (the clockwise side of a down bone). */
    l = bone_len("side", "shin_near");
    s.n = 0, cap(&s, 0, 0, 0.056f, l, 0, 0.04f), ell(&s, 0.15f, -0.012f, 0.13f, 0.056f);
    ok &= make_part(root, skin, "shin", &s, l);
    l = bone_len("side", "neck");
    s.n = 0, cap(&s, -0.01f, 0, 0.05f, l, 0, 0.046f);
    ok &= make_part(root, skin, "neck", &s, l);
    return ok;
}

static bool make_side(const char *root, FILE *skin)
{
    Shape s;
    bool ok = make_limbs(root, skin);
    float l = bone_len("side", "pelvis");
    s.n = 0, cap(&s, 0, 0.012f, 0.108f, l, 0, 0.1f);
    ok &= make_part(root, skin, "pelvis", &s, l);
    l = bone_len("side", "lumbar");
    s.n = 0, cap(&s, 0, 0, 0.1f, l, 0, 0.1f);
    ok &= make_part(root, skin, "lumbar", &s, l);
    /* The chest is deepest in front (clockwise of an upright spine facing +x). */
    l = bone_len("side", "thorax");
    s.n = 0, cap(&s, 0, 0, 0.1f, l - 0.075f, 0.006f, 0.085f), ell(&s, 0.095f, -0.008f, 0.1f, 0.113f);
    ok &= make_part(root, skin, "thorax", &s, l);
    /* The head: a skull behind, a face in front with a nose, so facing reads at once. */
    l = bone_len("side", "head");
    s.n = 0, ell(&s, 0.11f, -0.018f, 0.112f, 0.098f), cap(&s, 0.02f, -0.03f, 0.05f, 0.035f, -0.085f, 0.032f);
    cap(&s, 0.09f, -0.11f, 0.016f, 0.105f, -0.118f, 0.012f);
    ok &= make_part(root, skin, "head", &s, l);
    /* The foot, pointing forward from the ankle: heel behind and below, toes ahead. */
    l = bone_len("side", "foot_near");
    s.n = 0;
    cap(&s, 0, 0, 0.042f, -0.035f, -0.045f, 0.035f);
    cap(&s, -0.035f, -0.045f, 0.035f, l - 0.005f, -0.06f, 0.02f);
    cap(&s, 0, 0, 0.042f, l - 0.005f, -0.06f, 0.02f);
    const float tri[] = { 0, 0, -0.035f, -0.045f, l - 0.005f, -0.06f };
    poly(&s, 3, tri, 0);
    ok &= make_part(root, skin, "foot", &s, l);
    return ok;
}

static bool make_front(const char *root, FILE *skin)
{
    Shape s;
    bool ok = make_limbs(root, skin);
    float l = bone_len("front", "pelvis");
    const float hips[] = { -0.03f, -0.10f, -0.03f, 0.10f, 0.07f, 0.105f, 0.07f, -0.105f };
    s.n = 0, poly(&s, 4, hips, 0.065f);
    ok &= make_part(root, skin, "pelvis_front", &s, l);
    l = bone_len("front", "lumbar");
    s.n = 0, cap(&s, 0, 0, 0.125f, l, 0, 0.13f);
    ok &= make_part(root, skin, "lumbar_front", &s, l);
    l = bone_len("front", "thorax");
    const float chest[] = { 0.02f, -0.085f, 0.02f, 0.085f, 0.185f, 0.135f, 0.185f, -0.135f };
    s.n = 0, poly(&s, 4, chest, 0.06f);
    ok &= make_part(root, skin, "thorax_front", &s, l);
    /* Seen from the front the calf bulges a little on both sides. */
    l = bone_len("front", "shin_r");
    s.n = 0, cap(&s, 0, 0, 0.056f, l, 0, 0.04f), ell(&s, 0.15f, 0, 0.13f, 0.06f);
    ok &= make_part(root, skin, "shin_front", &s, l);
    l = bone_len("front", "head");
    s.n = 0, ell(&s, 0.115f, 0, 0.115f, 0.085f);
    ok &= make_part(root, skin, "head_front", &s, l);
    l = bone_len("front", "foot_r");
    const float foot[] = { 0, -0.028f, 0, 0.028f, l - 0.017f, 0.04f, l - 0.017f, -0.04f };
    s.n = 0, cap(&s, 0, 0, 0.04f, 0.02f, 0, 0.038f), poly(&s, 4, foot, 0.016f);
    ok &= make_part(root, skin, "foot_front", &s, l);
    return ok;
}

static const char skin_head[] =
    "# The figure's look for the '%s' rig, written by tools/make_art (scripts/make-art).\n"
    "# colour: tints of the white part images: far limbs, body, near limbs; halo: the\n"
    "# outline drawn round each group of parts (the stage colour, so groups separate).\n"
    "# part NAME image= halo= size=WxH pivot=X,Y tip=X,Y (pixels: the joint and the\n"
    "# bone's far end in the image) depth= (metres across the bone; props rest on it).\n"
    "skin %s\n"
    "colour far  #7C98A0\n"
    "colour body #CCDDDA\n"
    "colour near #F3F7F5\n"
    "colour halo #121A24\n";

static bool make_skin(const char *root, const char *rig, bool (*fn)(const char *, FILE *))
{
    char path[4096];
    snprintf(path, sizeof path, "%s/figures/%s.skin", root, rig);
    FILE *f = fopen(path, "w");
    if (!f)
        return false;
    fprintf(f, skin_head, rig, rig);
    bool ok = fn(root, f);
    fclose(f);
    return ok;
}

/* ---- props, shadow, sheet ---------------------------------------------------------- */

static bool make_shadow(const char *root)
{
    int w = 256, h = 32;
    Canvas c = canvas_new(w, h, 0.02f, 0.03f, 0.05f);
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            float dx = ((float)x + 0.5f) / (float)w * 2 - 1, dy = ((float)y + 0.5f) / (float)h * 2 - 1;
            float d = sqrtf(dx * dx + dy * dy);
            float a = d >= 1 ? 0 : (1 - d * d) * (1 - d * d) * 0.55f;
            c.px[4 * (y * w + x) + 3] = a;
        }
    char path[4096];
    snprintf(path, sizeof path, "%s/figures/shadow.png", root);
    return canvas_save(&c, path);
}

static void rgb(unsigned hex, float *r, float *g, float *b)
{
    *r = (float)((hex >> 16) & 255) / 255;
    *g = (float)((hex >> 8) & 255) / 255;
    *b = (float)(hex & 255) / 255;
}

static void paint_hex(Canvas *c, const Shape *s, float ppm, unsigned hex, float alpha)
{
    float r, g, b;
    rgb(hex, &r, &g, &b);
    paint(c, s, 0, (float)c->h / ppm, ppm, r, g, b, alpha, 0);
}

static bool save_prop(const char *root, const char *name, Canvas *c)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/props/%s.png", root, name);
    return canvas_save(c, path);
}

static bool make_props(const char *root)
{
    bool ok = true;
    Shape s;
    float r, g, b;
    /* Images are drawn in their own pixel metres (ppm 1: one unit per pixel). */
    rgb(0xE0876A, &r, &g, &b);
    Canvas ball = canvas_new(96, 96, r, g, b);
    s.n = 0, ell(&s, 48, 48, 46, 46), paint_hex(&ball, &s, 1, 0xE0876A, 1);
    s.n = 0, ell(&s, 36, 62, 14, 10), paint_hex(&ball, &s, 1, 0xF2B8A2, 0.8f);
    s.n = 0, cap(&s, 20, 20, 3, 76, 30, 3), paint_hex(&ball, &s, 1, 0xB8644D, 0.7f);
    ok &= save_prop(root, "ball", &ball);

    rgb(0x3E7FA8, &r, &g, &b);
    Canvas roller = canvas_new(192, 192, r, g, b);
    s.n = 0, ell(&s, 96, 96, 94, 94), paint_hex(&roller, &s, 1, 0x2F6688, 1);
    s.n = 0, ell(&s, 96, 96, 84, 84), paint_hex(&roller, &s, 1, 0x3E7FA8, 1);
    s.n = 0, ell(&s, 96, 96, 52, 52), paint_hex(&roller, &s, 1, 0x356F93, 1);
    s.n = 0, ell(&s, 96, 96, 20, 20), paint_hex(&roller, &s, 1, 0x2A5A78, 1);
    ok &= save_prop(root, "roller", &roller);

    rgb(0x3A5568, &r, &g, &b);
    Canvas mat = canvas_new(1024, 16, r, g, b);
    const float slab[] = { 6, 3, 1018, 3, 1018, 13, 6, 13 };
    s.n = 0, poly(&s, 4, slab, 2.5f), paint_hex(&mat, &s, 1, 0x3A5568, 1);
    const float top[] = { 8, 12, 1016, 12, 1016, 13.5f, 8, 13.5f };
    s.n = 0, poly(&s, 4, top, 0.5f), paint_hex(&mat, &s, 1, 0x56778C, 1);
    ok &= save_prop(root, "mat", &mat);

    rgb(0xC49A6C, &r, &g, &b);
    Canvas load = canvas_new(288, 208, r, g, b);
    const float box[] = { 8, 8, 280, 8, 280, 200, 8, 200 };
    s.n = 0, poly(&s, 4, box, 6), paint_hex(&load, &s, 1, 0x9C7550, 1);
    const float face[] = { 16, 16, 272, 16, 272, 192, 16, 192 };
    s.n = 0, poly(&s, 4, face, 3), paint_hex(&load, &s, 1, 0xC49A6C, 1);
    const float tape[] = { 16, 186, 272, 186, 272, 160, 16, 160 };
    s.n = 0, poly(&s, 4, tape, 0), paint_hex(&load, &s, 1, 0xD9BC93, 1);
    ok &= save_prop(root, "load", &load);

    rgb(0x2C3D4F, &r, &g, &b);
    Canvas wall = canvas_new(40, 576, r, g, b);
    const float panel[] = { 0, 0, 40, 0, 40, 576, 0, 576 };
    s.n = 0, poly(&s, 4, panel, 0), paint_hex(&wall, &s, 1, 0x2C3D4F, 1);
    const float edge[] = { 34, 0, 40, 0, 40, 576, 34, 576 };
    s.n = 0, poly(&s, 4, edge, 0), paint_hex(&wall, &s, 1, 0x4A627A, 1);
    ok &= save_prop(root, "wall", &wall);
    return ok;
}

/* A heat pack with warmth rising off it: 8 frames of 128x128 in one row, tags
 * `heat_pack` (the waves rise, loop) and `heat_glow` (the pack pulses, pingpong). */
static bool make_heat_sheet(const char *root)
{
    enum { FW = 128, FH = 128, N = 8 };
    float r, g, b;
    rgb(0xE8925B, &r, &g, &b);
    Canvas c = canvas_new(FW * N, FH, r, g, b);
    for (int f = 0; f < N; f++) {
        float ox = (float)(f * FW);
        Shape s;
        float glow = 0.5f + 0.5f * sinf((float)f / N * 6.2831853f);
        const float pack[] = { ox + 22, 30, ox + 106, 30, ox + 106, 62, ox + 22, 62 };
        s.n = 0, poly(&s, 4, pack, 12), paint_hex(&c, &s, 1, 0xE8925B, 1);
        const float inner[] = { ox + 30, 38, ox + 98, 38, ox + 98, 54, ox + 30, 54 };
        s.n = 0, poly(&s, 4, inner, 6), paint_hex(&c, &s, 1, 0xF5B98A, 0.35f + 0.4f * glow);
        /* Three wavy lines, drawn as chains of short capsules, rising with the frame. */
        for (int w = 0; w < 3; w++) {
            float x = ox + 40 + 24 * (float)w, phase = (float)f / N * 6.2831853f;
            s.n = 0;
            for (int k = 0; k < 7 && s.n < 8; k++) {
                float y0 = 74 + 6.5f * (float)k, y1 = y0 + 6.5f;
                float x0 = x + 6 * sinf(y0 / 7 - phase), x1 = x + 6 * sinf(y1 / 7 - phase);
                cap(&s, x0, y0, 3.2f, x1, y1, 3.2f);
            }
            paint_hex(&c, &s, 1, 0xF2C7A0, 0.9f);
        }
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/sheets/heat.png", root);
    if (!canvas_save(&c, path))
        return false;
    snprintf(path, sizeof path, "%s/sheets/heat.json", root);
    FILE *j = fopen(path, "w");
    if (!j)
        return false;
    fprintf(j, "{ \"frames\": [\n");
    for (int f = 0; f < N; f++)
        fprintf(j,
                "  { \"filename\": \"heat %d.aseprite\", \"frame\": { \"x\": %d, \"y\": 0, \"w\": %d, \"h\": %d },"
                " \"rotated\": false, \"trimmed\": false,"
                " \"spriteSourceSize\": { \"x\": 0, \"y\": 0, \"w\": %d, \"h\": %d },"
                " \"sourceSize\": { \"w\": %d, \"h\": %d }, \"duration\": 120 }%s\n",
                f, f * FW, FW, FH, FW, FH, FW, FH, f + 1 < N ? "," : "");
    fprintf(j, " ],\n \"meta\": { \"app\": \"limber tools/make_art\", \"version\": \"1\", \"image\": \"heat.png\","
               " \"format\": \"RGBA8888\", \"size\": { \"w\": %d, \"h\": %d }, \"scale\": \"1\",\n"
               "  \"frameTags\": [\n"
               "   { \"name\": \"heat_pack\", \"from\": 0, \"to\": %d, \"direction\": \"forward\" },\n"
               "   { \"name\": \"heat_glow\", \"from\": 0, \"to\": 4, \"direction\": \"pingpong\" }\n"
               "  ], \"layers\": [], \"slices\": [] }\n}\n",
            FW * N, FH, N - 1);
    fclose(j);
    return true;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: make_art ASSETS_DIR\n");
        return 2;
    }
    const char *root = argv[1];
    bool ok = make_skin(root, "side", make_side) && make_skin(root, "front", make_front) &&
              make_shadow(root) && make_props(root) && make_heat_sheet(root);
    IMG_Quit();
    return ok ? 0 : 1;
}
