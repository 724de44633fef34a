/* shapes: antialiased arcs, discs and rounded bars through SDL_RenderGeometry. The
 * software renderer draws triangles without antialiasing, so every shape carries a
 * one-pixel feather (vertices whose alpha falls to zero) to keep its edges smooth.
 *
 *   shapes_arc(r, cx, cy, r_in, r_out, 0.0f, 0.75f, colour);  // clockwise from 12 o'clock
 *   shapes_bar(r, rect, colour);                               // pill-shaped ends
 */
#ifndef LIMBER_SHAPES_H
#define LIMBER_SHAPES_H

#include <SDL.h>

/* A ring segment from fraction `from` to `to` of a full turn (0 = 12 o'clock). */
void shapes_arc(SDL_Renderer *r, float cx, float cy, float r_in, float r_out, float from, float to,
                SDL_Color c);

/* The same ring segment drawn over ARGB8888 pixels (pitch in pixels), exactly
 * antialiased: each pixel's coverage comes from its distance to the two circles and
 * to the segment's ends. For pictures drawn once and kept (the countdown ring): the
 * software renderer's triangles leave specks along a feather. */
void shapes_arc_pixels(Uint32 *px, int pitch, int w, int h, float cx, float cy, float r_in, float r_out,
                       float from, float to, SDL_Color c);

void shapes_disc(SDL_Renderer *r, float cx, float cy, float radius, SDL_Color c);

/* A rectangle with fully rounded short ends. */
void shapes_bar(SDL_Renderer *r, SDL_FRect rect, SDL_Color c);

/* A rectangle with rounded corners of radius rad. */
void shapes_round_rect(SDL_Renderer *r, SDL_FRect rect, float rad, SDL_Color c);

#endif
