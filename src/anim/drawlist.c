#include "anim/drawlist.h"

#include <string.h>

void drawlist_clear(DrawList *dl)
{
    dl->count = 0;
    dl->dropped = 0;
}

bool drawlist_push(DrawList *dl, const DrawItem *item)
{
    if (dl->count >= DRAWLIST_MAX) {
        dl->dropped++;
        return false;
    }
    DrawItem *d = &dl->items[dl->count++];
    *d = *item;
    /* On a y-up stage an upright picture has v clockwise of u (v points "down"). */
    d->flip = d->ux * d->vy - d->uy * d->vx > 0;
    return true;
}

void drawlist_sort(DrawList *dl)
{
    /* Insertion sort: stable, allocation free, and the list is short and mostly sorted. */
    for (int i = 1; i < dl->count; i++) {
        DrawItem it = dl->items[i];
        int j = i - 1;
        while (j >= 0 && dl->items[j].z > it.z) {
            dl->items[j + 1] = dl->items[j];
            j--;
        }
        dl->items[j + 1] = it;
    }
}

void drawlist_mirror(DrawList *dl, float axis)
{
    for (int i = 0; i < dl->count; i++) {
        DrawItem *d = &dl->items[i];
        d->ox = 2 * axis - d->ox;
        d->ux = -d->ux;
        d->vx = -d->vx;
        d->flip = !d->flip;
    }
}

void drawlist_corners(const DrawItem *it, float out[8])
{
    out[0] = it->ox;
    out[1] = it->oy;
    out[2] = it->ox + it->ux;
    out[3] = it->oy + it->uy;
    out[4] = it->ox + it->ux + it->vx;
    out[5] = it->oy + it->uy + it->vy;
    out[6] = it->ox + it->vx;
    out[7] = it->oy + it->vy;
}

StageBox stagebox_empty(void)
{
    return (StageBox){ 1, 1, 0, 0 };
}

bool stagebox_is_empty(StageBox b)
{
    return b.x1 < b.x0 || b.y1 < b.y0;
}

StageBox stagebox_union(StageBox a, StageBox b)
{
    if (stagebox_is_empty(a))
        return b;
    if (stagebox_is_empty(b))
        return a;
    return (StageBox){ a.x0 < b.x0 ? a.x0 : b.x0, a.y0 < b.y0 ? a.y0 : b.y0,
                       a.x1 > b.x1 ? a.x1 : b.x1, a.y1 > b.y1 ? a.y1 : b.y1 };
}

StageBox drawlist_bounds(const DrawList *dl, unsigned mask)
{
    StageBox box = stagebox_empty();
    for (int i = 0; i < dl->count; i++) {
        if (!(mask & (1u << dl->items[i].kind)))
            continue;
        float c[8];
        drawlist_corners(&dl->items[i], c);
        for (int k = 0; k < 4; k++) {
            StageBox p = { c[2 * k], c[2 * k + 1], c[2 * k], c[2 * k + 1] };
            box = stagebox_union(box, p);
        }
    }
    return box;
}
