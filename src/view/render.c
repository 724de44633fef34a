#include "view/render.h"

#include "view/internal.h"
#include "view/shapes.h"
#include "view/sprites.h"

#include <stdio.h>
#include <string.h>

/* The pixel format of what the renderer draws into: a texture of that format copied
 * opaque is a row copy in the software renderer, not a conversion or a blend. */
static Uint32 native_format(SDL_Renderer *r)
{
    SDL_Window *w = SDL_RenderGetWindow(r);
    Uint32 f = w ? SDL_GetWindowPixelFormat(w) : SDL_PIXELFORMAT_UNKNOWN;
    SDL_RendererInfo info;
    if (f != SDL_PIXELFORMAT_UNKNOWN && SDL_GetRendererInfo(r, &info) == 0)
        for (Uint32 i = 0; i < info.num_texture_formats; i++)
            if (info.texture_formats[i] == f)
                return f;
    return SDL_PIXELFORMAT_ARGB8888;
}

View *view_create(SDL_Renderer *renderer, const char *content_root, const Anim *anim)
{
    View *v = SDL_calloc(1, sizeof *v);
    if (!v)
        return NULL;
    v->renderer = renderer;
    v->anim = anim;
    SDL_strlcpy(v->content_root, content_root ? content_root : "", sizeof v->content_root);
    v->text = text_create(renderer, content_root);
    /* The software renderer draws into the window's own pixels, which stay as they are
     * between frames: a frame may then redraw only what changed. */
    SDL_RendererInfo info;
    v->retained = SDL_GetRendererInfo(renderer, &info) == 0 && strcmp(info.name, "software") == 0;
    v->native = native_format(renderer);
    if (anim)
        v->sprites = sprites_create(renderer, anim, content_root);
    if (!v->text || (anim && !v->sprites)) {
        view_destroy(v);
        return NULL;
    }
    return v;
}

void view_destroy(View *v)
{
    if (!v)
        return;
    sprites_destroy(v->sprites);
    if (v->stage_tex)
        SDL_DestroyTexture(v->stage_tex);
    if (v->half_tex)
        SDL_DestroyTexture(v->half_tex);
    if (v->ring_tex)
        SDL_DestroyTexture(v->ring_tex);
    SDL_FreeSurface(v->ring_pic);
    if (v->progress_tex)
        SDL_DestroyTexture(v->progress_tex);
    text_destroy(v->text);
    SDL_free(v);
}

void view_load_images(View *v)
{
    sprites_load_all(v->sprites);
}

void view_invalidate(View *v)
{
    if (v)
        v->chrome_valid = false;
}

unsigned long view_partial_frames(const View *v)
{
    return v->partial_frames;
}

void view_set_anim(View *v, const Anim *anim)
{
    v->chrome_valid = false;
    sprites_destroy(v->sprites);
    v->sprites = anim ? sprites_create(v->renderer, anim, v->content_root) : NULL;
    v->anim = v->sprites ? anim : NULL;
    v->framed = NULL;
    v->stage_valid = false;
}

unsigned long view_text_rasterized(const View *v)
{
    return text_rasterized_count(v->text);
}

void view_fill(View *v, SDL_Rect r, SDL_Color c)
{
    /* An opaque fill needs no blending: the software renderer then writes the pixels
     * straight (ten times faster for a stage-sized rectangle). */
    SDL_SetRenderDrawColor(v->renderer, c.r, c.g, c.b, c.a);
    if (c.a == 0xFF)
        SDL_SetRenderDrawBlendMode(v->renderer, SDL_BLENDMODE_NONE);
    SDL_RenderFillRect(v->renderer, &r);
    if (c.a == 0xFF)
        SDL_SetRenderDrawBlendMode(v->renderer, SDL_BLENDMODE_BLEND);
}

/* A render-target texture of at least w x h in *tex, made again when it is smaller
 * (*size holds its size). Returns 1 when the texture is new (its old picture is gone),
 * 0 when it is reused, -1 when there is none. format: v->native for big
 * pictures, ARGB8888 for shapes (the software renderer's soft edges need the alpha
 * channel that a window's XRGB pixels lack). */
static int ensure_target(View *v, SDL_Texture **tex, SDL_Point *size, int w, int h, Uint32 format)
{
    if (*tex && size->x >= w && size->y >= h)
        return 0;
    if (*tex)
        SDL_DestroyTexture(*tex);
    *tex = SDL_CreateTexture(v->renderer, format, SDL_TEXTUREACCESS_TARGET, w, h);
    *size = (SDL_Point){ w, h };
    if (!*tex)
        return -1;
    SDL_SetTextureBlendMode(*tex, SDL_BLENDMODE_NONE); /* copied opaque */
    SDL_SetTextureScaleMode(*tex, SDL_ScaleModeLinear);
    return 1;
}

int view_text(View *v, const char *s, int px, TextStyle style, SDL_Color c, int x, int y, int max_w,
              TextAlign align)
{
    return text_draw(v->text, s, px, style, c, x, y, max_w, align).y;
}

const char *view_continue_prompt(InputDevice device)
{
    switch (device) {
    case INPUT_DEVICE_PAD: return "Press A to continue";
    case INPUT_DEVICE_TOUCH: return "Tap to continue";
    default: return "Press Space to continue";
    }
}

static int measure_h(View *v, const char *s, int px, TextStyle style, int max_w)
{
    return s && *s ? text_measure(v->text, s, px, style, max_w).y : 0;
}

