/* screen: the kiosk's window: full screen desktop on the chosen display, no
 * decorations, the cursor hidden while the mouse is still, the screensaver and display
 * sleep held off, and the focus taken back when another window steals it.
 *
 *   screen_hints(true);                                  // before SDL_Init
 *   SDL_Window *w = screen_open("limber", display, 0);  // flags: e.g. ALLOW_HIGHDPI
 *   Screen s;
 *   screen_init(&s, w, cfg.cursor_hide_ms, now);
 *   for each SDL_Event:  screen_event(&s, &e, now);
 *   every frame:         screen_update(&s, now);
 *   (the window is the caller's: SDL_DestroyWindow at exit)
 *
 * All SDL, no state outside the struct. */
#ifndef LIMBER_SCREEN_H
#define LIMBER_SCREEN_H

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>

enum { SCREEN_REFOCUS_MS = 1000 }; /* how long another window may keep the focus */

typedef struct Screen {
    SDL_Window *window;
    uint32_t cursor_hide_ms; /* 0: never show the cursor */
    uint64_t last_motion;
    bool cursor_shown;
    bool focus_lost;
    bool retrying;           /* taking it back did not work the first time */
    uint64_t focus_lost_at;
    unsigned refocus_count;  /* times the focus was taken back (for the status overlay) */
} Screen;

/* Sets SDL's hints for a kiosk (kiosk false: only what every run needs): our own
 * SIGINT/SIGTERM handlers (src/kiosk/signals.h), no screensaver, stay full screen and
 * unminimized when the focus goes, no compositor in the way. Call before SDL_Init. */
void screen_hints(bool kiosk);

/* A borderless full-screen-desktop window on display (0-based; one that does not exist
 * falls back to 0 with a warning). NULL, logged, when SDL cannot make one. */
SDL_Window *screen_open(const char *title, int display, Uint32 extra_flags);

void screen_init(Screen *s, SDL_Window *window, uint32_t cursor_hide_ms, uint64_t now_ms);

/* Mouse motion shows the cursor; focus loss starts the refocus timer. */
void screen_event(Screen *s, const SDL_Event *e, uint64_t now_ms);

/* Hides a still cursor; takes the focus back SCREEN_REFOCUS_MS after it went; puts the
 * window back to full screen if something took it out. */
void screen_update(Screen *s, uint64_t now_ms);

#endif
