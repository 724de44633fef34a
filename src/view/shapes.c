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
