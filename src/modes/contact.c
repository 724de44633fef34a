#include "modes/contact.h"

#include "anim/animate.h"
#include "model/content.h"
#include "model/poses.h"
#include "platform/log.h"
#include "platform/paths.h"
#include "player/player.h"
#include "view/capture.h"
#include "view/render.h"
#include "view/text.h"

#include <SDL.h>
#include <SDL_image.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const SDL_Color BG = { 0x0E, 0x14, 0x1C, 0xFF };
static const SDL_Color INK = { 0xE8, 0xEE, 0xF2, 0xFF };
static const SDL_Color SOFT = { 0x9A, 0xA8, 0xB6, 0xFF };
static const SDL_Color ACCENT = { 0x7F, 0xD1, 0xB9, 0xFF };

enum {
    MAX_TILES = 120, /* a longer move is cut, and the header says so */
    PAD = 16,        /* around and between cells */
    TEXT_PX = 17,
    HEAD_PX = 30,
};

typedef struct Tile {
    int step;      /* index into the move's steps */
    int64_t at_ms; /* the moment drawn */
    SDL_Surface *img;
} Tile;

typedef struct Label {
    char head[160], times[160], say[400];
    const char *caption, *note;
} Label;

typedef struct Contact {
    const ContactOptions *o;
    char root[PATHS_MAX];
    char id[256];
    DiagList diags;
    PoseLib *poses;
    Anim *anim;
    Content *content;
    Move *move;
    SDL_Surface *screen, *sheet;
    SDL_Renderer *screen_r, *sheet_r;
    View *view;
    TextCache *text;
    Tile tiles[MAX_TILES];
    Label labels[MAX_TILES];
    int tile_count, left_out, cut;
    int factor, tile_w, tile_h;
} Contact;

/* "1:05" or "1:05.5": a time in the move. */
static void format_clock(int64_t ms, char *buf, size_t size)
{
    int64_t s = ms / 1000, tenth = (ms % 1000) / 100;
    if (tenth)
        snprintf(buf, size, "%lld:%02lld.%lld", (long long)(s / 60), (long long)(s % 60), (long long)tenth);
    else
        snprintf(buf, size, "%lld:%02lld", (long long)(s / 60), (long long)(s % 60));
}

/* "5 s", "1.5 s", "2 min", "1 min 30 s", "1 min 44.5 s": a length. */
static void format_span(int64_t ms, char *buf, size_t size)
{
    int64_t s = ms / 1000, tenth = (ms % 1000) / 100;
    char sec[24];
    if (tenth)
        snprintf(sec, sizeof sec, "%lld.%lld s", (long long)(s % 60), (long long)tenth);
    else
        snprintf(sec, sizeof sec, "%lld s", (long long)(s % 60));
    if (s < 60)
        snprintf(buf, size, "%s", sec);
    else if (s % 60 == 0 && tenth == 0)
        snprintf(buf, size, "%lld min", (long long)(s / 60));
    else
        snprintf(buf, size, "%lld min %s", (long long)(s / 60), sec);
}

/* The moment a step reads best (see contact.h). */
static int64_t best_moment(const Step *st)
{
    int64_t hold0 = st->start_ms + st->pose_ms;
    if (st->hold_ms > 0 && st->cycle_count && st->cycle_ms < st->hold_ms)
        return hold0 + st->cycle_ms;
    if (st->hold_ms > 0)
        return hold0 + st->hold_ms / 2;
    if (st->pose_ms > 0 && st->end_ms > hold0)
        return hold0; /* a wait after the pose: the pose is reached */
    return st->end_ms > st->start_ms ? st->end_ms - 1 : st->start_ms;
}

