#include "modes/pose.h"

#include "anim/animate.h"
#include "model/poses.h"
#include "platform/log.h"
#include "platform/paths.h"
#include "view/capture.h"
#include "view/sprites.h"
#include "view/text.h"

#include <SDL.h>
#include <SDL_image.h>
#include <stdio.h>
#include <string.h>

static const SDL_Color BG = { 0x12, 0x1A, 0x24, 0xFF };
static const SDL_Color INK = { 0xE8, 0xEE, 0xF2, 0xFF };
static const SDL_Color SOFT = { 0x8C, 0x9B, 0xAB, 0xFF };

typedef struct PoseMode {
    const PoseModeOptions *o;
    char root[PATHS_MAX];
    DiagList diags;
    PoseLib *lib;
    Anim *anim;
    SDL_Window *window;
    SDL_Surface *surface; /* headless target */
    SDL_Renderer *renderer;
    Sprites *sprites;
    TextCache *text;
} PoseMode;

static void print_diags(const DiagList *d)
{
    for (size_t i = 0; i < d->count; i++)
        diag_print_one(&d->items[i], stderr, NULL, 0);
}

static bool rig_ok(const PoseModeOptions *o, const Pose *p)
{
    return !o->rig || strcmp(o->rig, p->skel->name) == 0;
}

static void draw_floor(SDL_Renderer *r, const StageView *sv, float x0, float x1)
{
    SDL_SetRenderDrawColor(r, 0x2A, 0x38, 0x48, 0xFF);
    SDL_FRect line = { sv->x0 + x0 * sv->scale, sv->y0 - 1, (x1 - x0) * sv->scale, 2 };
    SDL_RenderFillRectF(r, &line);
}

/* One pose in rect, at a given view; label under it. */
static void draw_pose(PoseMode *pm, const Pose *p, bool mirror, const StageView *sv, float fx0, float fx1)
{
    DrawList dl;
    draw_floor(pm->renderer, sv, fx0, fx1);
    animate_pose(pm->anim, p, mirror, &dl);
    sprites_draw(pm->sprites, &dl, sv);
}

static void clear(SDL_Renderer *r)
{
    SDL_SetRenderDrawColor(r, BG.r, BG.g, BG.b, BG.a);
    SDL_RenderClear(r);
}

static void draw_single(PoseMode *pm, const Pose *p, bool mirror)
{
    int w, h;
    SDL_GetRendererOutputSize(pm->renderer, &w, &h);
    clear(pm->renderer);
    StageBox box = animate_pose_bounds(pm->anim, p);
    /* Frame a floor-standing space at least the figure's height, so poses compare. */
    box.y0 = box.y0 < -0.05f ? box.y0 : -0.05f;
    if (box.y1 < 1.9f)
        box.y1 = 1.9f;
    if (box.x1 - box.x0 < 2.2f) {
        float c = (box.x0 + box.x1) / 2;
        box.x0 = c - 1.1f;
        box.x1 = c + 1.1f;
    }
    int label = h / 14;
    SDL_Rect rect = { w / 20, label + h / 20, w - w / 10, h - label - h / 10 };
    StageView sv = sprites_fit(box, rect);
    draw_pose(pm, p, mirror, &sv, box.x0, box.x1);
    char line[160];
    snprintf(line, sizeof line, "%s  (%s rig%s)", p->name, p->skel->name, mirror ? ", mirrored" : "");
    text_draw(pm->text, line, label / 2, TEXT_BOLD, INK, w / 20, h / 40, 0, TEXT_LEFT);
    text_frame_end(pm->text);
}

enum { SHEET_COLS = 5, CELL_W = 384, CELL_H = 300, LABEL_H = 40 };