/* ---- pieces ------------------------------------------------------------------ */

static void draw_banner(View *v, const Layout *l, const Move *m, uint64_t now)
{
    if (!l->banner.h || !m || !m->caution_count)
        return;
    view_fill(v, l->banner, PALETTE_CAUTION);
    /* Several cautions take turns, eight seconds each. */
    const char *text = m->cautions[(now / 8000) % (uint64_t)m->caution_count];
    int th = measure_h(v, text, l->banner_px, TEXT_BOLD, l->banner.w - 2 * l->margin);
    int px = l->banner_px;
    while (th > l->banner.h - 4 && px > 12) { /* a long caution: smaller, never clipped */
        px -= 2;
        th = measure_h(v, text, px, TEXT_BOLD, l->banner.w - 2 * l->margin);
    }
    view_text(v, text, px, TEXT_BOLD, PALETTE_ON_CAUTION, l->margin, l->banner.y + (l->banner.h - th) / 2,
              l->banner.w - 2 * l->margin, TEXT_CENTER);
}

/* The bars of the progress strip: done steps lit, the current one lit as far as done;
 * with tracks, every bar's track too, else only the current step's lit part. */
static void paint_progress(View *v, SDL_Rect at, int n, int step, float done, bool tracks)
{
    float gap = n * 6 <= at.w / 4 ? (float)at.h : n * 2 <= at.w / 4 ? 2.0f : 0.0f;
    float seg = ((float)at.w - gap * (float)(n - 1)) / (float)n;
    for (int i = tracks ? 0 : step; i < (tracks ? n : step + 1); i++) {
        SDL_FRect r = { (float)at.x + (float)i * (seg + gap), (float)at.y, seg, (float)at.h };
        if (tracks)
            shapes_bar(v->renderer, r, PALETTE_TRACK);
        float lit = i < step ? 1.0f : i == step ? done : 0.0f;
        if (lit > 0.0f) {
            r.w = seg * (lit > 1.0f ? 1.0f : lit);
            shapes_bar(v->renderer, r, PALETTE_ACCENT);
        }
    }
}

/* One bar per step. The tracks and the done steps are drawn into a texture when the
 * step changes and copied in between (hundreds of small shapes); only the current
 * step's lit part is drawn every frame. */
static void draw_progress(View *v, const Layout *l, const Move *m, const PlayerSnapshot *s)
{
    int n = m->step_count;
    if (n <= 0)
        return;
    const Step *st = &m->steps[s->pos.step];
    int64_t len = st->end_ms - st->start_ms;
    float done = len > 0 && !s->waiting ? (float)(s->t_ms - st->start_ms) / (float)len : 1.0f;
    ProgressKey key;
    memset(&key, 0, sizeof key); /* compared with memcmp */
    key.n = n;
    key.step = s->pos.step;
    key.w = l->progress.w;
    key.h = l->progress.h;
    /* The bars' soft edges reach a pixel outside the strip: the picture has a margin. */
    const int pad = 2;
    int made = ensure_target(v, &v->progress_tex, &v->progress_size, key.w + 2 * pad, key.h + 2 * pad,
                             SDL_PIXELFORMAT_ARGB8888);
    if (made < 0) {
        paint_progress(v, l->progress, n, key.step, done, true);
        return;
    }
    if (made || !v->progress_valid || memcmp(&key, &v->progress_key, sizeof key) != 0) {
        SDL_Texture *target = SDL_GetRenderTarget(v->renderer);
        SDL_SetRenderTarget(v->renderer, v->progress_tex);
        view_fill(v, (SDL_Rect){ 0, 0, key.w + 2 * pad, key.h + 2 * pad }, PALETTE_BG);
        paint_progress(v, (SDL_Rect){ pad, pad, key.w, key.h }, n, key.step, 0.0f, true);
        SDL_SetRenderTarget(v->renderer, target);
        v->progress_key = key;
        v->progress_valid = true;
    }
    SDL_RenderCopy(v->renderer, v->progress_tex, &(SDL_Rect){ 0, 0, key.w + 2 * pad, key.h + 2 * pad },
                   &(SDL_Rect){ l->progress.x - pad, l->progress.y - pad, key.w + 2 * pad, key.h + 2 * pad });
    paint_progress(v, l->progress, n, key.step, done, false);
}

static void format_seconds(int64_t ms, char *buf, size_t size)
{
    /* Whole seconds, rounded up: "1" shows until the very end. Holds are under 1000 h. */
    int sec = (int)SDL_clamp((ms + 999) / 1000, 0, 3599999);
    if (sec >= 100)
        snprintf(buf, size, "%d:%02d", sec / 60, sec % 60);
    else
        snprintf(buf, size, "%d", sec);
}

/* The seconds left, in the ring's hole (centre cx, cy; inner radius r_in). */
static void ring_label(View *v, const Layout *l, float cx, float cy, float r_in, const char *label)
{
    if (!label || !*label)
        return;
    int px = l->count_px;
    SDL_Point sz = text_measure(v->text, label, px, TEXT_BOLD, 0);
    /* The digits' box must sit inside the ring's hole; shrink them only if the ring
     * could not grow enough (a narrow column). */
    float room = r_in - (float)l->ring_w / 2.0f;
    while ((float)(sz.x * sz.x) / 4.0f + 0.1444f * (float)(px * px) > room * room && px > 12) {
        px = px * 9 / 10;
        sz = text_measure(v->text, label, px, TEXT_BOLD, 0);
    }
    text_draw(v->text, label, px, TEXT_BOLD, PALETTE_INK, (int)(cx - (float)sz.x / 2.0f),
              (int)(cy - (float)sz.y / 2.0f), 0, TEXT_LEFT);
}

