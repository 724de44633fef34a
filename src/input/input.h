/* input: keyboard, game controller, mouse and touch become Actions, here and nowhere
 * else. Nothing past src/input/ sees an SDL_Event.
 *
 *   Input *in = input_create(content_root);      // opens controllers, reads mappings
 *   for each SDL_Event e:
 *       Action a = input_event(in, &e, now_ms);   // ACTION_NONE for most events
 *   Action a = input_poll(in, now_ms);            // a long press completes with time
 *   input_last_device(in)                         // whose glyphs to show
 *   input_destroy(in);
 *
 * Defaults (DESIGN: keys, pad, touch) can be rebound with input_bind_key() and
 * input_bind_button() (the config's [keys] and [pad]). Controllers come and go at any
 * time; CONTENT/gamecontrollerdb.txt adds mappings to SDL's own. Touch: a tap in the
 * left or right third is PREV / NEXT, in the middle PAUSE; a horizontal swipe changes
 * the move; a press held 0.8 s opens the menu. */
#ifndef LIMBER_INPUT_H
#define LIMBER_INPUT_H

#include "player/action.h"

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>

typedef struct Input Input;

Input *input_create(const char *content_root);
void input_destroy(Input *in);

Action input_event(Input *in, const SDL_Event *e, uint64_t now_ms);
Action input_poll(Input *in, uint64_t now_ms);
InputDevice input_last_device(const Input *in);
int input_controller_count(const Input *in);

/* Binds an extra key or controller button to an action (both keep working). */
void input_bind_key(Input *in, SDL_Keycode key, Action a);
void input_bind_button(Input *in, SDL_GameControllerButton b, Action a);
/* Removes every binding of a key or button. */
void input_unbind_key(Input *in, SDL_Keycode key);
void input_unbind_button(Input *in, SDL_GameControllerButton b);

enum { INPUT_LONG_PRESS_MS = 800 };

#endif
