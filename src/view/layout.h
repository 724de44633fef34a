/* layout: where everything goes on a screen of a given size. Pure arithmetic on the
 * output size, so it is tested for every supported size without drawing.
 *
 *   Layout l;
 *   layout_compute(&l, 1920, 1080, has_caution);
 *   ... l.stage, l.column, l.ring, l.caption_px ...
 *
 * Landscape (wider than 1.1:1) puts the stage on the left and the text column on the
 * right; portrait stacks them. Sizes scale with the screen: the caption's font is at
 * least 1/22 of the height, the countdown's at least 1/5 (in landscape; in portrait
 * the rules apply to the screen's height as well, so the figures are larger still). */
#ifndef LIMBER_LAYOUT_H
#define LIMBER_LAYOUT_H

#include <SDL.h>
#include <stdbool.h>

typedef struct Layout {
    int w, h;
    bool portrait;
    int margin;
    SDL_Rect banner;   /* the caution strip (h = 0 when there is none) */
    SDL_Rect stage;    /* the figure's area */
    SDL_Rect column;   /* title, caption, note, ring, counters, next */
    SDL_Rect progress; /* the segmented bar of the move's steps */
    int title_px, caption_px, note_px, small_px, count_px, banner_px;
    int ring_d;        /* the countdown ring's outer diameter */
    int ring_w;        /* its stroke */
} Layout;

void layout_compute(Layout *l, int w, int h, bool has_banner);

/* The smallest caption size the layout may shrink a long caption to. */
int layout_min_caption_px(const Layout *l);

#endif