/* The countdown ring with the seconds left, d across at (x, y). frac is the share of
 * the hold still to run; a negative frac draws the empty track only. Through the
 * renderer's triangles: for when there is no texture to keep it in (below). */
static void paint_ring(View *v, const Layout *l, int x, int y, int d, float frac, const char *label)
{
    float r_out = (float)d / 2.0f, r_in = r_out - (float)l->ring_w;
    float cx = (float)x + r_out, cy = (float)y + r_out;
    shapes_arc(v->renderer, cx, cy, r_in, r_out, 0.0f, 1.0f, PALETTE_TRACK);
    if (frac > 0.0f)
        shapes_arc(v->renderer, cx, cy, r_in, r_out, 1.0f - (frac > 1.0f ? 1.0f : frac), 1.0f, PALETTE_ACCENT);
    ring_label(v, l, cx, cy, r_in, label);
}

/* The ring's arcs are drawn pixel by pixel, with exact antialiasing, into a texture
 * when the lit arc changes, and copied otherwise (during a pose move it stands still);
 * the count is drawn on top. */
static void draw_ring(View *v, const Layout *l, int x, int y, int d, float frac, const char *label)
{
    RingKey key;
    memset(&key, 0, sizeof key); /* compared with memcmp */
    key.d = d;
    key.ring_w = l->ring_w;
    /* Quarter-pixel steps of the arc's length: finer than the eye, coarse enough to
     * reuse the picture between frames of a slow sweep. */
    key.arc = frac > 0.0f ? (int)SDL_ceilf(SDL_min(frac, 1.0f) * 4.0f * (float)d) : -1;
    const int pad = 2; /* the ring's soft outer edge reaches a pixel beyond d */
    int size = d + 2 * pad;
    float r_out = (float)d / 2.0f, r_in = r_out - (float)l->ring_w, c = (float)pad + r_out;
    if (!v->ring_tex || v->ring_size.x < size) {
        if (v->ring_tex)
            SDL_DestroyTexture(v->ring_tex);
        SDL_FreeSurface(v->ring_pic);
        v->ring_tex = SDL_CreateTexture(v->renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STATIC, size, size);
        v->ring_pic = SDL_CreateRGBSurfaceWithFormat(0, size, size, 32, SDL_PIXELFORMAT_ARGB8888);
        v->ring_size = (SDL_Point){ size, size };
        v->ring_valid = false;
        if (v->ring_tex)
            SDL_SetTextureBlendMode(v->ring_tex, SDL_BLENDMODE_NONE);
    }
    if (!v->ring_tex || !v->ring_pic) {
        paint_ring(v, l, x, y, d, frac, label);
        return;
    }
    if (!v->ring_valid || memcmp(&key, &v->ring_key, sizeof key) != 0) {
        SDL_Surface *p = v->ring_pic;
        SDL_FillRect(p, &(SDL_Rect){ 0, 0, size, size }, /* the column's own background */
                     SDL_MapRGBA(p->format, PALETTE_BG.r, PALETTE_BG.g, PALETTE_BG.b, 0xFF));
        Uint32 *px = p->pixels;
        int pitch = p->pitch / 4;
        shapes_arc_pixels(px, pitch, size, size, c, c, r_in, r_out, 0.0f, 1.0f, PALETTE_TRACK);
        if (key.arc > 0)
            shapes_arc_pixels(px, pitch, size, size, c, c, r_in, r_out, 1.0f - (float)key.arc / (4.0f * (float)d),
                              1.0f, PALETTE_ACCENT);
        SDL_UpdateTexture(v->ring_tex, &(SDL_Rect){ 0, 0, size, size }, p->pixels, p->pitch);
        v->ring_key = key;
        v->ring_valid = true;
    }
    SDL_RenderCopy(v->renderer, v->ring_tex, &(SDL_Rect){ 0, 0, size, size },
                   &(SDL_Rect){ x - pad, y - pad, size, size });
    ring_label(v, l, (float)x + r_out, (float)y + r_out, r_in, label);
}

/* ---- the stage ----------------------------------------------------------------- */

/* The box the move is framed on, worked out once per play of a move. */
static bool framed(View *v, const Move *m)
{
    if (!v->anim || !m)
        return false;
    if (v->framed != m || v->framed_play != v->play_id) {
        v->framed = m;
        v->framed_play = v->play_id;
        v->framed_box = animate_move_bounds(v->anim, m);
    }
    return !stagebox_is_empty(v->framed_box);
}

/* The figure of move m at t in v->dl, framed on the whole move so it does not jump
 * about, and the view that fits it into area; false with no figure. */
static bool figure_at(View *v, const Move *m, int64_t t, SDL_Rect area, StageView *sv)
{
    if (!framed(v, m) || !animate_move(v->anim, m, t, &v->dl) || v->dl.count == 0)
        return false;
    *sv = sprites_fit(v->framed_box, area);
    return true;
}

static void draw_figure(View *v, const Move *m, int64_t t, SDL_Rect area)
{
    StageView sv;
    if (figure_at(v, m, t, area, &sv))
        sprites_draw(v->sprites, &v->dl, &sv);
}

