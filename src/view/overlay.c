/* overlay: what is drawn over the screen: pause, help, menu, status, volume. */
#include "view/internal.h"
#include "view/shapes.h"
#include "view/sprites.h"

#include <stdio.h>

static void scrim(View *v, const Layout *l)
{
    view_fill(v, (SDL_Rect){ 0, 0, l->w, l->h }, PALETTE_SCRIM);
}

void overlay_pause(View *v, const Layout *l, const ViewState *s)
{
    scrim(v, l);
    int y = l->h * 36 / 100;
    y += view_text(v, "Paused", l->title_px * 3 / 2, TEXT_BOLD, PALETTE_INK, l->margin, y, l->w - 2 * l->margin,
                   TEXT_CENTER) + l->margin / 2;
    const char *how = s->device == INPUT_DEVICE_PAD ? "Press A to carry on"
                      : s->device == INPUT_DEVICE_TOUCH ? "Tap the middle to carry on"
                                                        : "Press Space to carry on";
    view_text(v, how, l->caption_px, TEXT_REGULAR, PALETTE_SOFT, l->margin, y, l->w - 2 * l->margin, TEXT_CENTER);
}

typedef struct HelpRow {
    const char *what, *key, *pad, *touch;
} HelpRow;

static const HelpRow help_rows[] = {
    { "Pause or carry on", "Space", "A or Start", "Tap the middle" },
    { "Next step", "Right", "D-pad right", "Tap the right third" },
    { "Previous step", "Left", "D-pad left", "Tap the left third" },
    { "Next move", "Down or Page Down", "RB", "Swipe left" },
    { "Previous move", "Up or Page Up", "LB", "Swipe right" },
    { "Menu, back", "Esc", "B", "Long press" },
    { "Step mode on or off", "S", "X", "" },
    { "Volume", "+ and -", "D-pad up and down", "" },
    { "Mute", "M", "Y", "" },
    { "This help", "F1", "Back", "" },
};

void overlay_help(View *v, const Layout *l, const ViewState *s)
{
    scrim(v, l);
    int px = l->portrait ? l->note_px : l->caption_px * 3 / 4;
    int row_h = text_line_height(v->text, px, TEXT_REGULAR) * 13 / 10;
    int n = (int)SDL_arraysize(help_rows);
    int title_h = text_line_height(v->text, l->title_px, TEXT_BOLD);
    while (title_h + l->margin + row_h * n > l->h - 2 * l->margin && px > 14) {
        px = px * 9 / 10;
        row_h = text_line_height(v->text, px, TEXT_REGULAR) * 13 / 10;
    }
    int y = (l->h - (title_h + l->margin + row_h * n)) / 2;
    const char *device = s->device == INPUT_DEVICE_PAD ? "Controls: gamepad"
                         : s->device == INPUT_DEVICE_TOUCH ? "Controls: touch" : "Controls: keyboard";
    y += view_text(v, device, l->title_px, TEXT_BOLD, PALETTE_INK, l->margin, y, l->w - 2 * l->margin, TEXT_CENTER) +
         l->margin;
    int col_w = (l->w - 3 * l->margin) / 2;
    for (int i = 0; i < n; i++) {
        const HelpRow *r = &help_rows[i];
        const char *glyph = s->device == INPUT_DEVICE_PAD ? r->pad : s->device == INPUT_DEVICE_TOUCH ? r->touch : r->key;
        if (!glyph[0])
            continue;
        view_text(v, r->what, px, TEXT_REGULAR, PALETTE_SOFT, l->margin, y, col_w, TEXT_RIGHT);
        view_text(v, glyph, px, TEXT_BOLD, PALETTE_INK, 2 * l->margin + col_w, y, col_w, TEXT_LEFT);
        y += row_h;
    }
}

/* A move's first pose, small, so a row can be recognised before it is read. */
static void draw_thumbnail(View *v, const char *pose_name, SDL_Rect box)
{
    shapes_round_rect(v->renderer, (SDL_FRect){ (float)box.x, (float)box.y, (float)box.w, (float)box.h },
                      (float)(box.h / 8), PALETTE_STAGE);
    if (!v->anim || !pose_name)
        return;
    const Pose *pose = poselib_find(anim_poses(v->anim), pose_name);
    if (!pose || !animate_pose(v->anim, pose, false, &v->dl))
        return;
    SDL_Rect in = { box.x + box.h / 10, box.y + box.h / 10, box.w - box.h / 5, box.h - box.h / 5 };
    StageView sv = sprites_fit(animate_pose_bounds(v->anim, pose), in);
    sprites_draw(v->sprites, &v->dl, &sv);
}

