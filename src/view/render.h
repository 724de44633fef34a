/* render: the view, which draws a read-only snapshot of the program's state.
 *
 *   View *v = view_create(renderer, content_root);
 *   view_draw(v, &state);            // clears, draws, does not present
 *   int64_t t = view_next_change(v, &state);   // when the picture will next differ
 *   view_destroy(v);
 *
 * The view never changes what it is shown; it only reads. */
#ifndef LIMBER_RENDER_H
#define LIMBER_RENDER_H

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>

typedef struct View View;

typedef struct ViewState {
    uint64_t now_ms;
    int width, height;          /* output size in pixels */
    const char *content_root;
    int move_count, playlist_count;
} ViewState;

View *view_create(SDL_Renderer *renderer, const char *content_root);
void view_destroy(View *v);

void view_draw(View *v, const ViewState *s);

/* The earliest time at which view_draw would draw something different from now, or
 * UINT64_MAX if only new input or content can change the picture. */
uint64_t view_next_change(const View *v, const ViewState *s);

#endif