/* The floor line of a framing: an even number of pixels thick, so that it lands on
 * whole pixels of the half-size picture of a moving figure too. */
static SDL_Rect floor_rect(const Layout *l, int floor_y)
{
    return (SDL_Rect){ l->stage.x, floor_y, l->stage.w, 2 * SDL_max(1, l->h / 600) };
}

static SDL_Rect stage_area(const Layout *l)
{
    return (SDL_Rect){ l->stage.x + l->margin, l->stage.y + l->margin * 3 / 2, l->stage.w - 2 * l->margin,
                       l->stage.h - l->margin * 5 / 2 };
}

/* The stage's background inside clip (its colour and the floor at the height the
 * framing gives), and the area the figure is fitted into. */
static SDL_Rect paint_backdrop(View *v, const Layout *l, const Move *m, SDL_Rect clip)
{
    SDL_Rect area = stage_area(l), part;
    if (SDL_IntersectRect(&clip, &l->stage, &part))
        view_fill(v, part, PALETTE_STAGE);
    if (framed(v, m) && strcmp(m->figure, "none") != 0) {
        SDL_Rect fl = floor_rect(l, (int)sprites_fit(v->framed_box, area).y0);
        if (SDL_IntersectRect(&clip, &fl, &part))
            view_fill(v, part, PALETTE_FLOOR);
    }
    return area;
}

/* The side the stage shows, written in its corner; returns where (empty: none). */
static SDL_Rect paint_label(View *v, const Layout *l, const PlayerSnapshot *s)
{
    if (!s || s->screen != PLAYER_SCREEN_MOVE || s->pos.side == SIDE_NONE)
        return (SDL_Rect){ 0, 0, 0, 0 };
    const char *label = s->pos.side == SIDE_RIGHT ? "Right side" : "Left side";
    int x = l->stage.x + l->margin / 2, y = l->stage.y + l->margin / 2;
    SDL_Point size = text_draw(v->text, label, l->note_px, TEXT_BOLD, PALETTE_ACCENT, x, y, 0, TEXT_LEFT);
    return (SDL_Rect){ x, y, size.x, size.y };
}

static void paint_stage(View *v, const Layout *l, const PlayerSnapshot *s, const Move *m, int64_t t)
{
    SDL_Rect area = paint_backdrop(v, l, m, l->stage);
    draw_figure(v, m, t, area);
    paint_label(v, l, s);
}

/* The pixels this frame's figure covers, a little wider for the filtering, inside the
 * stage, with an even width and height and an even distance down to the floor. */
static SDL_Rect figure_rect(const DrawList *dl, const StageView *sv, SDL_Rect stage)
{
    StageBox b = drawlist_bounds(dl, ~0u);
    const int pad = 3;
    int x0 = (int)SDL_floorf(sv->x0 + b.x0 * sv->scale) - pad, x1 = (int)SDL_ceilf(sv->x0 + b.x1 * sv->scale) + pad;
    int y0 = (int)SDL_floorf(sv->y0 - b.y1 * sv->scale) - pad, y1 = (int)SDL_ceilf(sv->y0 - b.y0 * sv->scale) + pad;
    x0 = SDL_max(x0, stage.x);
    y0 = SDL_max(y0, stage.y);
    x1 = SDL_min(x1, stage.x + stage.w);
    y1 = SDL_min(y1, stage.y + stage.h);
    int floor_y = (int)sv->y0;
    if ((floor_y - y0) % 2 && y0 > stage.y)
        y0--;
    if ((x1 - x0) % 2)
        x1 < stage.x + stage.w ? x1++ : x0--;
    if ((y1 - y0) % 2)
        y1 < stage.y + stage.h ? y1++ : y0--;
    return (SDL_Rect){ x0, y0, SDL_max(0, x1 - x0), SDL_max(0, y1 - y0) };
}

static SDL_Rect union_rect(SDL_Rect a, SDL_Rect b)
{
    if (SDL_RectEmpty(&a))
        return b;
    if (SDL_RectEmpty(&b))
        return a;
    SDL_Rect u;
    SDL_UnionRect(&a, &b, &u);
    return u;
}

/* A moving figure, drawn at half size over the stage's colour and floor and scaled up
 * into the rectangle it covers: four times fewer pixels to rotate and filter, one
 * opaque stretch and no blend, and motion hides the softness. A still figure is drawn
 * at full size (and kept, below).
 *
 * With dirty set, the rest of the stage still holds the last frame, so only what the
 * last figure and label covered (v->dirty) and what this one covers are drawn again. */
