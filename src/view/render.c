#include "view/render.h"

#include "view/text.h"

#include <stdio.h>

struct View {
    SDL_Renderer *renderer;
    TextCache *text;
};

View *view_create(SDL_Renderer *renderer, const char *content_root)
{
    View *v = SDL_calloc(1, sizeof *v);
    if (!v)
        return NULL;
    v->renderer = renderer;
    v->text = text_create(renderer, content_root);
    if (!v->text) {
        SDL_free(v);
        return NULL;
    }
    return v;
}

void view_destroy(View *v)
{
    if (!v)
        return;
    text_destroy(v->text);
    SDL_free(v);
}

void view_draw(View *v, const ViewState *s)
{
    SDL_Renderer *r = v->renderer;
    const SDL_Color ink = { 0xF4, 0xF6, 0xF8, 0xFF }, soft = { 0xC9, 0xD3, 0xDD, 0xFF };
    SDL_SetRenderDrawColor(r, 0x12, 0x1A, 0x24, 0xFF);
    SDL_RenderClear(r);

    int h = s->height, w = s->width;
    int title_px = h / 6, line_px = h / 20;
    int y = h / 3;
    SDL_Point sz = text_draw(v->text, "limber", title_px, TEXT_BOLD, ink, 0, y, w, TEXT_CENTER);
    y += sz.y + line_px / 2;
    sz = text_draw(v->text, "Exercise demonstrator", line_px, TEXT_REGULAR, soft, 0, y, w, TEXT_CENTER);
    y += sz.y + line_px;
    char line[128];
    snprintf(line, sizeof line, "%d moves, %d playlists", s->move_count, s->playlist_count);
    text_draw(v->text, line, line_px, TEXT_REGULAR, soft, 0, y, w, TEXT_CENTER);
    text_frame_end(v->text);
}

uint64_t view_next_change(const View *v, const ViewState *s)
{
    (void)v;
    (void)s;
    return UINT64_MAX;
}