/* Every pose at one common scale, floors aligned, so sizes and heights compare. */
static bool draw_sheet(PoseMode *pm, const Pose **poses, int n)
{
    StageBox all = stagebox_empty();
    float widest = 0;
    for (int i = 0; i < n; i++) {
        StageBox b = animate_pose_bounds(pm->anim, poses[i]);
        all = stagebox_union(all, b);
        widest = b.x1 - b.x0 > widest ? b.x1 - b.x0 : widest;
    }
    float height = all.y1 - (all.y0 < -0.05f ? all.y0 : -0.05f);
    float scale = SDL_min((CELL_W - 16) / widest, (CELL_H - LABEL_H - 12) / height);
    clear(pm->renderer);
    for (int i = 0; i < n; i++) {
        int cx = (i % SHEET_COLS) * CELL_W, cy = (i / SHEET_COLS) * CELL_H;
        SDL_SetRenderDrawColor(pm->renderer, 0x18, 0x22, 0x2E, 0xFF);
        SDL_Rect cell = { cx + 4, cy + 4, CELL_W - 8, CELL_H - 8 };
        SDL_RenderFillRect(pm->renderer, &cell);
        StageBox b = animate_pose_bounds(pm->anim, poses[i]);
        StageView sv = { scale, (float)cx + CELL_W / 2.0f - (b.x0 + b.x1) / 2 * scale,
                         (float)(cy + CELL_H - LABEL_H) };
        draw_pose(pm, poses[i], false, &sv, -(CELL_W / 2.0f - 12) / scale + (b.x0 + b.x1) / 2,
                  (CELL_W / 2.0f - 12) / scale + (b.x0 + b.x1) / 2);
        char label[128];
        snprintf(label, sizeof label, "%s", poses[i]->name);
        text_draw(pm->text, label, 20, TEXT_BOLD, INK, cx, cy + CELL_H - LABEL_H + 4, CELL_W, TEXT_CENTER);
        text_draw(pm->text, poses[i]->skel->name, 13, TEXT_REGULAR, SOFT, cx + 12, cy + 12, 0, TEXT_LEFT);
    }
    text_frame_end(pm->text);
    return true;
}

