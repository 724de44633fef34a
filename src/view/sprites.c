#include "view/sprites.h"

#include "platform/log.h"

#include <SDL_image.h>
#include <math.h>
#include <stdio.h>

enum { LEVELS = 4 };

/* An image and its halvings: level k is 1 / 2^k of the full size. */
typedef struct SpriteTex {
    SDL_Texture *level[LEVELS];
    int levels;
    int w, h;
    bool tried; /* loaded, or failed and logged */
} SpriteTex;

struct Sprites {
    SDL_Renderer *renderer;
    const Anim *anim;
    char *root;
    SpriteTex *tex;
    int count;
    int missing;
    size_t bytes;
};

/* Half size by 2x2 box filter, colour weighted by alpha so edges keep their colour. */
static SDL_Surface *halve(SDL_Surface *src)
{
    int w = src->w / 2, h = src->h / 2;
    SDL_Surface *dst = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_RGBA32);
    if (!dst)
        return NULL;
    for (int y = 0; y < h; y++) {
        Uint8 *out = (Uint8 *)dst->pixels + y * dst->pitch;
        for (int x = 0; x < w; x++) {
            unsigned sum[4] = { 0, 0, 0, 0 }, plain[3] = { 0, 0, 0 };
            for (int k = 0; k < 4; k++) {
                const Uint8 *p = (const Uint8 *)src->pixels + (2 * y + k / 2) * src->pitch + 4 * (2 * x + k % 2);
                for (int c = 0; c < 3; c++) {
                    sum[c] += p[c] * p[3];
                    plain[c] += p[c];
                }
                sum[3] += p[3];
            }
            for (int c = 0; c < 3; c++)
                out[4 * x + c] = (Uint8)(sum[3] ? sum[c] / sum[3] : plain[c] / 4);
            out[4 * x + 3] = (Uint8)(sum[3] / 4);
        }
    }
    return dst;
}

static SDL_Texture *make_texture(SDL_Renderer *r, SDL_Surface *s)
{
    SDL_Texture *t = SDL_CreateTextureFromSurface(r, s);
    if (t) {
        SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
        SDL_SetTextureScaleMode(t, SDL_ScaleModeLinear);
    }
    return t;
}

static void load_one(Sprites *sp, SpriteTex *st, const char *root, const char *rel)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", root, rel);
    SDL_Surface *raw = IMG_Load(path);
    SDL_Surface *s = raw ? SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_RGBA32, 0) : NULL;
    SDL_FreeSurface(raw);
    if (!s) {
        log_warn("%s: cannot load the image: %s", rel, IMG_GetError());
        sp->missing++;
        return;
    }
    st->w = s->w;
    st->h = s->h;
    /* Smaller copies, so that an item is never drawn from an image more than twice its
     * size: a bilinear filter shrinking further skips pixels, and thin outlines vanish. */
    while (s && st->levels < LEVELS) {
        SDL_Texture *t = make_texture(sp->renderer, s);
        if (!t)
            break;
        st->level[st->levels++] = t;
        sp->bytes += (size_t)s->w * (size_t)s->h * 4;
        SDL_Surface *smaller = s->w > 64 && s->h > 8 ? halve(s) : NULL;
        SDL_FreeSurface(s);
        s = smaller;
    }
    SDL_FreeSurface(s);
    if (!st->levels) {
        log_warn("%s: cannot make a texture: %s", rel, SDL_GetError());
        sp->missing++;
    }
}

static void load_once(Sprites *sp, int i)
{
    if (!sp->tex[i].tried) {
        sp->tex[i].tried = true;
        load_one(sp, &sp->tex[i], sp->root, anim_sprite_path(sp->anim, i));
    }
}

void sprites_load_all(Sprites *sp)
{
    for (int i = 0; sp && i < sp->count; i++)
        load_once(sp, i);
}