void overlay_menu(View *v, const Layout *l, const ViewState *s)
{
    const PlayerSnapshot *p = s->snap;
    view_fill(v, (SDL_Rect){ 0, 0, l->w, l->h }, PALETTE_BG); /* a page of its own, not a veil */
    int m = l->margin;
    int y = m;
    y += view_text(v, "Choose a move", l->title_px, TEXT_BOLD, PALETTE_INK, m, y, l->w - 2 * m, TEXT_LEFT) + m / 2;
    if (p->menu_count == 0) {
        view_text(v, "Nothing to choose: no moves were loaded.", l->caption_px, TEXT_REGULAR, PALETTE_SOFT, m, y,
                  l->w - 2 * m, TEXT_LEFT);
        return;
    }
    int title_px = l->portrait ? l->note_px : l->caption_px * 3 / 4;
    int detail_px = l->small_px;
    int row_h = text_line_height(v->text, title_px, TEXT_BOLD) + text_line_height(v->text, detail_px, TEXT_REGULAR) +
                m / 2;
    int rows = (l->h - y - m) / row_h;
    if (rows < 1)
        rows = 1;
    /* Scroll so the cursor stays in view. */
    int first = p->menu_cursor - rows / 2;
    if (first > p->menu_count - rows)
        first = p->menu_count - rows;
    if (first < 0)
        first = 0;
    for (int i = first; i < p->menu_count && i < first + rows; i++) {
        const MenuEntry *e = &p->menu[i];
        if (i == p->menu_cursor)
            shapes_round_rect(v->renderer, (SDL_FRect){ (float)(m / 2), (float)y, (float)(l->w - m), (float)(row_h - m / 4) },
                              (float)(m / 3), PALETTE_SELECT);
        char detail[256];
        long sec = (long)((e->duration_ms + 999) / 1000);
        snprintf(detail, sizeof detail, "%s%s%s  \xC2\xB7  %ld:%02ld", e->is_playlist ? "Playlist  \xC2\xB7  " : "",
                 e->detail ? e->detail : "", "", sec / 60, sec % 60);
        int thumb_h = row_h - m / 2, thumb_w = thumb_h * 16 / 9;
        SDL_Rect thumb = { m, y + m / 8, thumb_w, thumb_h };
        if (!e->is_playlist)
            draw_thumbnail(v, e->first_pose, thumb);
        int tx = m + thumb_w + m / 2, tw = l->w - tx - m;
        int ty = y + m / 6;
        ty += view_text(v, e->title, title_px, TEXT_BOLD, PALETTE_INK, tx, ty, tw, TEXT_LEFT);
        /* SOFT on the cursor's row would fall under 7:1: the row's detail goes INK. */
        view_text(v, detail, detail_px, TEXT_REGULAR, i == p->menu_cursor ? PALETTE_INK : PALETTE_SOFT, tx, ty, tw,
                  TEXT_LEFT);
        y += row_h;
    }
}

void overlay_status(View *v, const Layout *l, const ViewState *s)
{
    int m = l->margin;
    SDL_Rect box = { m, m, l->w - 2 * m, l->h - 2 * m };
    view_fill(v, box, PALETTE_SCRIM);
    view_text(v, s->status, l->small_px, TEXT_REGULAR, PALETTE_INK, box.x + m, box.y + m, box.w - 2 * m, TEXT_LEFT);
}

void overlay_volume(View *v, const Layout *l, const ViewState *s)
{
    char text[32];
    if (s->muted)
        snprintf(text, sizeof text, "Sound off");
    else
        snprintf(text, sizeof text, "Volume %d%%", s->volume);
    SDL_Point sz = text_measure(v->text, text, l->note_px, TEXT_BOLD, 0);
    int m = l->margin;
    SDL_FRect box = { (float)(l->w - sz.x - 3 * m), (float)m, (float)(sz.x + 2 * m), (float)(sz.y + m) };
    shapes_round_rect(v->renderer, box, (float)(m / 2), PALETTE_SELECT);
    view_text(v, text, l->note_px, TEXT_BOLD, PALETTE_INK, (int)box.x + m, (int)box.y + m / 2, 0, TEXT_LEFT);
}

/* The kiosk was left mid-hold: a calm message over the stage while the hold runs out. */
void overlay_release(View *v, const Layout *l, const ViewState *s)
{
    (void)s;
    const char *text = "Slowly release";
    SDL_Point sz = text_measure(v->text, text, l->title_px, TEXT_BOLD, 0);
    int m = l->margin;
    SDL_FRect box = { (float)(l->stage.x + (l->stage.w - sz.x) / 2 - m), (float)(l->stage.y + m),
                      (float)(sz.x + 2 * m), (float)(sz.y + m) };
    shapes_round_rect(v->renderer, box, (float)(m / 2), PALETTE_SELECT);
    view_text(v, text, l->title_px, TEXT_BOLD, PALETTE_INK, (int)box.x + m, (int)box.y + m / 2, 0, TEXT_LEFT);
}