static void paint_stage_moving(View *v, const Layout *l, const PlayerSnapshot *s, const Move *m, int64_t t,
                               bool dirty)
{
    SDL_Rect area = stage_area(l), box = { 0, 0, 0, 0 };
    StageView sv;
    bool figure = figure_at(v, m, t, area, &sv);
    if (figure)
        box = figure_rect(&v->dl, &sv, l->stage);
    paint_backdrop(v, l, m, dirty ? union_rect(v->dirty, box) : l->stage);
    if (figure && ensure_target(v, &v->half_tex, &v->half_size, l->stage.w / 2 + 2, l->stage.h / 2 + 2,
                                v->native) >= 0) {
        SDL_Rect half = { 0, 0, box.w / 2, box.h / 2 };
        SDL_Texture *target = SDL_GetRenderTarget(v->renderer);
        SDL_SetRenderTarget(v->renderer, v->half_tex);
        /* One texel more to the right and below: the stretch's filter reads it for the
         * last column and row, and it must be backdrop too, not an old picture. */
        view_fill(v, (SDL_Rect){ 0, 0, half.w + 1, half.h + 1 }, PALETTE_STAGE);
        SDL_Rect fl = floor_rect(l, (int)sv.y0);
        if (strcmp(m->figure, "none") != 0)
            view_fill(v, (SDL_Rect){ 0, (fl.y - box.y) / 2, half.w + 1, fl.h / 2 }, PALETTE_FLOOR);
        StageView hv = { sv.scale / 2.0f, (sv.x0 - (float)box.x) / 2.0f, (sv.y0 - (float)box.y) / 2.0f };
        sprites_draw(v->sprites, &v->dl, &hv);
        SDL_SetRenderTarget(v->renderer, target);
        SDL_RenderCopy(v->renderer, v->half_tex, &half, &box);
    } else if (figure) {
        sprites_draw(v->sprites, &v->dl, &sv); /* no texture to spare: at full size */
        box = l->stage;
    }
    v->dirty = union_rect(box, paint_label(v, l, s)); /* the label is cleared before it is written */
}

/* True when the figure does not move at t: its pose move is over and the step runs no
 * cycle or clip (a hold, a wait, a rest), so the stage may be drawn once and reused. */
static bool figure_still(const Move *m, int64_t t)
{
    if (!m)
        return true;
    int k = timeline_step_at(m, t);
    const Step *st = &m->steps[k];
    return t >= st->start_ms + st->pose_ms && st->cycle_count == 0 && !st->clip;
}

/* The stage is the costliest part of a frame (every body part is a rotated, filtered
 * sprite). While the figure stands still it is drawn once into a texture and copied
 * after that: a still hold then costs a copy, not a figure. dirty: see above. */
static void draw_stage(View *v, const Layout *l, const PlayerSnapshot *s, const Move *m, int64_t t, bool dirty)
{
    bool still = !s || figure_still(m, t); /* no snapshot: a get-ready card's still picture */
    StageKey key;
    memset(&key, 0, sizeof key); /* compared with memcmp: no stray padding */
    key.move = m;
    key.play_id = v->play_id;
    key.step = m ? timeline_step_at(m, t) : -1;
    key.t = still ? -1 : t;
    key.side = s ? s->pos.side : SIDE_NONE;
    key.w = l->stage.w;
    key.h = l->stage.h;
    key.anim = v->anim;
    bool paused = s && (s->paused || s->waiting);
    if (!still && !paused) {
        paint_stage_moving(v, l, s, m, t, dirty); /* moving: no use keeping it */
        return;
    }
    v->dirty = l->stage; /* the next moving frame starts from a whole stage */
    int made = ensure_target(v, &v->stage_tex, &v->stage_size, l->stage.w, l->stage.h, v->native);
    if (made < 0) {
        paint_stage(v, l, s, m, t);
        return;
    }
    if (made || !v->stage_valid || memcmp(&key, &v->stage_key, sizeof key) != 0) {
        SDL_Texture *target = SDL_GetRenderTarget(v->renderer);
        SDL_SetRenderTarget(v->renderer, v->stage_tex);
        Layout at_origin = *l; /* the same stage, drawn at (0, 0) of its texture */
        at_origin.stage.x = at_origin.stage.y = 0;
        paint_stage(v, &at_origin, s, m, t);
        SDL_SetRenderTarget(v->renderer, target);
        v->stage_key = key;
        v->stage_valid = true;
    }
    SDL_RenderCopy(v->renderer, v->stage_tex, &(SDL_Rect){ 0, 0, l->stage.w, l->stage.h }, &l->stage);
}

/* ---- screens -------------------------------------------------------------------- */

typedef struct ColumnText {
    const char *kicker, *title, *caption, *note;
} ColumnText;

/* Title, caption and note from the top of the column; shrinks the caption (never below
 * the layout's minimum) and then the note so the block ends above `limit`. */
static int draw_column_text(View *v, const Layout *l, const ColumnText *c, int limit)
{
    const SDL_Rect *col = &l->column;
    int title_px = l->title_px, cap_px = l->caption_px, note_px = l->note_px;
    int gap = l->margin / 2;
    for (int tries = 0; tries < 24; tries++) {
        int h = measure_h(v, c->kicker, l->small_px, TEXT_BOLD, col->w) + gap / 2 +
                measure_h(v, c->title, title_px, TEXT_BOLD, col->w) + gap +
                measure_h(v, c->caption, cap_px, TEXT_REGULAR, col->w) + gap +
                measure_h(v, c->note, note_px, TEXT_REGULAR, col->w);
        if (col->y + h <= limit)
            break;
        if (cap_px > layout_min_caption_px(l))
            cap_px = SDL_max(layout_min_caption_px(l), cap_px * 92 / 100);
        else if (note_px > l->small_px) /* never smaller than the smallest text on screen */
            note_px = SDL_max(l->small_px, note_px * 9 / 10);
        else if (title_px > cap_px)
            title_px = SDL_max(cap_px, title_px * 9 / 10);
        else
            break;
    }
    int y = col->y;
    y += view_text(v, c->kicker, l->small_px, TEXT_BOLD, PALETTE_ACCENT, col->x, y, col->w, TEXT_LEFT) + gap / 2;
    y += view_text(v, c->title, title_px, TEXT_BOLD, PALETTE_INK, col->x, y, col->w, TEXT_LEFT) + gap;
    y += view_text(v, c->caption, cap_px, TEXT_REGULAR, PALETTE_INK, col->x, y, col->w, TEXT_LEFT) + gap;
    y += view_text(v, c->note, note_px, TEXT_REGULAR, PALETTE_SOFT, col->x, y, col->w, TEXT_LEFT);
    return y;
}