/* "moves/cat_cow.move" -> root "moves/.." (the folder above the file's) and id "cat_cow". */
static bool resolve_move(Contact *c)
{
    const char *arg = c->o->move;
    size_t n = strlen(arg);
    const char *given_root = c->o->content_dir;
    char parent[PATHS_MAX];
    if (n > 5 && strcmp(arg + n - 5, ".move") == 0) {
        const char *slash = strrchr(arg, '/');
        const char *stem = slash ? slash + 1 : arg;
        snprintf(c->id, sizeof c->id, "%.*s", (int)(strlen(stem) - 5), stem);
        if (!given_root) {
            if (slash)
                snprintf(parent, sizeof parent, "%.*s/..", (int)(slash - arg), arg);
            else
                snprintf(parent, sizeof parent, "..");
            given_root = parent;
        }
    } else {
        snprintf(c->id, sizeof c->id, "%s", arg);
    }
    if (!paths_content_root(given_root, c->root, sizeof c->root)) {
        fprintf(stderr, "limber: no content root with a moves/ folder%s%s\n", given_root ? " at " : "",
                given_root ? given_root : "");
        return false;
    }
    return true;
}

static bool load(Contact *c)
{
    c->poses = poselib_load(c->root, &c->diags);
    c->anim = c->poses ? anim_create(c->root, c->poses, &c->diags) : NULL;
    c->content = content_load(c->root, &c->diags);
    if (!c->content)
        return false;
    if (!content_move_info(c->content, c->id)) {
        const char *names[1024];
        int n = SDL_min(content_move_count(c->content), 1024);
        for (int i = 0; i < n; i++)
            names[i] = content_move_id(c->content, i);
        const char *near = diag_closest(c->id, names, (size_t)n);
        fprintf(stderr, "limber: no usable move '%s' in %s/moves%s%s%s\n", c->id, c->root,
                near ? " (did you mean '" : "", near ? near : "", near ? "'?)" : "");
        return false;
    }
    c->move = content_compile_move(c->content, c->id, c->o->level, 0, &c->diags);
    return c->move != NULL;
}

/* Every step but the later reps of a repeat: those look like rep 1. */
static void choose_steps(Contact *c)
{
    const Move *m = c->move;
    for (int i = 0; i < m->step_count; i++) {
        if (m->steps[i].rep > 1) {
            c->left_out++;
            continue;
        }
        if (c->tile_count == MAX_TILES) {
            c->cut++;
            continue;
        }
        c->tiles[c->tile_count++] = (Tile){ .step = i, .at_ms = best_moment(&m->steps[i]) };
    }
}

/* A box filter by a whole factor: every tile pixel is the mean of factor^2 pixels. */
static SDL_Surface *shrink(const SDL_Surface *src, int factor, int w, int h)
{
    SDL_Surface *dst = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_RGBA32);
    if (!dst)
        return NULL;
    const int area = factor * factor;
    for (int y = 0; y < h; y++) {
        uint8_t *out = (uint8_t *)dst->pixels + (size_t)y * (size_t)dst->pitch;
        for (int x = 0; x < w; x++) {
            unsigned sum[4] = { 0, 0, 0, 0 };
            for (int dy = 0; dy < factor; dy++) {
                const uint8_t *in = (const uint8_t *)src->pixels + (size_t)(y * factor + dy) * (size_t)src->pitch +
                                    (size_t)x * (size_t)factor * 4;
                for (int dx = 0; dx < factor * 4; dx += 4)
                    for (int k = 0; k < 4; k++)
                        sum[k] += in[dx + k];
            }
            for (int k = 0; k < 4; k++)
                out[x * 4 + k] = (uint8_t)((sum[k] + (unsigned)area / 2) / (unsigned)area);
        }
    }
    return dst;
}

