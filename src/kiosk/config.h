/* config: limber.conf, the INI file a clinic edits once (assets/limber.conf documents
 * every key). Read with inih; nothing is ever written back.
 *
 *   Config cfg;
 *   char path[PATHS_MAX];
 *   if (cli_config || config_find_default(path, sizeof path))
 *       config_load(&cfg, cli_config ? cli_config : path, stderr);
 *   else
 *       config_default(&cfg);
 *   then: the command line wins over cfg; [keys]/[pad] go to input_bind_key() etc.;
 *   the chords to chord_init(); the sound keys to AudioConfig.
 *
 * A key that is unknown, or a value that is bad, is reported on diag_out as
 *   limber.conf:12: warning: volume: '120' is not a whole number from 0 to 100; using 80
 * and the default is kept: a typo never stops a kiosk. A line that is neither
 * `key = value`, `[section]`, a comment (`;` or `#` first) nor blank is reported too.
 * Keys before the first section belong to [limber]. Names are case-insensitive.
 *
 * Security: content is the only path the file names; every other value is a name
 * (playlist, language, voice) that may not hold '/' or start with '.', so the config
 * can reach nothing outside the content root. The struct is plain data (strings are
 * arrays), owned by the caller; config_load() may be called again on SIGHUP. */
#ifndef LIMBER_CONFIG_H
#define LIMBER_CONFIG_H

#include "model/move.h"
#include "player/action.h"

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

enum {
    CONFIG_PATH_MAX = 4096,
    CONFIG_NAME_MAX = 64,
    CONFIG_MAX_BINDINGS = 64,
    CONFIG_CHORD_MAX = 8,  /* == CHORD_MAX_SLOTS */
    CONFIG_CHORD_ALTS = 2, /* == CHORD_ALTS: feed codes straight to chord_init() */
};
#define CONFIG_NO_CODE INT32_MIN /* == CHORD_NO_CODE */

/* One line of [keys]: key now does action (ACTION_NONE: the key does nothing). */
typedef struct ConfigKey {
    Action action;
    SDL_Keycode key;
    int line;
} ConfigKey;

/* One line of [pad]. */
typedef struct ConfigButton {
    Action action;
    SDL_GameControllerButton button;
    int line;
} ConfigButton;

/* Keys (SDL keycodes) or pad buttons (SDL_GameControllerButton) held together for
 * hold_ms. Each slot is satisfied by either code (Ctrl: left or right); count 0 means
 * the chord is switched off ("none"). */
typedef struct ConfigChord {
    int count;
    int32_t codes[CONFIG_CHORD_MAX][CONFIG_CHORD_ALTS];
    uint32_t hold_ms;
    char text[CONFIG_NAME_MAX]; /* as written, for the status overlay and the log */
} ConfigChord;

typedef struct Config {
    /* [limber] */
    bool kiosk;                       /* false */
    char content[CONFIG_PATH_MAX];    /* "": the default root; relative: to the file */
    char playlist[CONFIG_NAME_MAX];   /* "": the default playlist; else a playlist or move id */
    Level level;                      /* LEVEL_STANDARD */
    bool level_set;                   /* level was given (it then overrides playlists) */
    bool fullscreen;                  /* false (kiosk mode is always full screen) */
    int display;                      /* 0: SDL's first display */

    /* [sound]: the fields of AudioConfig (src/audio/audio.h), same meanings */
    int volume;                       /* 0..100, 80 */
    bool mute;                        /* false */
    char voice[16];                   /* "auto", "recorded", "synth" */
    char language[CONFIG_NAME_MAX];   /* "en" */
    char voice_name[CONFIG_NAME_MAX]; /* "": by language */
    int speech_rate;                  /* 150 words per minute */
    int quiet_from_min, quiet_to_min; /* quiet_hours = 20:00-07:00; -1: none */
    int audio_latency_ms;             /* 0 */

    /* [kiosk] */
    uint32_t idle_timeout_ms;         /* 90000; 0: never return to the loop */
    uint32_t cursor_hide_ms;          /* 3000: the mouse cursor hides after this still */
    ConfigChord exit_keys;            /* Ctrl+Alt+Shift+Q held 2 s */
    ConfigChord exit_pad;             /* Back+Start held 3 s */
    ConfigChord status_pad;           /* LeftStick+RightStick held 1 s (the key is F2) */

    /* [keys] and [pad], in file order: apply each with unbind, then bind */
    ConfigKey keys[CONFIG_MAX_BINDINGS];
    int key_count;
    ConfigButton buttons[CONFIG_MAX_BINDINGS];
    int button_count;

    int problems;                     /* lines reported by the last config_load() */
    char first_problem[256];          /* the first of them, for the status overlay */
} Config;

void config_default(Config *cfg);

/* Sets the defaults, then reads path. Problems go to diag_out (NULL: not printed, only
 * counted). False when the file cannot be read at all (reported; cfg keeps defaults). */
bool config_load(Config *cfg, const char *path, FILE *diag_out);

/* The file used when --config is not given: $XDG_CONFIG_HOME/limber/limber.conf (or
 * ~/.config/limber/limber.conf), else /etc/limber/limber.conf, whichever exists first.
 * False when none does. */
bool config_find_default(char *out, size_t size);

/* Parses "Ctrl+Alt+Shift+Q" (keys) or "Back+Start" (pad buttons) into chord codes; "none"
 * is the empty chord. False, with why in err, when a name is unknown. */
bool config_parse_chord(const char *text, bool pad, ConfigChord *out, char *err, size_t err_size);

/* One key ("Right", "q", "Left Ctrl": SDL's names, any case) or pad button ("back",
 * "leftshoulder", or the short lb rb l3 r3 select home). False when unknown. */
bool config_key_from_name(const char *name, SDL_Keycode *out);
bool config_button_from_name(const char *name, SDL_GameControllerButton *out);

#endif
