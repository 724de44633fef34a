/* render: the view. It draws a read-only snapshot of the player; it never changes it.
 *
 *   View *v = view_create(renderer, content_root, anim);
 *   view_draw(v, &state);                     // draws the frame; the caller presents
 *   uint64_t t = view_next_change(v, &state); // when the picture will next differ
 *   view_invalidate(v);                       // the output lost its pixels (window events)
 *   view_destroy(v);
 *
 * Layout comes from layout.h (landscape or portrait by the output's aspect, recomputed
 * every frame, so a resize re-lays out at once); text is cached by text.h. With the
 * software renderer, whose output keeps the last frame, a move screen whose
 * surroundings did not change is drawn as its changes only (the moving figure's
 * rectangle, the ring, the progress strip); every other frame is drawn whole. */
#ifndef LIMBER_RENDER_H
#define LIMBER_RENDER_H

#include "anim/animate.h"
#include "player/player.h"

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>

typedef struct View View;

typedef struct ViewState {
    uint64_t now_ms;
    int width, height;              /* output size in pixels */
    const PlayerSnapshot *snap;     /* NULL: the title screen */
    InputDevice device;             /* whose glyphs the prompts and help show */
    const char *content_root;
    int volume;                     /* 0..100 */
    bool muted;
    uint64_t volume_shown_until;    /* show the volume briefly after a change */
    const char *status;             /* the status overlay's text, NULL: hidden */
    const char *notice;             /* one line at the foot (content errors), or NULL */
    bool releasing;                 /* kiosk: nobody is here; "Slowly release" */
} ViewState;

/* anim may be NULL (no figures); it is borrowed and must outlive the view. */
View *view_create(SDL_Renderer *renderer, const char *content_root, const Anim *anim);
void view_destroy(View *v);

/* A new figure library after a reload (NULL: none); the sprites are loaded anew. */
void view_set_anim(View *v, const Anim *anim);

void view_draw(View *v, const ViewState *s);

/* Loads every figure image now (they load when first drawn otherwise): the app calls
 * it once its first frame is up, so that start-up is quick and broken images are
 * reported at once. */
void view_load_images(View *v);

/* The next frame is drawn whole: the output lost its pixels (a resize, an expose, a
 * reset render target). The software renderer otherwise redraws only what changed. */
void view_invalidate(View *v);

/* Frames drawn so far as the changes to the last one only (tests). */
unsigned long view_partial_frames(const View *v);

/* Text textures made so far: the text cache's misses (tests, the status overlay). */
unsigned long view_text_rasterized(const View *v);

/* The earliest time at which view_draw would draw something different, or UINT64_MAX
 * if only input or new content can change the picture (a paused screen). */
uint64_t view_next_change(const View *v, const ViewState *s);

#endif
