/* The names of keys and pad buttons in limber.conf: SDL's own names, a few aliases
 * people write (Ctrl for either Ctrl key, lb for the left shoulder), and chords of
 * them joined by '+'. */
#include "kiosk/config.h"
#include "kiosk/config_internal.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

typedef struct Alias {
    const char *name;
    int32_t a, b;
} Alias;

static const Alias key_aliases[] = {
    { "ctrl", SDLK_LCTRL, SDLK_RCTRL },  { "control", SDLK_LCTRL, SDLK_RCTRL },
    { "alt", SDLK_LALT, SDLK_RALT },     { "shift", SDLK_LSHIFT, SDLK_RSHIFT },
    { "super", SDLK_LGUI, SDLK_RGUI },   { "gui", SDLK_LGUI, SDLK_RGUI },
    { "win", SDLK_LGUI, SDLK_RGUI },     { "esc", SDLK_ESCAPE, CONFIG_NO_CODE },
    { "enter", SDLK_RETURN, SDLK_KP_ENTER },
};

/* The short names of the replay format and of pads' labels. */
static const Alias button_aliases[] = {
    { "lb", SDL_CONTROLLER_BUTTON_LEFTSHOULDER, CONFIG_NO_CODE },
    { "rb", SDL_CONTROLLER_BUTTON_RIGHTSHOULDER, CONFIG_NO_CODE },
    { "l3", SDL_CONTROLLER_BUTTON_LEFTSTICK, CONFIG_NO_CODE },
    { "r3", SDL_CONTROLLER_BUTTON_RIGHTSTICK, CONFIG_NO_CODE },
    { "select", SDL_CONTROLLER_BUTTON_BACK, CONFIG_NO_CODE },
    { "home", SDL_CONTROLLER_BUTTON_GUIDE, CONFIG_NO_CODE },
};

static bool lookup_alias(const Alias *t, size_t n, const char *name, int32_t *a, int32_t *b)
{
    for (size_t i = 0; i < n; i++)
        if (strcasecmp(t[i].name, name) == 0) {
            *a = t[i].a;
            *b = t[i].b;
            return true;
        }
    return false;
}

bool config_key_from_name(const char *name, SDL_Keycode *out)
{
    SDL_Keycode k = SDL_GetKeyFromName(name);
    if (k == SDLK_UNKNOWN)
        return false;
    *out = k;
    return true;
}

bool config_button_from_name(const char *name, SDL_GameControllerButton *out)
{
    int32_t a, b;
    if (lookup_alias(button_aliases, SDL_arraysize(button_aliases), name, &a, &b)) {
        *out = (SDL_GameControllerButton)a;
        return true;
    }
    SDL_GameControllerButton btn = SDL_GameControllerGetButtonFromString(name);
    if (btn == SDL_CONTROLLER_BUTTON_INVALID)
        return false;
    *out = btn;
    return true;
}

void config_trim_copy(const char *s, size_t len, char *out, size_t size)
{
    while (len && isspace((unsigned char)*s))
        s++, len--;
    while (len && isspace((unsigned char)s[len - 1]))
        len--;
    if (len >= size)
        len = size - 1;
    memcpy(out, s, len);
    out[len] = '\0';
}

bool config_parse_chord(const char *text, bool pad, ConfigChord *out, char *err, size_t err_size)
{
    ConfigChord c;
    memset(&c, 0, sizeof c);
    c.hold_ms = out->hold_ms;
    config_trim_copy(text, strlen(text), c.text, sizeof c.text);
    if (strcasecmp(c.text, "none") == 0 || strcasecmp(c.text, "off") == 0) {
        *out = c;
        return true;
    }
    for (const char *p = text;;) {
        const char *plus = strchr(p, '+');
        size_t len = plus ? (size_t)(plus - p) : strlen(p);
        char name[CONFIG_NAME_MAX];
        config_trim_copy(p, len, name, sizeof name);
        if (!*name) {
            snprintf(err, err_size, "'%s' has an empty name (write names joined by '+')", text);
            return false;
        }
        if (c.count == CONFIG_CHORD_MAX) {
            snprintf(err, err_size, "'%s' has more than %d names", text, CONFIG_CHORD_MAX);
            return false;
        }
        int32_t a = CONFIG_NO_CODE, b = CONFIG_NO_CODE;
        SDL_Keycode k;
        SDL_GameControllerButton btn;
        if (pad ? lookup_alias(button_aliases, SDL_arraysize(button_aliases), name, &a, &b)
                : lookup_alias(key_aliases, SDL_arraysize(key_aliases), name, &a, &b))
            ;
        else if (!pad && config_key_from_name(name, &k))
            a = k;
        else if (pad && config_button_from_name(name, &btn))
            a = btn;
        else {
            snprintf(err, err_size, "'%s' is not a %s name", name, pad ? "pad button" : "key");
            return false;
        }
        c.codes[c.count][0] = a;
        c.codes[c.count][1] = b;
        c.count++;
        if (!plus)
            break;
        p = plus + 1;
    }
    *out = c;
    return true;
}
