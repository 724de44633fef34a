#include "view/layout.h"

static int at_least(int v, int min)
{
    return v < min ? min : v;
}

int layout_min_caption_px(const Layout *l)
{
    return (l->h + 21) / 22;
}

void layout_compute(Layout *l, int w, int h, bool has_banner)
{
    SDL_zerop(l);
    l->w = w;
    l->h = h;
    l->portrait = w * 10 < h * 11;
    int base = l->portrait ? w : h; /* the short side sets the rhythm */
    l->margin = at_least(base / 28, 8);
    l->small_px = at_least(h / 30, 14);
    l->note_px = at_least(h / 26, 16);
    l->caption_px = at_least(h / 17, 22);
    if (l->caption_px < layout_min_caption_px(l))
        l->caption_px = layout_min_caption_px(l);
    l->title_px = at_least(h / 15, 24);
    l->count_px = (h + 4) / 5;
    l->banner_px = at_least(h / 32, 14);
    if (l->portrait) {
        /* Portrait screens are tall: the height rules give big type on a narrow
         * column, so the type scales with the width instead, never below the rules. */
        l->caption_px = at_least(w / 14, layout_min_caption_px(l));
        l->title_px = at_least(w / 12, l->caption_px);
        l->note_px = at_least(w / 22, 16);
        l->small_px = at_least(w / 26, 14);
    }
    int m = l->margin;
    int top = 0;
    if (has_banner) {
        l->banner = (SDL_Rect){ 0, 0, w, l->banner_px * 2 };
        top = l->banner.h;
    }
    int bar_h = at_least(h / 90, 6);
    l->progress = (SDL_Rect){ m, h - m / 2 - bar_h, w - 2 * m, bar_h };
    int bottom = l->progress.y - m / 2;

    if (!l->portrait) {
        int stage_w = w * 56 / 100;
        l->stage = (SDL_Rect){ m, top + m, stage_w - m, bottom - top - m };
        l->column = (SDL_Rect){ stage_w + m, top + m, w - stage_w - 2 * m, bottom - top - m };
        l->ring_d = h * 30 / 100;
    } else {
        /* A third of the height: floor moves are wide and low, so they lose nothing, and
         * the column below needs room for a countdown whose digits are 1/5 of the height. */
        int stage_h = (bottom - top) * 30 / 100;
        l->stage = (SDL_Rect){ m, top + m, w - 2 * m, stage_h - m };
        l->column = (SDL_Rect){ m, top + stage_h + m, w - 2 * m, bottom - top - stage_h - m };
        l->ring_d = w * 42 / 100;
    }
    /* The count sits inside the ring: the ring grows to hold two digits at full size. */
    int need = l->count_px * 3 / 2;
    if (l->ring_d < need)
        l->ring_d = need;
    if (l->ring_d > l->column.w)
        l->ring_d = l->column.w;
    l->ring_w = at_least(l->ring_d / 14, 4);
}
