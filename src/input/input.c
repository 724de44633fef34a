#include "input/input.h"

#include "platform/log.h"

#include <stdio.h>

enum { MAX_KEYS = 64, MAX_BUTTONS = 32, MAX_PADS = 8 };

typedef struct KeyBinding {
    SDL_Keycode key;
    Action action;
} KeyBinding;

typedef struct ButtonBinding {
    SDL_GameControllerButton button;
    Action action;
} ButtonBinding;

struct Input {
    KeyBinding keys[MAX_KEYS];
    int key_count;
    ButtonBinding buttons[MAX_BUTTONS];
    int button_count;
    SDL_GameController *pads[MAX_PADS];
    InputDevice last;
    /* A touch or mouse press in progress. */
    bool pressing, long_fired;
    SDL_FingerID finger;
    float press_x, press_y;
    uint64_t press_ms;
};

void input_bind_key(Input *in, SDL_Keycode key, Action a)
{
    if (in->key_count < MAX_KEYS)
        in->keys[in->key_count++] = (KeyBinding){ key, a };
}

void input_bind_button(Input *in, SDL_GameControllerButton b, Action a)
{
    if (in->button_count < MAX_BUTTONS)
        in->buttons[in->button_count++] = (ButtonBinding){ b, a };
}

void input_unbind_key(Input *in, SDL_Keycode key)
{
    int n = 0;
    for (int i = 0; i < in->key_count; i++)
        if (in->keys[i].key != key)
            in->keys[n++] = in->keys[i];
    in->key_count = n;
}

void input_unbind_button(Input *in, SDL_GameControllerButton b)
{
    int n = 0;
    for (int i = 0; i < in->button_count; i++)
        if (in->buttons[i].button != b)
            in->buttons[n++] = in->buttons[i];
    in->button_count = n;
}

static void bind_defaults(Input *in)
{
    static const KeyBinding keys[] = {
        { SDLK_SPACE, ACTION_PAUSE },       { SDLK_RIGHT, ACTION_NEXT },
        { SDLK_LEFT, ACTION_PREV },         { SDLK_DOWN, ACTION_NEXT_MOVE },
        { SDLK_PAGEDOWN, ACTION_NEXT_MOVE },{ SDLK_UP, ACTION_PREV_MOVE },
        { SDLK_PAGEUP, ACTION_PREV_MOVE },  { SDLK_ESCAPE, ACTION_MENU },
        { SDLK_RETURN, ACTION_SELECT },     { SDLK_KP_ENTER, ACTION_SELECT },
        { SDLK_F1, ACTION_HELP },           { SDLK_s, ACTION_STEP_MODE },
        { SDLK_PLUS, ACTION_VOLUME_UP },    { SDLK_EQUALS, ACTION_VOLUME_UP },
        { SDLK_KP_PLUS, ACTION_VOLUME_UP }, { SDLK_MINUS, ACTION_VOLUME_DOWN },
        { SDLK_KP_MINUS, ACTION_VOLUME_DOWN }, { SDLK_m, ACTION_MUTE },
        { SDLK_F2, ACTION_STATUS },
    };
    static const ButtonBinding buttons[] = {
        { SDL_CONTROLLER_BUTTON_A, ACTION_PAUSE },
        { SDL_CONTROLLER_BUTTON_START, ACTION_PAUSE },
        { SDL_CONTROLLER_BUTTON_DPAD_RIGHT, ACTION_NEXT },
        { SDL_CONTROLLER_BUTTON_DPAD_LEFT, ACTION_PREV },
        { SDL_CONTROLLER_BUTTON_RIGHTSHOULDER, ACTION_NEXT_MOVE },
        { SDL_CONTROLLER_BUTTON_LEFTSHOULDER, ACTION_PREV_MOVE },
        { SDL_CONTROLLER_BUTTON_B, ACTION_MENU },
        { SDL_CONTROLLER_BUTTON_BACK, ACTION_HELP },
        { SDL_CONTROLLER_BUTTON_X, ACTION_STEP_MODE },
        { SDL_CONTROLLER_BUTTON_DPAD_UP, ACTION_VOLUME_UP },
        { SDL_CONTROLLER_BUTTON_DPAD_DOWN, ACTION_VOLUME_DOWN },
        { SDL_CONTROLLER_BUTTON_Y, ACTION_MUTE },
    };
    for (size_t i = 0; i < SDL_arraysize(keys); i++)
        input_bind_key(in, keys[i].key, keys[i].action);
    for (size_t i = 0; i < SDL_arraysize(buttons); i++)
        input_bind_button(in, buttons[i].button, buttons[i].action);
}

static void open_pad(Input *in, int joystick_index)
{
    if (!SDL_IsGameController(joystick_index))
        return;
    SDL_JoystickID id = SDL_JoystickGetDeviceInstanceID(joystick_index);
    for (int i = 0; i < MAX_PADS; i++)
        if (in->pads[i] && SDL_JoystickInstanceID(SDL_GameControllerGetJoystick(in->pads[i])) == id)
            return;
    for (int i = 0; i < MAX_PADS; i++) {
        if (!in->pads[i]) {
            in->pads[i] = SDL_GameControllerOpen(joystick_index);
            if (in->pads[i])
                log_info("controller connected: %s", SDL_GameControllerName(in->pads[i]));
            return;
        }
    }
}

static void close_pad(Input *in, SDL_JoystickID id)
{
    for (int i = 0; i < MAX_PADS; i++) {
        if (in->pads[i] && SDL_JoystickInstanceID(SDL_GameControllerGetJoystick(in->pads[i])) == id) {
            log_info("controller disconnected: %s", SDL_GameControllerName(in->pads[i]));
            SDL_GameControllerClose(in->pads[i]);
            in->pads[i] = NULL;
        }
    }
}

