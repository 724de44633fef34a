#include "input/replay.h"

#include "platform/log.h"
#include "script/duration.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum ItemKind { ITEM_KEY, ITEM_PAD, ITEM_PLUG, ITEM_UNPLUG, ITEM_TAP, ITEM_SWIPE, ITEM_PRESS, ITEM_QUIT } ItemKind;

enum { REPLAY_CHORD_MAX = 8 };

typedef struct Item {
    uint64_t at_ms;
    ItemKind kind;
    SDL_Keycode keys[REPLAY_CHORD_MAX];          /* ITEM_KEY: pressed in this order */
    SDL_GameControllerButton buttons[REPLAY_CHORD_MAX];
    int count;                                   /* keys or buttons */
    float x, y, x2, y2;
    uint64_t hold_ms;                            /* 0: released on the next frame */
} Item;

/* Something to finish on a later frame: keys or buttons to let go, a touch to lift, or
 * a pad press held back until the freshly plugged pad has been opened. */
typedef struct Release {
    bool active;
    bool press;
    uint64_t at_ms;
    const Item *it;
} Release;

struct Replay {
    Item *items;
    size_t count, next;
    Release releases[16];
    int virtual_index; /* joystick device index of our virtual pad, -1 if none */
    SDL_Joystick *joy;
};

/* The short names of the format; SDL's own (leftshoulder, leftstick, guide...) work too. */
static const struct { const char *name; SDL_GameControllerButton b; } pad_names[] = {
    { "lb", SDL_CONTROLLER_BUTTON_LEFTSHOULDER }, { "rb", SDL_CONTROLLER_BUTTON_RIGHTSHOULDER },
    { "l3", SDL_CONTROLLER_BUTTON_LEFTSTICK }, { "r3", SDL_CONTROLLER_BUTTON_RIGHTSTICK },
};

/* Ctrl, Alt, Shift and Super name the left key of each pair. */
static const struct { const char *name; SDL_Keycode k; } key_aliases[] = {
    { "ctrl", SDLK_LCTRL }, { "alt", SDLK_LALT }, { "shift", SDLK_LSHIFT }, { "super", SDLK_LGUI },
};

typedef struct Cursor {
    const char *line, *p;
} Cursor;

/* The next word of the line (NUL-terminated in place); NULL at the end. */
static char *word(Cursor *c)
{
    char *p = (char *)c->p;
    while (*p == ' ' || *p == '\t')
        p++;
    if (!*p || *p == '#')
        return NULL;
    char *start = p;
    while (*p && *p != ' ' && *p != '\t' && *p != '#')
        p++;
    if (*p == ' ' || *p == '\t')
        *p++ = '\0';
    else if (*p == '#')
        *p = '\0'; /* a comment right after a word ends the line */
    c->p = p;
    return start;
}

static bool parse_fraction(const char *s, float *out)
{
    char *end;
    double v = strtod(s, &end);
    if (end == s || *end || v < 0.0 || v > 1.0)
        return false;
    *out = (float)v;
    return true;
}

static SDL_Keycode key_from_name(const char *name)
{
    for (size_t i = 0; i < SDL_arraysize(key_aliases); i++)
        if (SDL_strcasecmp(key_aliases[i].name, name) == 0)
            return key_aliases[i].k;
    return SDL_GetKeyFromName(name);
}

static SDL_GameControllerButton button_from_name(const char *name)
{
    for (size_t i = 0; i < SDL_arraysize(pad_names); i++)
        if (SDL_strcasecmp(pad_names[i].name, name) == 0)
            return pad_names[i].b;
    return SDL_GameControllerGetButtonFromString(name);
}

/* "Ctrl+Alt+Shift+Q" or "back+start" into it->keys or it->buttons; *bad at the name
 * that is not known. A lone "+" is the plus key. */
static bool parse_chord(char *text, bool pad, Item *it, const char **bad)
{
    it->count = 0;
    char *name = text;
    for (;;) {
        char *plus = name[0] && name[1] ? strchr(name + 1, '+') : NULL;
        if (plus)
            *plus = '\0';
        if (it->count == REPLAY_CHORD_MAX || !*name) {
            *bad = name;
            return false;
        }
        if (pad) {
            SDL_GameControllerButton b = button_from_name(name);
            if (b == SDL_CONTROLLER_BUTTON_INVALID) {
                *bad = name;
                return false;
            }
            it->buttons[it->count++] = b;
        } else {
            SDL_Keycode k = key_from_name(name);
            if (k == SDLK_UNKNOWN) {
                *bad = name;
                return false;
            }
            it->keys[it->count++] = k;
        }
        if (!plus)
            return true;
        *plus = '+'; /* the column of a later bad name stays right */
        name = plus + 1;
    }
}

