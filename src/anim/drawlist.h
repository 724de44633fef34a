/* drawlist: what one frame of the stage shows, as sprites placed in stage units; the
 * view turns it into pixels (view/sprites.h). No SDL types.
 *
 *   DrawList dl;
 *   drawlist_clear(&dl);
 *   animate_move(anim, move, t_ms, &dl);   // fills it, sorted back to front
 *   for (int i = 0; i < dl.count; i++) draw(&dl.items[i]);
 *
 * Stage units: metres, x to the right (0 at the middle of the figure's space), y up,
 * the floor at y = 0. An item maps its source rectangle (a whole image, or one frame
 * of a sheet) onto the parallelogram origin, origin + u, origin + v: the source's
 * top-left, top-right and bottom-left corners. For every item limber makes, u and v
 * are perpendicular; when they are counterclockwise of each other on the stage
 * (y up) the picture is upright, and `flip` says it is a mirror image, which SDL draws
 * with SDL_FLIP_VERTICAL after rotating u onto the x axis. The list is a fixed array:
 * no allocation while animating. */
#ifndef LIMBER_DRAWLIST_H
#define LIMBER_DRAWLIST_H

#include <stdbool.h>
#include <stdint.h>

enum { DRAWLIST_MAX = 128 };

typedef enum DrawKind {
    DRAW_PART,   /* a body part of the figure (fill) */
    DRAW_HALO,   /* the outline of a group of parts, drawn under it */
    DRAW_PROP,   /* ball, roller, mat, load, wall, the floor shadow */
    DRAW_CLIP,   /* a frame of a sprite-sheet clip */
} DrawKind;

typedef struct DrawItem {
    DrawKind kind;
    int sprite;                 /* index into the Anim's sprite table: anim_sprite_path() */
    int src_x, src_y, src_w, src_h; /* source rectangle in image pixels; src_w 0: whole image */
    float ox, oy;               /* stage position of the source's top-left corner */
    float ux, uy;               /* stage vector along the source's top edge */
    float vx, vy;               /* stage vector down the source's left edge */
    bool flip;                  /* mirror image (u, v clockwise on the stage) */
    uint8_t r, g, b, a;         /* tint (multiplies the image) and opacity */
    int z;                      /* back to front; equal z keeps insertion order */
} DrawItem;

typedef struct DrawList {
    DrawItem items[DRAWLIST_MAX];
    int count;
    int dropped; /* items that did not fit */
} DrawList;

typedef struct StageBox {
    float x0, y0, x1, y1; /* stage metres; empty when x1 < x0 */
} StageBox;

void drawlist_clear(DrawList *dl);

/* Appends (sets flip from u and v); false when full. */
bool drawlist_push(DrawList *dl, const DrawItem *item);

/* Sorts by z, stably. */
void drawlist_sort(DrawList *dl);

/* Reflects every item about the line x = axis. */
void drawlist_mirror(DrawList *dl, float axis);

/* The four corners: top-left, top-right, bottom-right, bottom-left (x, y pairs). */
void drawlist_corners(const DrawItem *item, float out[8]);

/* The box around every item (kinds in mask: 1 << DRAW_PART | ...); empty if none. */
StageBox drawlist_bounds(const DrawList *dl, unsigned kind_mask);

StageBox stagebox_empty(void);
StageBox stagebox_union(StageBox a, StageBox b);
bool stagebox_is_empty(StageBox b);

#endif
