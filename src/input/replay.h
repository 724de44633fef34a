/* replay: timed input from a file, for tests and demos without hands (--replay FILE).
 *
 *   2.5s key Right          a key press (SDL key names: Space, Right, Escape, F1, ...)
 *   2s   key Ctrl+Alt+Shift+Q 2.5s   keys pressed together in this order (Ctrl, Alt,
 *                           Shift, Super: the left one), let go after 2.5 s
 *   4s   pad dpright        a controller button: a b x y back start guide lb rb l3 r3
 *                           dpup dpdown dpleft dpright (the first pad use plugs a
 *                           virtual pad in)
 *   3s   pad back+start 3.5s   buttons held together for 3.5 s
 *   9s   pad unplug         pull the virtual pad out; `pad plug` puts it back
 *   8s   tap 0.8 0.5        a touch at x, y (fractions of the window)
 *   10s  swipe 0.8 0.5 0.2 0.5
 *   12s  press 0.5 0.5 1s   a long press
 *   14s  quit               SDL_QUIT, as a window close or Alt+F4 sends
 *   # comments and blank lines are ignored
 *
 * Keys and touches are pushed as SDL events; pad input goes through an SDL virtual
 * game controller, so the real controller path runs. Times are on the run's clock.
 * Without a length a key or button is let go at once (keys) or on the next frame.
 *
 *   Replay *r = replay_load("in.txt", err, sizeof err);  // NULL and "in.txt:3:4: ..." on error
 *   each frame: replay_feed(r, now_ms);                  // before polling SDL events
 *   replay_done(r)                                       // everything sent
 *   replay_destroy(r);
 */
#ifndef LIMBER_REPLAY_H
#define LIMBER_REPLAY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Replay Replay;

Replay *replay_load(const char *path, char *err, size_t err_size);
void replay_destroy(Replay *r);
void replay_feed(Replay *r, uint64_t now_ms);
bool replay_done(const Replay *r);
/* The time of the last line (the run should last at least this long). */
uint64_t replay_last_ms(const Replay *r);

#endif
