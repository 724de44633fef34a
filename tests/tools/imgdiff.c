/* imgdiff EXPECTED ACTUAL [DIFF.png] [--tolerance N] [--max-bad-ratio R]
 *
 * Compares two images the way SDL's testautomation_render.c does (SDLTest_
 * CompareSurfaces): a pixel is bad when any channel differs by more than the tolerance;
 * the images match when the share of bad pixels is at most the ratio. On a mismatch it
 * writes DIFF.png (bad pixels red over a dimmed copy of the expected image) and prints
 * the numbers. Exit 0 on a match, 1 on a mismatch, 2 on bad usage or unreadable files. */
#include <SDL.h>
#include <SDL_image.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static SDL_Surface *load(const char *path)
{
    SDL_Surface *raw = IMG_Load(path);
    if (!raw) {
        fprintf(stderr, "imgdiff: cannot read %s: %s\n", path, IMG_GetError());
        return NULL;
    }
    SDL_Surface *s = SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_RGBA32, 0);
    SDL_FreeSurface(raw);
    return s;
}

int main(int argc, char **argv)
{
    const char *paths[3] = { NULL, NULL, NULL };
    int npaths = 0, tolerance = 24;
    double max_ratio = 0.002;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--tolerance") == 0 && i + 1 < argc)
            tolerance = atoi(argv[++i]);
        else if (strcmp(argv[i], "--max-bad-ratio") == 0 && i + 1 < argc)
            max_ratio = atof(argv[++i]);
        else if (npaths < 3)
            paths[npaths++] = argv[i];
    }
    if (npaths < 2) {
        fprintf(stderr, "usage: imgdiff EXPECTED ACTUAL [DIFF.png] [--tolerance N] [--max-bad-ratio R]\n");
        return 2;
    }
    SDL_Surface *a = load(paths[0]), *b = load(paths[1]);
    if (!a || !b)
        return 2;
    if (a->w != b->w || a->h != b->h) {
        fprintf(stderr, "imgdiff: sizes differ: %dx%d vs %dx%d\n", a->w, a->h, b->w, b->h);
        return 1;
    }
    long bad = 0;
    int worst = 0;
    SDL_Surface *d = SDL_CreateRGBSurfaceWithFormat(0, a->w, a->h, 32, SDL_PIXELFORMAT_RGBA32);
    for (int y = 0; y < a->h; y++) {
        const Uint8 *pa = (const Uint8 *)a->pixels + y * a->pitch;
        const Uint8 *pb = (const Uint8 *)b->pixels + y * b->pitch;
        Uint8 *pd = (Uint8 *)d->pixels + y * d->pitch;
        for (int x = 0; x < a->w; x++) {
            int m = 0;
            for (int c = 0; c < 4; c++) {
                int diff = abs(pa[4 * x + c] - pb[4 * x + c]);
                if (diff > m)
                    m = diff;
            }
            if (m > worst)
                worst = m;
            bool is_bad = m > tolerance;
            bad += is_bad;
            Uint8 grey = (Uint8)((pa[4 * x] + pa[4 * x + 1] + pa[4 * x + 2]) / 12);
            pd[4 * x + 0] = is_bad ? 255 : grey;
            pd[4 * x + 1] = is_bad ? 0 : grey;
            pd[4 * x + 2] = is_bad ? 0 : grey;
            pd[4 * x + 3] = 255;
        }
    }
    double ratio = (double)bad / ((double)a->w * a->h);
    int rc = ratio <= max_ratio ? 0 : 1;
    printf("imgdiff: %ld of %d pixels differ by more than %d (%.4f%%, allowed %.4f%%), worst %d\n",
           bad, a->w * a->h, tolerance, ratio * 100, max_ratio * 100, worst);
    if (rc && paths[2]) {
        IMG_SavePNG(d, paths[2]);
        printf("imgdiff: wrote %s\n", paths[2]);
    }
    SDL_FreeSurface(d);
    SDL_FreeSurface(a);
    SDL_FreeSurface(b);
    return rc;
}