Sprites *sprites_create(SDL_Renderer *renderer, const Anim *anim, const char *content_root)
{
    Sprites *sp = SDL_calloc(1, sizeof *sp);
    if (!sp)
        return NULL;
    sp->renderer = renderer;
    sp->anim = anim;
    sp->root = SDL_strdup(content_root ? content_root : ".");
    sp->count = anim_sprite_count(anim);
    sp->tex = SDL_calloc((size_t)(sp->count ? sp->count : 1), sizeof *sp->tex);
    if (!sp->tex || !sp->root) {
        sprites_destroy(sp);
        return NULL;
    }
    return sp;
}

void sprites_destroy(Sprites *sp)
{
    if (!sp)
        return;
    for (int i = 0; sp->tex && i < sp->count; i++)
        for (int k = 0; k < sp->tex[i].levels; k++)
            SDL_DestroyTexture(sp->tex[i].level[k]);
    SDL_free(sp->tex);
    SDL_free(sp->root);
    SDL_free(sp);
}

StageView sprites_fit(StageBox box, SDL_Rect rect)
{
    StageView sv = { 1, (float)rect.x, (float)(rect.y + rect.h) };
    if (stagebox_is_empty(box) || rect.w <= 0 || rect.h <= 0)
        return sv;
    float bw = fmaxf(box.x1 - box.x0, 1e-3f), bh = fmaxf(box.y1 - box.y0, 1e-3f);
    sv.scale = fminf((float)rect.w / bw, (float)rect.h / bh);
    sv.x0 = (float)rect.x + ((float)rect.w - bw * sv.scale) / 2 - box.x0 * sv.scale;
    sv.y0 = (float)rect.y + ((float)rect.h + bh * sv.scale) / 2 + box.y0 * sv.scale;
    return sv;
}

void sprites_draw(Sprites *sp, const DrawList *dl, const StageView *sv)
{
    for (int i = 0; i < dl->count; i++) {
        const DrawItem *it = &dl->items[i];
        if (it->sprite < 0 || it->sprite >= sp->count)
            continue;
        SpriteTex *st = &sp->tex[it->sprite];
        load_once(sp, it->sprite);
        if (!st->levels)
            continue;
        /* Screen space: y runs down. */
        float ox = sv->x0 + it->ox * sv->scale, oy = sv->y0 - it->oy * sv->scale;
        float ux = it->ux * sv->scale, uy = -it->uy * sv->scale;
        float vx = it->vx * sv->scale, vy = -it->vy * sv->scale;
        float w = sqrtf(ux * ux + uy * uy), h = sqrtf(vx * vx + vy * vy);
        if (w < 0.5f || h < 0.5f)
            continue;
        SDL_Rect src = { it->src_x, it->src_y, it->src_w, it->src_h };
        bool whole = it->src_w <= 0 || it->src_h <= 0;
        if (whole)
            src = (SDL_Rect){ 0, 0, st->w, st->h };
        int k = 0;
        while (whole && k + 1 < st->levels && w < (float)(st->w >> k) * 0.5f && h < (float)(st->h >> k) * 0.5f)
            k++;
        SDL_Texture *t = st->level[k];
        if (k)
            src = (SDL_Rect){ 0, 0, st->w >> k, st->h >> k };
        SDL_SetTextureColorMod(t, it->r, it->g, it->b);
        SDL_SetTextureAlphaMod(t, it->a);
        SDL_FRect dst = { ox + (ux + vx) / 2 - w / 2, oy + (uy + vy) / 2 - h / 2, w, h };
        double angle = atan2((double)uy, (double)ux) * 180.0 / M_PI;
        /* Upright in screen space means v is clockwise of u: cross > 0 with y down. */
        SDL_RendererFlip flip = ux * vy - uy * vx < 0 ? SDL_FLIP_VERTICAL : SDL_FLIP_NONE;
        SDL_RenderCopyExF(sp->renderer, t, &src, &dst, angle, NULL, flip);
    }
}

size_t sprites_texture_bytes(const Sprites *sp)
{
    return sp ? sp->bytes : 0;
}

int sprites_missing(const Sprites *sp)
{
    return sp ? sp->missing : 0;
}