/* An optional hold length after a key or pad chord. */
static bool parse_hold(Cursor *c, Item *it, const char **bad, const char **why)
{
    char *d = word(c);
    int64_t hold;
    if (!d)
        return true;
    if (!duration_parse(d, strlen(d), &hold)) {
        *bad = d;
        *why = "expected how long to hold, like 2.5s";
        return false;
    }
    it->hold_ms = (uint64_t)hold;
    return true;
}

static bool parse_line(Cursor *c, Item *it, const char **bad, const char **why)
{
    char *t = word(c);
    if (!t)
        return false;
    int64_t ms;
    if (!duration_parse(t, strlen(t), &ms)) {
        *bad = t;
        *why = "expected a time with a unit, like 2.5s";
        return false;
    }
    it->at_ms = (uint64_t)ms;
    char *kind = word(c);
    if (!kind) {
        *bad = c->p;
        *why = "expected key, pad, tap, swipe, press or quit after the time";
        return false;
    }
    char *a = strcmp(kind, "quit") == 0 ? NULL : word(c);
    if (strcmp(kind, "quit") == 0) {
        it->kind = ITEM_QUIT;
    } else if (strcmp(kind, "key") == 0) {
        it->kind = ITEM_KEY;
        if (!a || !parse_chord(a, false, it, bad)) {
            *bad = a ? *bad : c->p;
            *why = "unknown key name (SDL names: Space, Right, Escape, F1, ...; Ctrl, Alt, Shift, Super; joined by +)";
            return false;
        }
        if (!parse_hold(c, it, bad, why))
            return false;
    } else if (strcmp(kind, "pad") == 0) {
        if (a && strcmp(a, "unplug") == 0) {
            it->kind = ITEM_UNPLUG;
        } else if (a && strcmp(a, "plug") == 0) {
            it->kind = ITEM_PLUG;
        } else {
            it->kind = ITEM_PAD;
            if (!a || !parse_chord(a, true, it, bad)) {
                *bad = a ? *bad : c->p;
                *why = "unknown pad button (a b x y back start guide lb rb l3 r3 dpup dpdown dpleft dpright, "
                       "joined by +; plug, unplug)";
                return false;
            }
            if (!parse_hold(c, it, bad, why))
                return false;
        }
    } else if (strcmp(kind, "tap") == 0 || strcmp(kind, "press") == 0 || strcmp(kind, "swipe") == 0) {
        char *b = word(c);
        if (!a || !b || !parse_fraction(a, &it->x) || !parse_fraction(b, &it->y)) {
            *bad = a ? a : c->p;
            *why = "expected x and y as fractions of the window, 0 to 1";
            return false;
        }
        it->kind = kind[0] == 't' ? ITEM_TAP : kind[0] == 'p' ? ITEM_PRESS : ITEM_SWIPE;
        if (it->kind == ITEM_SWIPE) {
            char *c2 = word(c), *d2 = word(c);
            if (!c2 || !d2 || !parse_fraction(c2, &it->x2) || !parse_fraction(d2, &it->y2)) {
                *bad = c2 ? c2 : c->p;
                *why = "a swipe needs x1 y1 x2 y2";
                return false;
            }
        } else if (it->kind == ITEM_PRESS) {
            char *d = word(c);
            int64_t hold;
            if (!d || !duration_parse(d, strlen(d), &hold)) {
                *bad = d ? d : c->p;
                *why = "a press needs its length, like 1s";
                return false;
            }
            it->hold_ms = (uint64_t)hold;
        }
    } else {
        *bad = kind;
        *why = "expected key, pad, tap, swipe, press or quit";
        return false;
    }
    char *extra = word(c);
    if (extra) {
        *bad = extra;
        *why = "unexpected words at the end of the line";
        return false;
    }
    return true;
}

