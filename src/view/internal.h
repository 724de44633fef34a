/* internal: what the view's own files share (render.c, overlay.c, stage.c). Not for
 * use outside src/view/. */
#ifndef LIMBER_VIEW_INTERNAL_H
#define LIMBER_VIEW_INTERNAL_H

#include "anim/animate.h"
#include "view/layout.h"
#include "view/palette.h"
#include "view/render.h"
#include "view/text.h"

/* What the cached stage picture shows; compared whole (memcmp), so zero it first. */
typedef struct StageKey {
    const Move *move;
    uint64_t play_id;
    int step;
    int64_t t;        /* -1 while the figure stands still */
    Side side;
    int w, h;
    const Anim *anim;
} StageKey;

/* What the cached countdown ring shows. */
typedef struct RingKey {
    int d, ring_w;
    int arc; /* the lit arc, in quarter pixels of its length; -1: none */
} RingKey;

/* What the cached step progress bar shows. */
typedef struct ProgressKey {
    int n, step, w, h;
} ProgressKey;

/* What a move screen shows outside its stage, ring and progress strip (render.c). */
typedef struct ChromeKey {
    const Move *move, *next_move;
    uint64_t play_id;
    int step, w, h, caution, move_index, move_count, rep, reps;
    Side side;
    bool waiting;
    InputDevice device;
} ChromeKey;

struct View {
    SDL_Renderer *renderer;
    TextCache *text;
    const Anim *anim;      /* the figure, props and clips; NULL: an empty stage */
    struct Sprites *sprites;
    char content_root[4096];
    uint64_t play_id;      /* of the snapshot being drawn */
    const Move *framed;    /* the move the stage is framed on (and for which play), and */
    uint64_t framed_play;  /* its box: moves are not compared by address alone, as a */
    StageBox framed_box;   /* reloaded move may reuse a freed one's */
    DrawList dl;
    SDL_Texture *stage_tex; /* the stage while the figure stands still (render.c) */
    SDL_Point stage_size;
    StageKey stage_key;
    bool stage_valid;
    SDL_Texture *half_tex;  /* a moving figure, at half size (render.c) */
    SDL_Point half_size;
    SDL_Texture *ring_tex;  /* the countdown ring's arcs (render.c), and their pixels */
    SDL_Surface *ring_pic;
    SDL_Point ring_size;
    RingKey ring_key;
    bool ring_valid;
    SDL_Texture *progress_tex; /* the step progress bar (render.c) */
    SDL_Point progress_size;
    ProgressKey progress_key;
    bool progress_valid;
    bool retained;          /* the renderer keeps the last frame's pixels (software) */
    Uint32 native;          /* the pixel format it draws into (render.c: native_format) */
    ChromeKey chrome_key;   /* the last frame's surroundings, when it was a move screen */
    bool chrome_valid;
    SDL_Rect ring_at;       /* where the last full frame put the ring */
    SDL_Rect dirty;         /* the part of the stage that is not bare backdrop */
    unsigned long partial_frames;
};

/* Draws text at (x, y) in a box max_w wide and returns the height used. */
int view_text(View *v, const char *s, int px, TextStyle style, SDL_Color c, int x, int y, int max_w,
              TextAlign align);

/* The glyph words for a device: "Space" / "A" / "Tap". */
const char *view_continue_prompt(InputDevice device);

void overlay_pause(View *v, const Layout *l, const ViewState *s);
void overlay_help(View *v, const Layout *l, const ViewState *s);
void overlay_menu(View *v, const Layout *l, const ViewState *s);
void overlay_status(View *v, const Layout *l, const ViewState *s);
void overlay_volume(View *v, const Layout *l, const ViewState *s);
void overlay_release(View *v, const Layout *l, const ViewState *s);

void view_fill(View *v, SDL_Rect r, SDL_Color c);

#endif