/* The lower block of the column: ring, counters, next. Returns its top. */
static int draw_column_foot(View *v, const Layout *l, float frac, const char *count, const char *widest,
                            const char *counter, const char *counter2, const char *next, const char *prompt,
                            const char *aside, bool *aside_drawn)
{
    const SDL_Rect *col = &l->column;
    int next_h = next ? measure_h(v, next, l->small_px, TEXT_REGULAR, col->w) : 0;
    int bottom = col->y + col->h;
    /* The ring grows to hold the widest count of this hold ("1:45") at full size, so
     * a long hold is as readable as a short one and the ring keeps its size. */
    int d = l->ring_d;
    if (widest && *widest) {
        float half_w = (float)text_measure(v->text, widest, l->count_px, TEXT_BOLD, 0).x / 2.0f;
        float half_h = (float)l->count_px * 0.38f; /* digits stand about 0.73 em tall */
        int need = 2 * ((int)SDL_sqrtf(half_w * half_w + half_h * half_h) + l->ring_w + l->ring_w / 2);
        d = SDL_max(d, SDL_min(need, SDL_min(col->w * 2 / 3, col->h * 3 / 5)));
    }
    int ring_y = bottom - next_h - (next_h ? l->margin / 2 : 0) - d;
    v->ring_at = (SDL_Rect){ col->x, ring_y, d, d };
    draw_ring(v, l, col->x, ring_y, d, frac, count);
    int tx = col->x + d + l->margin, tw = col->w - d - l->margin;
    int ty = ring_y + d / 6;
    if (counter) {
        /* "Rep 3 of 8" reads as one thing: one line, smaller if it must be. */
        int px = l->caption_px;
        while (px > l->small_px && text_measure(v->text, counter, px, TEXT_BOLD, 0).x > tw)
            px = px * 9 / 10;
        ty += view_text(v, counter, px, TEXT_BOLD, PALETTE_INK, tx, ty, tw, TEXT_LEFT) + l->margin / 3;
    }
    if (counter2)
        ty += view_text(v, counter2, l->note_px, TEXT_BOLD, PALETTE_ACCENT, tx, ty, tw, TEXT_LEFT) + l->margin / 3;
    if (prompt)
        ty += view_text(v, prompt, l->note_px, TEXT_BOLD, PALETTE_ACCENT, tx, ty, tw, TEXT_LEFT) + l->margin / 3;
    /* Beside the ring there is room a tall screen lacks above it: the note goes there
     * when it fits, so the caption keeps its size. */
    if (aside_drawn)
        *aside_drawn = false;
    if (aside && tw >= col->w / 4 && ty + measure_h(v, aside, l->note_px, TEXT_REGULAR, tw) <= ring_y + d) {
        view_text(v, aside, l->note_px, TEXT_REGULAR, PALETTE_SOFT, tx, ty, tw, TEXT_LEFT);
        *aside_drawn = true;
    }
    if (next)
        view_text(v, next, l->small_px, TEXT_REGULAR, PALETTE_SOFT, col->x, bottom - next_h, col->w, TEXT_LEFT);
    return ring_y;
}

/* The move screen's ring: the share of the hold still to run (negative: no ring
 * arc) and the count in it. */
static float hold_ring(const PlayerSnapshot *s, const Step *st, char *count, size_t size)
{
    count[0] = '\0';
    if (s->pos.phase == PHASE_HOLD && st->hold_ms > 0) {
        format_seconds(s->pos.left_ms, count, size);
        return (float)s->pos.left_ms / (float)st->hold_ms;
    }
    if (s->pos.phase == PHASE_POSE && st->hold_ms > 0) {
        format_seconds(st->hold_ms, count, size); /* the hold is still to come: a full ring, its length */
        return 1.0f;
    }
    return -1.0f;
}