static bool render_tiles(Contact *c, int w, int h)
{
    c->screen = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_RGBA32);
    c->screen_r = c->screen ? SDL_CreateSoftwareRenderer(c->screen) : NULL;
    if (!c->screen_r) {
        log_error("cannot open a renderer: %s", SDL_GetError());
        return false;
    }
    SDL_SetRenderDrawBlendMode(c->screen_r, SDL_BLENDMODE_BLEND);
    c->view = view_create(c->screen_r, c->root, c->anim);
    if (!c->view) {
        log_error("cannot load the figure's images or a font");
        return false;
    }
    const Move *m = c->move;
    for (int i = 0; i < c->tile_count; i++) {
        Tile *t = &c->tiles[i];
        /* What the player would hand the view at that moment of a one-move programme. */
        PlayerSnapshot snap = { .screen = PLAYER_SCREEN_MOVE, .title = m->title, .move_index = 0,
                                .move_count = 1, .move = m, .timeline = m, .play_id = 1, .t_ms = t->at_ms,
                                .pos = timeline_at(m, t->at_ms) };
        ViewState vs = { .now_ms = (uint64_t)t->at_ms, .width = w, .height = h, .snap = &snap,
                         .device = INPUT_DEVICE_KEYBOARD, .content_root = c->root, .volume = 100 };
        view_draw(c->view, &vs);
        SDL_RenderFlush(c->screen_r);
        t->img = shrink(c->screen, c->factor, c->tile_w, c->tile_h);
        if (!t->img)
            return false;
    }
    /* One text cache at a time: text_destroy() ends SDL_ttf for every cache. */
    view_destroy(c->view);
    c->view = NULL;
    return true;
}

static int measure(Contact *c, const char *s, int px, TextStyle style, int w)
{
    return s && *s ? text_measure(c->text, s, px, style, w).y : 0;
}

static void make_label(const Contact *c, const Tile *t, Label *lb)
{
    const Step *st = &c->move->steps[t->step];
    char start[32], pose[64], hold[64];
    format_clock(st->start_ms, start, sizeof start);
    int n = snprintf(lb->head, sizeof lb->head, "%d  \xC2\xB7  at %s", st->index + 1, start);
    if (st->reps)
        n += snprintf(lb->head + n, sizeof lb->head - (size_t)n, "  \xC2\xB7  rep 1 of %d", st->reps);
    if (st->side != SIDE_NONE)
        snprintf(lb->head + n, sizeof lb->head - (size_t)n, "  \xC2\xB7  %s side", side_name(st->side));
    format_span(st->pose_ms, pose, sizeof pose);
    format_span(st->hold_ms, hold, sizeof hold);
    int64_t wait = st->end_ms - st->start_ms - st->pose_ms - st->hold_ms;
    if (st->kind == STEP_KIND_REST)
        n = snprintf(lb->times, sizeof lb->times, "rest %s", hold);
    else if (st->kind == STEP_KIND_CARD)
        n = snprintf(lb->times, sizeof lb->times, "card, shown %s", hold);
    else if (st->hold_ms && st->pose_ms)
        n = snprintf(lb->times, sizeof lb->times, "move %s, hold %s", pose, hold);
    else if (st->hold_ms)
        n = snprintf(lb->times, sizeof lb->times, "hold %s (no move)", hold);
    else
        n = snprintf(lb->times, sizeof lb->times, "move %s, no hold", pose);
    if (wait > 0) {
        char w[64];
        format_span(wait, w, sizeof w);
        n += snprintf(lb->times + n, sizeof lb->times - (size_t)n, ", pause %s", w);
    }
    if (st->cycle_count)
        snprintf(lb->times + n, sizeof lb->times - (size_t)n, ", cycling");
    lb->say[0] = 0;
    size_t k = 0;
    for (int i = 0; i < st->cue_count && k < sizeof lb->say; i++)
        if (st->cues[i].kind == CUE_SAY)
            k += (size_t)snprintf(lb->say + k, sizeof lb->say - k, "%s\xE2\x80\x9C%s\xE2\x80\x9D", k ? " " : "says ",
                                  st->cues[i].text);
    lb->caption = st->caption;
    lb->note = st->note;
}