Replay *replay_load(const char *path, char *err, size_t err_size)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, err_size, "%s: cannot read the replay file", path);
        return NULL;
    }
    Replay *r = calloc(1, sizeof *r);
    r->virtual_index = -1;
    char line[1024];
    int lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        Cursor c = { line, line };
        Item it = { 0 };
        const char *bad = NULL, *why = NULL;
        if (!parse_line(&c, &it, &bad, &why)) {
            if (!why)
                continue; /* blank or comment */
            snprintf(err, err_size, "%s:%d:%d: error: %s", path, lineno, (int)(bad - line) + 1, why);
            fclose(f);
            replay_destroy(r);
            return NULL;
        }
        if (r->count && it.at_ms < r->items[r->count - 1].at_ms) {
            snprintf(err, err_size, "%s:%d:1: error: times must not go backwards", path, lineno);
            fclose(f);
            replay_destroy(r);
            return NULL;
        }
        Item *grown = realloc(r->items, (r->count + 1) * sizeof *grown);
        if (!grown)
            break;
        r->items = grown;
        r->items[r->count++] = it;
    }
    fclose(f);
    return r;
}

static void unplug(Replay *r)
{
    if (r->joy) {
        SDL_JoystickClose(r->joy);
        r->joy = NULL;
    }
    if (r->virtual_index >= 0) {
        SDL_JoystickDetachVirtual(r->virtual_index);
        r->virtual_index = -1;
    }
}

void replay_destroy(Replay *r)
{
    if (!r)
        return;
    unplug(r);
    free(r->items);
    free(r);
}

/* True when the pad is plugged in; *fresh when it was plugged in just now, so that
 * the app has not opened it yet and a press must wait for the next frame. */
static bool plug(Replay *r, bool *fresh)
{
    *fresh = false;
    if (r->joy)
        return true;
    *fresh = true;
    SDL_VirtualJoystickDesc desc;
    SDL_zero(desc);
    desc.version = SDL_VIRTUAL_JOYSTICK_DESC_VERSION;
    desc.type = SDL_JOYSTICK_TYPE_GAMECONTROLLER;
    desc.naxes = SDL_CONTROLLER_AXIS_MAX;
    desc.nbuttons = SDL_CONTROLLER_BUTTON_MAX;
    desc.name = "limber replay pad";
    r->virtual_index = SDL_JoystickAttachVirtualEx(&desc);
    if (r->virtual_index < 0) {
        log_error("replay: cannot attach a virtual pad: %s", SDL_GetError());
        return false;
    }
    r->joy = SDL_JoystickOpen(r->virtual_index);
    return r->joy != NULL;
}

static void push_finger(Uint32 type, float x, float y)
{
    SDL_Event e;
    SDL_zero(e);
    e.type = type;
    e.tfinger.touchId = 1;
    e.tfinger.fingerId = 1;
    e.tfinger.x = x;
    e.tfinger.y = y;
    e.tfinger.pressure = 1.0f;
    e.tfinger.timestamp = SDL_GetTicks();
    SDL_PushEvent(&e);
}

static void push_key(Uint32 type, SDL_Keycode key, Uint16 mod)
{
    SDL_Event e;
    SDL_zero(e);
    e.type = type;
    e.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
    e.key.keysym.sym = key;
    e.key.keysym.scancode = SDL_GetScancodeFromKey(key);
    e.key.keysym.mod = mod;
    e.key.timestamp = SDL_GetTicks();
    SDL_PushEvent(&e);
}

static Uint16 key_mod(SDL_Keycode k)
{
    switch (k) {
    case SDLK_LCTRL: return KMOD_LCTRL;
    case SDLK_RCTRL: return KMOD_RCTRL;
    case SDLK_LALT: return KMOD_LALT;
    case SDLK_RALT: return KMOD_RALT;
    case SDLK_LSHIFT: return KMOD_LSHIFT;
    case SDLK_RSHIFT: return KMOD_RSHIFT;
    case SDLK_LGUI: return KMOD_LGUI;
    case SDLK_RGUI: return KMOD_RGUI;
    default: return KMOD_NONE;
    }
}

/* Presses the keys in order, each with the modifiers down so far, as a keyboard does. */
static void keys_down(const Item *it)
{
    Uint16 mod = 0;
    for (int i = 0; i < it->count; i++) {
        mod |= key_mod(it->keys[i]);
        push_key(SDL_KEYDOWN, it->keys[i], mod);
    }
}

