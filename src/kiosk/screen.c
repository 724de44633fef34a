#include "kiosk/screen.h"

#include "platform/log.h"

void screen_hints(bool kiosk)
{
    /* SDL would turn SIGINT and SIGTERM into SDL_QUIT, which kiosk mode ignores (it is
     * also what a window close sends): signals.c handles them instead. */
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    if (!kiosk)
        return;
    /* SDL inhibits the screensaver and DPMS (X11 ScreenSaverSuspend, the D-Bus
     * org.freedesktop.ScreenSaver inhibit) when this is 0. */
    SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, "0");
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "1");
    SDL_SetHint(SDL_HINT_MOUSE_FOCUS_CLICKTHROUGH, "1");
}

SDL_Window *screen_open(const char *title, int display, Uint32 extra_flags)
{
    int count = SDL_GetNumVideoDisplays();
    if (display < 0 || display >= count) {
        log_warn("display %d does not exist (%d found); using display 0", display, count);
        display = 0;
    }
    SDL_Rect r;
    if (SDL_GetDisplayBounds(display, &r) != 0) {
        log_warn("display %d: %s", display, SDL_GetError());
        r = (SDL_Rect){ 0, 0, 1280, 720 };
    }
    /* Created at the display's own position and size, so that it covers the display
     * even where no window manager honours the full-screen request. */
    SDL_Window *w = SDL_CreateWindow(title, r.x, r.y, r.w, r.h,
                                     extra_flags | SDL_WINDOW_FULLSCREEN_DESKTOP | SDL_WINDOW_BORDERLESS);
    if (!w) {
        log_error("cannot open a window on display %d: %s", display, SDL_GetError());
        return NULL;
    }
    log_info("full screen on display %d (%dx%d at %d,%d)", display, r.w, r.h, r.x, r.y);
    return w;
}

void screen_init(Screen *s, SDL_Window *window, uint32_t cursor_hide_ms, uint64_t now_ms)
{
    *s = (Screen){ .window = window, .cursor_hide_ms = cursor_hide_ms, .last_motion = now_ms };
    SDL_ShowCursor(SDL_DISABLE);
    SDL_DisableScreenSaver();
}

void screen_event(Screen *s, const SDL_Event *e, uint64_t now_ms)
{
    switch (e->type) {
    case SDL_MOUSEMOTION:
        /* A touch screen sends synthetic motion too: only a real mouse shows it. */
        if (e->motion.which == SDL_TOUCH_MOUSEID || s->cursor_hide_ms == 0)
            break;
        s->last_motion = now_ms;
        if (!s->cursor_shown) {
            SDL_ShowCursor(SDL_ENABLE);
            s->cursor_shown = true;
        }
        break;
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_FOCUS_LOST && !s->focus_lost) {
            s->focus_lost = true;
            s->retrying = false;
            s->focus_lost_at = now_ms;
        } else if (e->window.event == SDL_WINDOWEVENT_FOCUS_GAINED) {
            s->focus_lost = false;
        }
        break;
    default:
        break;
    }
}

void screen_update(Screen *s, uint64_t now_ms)
{
    if (s->cursor_shown && now_ms >= s->last_motion + s->cursor_hide_ms) {
        SDL_ShowCursor(SDL_DISABLE);
        s->cursor_shown = false;
    }
    Uint32 flags = SDL_GetWindowFlags(s->window);
    if (flags & SDL_WINDOW_MINIMIZED)
        SDL_RestoreWindow(s->window);
    if (!(flags & SDL_WINDOW_FULLSCREEN_DESKTOP) && !(flags & SDL_WINDOW_MINIMIZED))
        SDL_SetWindowFullscreen(s->window, SDL_WINDOW_FULLSCREEN_DESKTOP);
    if (s->focus_lost && now_ms >= s->focus_lost_at + SCREEN_REFOCUS_MS) {
        /* Try again a second later if the window manager says no. */
        if (!s->retrying)
            log_info("another window took the focus; taking it back");
        s->retrying = true;
        s->focus_lost_at = now_ms;
        s->refocus_count++;
        SDL_RaiseWindow(s->window);
        SDL_SetWindowInputFocus(s->window);
    }
}