static bool open_output(PoseMode *pm, int w, int h)
{
    if (pm->o->headless) {
        pm->surface = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_RGBA32);
        pm->renderer = pm->surface ? SDL_CreateSoftwareRenderer(pm->surface) : NULL;
    } else {
        pm->window = SDL_CreateWindow("limber: poses", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h,
                                      SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
        if (pm->window)
            pm->renderer = SDL_CreateRenderer(pm->window, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
        if (pm->window && !pm->renderer)
            pm->renderer = SDL_CreateRenderer(pm->window, -1, SDL_RENDERER_SOFTWARE);
    }
    if (!pm->renderer) {
        log_error("cannot open a renderer: %s", SDL_GetError());
        return false;
    }
    SDL_SetRenderDrawBlendMode(pm->renderer, SDL_BLENDMODE_BLEND);
    pm->sprites = sprites_create(pm->renderer, pm->anim, pm->root);
    pm->text = text_create(pm->renderer, pm->root);
    if (!pm->sprites || !pm->text) {
        log_error("cannot load the figure's images or a font");
        return false;
    }
    log_debug("figure textures: %zu bytes", sprites_texture_bytes(pm->sprites));
    return true;
}

static int find_index(const Pose **poses, int n, const Pose *p)
{
    for (int i = 0; i < n; i++)
        if (poses[i] == p)
            return i;
    return 0;
}

static int run_window(PoseMode *pm, const Pose **poses, int n, const Pose *p)
{
    int i = find_index(poses, n, p);
    bool mirror = pm->o->mirror, quit = false, dirty = true;
    while (!quit) {
        if (dirty) {
            draw_single(pm, poses[i], mirror);
            SDL_RenderPresent(pm->renderer);
            dirty = false;
        }
        SDL_Event e;
        if (!SDL_WaitEvent(&e))
            break;
        if (e.type == SDL_QUIT)
            quit = true;
        else if (e.type == SDL_WINDOWEVENT)
            dirty = true;
        else if (e.type == SDL_KEYDOWN) {
            SDL_Keycode k = e.key.keysym.sym;
            if (k == SDLK_ESCAPE || k == SDLK_q)
                quit = true;
            else if (k == SDLK_RIGHT || k == SDLK_DOWN)
                i = (i + 1) % n;
            else if (k == SDLK_LEFT || k == SDLK_UP)
                i = (i + n - 1) % n;
            else if (k == SDLK_m)
                mirror = !mirror;
            dirty = true;
        }
    }
    return 0;
}

/* A clip alone, as a card move showing it would: the frame at --at. */
static int run_clip(PoseMode *pm)
{
    const PoseModeOptions *o = pm->o;
    if (!anim_clip(pm->anim, o->clip, NULL)) {
        fprintf(stderr, "limber: no clip '%s' in %s/sheets\n", o->clip, pm->root);
        return 1;
    }
    int64_t t = o->at_ms > 0 ? o->at_ms : 0;
    Step st = { .kind = STEP_KIND_CARD, .end_ms = t + 1, .hold_ms = t + 1, .caption = "", .clip = o->clip,
                .clip_loop = true };
    Move m = { .id = "clip", .title = "clip", .figure = "none", .steps = &st, .step_count = 1,
               .duration_ms = t + 1 };
    int w = o->width ? o->width : 1280, h = o->height ? o->height : 720;
    if (!open_output(pm, w, h))
        return 1;
    clear(pm->renderer);
    DrawList dl;
    animate_move(pm->anim, &m, t, &dl);
    SDL_Rect rect = { w / 10, h / 10, w - w / 5, h - h / 5 };
    StageView sv = sprites_fit(animate_move_bounds(pm->anim, &m), rect);
    sprites_draw(pm->sprites, &dl, &sv);
    if (!o->headless) {
        SDL_RenderPresent(pm->renderer);
        SDL_Delay(2000);
        return 0;
    }
    return !o->screenshot || capture_png(pm->renderer, o->screenshot) ? 0 : 1;
}

static int run(PoseMode *pm)
{
    const PoseModeOptions *o = pm->o;
    if (!paths_content_root(o->content_dir, pm->root, sizeof pm->root)) {
        log_error("no content root found");
        return 1;
    }
    pm->lib = poselib_load(pm->root, &pm->diags);
    pm->anim = pm->lib ? anim_create(pm->root, pm->lib, &pm->diags) : NULL;
    print_diags(&pm->diags);
    if (!pm->anim)
        return 1;
    if (o->clip)
        return run_clip(pm);
    const Pose *poses[512];
    int n = 0;
    for (int i = 0; i < poselib_count(pm->lib) && n < 512; i++)
        if (rig_ok(o, poselib_at(pm->lib, i)))
            poses[n++] = poselib_at(pm->lib, i);
    if (n == 0) {
        fprintf(stderr, "limber: no poses%s%s in %s/poses\n", o->rig ? " for the rig " : "", o->rig ? o->rig : "",
                pm->root);
        return 1;
    }
    if (o->sheet) {
        int rows = (n + SHEET_COLS - 1) / SHEET_COLS;
        if (!open_output(pm, SHEET_COLS * CELL_W, rows * CELL_H) || !draw_sheet(pm, poses, n))
            return 1;
        return capture_png(pm->renderer, o->sheet) ? 0 : 1;
    }
    const Pose *p = poselib_find(pm->lib, o->pose);
    if (!p) {
        const char *names[512];
        for (int i = 0; i < poselib_count(pm->lib) && i < 512; i++)
            names[i] = poselib_name(pm->lib, i);
        const char *near = diag_closest(o->pose, names, (size_t)SDL_min(poselib_count(pm->lib), 512));
        fprintf(stderr, "limber: unknown pose '%s'%s%s%s\n", o->pose, near ? " (did you mean '" : "",
                near ? near : "", near ? "'?)" : "");
        return 1;
    }
    if (!rig_ok(o, p)) {
        fprintf(stderr, "limber: pose '%s' is for the '%s' rig, not '%s'\n", p->name, p->skel->name, o->rig);
        return 1;
    }
    int w = o->width ? o->width : 1280, h = o->height ? o->height : 720;
    if (!open_output(pm, w, h))
        return 1;
    if (!o->headless)
        return run_window(pm, poses, n, p);
    draw_single(pm, p, o->mirror);
    return !o->screenshot || capture_png(pm->renderer, o->screenshot) ? 0 : 1;
}

int pose_mode_run(const PoseModeOptions *o)
{
    if (!o->sheet && !o->pose && !o->clip) {
        fprintf(stderr, "limber: --rig goes with --pose or --pose-sheet (see limber --help)\n");
        return 2;
    }
    if (o->sheet && !o->headless) {
        fprintf(stderr, "limber: --pose-sheet goes with --headless (see limber --help)\n");
        return 2;
    }
    if (o->rig && !skeleton_find(o->rig)) {
        fprintf(stderr, "limber: --rig: '%s' is not a rig (side or front) (see limber --help)\n", o->rig);
        return 2;
    }
    if (o->headless) {
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
        SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    }
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        fprintf(stderr, "limber: cannot start SDL: %s\n", SDL_GetError());
        return 1;
    }
    log_init(o->verbose);
    PoseMode pm = { .o = o };
    diag_init(&pm.diags);
    int rc = run(&pm);
    text_destroy(pm.text);
    sprites_destroy(pm.sprites);
    if (pm.renderer)
        SDL_DestroyRenderer(pm.renderer);
    SDL_FreeSurface(pm.surface);
    if (pm.window)
        SDL_DestroyWindow(pm.window);
    anim_destroy(pm.anim);
    poselib_destroy(pm.lib);
    diag_deinit(&pm.diags);
    log_deinit();
    IMG_Quit();
    SDL_Quit();
    return rc;
}
