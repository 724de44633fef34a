#include "view/capture.h"

#include "platform/log.h"

#include <SDL_image.h>

bool capture_png(SDL_Renderer *renderer, const char *path)
{
    int w, h;
    if (SDL_GetRendererOutputSize(renderer, &w, &h) != 0)
        return false;
    /* RGB24 keeps the files small and free of a meaningless alpha channel. */
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 24, SDL_PIXELFORMAT_RGB24);
    if (!s) {
        log_error("screenshot: %s", SDL_GetError());
        return false;
    }
    bool ok = SDL_RenderReadPixels(renderer, NULL, SDL_PIXELFORMAT_RGB24, s->pixels, s->pitch) == 0 &&
              IMG_SavePNG(s, path) == 0;
    if (!ok)
        log_error("cannot write %s: %s", path, SDL_GetError());
    SDL_FreeSurface(s);
    return ok;
}