static int label_height(Contact *c, const Label *lb, int w)
{
    int line = text_line_height(c->text, TEXT_PX, TEXT_REGULAR);
    return 2 * line + 8 + measure(c, lb->caption, TEXT_PX + 2, TEXT_BOLD, w) + 4 +
           measure(c, lb->note, TEXT_PX, TEXT_REGULAR, w) + measure(c, lb->say, TEXT_PX, TEXT_REGULAR, w);
}

static void draw_label(Contact *c, const Label *lb, int x, int y, int w)
{
    y += text_draw(c->text, lb->head, TEXT_PX, TEXT_BOLD, ACCENT, x, y, w, TEXT_LEFT).y;
    y += text_draw(c->text, lb->times, TEXT_PX, TEXT_REGULAR, SOFT, x, y, w, TEXT_LEFT).y + 8;
    y += text_draw(c->text, lb->caption, TEXT_PX + 2, TEXT_BOLD, INK, x, y, w, TEXT_LEFT).y + 4;
    if (lb->note)
        y += text_draw(c->text, lb->note, TEXT_PX, TEXT_REGULAR, SOFT, x, y, w, TEXT_LEFT).y;
    if (lb->say[0])
        text_draw(c->text, lb->say, TEXT_PX, TEXT_REGULAR, ACCENT, x, y, w, TEXT_LEFT);
}

static void header_lines(const Contact *c, char *l1, size_t n1, char *l2, size_t n2)
{
    const Move *m = c->move;
    char total[64];
    format_span(m->duration_ms, total, sizeof total);
    snprintf(l1, n1, "%s", m->title);
    int n = snprintf(l2, n2, "%s  \xC2\xB7  level %s  \xC2\xB7  %s  \xC2\xB7  %d steps", m->id, level_name(m->level),
                     total, m->step_count);
    if (c->left_out)
        n += snprintf(l2 + n, n2 - (size_t)n, "; %d later reps not shown (each looks like its rep 1)", c->left_out);
    if (c->cut)
        snprintf(l2 + n, n2 - (size_t)n, "; %d more steps cut", c->cut);
}