Input *input_create(const char *content_root)
{
    Input *in = SDL_calloc(1, sizeof *in);
    if (!in)
        return NULL;
    bind_defaults(in);
    if (content_root) {
        char path[4200];
        snprintf(path, sizeof path, "%s/gamecontrollerdb.txt", content_root);
        SDL_RWops *rw = SDL_RWFromFile(path, "rb");
        if (rw) {
            int n = SDL_GameControllerAddMappingsFromRW(rw, 1);
            if (n < 0)
                log_warn("%s: %s", path, SDL_GetError());
            else
                log_info("%s: %d controller mappings", path, n);
        }
    }
    for (int i = 0; i < SDL_NumJoysticks(); i++)
        open_pad(in, i);
    return in;
}

void input_destroy(Input *in)
{
    if (!in)
        return;
    for (int i = 0; i < MAX_PADS; i++)
        if (in->pads[i])
            SDL_GameControllerClose(in->pads[i]);
    SDL_free(in);
}

InputDevice input_last_device(const Input *in)
{
    return in->last;
}

int input_controller_count(const Input *in)
{
    int n = 0;
    for (int i = 0; i < MAX_PADS; i++)
        n += in->pads[i] != NULL;
    return n;
}

static Action key_action(const Input *in, SDL_Keycode key)
{
    for (int i = 0; i < in->key_count; i++)
        if (in->keys[i].key == key)
            return in->keys[i].action;
    return ACTION_NONE;
}

static Action button_action(const Input *in, SDL_GameControllerButton b)
{
    for (int i = 0; i < in->button_count; i++)
        if (in->buttons[i].button == b)
            return in->buttons[i].action;
    return ACTION_NONE;
}

static void press_begin(Input *in, SDL_FingerID finger, float x, float y, uint64_t now)
{
    in->pressing = true;
    in->long_fired = false;
    in->finger = finger;
    in->press_x = x;
    in->press_y = y;
    in->press_ms = now;
    in->last = INPUT_DEVICE_TOUCH;
}

/* x, y in 0..1 of the window. */
static Action press_end(Input *in, float x, float y, uint64_t now)
{
    if (!in->pressing)
        return ACTION_NONE;
    in->pressing = false;
    if (in->long_fired)
        return ACTION_NONE;
    float dx = x - in->press_x, dy = y - in->press_y;
    if (dx * dx > 0.15f * 0.15f && dx * dx > 2.0f * dy * dy)
        return dx < 0 ? ACTION_NEXT_MOVE : ACTION_PREV_MOVE; /* content follows the finger */
    if (now - in->press_ms >= INPUT_LONG_PRESS_MS)
        return ACTION_MENU;
    if (x < 1.0f / 3.0f)
        return ACTION_PREV;
    if (x > 2.0f / 3.0f)
        return ACTION_NEXT;
    return ACTION_PAUSE;
}

Action input_poll(Input *in, uint64_t now)
{
    if (in->pressing && !in->long_fired && now - in->press_ms >= INPUT_LONG_PRESS_MS) {
        in->long_fired = true;
        return ACTION_MENU;
    }
    return ACTION_NONE;
}

static void window_fraction(const SDL_Event *e, float *x, float *y)
{
    SDL_Window *w = SDL_GetWindowFromID(e->button.windowID);
    int ww = 1, wh = 1;
    if (w)
        SDL_GetWindowSize(w, &ww, &wh);
    *x = (float)e->button.x / (float)(ww > 0 ? ww : 1);
    *y = (float)e->button.y / (float)(wh > 0 ? wh : 1);
}

Action input_event(Input *in, const SDL_Event *e, uint64_t now)
{
    float x, y;
    switch (e->type) {
    case SDL_KEYDOWN:
        if (e->key.repeat && key_action(in, e->key.keysym.sym) != ACTION_VOLUME_UP &&
            key_action(in, e->key.keysym.sym) != ACTION_VOLUME_DOWN)
            return ACTION_NONE; /* a held key steps once, except for the volume */
        in->last = INPUT_DEVICE_KEYBOARD;
        return key_action(in, e->key.keysym.sym);
    case SDL_CONTROLLERDEVICEADDED:
        open_pad(in, e->cdevice.which);
        return ACTION_NONE;
    case SDL_CONTROLLERDEVICEREMOVED:
        close_pad(in, e->cdevice.which);
        return ACTION_NONE;
    case SDL_CONTROLLERBUTTONDOWN:
        in->last = INPUT_DEVICE_PAD;
        return button_action(in, (SDL_GameControllerButton)e->cbutton.button);
    case SDL_FINGERDOWN:
        press_begin(in, e->tfinger.fingerId, e->tfinger.x, e->tfinger.y, now);
        return ACTION_NONE;
    case SDL_FINGERUP:
        if (!in->pressing || e->tfinger.fingerId != in->finger)
            return ACTION_NONE;
        return press_end(in, e->tfinger.x, e->tfinger.y, now);
    case SDL_MOUSEBUTTONDOWN:
        if (e->button.which == SDL_TOUCH_MOUSEID || e->button.button != SDL_BUTTON_LEFT)
            return ACTION_NONE; /* touches arrive as finger events already */
        window_fraction(e, &x, &y);
        press_begin(in, -1, x, y, now);
        return ACTION_NONE;
    case SDL_MOUSEBUTTONUP:
        if (e->button.which == SDL_TOUCH_MOUSEID || e->button.button != SDL_BUTTON_LEFT || in->finger != -1)
            return ACTION_NONE;
        window_fraction(e, &x, &y);
        return press_end(in, x, y, now);
    default:
        return ACTION_NONE;
    }
}
