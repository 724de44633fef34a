#include "input/replay.h"

#include "platform/log.h"
#include "script/duration.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum ItemKind { ITEM_KEY, ITEM_PAD, ITEM_PLUG, ITEM_UNPLUG, ITEM_TAP, ITEM_SWIPE, ITEM_PRESS } ItemKind;

typedef struct Item {
    uint64_t at_ms;
    ItemKind kind;
    SDL_Keycode key;
    SDL_GameControllerButton button;
    float x, y, x2, y2;
    uint64_t hold_ms;
} Item;

/* A touch or button still to be released on a later frame. */
typedef struct Release {
    bool active;
    bool press;    /* a pad press held back until the new pad has been opened */
    uint64_t at_ms;
    ItemKind kind;
    SDL_GameControllerButton button;
    float x, y;
} Release;

struct Replay {
    Item *items;
    size_t count, next;
    Release releases[8];
    int virtual_index; /* joystick device index of our virtual pad, -1 if none */
    SDL_Joystick *joy;
};

static const struct { const char *name; SDL_GameControllerButton b; } pad_names[] = {
    { "a", SDL_CONTROLLER_BUTTON_A }, { "b", SDL_CONTROLLER_BUTTON_B },
    { "x", SDL_CONTROLLER_BUTTON_X }, { "y", SDL_CONTROLLER_BUTTON_Y },
    { "back", SDL_CONTROLLER_BUTTON_BACK }, { "start", SDL_CONTROLLER_BUTTON_START },
    { "lb", SDL_CONTROLLER_BUTTON_LEFTSHOULDER }, { "rb", SDL_CONTROLLER_BUTTON_RIGHTSHOULDER },
    { "dpup", SDL_CONTROLLER_BUTTON_DPAD_UP }, { "dpdown", SDL_CONTROLLER_BUTTON_DPAD_DOWN },
    { "dpleft", SDL_CONTROLLER_BUTTON_DPAD_LEFT }, { "dpright", SDL_CONTROLLER_BUTTON_DPAD_RIGHT },
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
        *why = "expected key, pad, tap, swipe or press after the time";
        return false;
    }
    char *a = word(c);
    if (strcmp(kind, "key") == 0) {
        it->kind = ITEM_KEY;
        it->key = a ? SDL_GetKeyFromName(a) : SDLK_UNKNOWN;
        if (it->key == SDLK_UNKNOWN) {
            *bad = a ? a : c->p;
            *why = "unknown key name (SDL names: Space, Right, Escape, F1, ...)";
            return false;
        }
    } else if (strcmp(kind, "pad") == 0) {
        if (a && strcmp(a, "unplug") == 0) {
            it->kind = ITEM_UNPLUG;
        } else if (a && strcmp(a, "plug") == 0) {
            it->kind = ITEM_PLUG;
        } else {
            it->kind = ITEM_PAD;
            size_t i = 0;
            while (a && i < SDL_arraysize(pad_names) && strcmp(pad_names[i].name, a) != 0)
                i++;
            if (!a || i == SDL_arraysize(pad_names)) {
                *bad = a ? a : c->p;
                *why = "unknown pad button (a b x y back start lb rb dpup dpdown dpleft dpright, plug, unplug)";
                return false;
            }
            it->button = pad_names[i].b;
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
        *why = "expected key, pad, tap, swipe or press";
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

static void push_key(Uint32 type, SDL_Keycode key)
{
    SDL_Event e;
    SDL_zero(e);
    e.type = type;
    e.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
    e.key.keysym.sym = key;
    e.key.keysym.scancode = SDL_GetScancodeFromKey(key);
    e.key.timestamp = SDL_GetTicks();
    SDL_PushEvent(&e);
}

static void schedule_release(Replay *r, Release rel)
{
    for (size_t i = 0; i < SDL_arraysize(r->releases); i++) {
        if (!r->releases[i].active) {
            rel.active = true;
            r->releases[i] = rel;
            return;
        }
    }
}

void replay_feed(Replay *r, uint64_t now)
{
    if (!r)
        return;
    for (size_t i = 0; i < SDL_arraysize(r->releases); i++) {
        Release *rel = &r->releases[i];
        if (!rel->active || rel->at_ms > now)
            continue;
        rel->active = false;
        if (rel->kind == ITEM_PAD && rel->press && r->joy) {
            SDL_JoystickSetVirtualButton(r->joy, rel->button, SDL_PRESSED);
            schedule_release(r, (Release){ .at_ms = now + 1, .kind = ITEM_PAD, .button = rel->button });
        } else if (rel->kind == ITEM_PAD && r->joy)
            SDL_JoystickSetVirtualButton(r->joy, rel->button, SDL_RELEASED);
        else if (rel->kind == ITEM_PRESS || rel->kind == ITEM_SWIPE)
            push_finger(SDL_FINGERUP, rel->x, rel->y);
    }
    bool fresh;
    while (r->next < r->count && r->items[r->next].at_ms <= now) {
        const Item *it = &r->items[r->next++];
        switch (it->kind) {
        case ITEM_KEY:
            push_key(SDL_KEYDOWN, it->key);
            push_key(SDL_KEYUP, it->key);
            break;
        case ITEM_PAD:
            if (!plug(r, &fresh))
                break;
            if (fresh) {
                schedule_release(r, (Release){ .at_ms = now + 1, .kind = ITEM_PAD, .button = it->button, .press = true });
            } else {
                SDL_JoystickSetVirtualButton(r->joy, it->button, SDL_PRESSED);
                schedule_release(r, (Release){ .at_ms = now + 1, .kind = ITEM_PAD, .button = it->button });
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
            schedule_release(r, (Release){ .at_ms = now + 1, .kind = ITEM_SWIPE, .x = it->x2, .y = it->y2 });
            break;
        case ITEM_PRESS:
            push_finger(SDL_FINGERDOWN, it->x, it->y);
            schedule_release(r, (Release){ .at_ms = now + it->hold_ms, .kind = ITEM_PRESS, .x = it->x, .y = it->y });
            break;
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