/* Lets go in the opposite order. */
static void keys_up(const Item *it)
{
    Uint16 mod = 0;
    for (int i = 0; i < it->count; i++)
        mod |= key_mod(it->keys[i]);
    for (int i = it->count - 1; i >= 0; i--) {
        mod &= (Uint16)~key_mod(it->keys[i]);
        push_key(SDL_KEYUP, it->keys[i], mod);
    }
}

static void buttons_set(Replay *r, const Item *it, Uint8 state)
{
    for (int i = 0; r->joy && i < it->count; i++)
        SDL_JoystickSetVirtualButton(r->joy, it->buttons[i], state);
}

static void schedule(Replay *r, uint64_t at_ms, const Item *it, bool press)
{
    for (size_t i = 0; i < SDL_arraysize(r->releases); i++) {
        if (!r->releases[i].active) {
            r->releases[i] = (Release){ .active = true, .press = press, .at_ms = at_ms, .it = it };
            return;
        }
    }
    log_warn("replay: more than %d inputs held at once; one is let go now", (int)SDL_arraysize(r->releases));
}

/* A held input lasts hold_ms, at least until the next frame, so its release is seen apart. */
static uint64_t release_at(const Item *it, uint64_t now)
{
    return now + (it->hold_ms ? it->hold_ms : 1);
}

static void finish(Replay *r, const Release *rel, uint64_t now)
{
    const Item *it = rel->it;
    switch (it->kind) {
    case ITEM_PAD:
        if (rel->press) {
            buttons_set(r, it, SDL_PRESSED);
            schedule(r, release_at(it, now), it, false);
        } else {
            buttons_set(r, it, SDL_RELEASED);
        }
        break;
    case ITEM_KEY: keys_up(it); break;
    case ITEM_PRESS: push_finger(SDL_FINGERUP, it->x, it->y); break;
    case ITEM_SWIPE: push_finger(SDL_FINGERUP, it->x2, it->y2); break;
    default: break;
    }
}

void replay_feed(Replay *r, uint64_t now)
{
    if (!r)
        return;
    for (size_t i = 0; i < SDL_arraysize(r->releases); i++) {
        Release rel = r->releases[i];
        if (!rel.active || rel.at_ms > now)
            continue;
        r->releases[i].active = false;
        finish(r, &rel, now);
    }
    bool fresh;
    while (r->next < r->count && r->items[r->next].at_ms <= now) {
        const Item *it = &r->items[r->next++];
        switch (it->kind) {
        case ITEM_KEY:
            keys_down(it);
            if (it->hold_ms)
                schedule(r, now + it->hold_ms, it, false);
            else
                keys_up(it);
            break;
        case ITEM_PAD:
            if (!plug(r, &fresh))
                break;
            if (fresh) {
                schedule(r, now + 1, it, true);
            } else {
                buttons_set(r, it, SDL_PRESSED);
                schedule(r, release_at(it, now), it, false);
            }
            break;
        case ITEM_PLUG: plug(r, &fresh); break;
        case ITEM_UNPLUG: unplug(r); break;
        case ITEM_TAP:
            push_finger(SDL_FINGERDOWN, it->x, it->y);
            push_finger(SDL_FINGERUP, it->x, it->y);
            break;
        case ITEM_SWIPE:
            push_finger(SDL_FINGERDOWN, it->x, it->y);
            schedule(r, now + 1, it, false);
            break;
        case ITEM_PRESS:
            push_finger(SDL_FINGERDOWN, it->x, it->y);
            schedule(r, now + it->hold_ms, it, false);
            break;
        case ITEM_QUIT: {
            SDL_Event e;
            SDL_zero(e);
            e.type = SDL_QUIT;
            e.quit.timestamp = SDL_GetTicks();
            SDL_PushEvent(&e);
            break;
        }
        }
    }
}

bool replay_done(const Replay *r)
{
    if (!r)
        return true;
    for (size_t i = 0; i < SDL_arraysize(r->releases); i++)
        if (r->releases[i].active)
            return false;
    return r->next >= r->count;
}

uint64_t replay_last_ms(const Replay *r)
{
    return r && r->count ? r->items[r->count - 1].at_ms : 0;
}