static void draw_move_screen(View *v, const Layout *l, const ViewState *vs)
{
    const PlayerSnapshot *s = vs->snap;
    const Move *m = s->move;
    const Step *st = &m->steps[s->pos.step];
    bool card = st->kind == STEP_KIND_CARD;
    draw_banner(v, l, m, vs->now_ms);
    /* On a tall screen a card's text runs in the column, which then starts where the
     * stage would (under the card's clip, if it has one): the stage alone is too short
     * for a card's lines at a size read from three metres. */
    Layout tall;
    bool card_in_column = card && l->portrait;
    if (card_in_column) {
        tall = *l;
        int top = l->stage.y;
        if (st->clip && v->anim) {
            SDL_Rect art = { l->stage.x, l->stage.y, l->stage.w, l->stage.h * 2 / 3 };
            view_fill(v, art, PALETTE_STAGE);
            draw_figure(v, m, s->t_ms, (SDL_Rect){ art.x + l->margin, art.y + l->margin / 2, art.w - 2 * l->margin,
                                                   art.h - l->margin });
            top = art.y + art.h + l->margin;
        }
        tall.column.h += tall.column.y - top;
        tall.column.y = top;
        l = &tall;
    } else if (!card) {
        draw_stage(v, l, s, m, s->t_ms, false);
    } else {
        /* A card's text is its picture: it fills the stage, under its clip if it has one. */
        view_fill(v, l->stage, PALETTE_STAGE);
        SDL_Rect in = { l->stage.x + l->margin, l->stage.y + l->margin, l->stage.w - 2 * l->margin,
                        l->stage.h - 2 * l->margin };
        if (st->clip && v->anim) {
            SDL_Rect art = { in.x, in.y, in.w, in.h * 2 / 5 };
            draw_figure(v, m, s->t_ms, art);
            in.y += art.h + l->margin / 2;
            in.h -= art.h + l->margin / 2;
        }
        int px = l->caption_px * 5 / 4;
        while (measure_h(v, st->caption, px, TEXT_BOLD, in.w) > in.h && px > layout_min_caption_px(l))
            px = SDL_max(layout_min_caption_px(l), px * 9 / 10);
        int th = measure_h(v, st->caption, px, TEXT_BOLD, in.w);
        view_text(v, st->caption, px, TEXT_BOLD, PALETTE_INK, in.x, in.y + (in.h - th) / 2, in.w, TEXT_LEFT);
    }

    char kicker[96], count[32] = "", rep[48], side[32], next[320];
    snprintf(kicker, sizeof kicker, "Move %d of %d", s->move_index + 1, s->move_count);
    ColumnText ct = { kicker, m->title, card && !card_in_column ? NULL : st->caption, st->note };

    float frac = hold_ring(s, st, count, sizeof count);
    const char *counter = NULL, *counter2 = NULL;
    if (s->pos.reps > 0) {
        snprintf(rep, sizeof rep, "Rep %d of %d", s->pos.rep, s->pos.reps);
        counter = rep;
    }
    if (s->pos.side != SIDE_NONE && !counter) {
        /* The stage says the side too; here only when there is no rep to show. */
        snprintf(side, sizeof side, "%s side", s->pos.side == SIDE_RIGHT ? "Right" : "Left");
        counter2 = side;
    }
    if (st->kind == STEP_KIND_REST && !counter)
        counter = "Rest";
    const char *nx = NULL;
    if (s->pos.step + 1 < m->step_count)
        nx = m->steps[s->pos.step + 1].caption;
    if (nx)
        snprintf(next, sizeof next, "Next: %s", nx);
    else if (s->next_move)
        snprintf(next, sizeof next, "Next: %s", s->next_move->title);
    else
        snprintf(next, sizeof next, "Last move");
    char widest[32] = "";
    if (st->hold_ms > 0)
        format_seconds(st->hold_ms, widest, sizeof widest);
    bool aside = false;
    int foot = draw_column_foot(v, l, frac, count, widest, counter, counter2, next,
                                s->waiting ? view_continue_prompt(vs->device) : NULL, l->portrait ? st->note : NULL,
                                &aside);
    if (aside)
        ct.note = NULL;
    draw_column_text(v, l, &ct, foot - l->margin / 2);
    draw_progress(v, l, m, s);
}

