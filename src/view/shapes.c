#include "view/shapes.h"

#include <math.h>

enum { MAX_SEGMENTS = 256 };

static SDL_Vertex vert(float x, float y, SDL_Color c)
{
    return (SDL_Vertex){ { x, y }, c, { 0, 0 } };
}

static SDL_Color clear(SDL_Color c)
{
    c.a = 0;
    return c;
}

/* Quads of a band between two radii, with colours per edge. */
static void band(SDL_Renderer *r, float cx, float cy, float ra, float rb, float from, float to,
                 SDL_Color ca, SDL_Color cb)
{
    if (to <= from || rb <= ra)
        return;
    float span = (to - from) * 2.0f * (float)M_PI;
    int n = (int)(span * rb / 6.0f) + 2; /* a vertex every ~6 px of arc */
    if (n > MAX_SEGMENTS)
        n = MAX_SEGMENTS;
    static SDL_Vertex v[(MAX_SEGMENTS + 1) * 2];
    static int idx[MAX_SEGMENTS * 6];
    for (int i = 0; i <= n; i++) {
        float a = from * 2.0f * (float)M_PI + span * (float)i / (float)n;
        float s = sinf(a), c = -cosf(a);
        v[2 * i] = vert(cx + s * ra, cy + c * ra, ca);
        v[2 * i + 1] = vert(cx + s * rb, cy + c * rb, cb);
    }
    for (int i = 0; i < n; i++) {
        int *q = &idx[6 * i];
        q[0] = 2 * i; q[1] = 2 * i + 1; q[2] = 2 * i + 2;
        q[3] = 2 * i + 1; q[4] = 2 * i + 3; q[5] = 2 * i + 2;
    }
    SDL_RenderGeometry(r, NULL, v, 2 * (n + 1), idx, 6 * n);
}

void shapes_arc(SDL_Renderer *r, float cx, float cy, float r_in, float r_out, float from, float to,
                SDL_Color c)
{
    const float f = 1.0f;
    band(r, cx, cy, r_in - f, r_in, from, to, clear(c), c);
    band(r, cx, cy, r_in, r_out, from, to, c, c);
    band(r, cx, cy, r_out, r_out + f, from, to, c, clear(c));
}

static float clamp01(float x)
{
    return x < 0.0f ? 0.0f : x > 1.0f ? 1.0f : x;
}

/* Straight-alpha "over" of colour c at coverage a onto one ARGB8888 pixel. */
static Uint32 over(Uint32 dst, SDL_Color c, float a)
{
    float sa = a * (float)c.a / 255.0f, da = (float)(dst >> 24) / 255.0f;
    float oa = sa + da * (1.0f - sa);
    if (oa <= 0.0f)
        return 0;
    float ch[3] = { (float)c.r, (float)c.g, (float)c.b };
    Uint32 out = (Uint32)(oa * 255.0f + 0.5f) << 24;
    for (int k = 0; k < 3; k++) {
        float d = (float)((dst >> (16 - 8 * k)) & 0xFF);
        float v = (ch[k] * sa + d * da * (1.0f - sa)) / oa;
        out |= (Uint32)(v + 0.5f) << (16 - 8 * k);
    }
    return out;
}

void shapes_arc_pixels(Uint32 *px, int pitch, int w, int h, float cx, float cy, float r_in, float r_out,
                       float from, float to, SDL_Color c)
{
    float span = to - from;
    if (span <= 0.0f || r_out <= r_in)
        return;
    const float turn = 2.0f * (float)M_PI;
    int y0 = SDL_max(0, (int)(cy - r_out - 1.0f)), y1 = SDL_min(h, (int)(cy + r_out + 2.0f));
    for (int y = y0; y < y1; y++) {
        float dy = (float)y + 0.5f - cy;
        /* Only the columns the outer circle reaches. */
        float half = r_out + 1.0f > SDL_fabsf(dy) ? SDL_sqrtf((r_out + 1.0f) * (r_out + 1.0f) - dy * dy) : -1.0f;
        if (half < 0.0f)
            continue;
        int x0 = SDL_max(0, (int)(cx - half)), x1 = SDL_min(w, (int)(cx + half) + 1);
        for (int x = x0; x < x1; x++) {
            float dx = (float)x + 0.5f - cx, d = SDL_sqrtf(dx * dx + dy * dy);
            float cover = clamp01(r_out - d + 0.5f) * clamp01(d - r_in + 0.5f);
            if (cover <= 0.0f)
                continue;
            if (span < 1.0f) {
                /* Where along the turn (0 at 12 o'clock, clockwise), in pixels of arc
                 * from the nearer end: inside the segment or outside it. */
                float a = SDL_atan2f(dx, -dy) / turn;
                float t = a - from - SDL_floorf(a - from);
                float along = t <= span ? SDL_min(t, span - t) * turn * d : -SDL_min(t - span, 1.0f - t) * turn * d;
                cover *= clamp01(along + 0.5f);
            }
            if (cover > 0.0f)
                px[y * pitch + x] = over(px[y * pitch + x], c, cover);
        }
    }
}

void shapes_disc(SDL_Renderer *r, float cx, float cy, float radius, SDL_Color c)
{
    band(r, cx, cy, 0.0f, radius, 0.0f, 1.0f, c, c);
    band(r, cx, cy, radius, radius + 1.0f, 0.0f, 1.0f, c, clear(c));
}

void shapes_round_rect(SDL_Renderer *r, SDL_FRect rect, float rad, SDL_Color c)
{
    if (rect.w <= 0 || rect.h <= 0)
        return;
    if (rad > rect.w / 2)
        rad = rect.w / 2;
    if (rad > rect.h / 2)
        rad = rect.h / 2;
    SDL_SetRenderDrawColor(r, c.r, c.g, c.b, c.a);
    SDL_FRect mid = { rect.x + rad, rect.y, rect.w - 2 * rad, rect.h };
    SDL_RenderFillRectF(r, &mid);
    SDL_FRect left = { rect.x, rect.y + rad, rad, rect.h - 2 * rad };
    SDL_FRect right = { rect.x + rect.w - rad, rect.y + rad, rad, rect.h - 2 * rad };
    SDL_RenderFillRectF(r, &left);
    SDL_RenderFillRectF(r, &right);
    /* Corners: quarter discs with a feather. */
    float xs[4] = { rect.x + rad, rect.x + rect.w - rad, rect.x + rect.w - rad, rect.x + rad };
    float ys[4] = { rect.y + rad, rect.y + rad, rect.y + rect.h - rad, rect.y + rect.h - rad };
    for (int i = 0; i < 4; i++) {
        float from = (float)((i + 3) % 4) * 0.25f;
        band(r, xs[i], ys[i], 0.0f, rad, from, from + 0.25f, c, c);
        band(r, xs[i], ys[i], rad, rad + 1.0f, from, from + 0.25f, c, clear(c));
    }
}

void shapes_bar(SDL_Renderer *r, SDL_FRect rect, SDL_Color c)
{
    shapes_round_rect(r, rect, rect.h < rect.w ? rect.h / 2 : rect.w / 2, c);
}
