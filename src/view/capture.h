/* capture: the rendered frame to a PNG file (headless --screenshot and --record).
 *
 *   capture_png(renderer, "out.png");   // reads back the current target, before present
 */
#ifndef LIMBER_CAPTURE_H
#define LIMBER_CAPTURE_H

#include <SDL.h>
#include <stdbool.h>

bool capture_png(SDL_Renderer *renderer, const char *path);

#endif