static void draw_ready_screen(View *v, const Layout *l, const ViewState *vs)
{
    const PlayerSnapshot *s = vs->snap;
    const Move *m = s->move;
    bool figure = strcmp(m->figure, "none") != 0;
    draw_stage(v, l, NULL, figure ? m : NULL, 0, false);
    if (!figure) /* a card: its title in the stage, where a figure would stand */
        view_text(v, m->title, l->title_px * 3 / 2, TEXT_BOLD, PALETTE_INK, l->stage.x + l->margin,
                  l->stage.y + l->stage.h / 2 - l->title_px, l->stage.w - 2 * l->margin, TEXT_CENTER);
    char equipment[160] = "", count[32];
    if (m->equipment_count && strcmp(m->equipment[0], "none") != 0) {
        size_t n = (size_t)snprintf(equipment, sizeof equipment, "You need: ");
        for (int i = 0; i < m->equipment_count && n < sizeof equipment; i++)
            n += (size_t)snprintf(equipment + n, sizeof equipment - n, "%s%s", i ? ", " : "", m->equipment[i]);
    }
    char kicker[96];
    snprintf(kicker, sizeof kicker, "Get ready  \xC2\xB7  move %d of %d", s->move_index + 1, s->move_count);
    ColumnText ct = { kicker, m->title, m->summary, equipment[0] ? equipment : NULL };
    int64_t left = s->ready_left_ms;
    format_seconds(left, count, sizeof count);
    float frac = s->timeline && s->timeline->duration_ms ? (float)left / (float)s->timeline->duration_ms : 0.0f;
    int foot = draw_column_foot(v, l, frac, count, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
    draw_column_text(v, l, &ct, foot - l->margin / 2);
}

static void draw_title_screen(View *v, const Layout *l, const ViewState *vs, const char *line)
{
    int h = l->h, w = l->w;
    int y = h / 3;
    y += view_text(v, "limber", h / 6, TEXT_BOLD, PALETTE_INK, 0, y, w, TEXT_CENTER) + l->margin / 2;
    y += view_text(v, "Exercise demonstrator", l->note_px, TEXT_REGULAR, PALETTE_SOFT, 0, y, w, TEXT_CENTER) +
         l->margin;
    view_text(v, line, l->note_px, TEXT_REGULAR, PALETTE_SOFT, l->margin, y, w - 2 * l->margin, TEXT_CENTER);
    (void)vs;
}

/* What a move screen shows outside its stage, ring and progress strip, when nothing is
 * drawn over it; false for every other screen. */
static bool chrome_key(const ViewState *vs, ChromeKey *key)
{
    const PlayerSnapshot *s = vs->snap;
    memset(key, 0, sizeof *key); /* compared with memcmp */
    if (!s || s->screen != PLAYER_SCREEN_MOVE || !s->move || s->move->steps[s->pos.step].kind == STEP_KIND_CARD)
        return false;
    if (s->paused || s->menu_open || s->help_open || vs->releasing || vs->notice || vs->status ||
        vs->now_ms < vs->volume_shown_until)
        return false;
    key->move = s->move;
    key->next_move = s->next_move;
    key->play_id = s->play_id;
    key->step = s->pos.step;
    key->w = vs->width;
    key->h = vs->height;
    key->caution = s->move->caution_count ? (int)((vs->now_ms / 8000) % (uint64_t)s->move->caution_count) : -1;
    key->move_index = s->move_index;
    key->move_count = s->move_count;
    key->rep = s->pos.rep;
    key->reps = s->pos.reps;
    key->side = s->pos.side;
    key->waiting = s->waiting;
    key->device = s->waiting ? vs->device : INPUT_DEVICE_KEYBOARD;
    return true;
}

/* A move screen whose surroundings are as the last frame left them, on a renderer that
 * keeps its picture between frames: only the stage, the ring and the progress strip are
 * drawn (the figure's own rectangle, when it moves). */
static void draw_changes(View *v, const Layout *l, const PlayerSnapshot *s)
{
    const Step *st = &s->move->steps[s->pos.step];
    char count[32];
    float frac = hold_ring(s, st, count, sizeof count);
    draw_stage(v, l, s, s->move, s->t_ms, true);
    draw_ring(v, l, v->ring_at.x, v->ring_at.y, v->ring_at.w, frac, count);
    draw_progress(v, l, s->move, s);
    v->partial_frames++;
}

void view_draw(View *v, const ViewState *vs)
{
    SDL_Renderer *r = v->renderer;
    const PlayerSnapshot *s = vs->snap;
    v->play_id = s ? s->play_id : 0;
    Layout l;
    bool banner = s && s->screen == PLAYER_SCREEN_MOVE && s->move && s->move->caution_count > 0;
    layout_compute(&l, vs->width, vs->height, banner);
    ChromeKey key;
    bool keyed = chrome_key(vs, &key);
    if (keyed && v->retained && v->chrome_valid && memcmp(&key, &v->chrome_key, sizeof key) == 0) {
        draw_changes(v, &l, s);
        text_frame_end(v->text);
        return;
    }
    v->chrome_key = key;
    v->chrome_valid = keyed;
    SDL_SetRenderDrawColor(r, PALETTE_BG.r, PALETTE_BG.g, PALETTE_BG.b, 0xFF);
    SDL_RenderClear(r);

    if (!s || s->screen == PLAYER_SCREEN_EMPTY) {
        char line[4200];
        snprintf(line, sizeof line, "No moves to play in %s", vs->content_root ? vs->content_root : "?");
        draw_title_screen(v, &l, vs, line);
    } else if (s->screen == PLAYER_SCREEN_READY) {
        draw_ready_screen(v, &l, vs);
    } else if (s->screen == PLAYER_SCREEN_MOVE) {
        draw_move_screen(v, &l, vs);
    } else {
        draw_title_screen(v, &l, vs, "Well done. Press Space or tap to start again.");
    }
    if (vs->releasing)
        overlay_release(v, &l, vs);
    if (vs->notice)
        view_text(v, vs->notice, l.small_px, TEXT_REGULAR, PALETTE_CAUTION, l.margin, l.h - l.margin - l.small_px * 2,
                  l.w - 2 * l.margin, TEXT_LEFT);
    if (s && s->paused && !s->menu_open && !s->help_open)
        overlay_pause(v, &l, vs);
    if (s && s->menu_open)
        overlay_menu(v, &l, vs);
    if (s && s->help_open)
        overlay_help(v, &l, vs);
    if (vs->now_ms < vs->volume_shown_until)
        overlay_volume(v, &l, vs);
    if (vs->status)
        overlay_status(v, &l, vs);
    text_frame_end(v->text);
}

uint64_t view_next_change(const View *v, const ViewState *vs)
{
    (void)v;
    const PlayerSnapshot *s = vs->snap;
    uint64_t soon = UINT64_MAX;
    if (vs->volume_shown_until > vs->now_ms)
        soon = vs->volume_shown_until;
    if (!s || s->paused || s->waiting || s->screen == PLAYER_SCREEN_EMPTY || s->screen == PLAYER_SCREEN_DONE)
        return soon;
    /* A pose move, a cycle or a clip animates every frame. */
    const Step *st = s->timeline ? &s->timeline->steps[s->pos.step] : NULL;
    if (st && (s->pos.phase == PHASE_POSE || st->cycle_count || st->clip))
        return vs->now_ms;
    /* A still hold: the ring sweeps; a quarter second is smooth enough to read and cheap.
     * Never later than the end of the phase, when the screen changes for real. */
    uint64_t next = vs->now_ms + 250;
    uint64_t end = vs->now_ms + (uint64_t)(s->pos.left_ms > 0 ? s->pos.left_ms : 0);
    if (end < next)
        next = end;
    return next < soon ? next : soon;
}