static bool draw_sheet(Contact *c)
{
    int cols = c->tile_w >= c->tile_h ? 3 : 5;
    if (c->tile_count < cols)
        cols = SDL_max(1, c->tile_count);
    int rows = (c->tile_count + cols - 1) / cols;
    /* Text is measured with a throwaway renderer first: the sheet's height depends on it. */
    SDL_Surface *probe = SDL_CreateRGBSurfaceWithFormat(0, 16, 16, 32, SDL_PIXELFORMAT_RGBA32);
    SDL_Renderer *probe_r = probe ? SDL_CreateSoftwareRenderer(probe) : NULL;
    c->text = probe_r ? text_create(probe_r, c->root) : NULL;
    if (!c->text) {
        if (probe_r)
            SDL_DestroyRenderer(probe_r);
        SDL_FreeSurface(probe);
        log_error("cannot load a font");
        return false;
    }
    Label *labels = c->labels;
    int label_h[MAX_TILES / 3 + 1] = { 0 };
    for (int i = 0; i < c->tile_count; i++) {
        make_label(c, &c->tiles[i], &labels[i]);
        int h = label_height(c, &labels[i], c->tile_w);
        if (h > label_h[i / cols])
            label_h[i / cols] = h;
    }
    char l1[256], l2[512];
    header_lines(c, l1, sizeof l1, l2, sizeof l2);
    int sheet_w = PAD + cols * (c->tile_w + PAD);
    int head_h = PAD + text_line_height(c->text, HEAD_PX, TEXT_BOLD) +
                 measure(c, l2, TEXT_PX + 1, TEXT_REGULAR, sheet_w - 2 * PAD) + PAD;
    int sheet_h = head_h;
    for (int r = 0; r < rows; r++)
        sheet_h += c->tile_h + 8 + label_h[r] + PAD;
    text_destroy(c->text);
    c->text = NULL;
    SDL_DestroyRenderer(probe_r);
    SDL_FreeSurface(probe);

    c->sheet = SDL_CreateRGBSurfaceWithFormat(0, sheet_w, sheet_h, 32, SDL_PIXELFORMAT_RGBA32);
    c->sheet_r = c->sheet ? SDL_CreateSoftwareRenderer(c->sheet) : NULL;
    c->text = c->sheet_r ? text_create(c->sheet_r, c->root) : NULL;
    if (!c->text) {
        log_error("cannot draw the sheet: %s", SDL_GetError());
        return false;
    }
    SDL_SetRenderDrawBlendMode(c->sheet_r, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(c->sheet_r, BG.r, BG.g, BG.b, BG.a);
    SDL_RenderClear(c->sheet_r);
    int y = PAD;
    y += text_draw(c->text, l1, HEAD_PX, TEXT_BOLD, INK, PAD, y, 0, TEXT_LEFT).y;
    text_draw(c->text, l2, TEXT_PX + 1, TEXT_REGULAR, SOFT, PAD, y, sheet_w - 2 * PAD, TEXT_LEFT);
    y = head_h;
    for (int r = 0; r < rows; r++) {
        for (int col = 0; col < cols; col++) {
            int i = r * cols + col;
            if (i >= c->tile_count)
                break;
            int x = PAD + col * (c->tile_w + PAD);
            SDL_Texture *tex = SDL_CreateTextureFromSurface(c->sheet_r, c->tiles[i].img);
            if (!tex) {
                log_error("cannot draw a tile: %s", SDL_GetError());
                return false;
            }
            SDL_RenderCopy(c->sheet_r, tex, NULL, &(SDL_Rect){ x, y, c->tile_w, c->tile_h });
            SDL_DestroyTexture(tex);
            draw_label(c, &labels[i], x, y + c->tile_h + 8, c->tile_w);
        }
        y += c->tile_h + 8 + label_h[r] + PAD;
    }
    SDL_RenderFlush(c->sheet_r);
    return capture_png(c->sheet_r, c->o->out);
}

static int run(Contact *c)
{
    if (!resolve_move(c))
        return 1;
    bool ok = load(c);
    for (size_t i = 0; i < c->diags.count; i++)
        if (c->diags.items[i].severity == DIAG_ERROR || c->o->verbose)
            diag_print_one(&c->diags.items[i], stderr, NULL, 0);
    if (!ok)
        return 1;
    int w = c->o->width ? c->o->width : 1920, h = c->o->height ? c->o->height : 1080;
    int longest = w > h ? w : h;
    c->factor = SDL_max(1, (longest + 240) / 480);
    c->tile_w = w / c->factor;
    c->tile_h = h / c->factor;
    choose_steps(c);
    if (!render_tiles(c, w, h) || !draw_sheet(c))
        return 1;
    return 0;
}

int contact_run(const ContactOptions *o)
{
    SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        fprintf(stderr, "limber: cannot start SDL: %s\n", SDL_GetError());
        return 1;
    }
    log_init(o->verbose);
    Contact *c = calloc(1, sizeof *c);
    int rc = 1;
    if (c) {
        c->o = o;
        diag_init(&c->diags);
        rc = run(c);
        for (int i = 0; i < c->tile_count; i++)
            SDL_FreeSurface(c->tiles[i].img);
        text_destroy(c->text);
        view_destroy(c->view);
        if (c->sheet_r)
            SDL_DestroyRenderer(c->sheet_r);
        if (c->screen_r)
            SDL_DestroyRenderer(c->screen_r);
        SDL_FreeSurface(c->sheet);
        SDL_FreeSurface(c->screen);
        move_destroy(c->move);
        content_destroy(c->content);
        anim_destroy(c->anim);
        poselib_destroy(c->poses);
        diag_deinit(&c->diags);
        free(c);
    }
    log_deinit();
    IMG_Quit();
    SDL_Quit();
    return rc;
}
