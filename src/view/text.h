/* text: sans-serif text through SDL2_ttf, rasterized once and cached as textures.
 *
 *   TextCache *tc = text_create(renderer, content_root);  // NULL if no font at all
 *   SDL_Point size = text_draw(tc, "Hold", 48, TEXT_BOLD, white, x, y, 600, TEXT_LEFT);
 *   text_frame_end(tc);   // once a frame: textures unused for a while are freed
 *   text_destroy(tc);
 *
 * The face is the first .ttf/.otf in CONTENT/fonts/ (Regular and Bold by name), else
 * Inter through fontconfig, else whatever sans-serif fontconfig offers. Sizes are in
 * pixels. With max_w > 0 text wraps at word boundaries to that width. A cached
 * entry is keyed by text, size, style, colour, width and alignment, so drawing the
 * same caption every frame costs one texture copy. */
#ifndef LIMBER_TEXT_H
#define LIMBER_TEXT_H

#include <SDL.h>
#include <stdbool.h>

typedef struct TextCache TextCache;

typedef enum TextStyle { TEXT_REGULAR, TEXT_BOLD, TEXT_STYLE_COUNT } TextStyle;
typedef enum TextAlign { TEXT_LEFT, TEXT_CENTER, TEXT_RIGHT } TextAlign;

TextCache *text_create(SDL_Renderer *renderer, const char *content_root);
void text_destroy(TextCache *tc);

/* Draws at (x, y) = top-left of the box of width max_w (or of the text when max_w is
 * 0); returns the size drawn. Empty or NULL text draws nothing. */
SDL_Point text_draw(TextCache *tc, const char *utf8, int px, TextStyle style, SDL_Color color,
                    int x, int y, int max_w, TextAlign align);

/* The size text_draw would draw. */
SDL_Point text_measure(TextCache *tc, const char *utf8, int px, TextStyle style, int max_w);

/* Height of one line at this size (ascent + descent + gap). */
int text_line_height(TextCache *tc, int px, TextStyle style);

void text_frame_end(TextCache *tc);

/* The font file in use for a style, for the status overlay and tests. */
const char *text_font_path(const TextCache *tc, TextStyle style);

/* Textures made so far (to test the cache). */
unsigned long text_rasterized_count(const TextCache *tc);

#endif
