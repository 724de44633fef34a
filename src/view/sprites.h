/* sprites: the SDL side of the animation: loads the images an Anim names once, as
 * textures with linear filtering, and draws a DrawList into a rectangle of the window.
 *
 *   Sprites *sp = sprites_create(renderer, anim, content_root);  // NULL only on OOM
 *   StageView sv = sprites_fit(animate_move_bounds(anim, move), rect);
 *   animate_move(anim, move, t_ms, &dl);
 *   sprites_draw(sp, &dl, &sv);
 *   sprites_destroy(sp);                                          // NULL is a no-op
 *
 * An image is loaded the first time an item is drawn from it, or by sprites_load_all()
 * (the app calls it once its first frame is up: the first frame comes sooner, and every
 * broken image is still reported at start). A missing or unreadable image is logged
 * once and its items are skipped; the rest draws. Each item is one SDL_RenderCopyExF (a rotated, possibly mirrored, rectangle);
 * images with more than 64 pixels a side also get half, quarter and eighth-size copies
 * (while a side stays over 64), and an item is drawn from the smallest that is at
 * least half its size: small figures stay smooth and keep their thin outlines. */
#ifndef LIMBER_SPRITES_H
#define LIMBER_SPRITES_H

#include "anim/animate.h"

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct Sprites Sprites;

/* How stage metres map to pixels: px = x0 + x * scale, py = y0 - y * scale. */
typedef struct StageView {
    float scale; /* pixels per metre */
    float x0, y0;
} StageView;

Sprites *sprites_create(SDL_Renderer *renderer, const Anim *anim, const char *content_root);
void sprites_destroy(Sprites *sp);

/* The largest view that shows all of box inside rect, centred in it. */
StageView sprites_fit(StageBox box, SDL_Rect rect);

void sprites_draw(Sprites *sp, const DrawList *dl, const StageView *sv);

/* Loads every image not loaded yet. */
void sprites_load_all(Sprites *sp);

/* Texture memory held, in bytes (4 per pixel, every size), and images that failed:
 * of the images drawn so far. */
size_t sprites_texture_bytes(const Sprites *sp);
int sprites_missing(const Sprites *sp);

#endif
