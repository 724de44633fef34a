/* Benchmark of the pure animation path: sampling the rig and building the draw list
 * for one frame of a move (a cat/cow move with a cycle and a prop), and the texture
 * memory the figure's images will take (read from the PNG headers: 4 bytes a pixel,
 * plus the smaller copies view/sprites.c makes). Prints medians. */
#include "anim/animate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static long png_pixels(const char *root, const char *rel, long *w, long *h)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", root, rel);
    FILE *f = fopen(path, "rb");
    unsigned char hd[24];
    if (!f || fread(hd, 1, 24, f) != 24) {
        if (f)
            fclose(f);
        return 0;
    }
    fclose(f);
    *w = (long)hd[16] << 24 | hd[17] << 16 | hd[18] << 8 | hd[19];
    *h = (long)hd[20] << 24 | hd[21] << 16 | hd[22] << 8 | hd[23];
    return *w * *h;
}

int main(int argc, char **argv)
{
    const char *root = argc > 1 ? argv[1] : "assets";
    DiagList d;
    diag_init(&d);
    PoseLib *lib = poselib_load(root, &d);
    Anim *a = anim_create(root, lib, &d);
    static const char *const cyc[] = { "cat", "cow" };
    static const PropChange mat = { "mat", NULL, false };
    Step s[12];
    int64_t t = 0;
    for (int i = 0; i < 12; i++) {
        s[i] = (Step){ .index = i, .kind = STEP_KIND_STEP, .start_ms = t, .pose_ms = 1500, .hold_ms = 5000,
                       .caption = "", .pose = i % 2 ? "cow" : "cat", .ease = EASE_IN_OUT,
                       .side = i >= 6 ? SIDE_LEFT : SIDE_RIGHT };
        if (i == 0) {
            s[i].props = &mat;
            s[i].prop_count = 1;
        }
        if (i == 5) {
            s[i].cycle = cyc;
            s[i].cycle_count = 2;
            s[i].cycle_ms = 1000;
        }
        t += 6500;
        s[i].end_ms = t;
    }
    Move m = { .id = "bench", .title = "bench", .figure = "side", .steps = s, .step_count = 12, .duration_ms = t };
    enum { RUNS = 15, FRAMES = 2000 };
    double per[RUNS];
    DrawList dl;
    int items = 0;
    for (int r = 0; r < RUNS; r++) {
        double t0 = now_us();
        for (int f = 0; f < FRAMES; f++) {
            animate_move(a, &m, (int64_t)f * t / FRAMES, &dl);
            items += dl.count;
        }
        per[r] = (now_us() - t0) / FRAMES;
    }
    qsort(per, RUNS, sizeof per[0], cmp);
    printf("anim.frame_us median %.2f (min %.2f, max %.2f; %d items a frame; target < 20)\n", per[RUNS / 2], per[0],
           per[RUNS - 1], items / (RUNS * FRAMES));
    double bytes = 0;
    for (int i = 0; i < anim_sprite_count(a); i++) {
        const char *p = anim_sprite_path(a, i);
        if (strncmp(p, "figures/", 8) != 0)
            continue;
        long w = 0, h = 0;
        png_pixels(root, p, &w, &h);
        /* The full size, then halvings while a side is over 64 (four sizes at most). */
        for (int level = 0; level < 4; level++) {
            bytes += (double)w * (double)h * 4;
            if (w <= 64 || h <= 8)
                break;
            w /= 2;
            h /= 2;
        }
    }
    printf("anim.figure_texture_mb %.2f (target < 8)\n", bytes / (1024.0 * 1024.0));
    anim_destroy(a);
    poselib_destroy(lib);
    diag_deinit(&d);
    return 0;
}
