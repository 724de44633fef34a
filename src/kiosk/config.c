#include "kiosk/config.h"
#include "kiosk/config_internal.h"

#include "script/diag.h"
#include "script/duration.h"

#include <ctype.h>
#include <errno.h>
#include <ini.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

/* ---- reading state ------------------------------------------------------------- */

typedef struct Loader {
    Config *cfg;
    const char *path;
    char dir[CONFIG_PATH_MAX]; /* the file's folder, for a relative content path */
    FILE *in, *diag;
    char *buf;
    size_t cap;
    int line;
    bool expect_handler; /* the current line is neither blank, comment nor section */
    bool handled;
    char unknown_section[CONFIG_NAME_MAX];
} Loader;

DIAG_PRINTF(2, 3) static void problem(Loader *ld, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (ld->diag)
        fprintf(ld->diag, "%s:%d: warning: %s\n", ld->path, ld->line, msg);
    if (ld->cfg->problems++ == 0) {
        /* A summary for one line of the overlay: cut short, it ends in "...". */
        char *out = ld->cfg->first_problem;
        size_t size = sizeof ld->cfg->first_problem;
        int n = snprintf(out, size, "%s:%d: %s", ld->path, ld->line, msg);
        if (n < 0 || (size_t)n >= size)
            memcpy(out + size - 4, "...", 4);
    }
}

/* ---- values -------------------------------------------------------------------- */

static bool parse_bool(const char *v, bool *out)
{
    static const char *const yes[] = { "true", "yes", "on", "1" }, *const no[] = { "false", "no", "off", "0" };
    for (size_t i = 0; i < 4; i++) {
        if (strcasecmp(v, yes[i]) == 0) {
            *out = true;
            return true;
        }
        if (strcasecmp(v, no[i]) == 0) {
            *out = false;
            return true;
        }
    }
    return false;
}

static bool parse_int(const char *v, long lo, long hi, int *out)
{
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (end == v || *end || errno || n < lo || n > hi)
        return false;
    *out = (int)n;
    return true;
}

/* A duration as in scripts ("90s", "1m30s"), or a bare whole number of seconds, which
 * is what a person writes in a settings file. */
static bool parse_ms(const char *v, int64_t lo, int64_t hi, uint32_t *out)
{
    int64_t ms;
    int secs;
    if (parse_int(v, 0, INT_MAX / 1000, &secs))
        ms = (int64_t)secs * 1000;
    else if (!duration_parse(v, strlen(v), &ms))
        return false;
    if (ms < lo || ms > hi)
        return false;
    *out = (uint32_t)ms;
    return true;
}

static bool parse_clock(const char *s, const char **end, int *minutes)
{
    int h = 0, m = 0, digits = 0;
    while (isdigit((unsigned char)*s) && digits < 2)
        h = h * 10 + (*s++ - '0'), digits++;
    if (!digits || *s != ':' || !isdigit((unsigned char)s[1]) || !isdigit((unsigned char)s[2]))
        return false;
    m = (s[1] - '0') * 10 + (s[2] - '0');
    if (h > 23 || m > 59)
        return false;
    *minutes = h * 60 + m;
    *end = s + 3;
    return true;
}

/* "20:00-07:00" (wraps past midnight), or "none". */
static bool parse_quiet(const char *v, int *from, int *to)
{
    if (strcasecmp(v, "none") == 0 || strcasecmp(v, "off") == 0 || !*v) {
        *from = *to = -1;
        return true;
    }
    const char *p;
    int a, b;
    if (!parse_clock(v, &p, &a))
        return false;
    while (*p == ' ')
        p++;
    if (*p++ != '-')
        return false;
    while (*p == ' ')
        p++;
    if (!parse_clock(p, &p, &b) || *p || a == b)
        return false;
    *from = a;
    *to = b;
    return true;
}

/* A name the config may use to pick something inside the content root: no path. */
static bool parse_name(const char *v, size_t size, char *out)
{
    size_t n = strlen(v);
    if (n == 0 || n >= size || v[0] == '.')
        return false;
    for (const char *p = v; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '_' && *p != '-' && *p != '.' && *p != '+')
            return false;
    memcpy(out, v, n + 1);
    return true;
}

/* ---- defaults ------------------------------------------------------------------ */

static void chord_default(ConfigChord *c, const char *text, bool pad, uint32_t hold_ms)
{
    char err[128];
    c->hold_ms = hold_ms;
    if (!config_parse_chord(text, pad, c, err, sizeof err))
        SDL_assert(!"a default chord does not parse");
}

void config_default(Config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->level = LEVEL_STANDARD;
    cfg->volume = 80;
    strcpy(cfg->voice, "auto");
    strcpy(cfg->language, "en");
    cfg->speech_rate = 150;
    cfg->quiet_from_min = cfg->quiet_to_min = -1;
    cfg->idle_timeout_ms = 90000;
    cfg->cursor_hide_ms = 3000;
    chord_default(&cfg->exit_keys, "Ctrl+Alt+Shift+Q", false, 2000);
    chord_default(&cfg->exit_pad, "Back+Start", true, 3000);
    chord_default(&cfg->status_pad, "LeftStick+RightStick", true, 1000);
}

/* ---- keys of each section ------------------------------------------------------ */

typedef enum KeyType {
    T_BOOL, T_INT, T_MS, T_NAME, T_PATH, T_LEVEL, T_VOICE, T_QUIET, T_KEYCHORD, T_PADCHORD, T_HOLD
} KeyType;

typedef struct KeyDef {
    const char *section, *name;
    KeyType type;
    size_t offset;
    long lo, hi;   /* T_INT, T_MS, T_HOLD (ms) */
    size_t size;   /* T_NAME, T_PATH: the array's size */
    const char *expect; /* what a good value looks like, for the message */
} KeyDef;

#define OFF(f) offsetof(Config, f)
#define SZ(f) sizeof(((Config *)0)->f)

static const KeyDef key_defs[] = {
    { "limber", "kiosk", T_BOOL, OFF(kiosk), 0, 0, 0, "true or false" },
    { "limber", "content", T_PATH, OFF(content), 0, 0, SZ(content), "a folder" },
    { "limber", "playlist", T_NAME, OFF(playlist), 0, 0, SZ(playlist), "a playlist or move id like default" },
    { "limber", "level", T_LEVEL, OFF(level), 0, 0, 0, "easy, standard or hard" },
    { "limber", "fullscreen", T_BOOL, OFF(fullscreen), 0, 0, 0, "true or false" },
    { "limber", "display", T_INT, OFF(display), 0, 15, 0, "a display number from 0 to 15" },
    { "sound", "volume", T_INT, OFF(volume), 0, 100, 0, "a whole number from 0 to 100" },
    { "sound", "mute", T_BOOL, OFF(mute), 0, 0, 0, "true or false" },
    { "sound", "voice", T_VOICE, OFF(voice), 0, 0, SZ(voice), "auto, recorded or synth" },
    { "sound", "language", T_NAME, OFF(language), 0, 0, SZ(language), "a language like en or de" },
    { "sound", "voice_name", T_NAME, OFF(voice_name), 0, 0, SZ(voice_name), "an espeak-ng voice like en-us+f3" },
    { "sound", "speech_rate", T_INT, OFF(speech_rate), 80, 450, 0, "words per minute from 80 to 450" },
    { "sound", "quiet_hours", T_QUIET, 0, 0, 0, 0, "a time range like 20:00-07:00, or none" },
    { "sound", "latency", T_MS, OFF(audio_latency_ms), 0, 1000, 0, "a time from 0 to 1s like 120ms" },
    { "kiosk", "idle_timeout", T_MS, OFF(idle_timeout_ms), 0, 86400000, 0, "a time like 90s (0: never), at most 24h" },
    { "kiosk", "cursor_hide", T_MS, OFF(cursor_hide_ms), 0, 3600000, 0, "a time like 3s, at most 1h" },
    { "kiosk", "exit_keys", T_KEYCHORD, OFF(exit_keys), 0, 0, 0, "keys joined by + like Ctrl+Alt+Shift+Q, or none" },
    { "kiosk", "exit_keys_hold", T_HOLD, OFF(exit_keys), 0, 30000, 0, "a time from 0 to 30s like 2s" },
    { "kiosk", "exit_pad", T_PADCHORD, OFF(exit_pad), 0, 0, 0, "buttons joined by + like Back+Start, or none" },
    { "kiosk", "exit_pad_hold", T_HOLD, OFF(exit_pad), 0, 30000, 0, "a time from 0 to 30s like 3s" },
    { "kiosk", "status_pad", T_PADCHORD, OFF(status_pad), 0, 0, 0, "buttons joined by + like LeftStick+RightStick, or none" },
    { "kiosk", "status_pad_hold", T_HOLD, OFF(status_pad), 0, 30000, 0, "a time from 0 to 30s like 1s" },
};

static const char *const sections[] = { "limber", "sound", "kiosk", "keys", "pad" };

static void value_shown(const KeyDef *d, const Config *def, char *out, size_t size)
{
    const char *base = (const char *)def + d->offset;
    switch (d->type) {
    case T_BOOL: snprintf(out, size, "%s", *(const bool *)base ? "true" : "false"); break;
    case T_INT: snprintf(out, size, "%d", *(const int *)base); break;
    case T_MS: duration_format(*(const uint32_t *)base, out, size); break;
    case T_HOLD: duration_format(((const ConfigChord *)base)->hold_ms, out, size); break;
    case T_LEVEL: snprintf(out, size, "%s", level_name(def->level)); break;
    case T_QUIET: snprintf(out, size, "none"); break;
    case T_KEYCHORD:
    case T_PADCHORD: snprintf(out, size, "%s", ((const ConfigChord *)base)->text); break;
    case T_NAME:
    case T_VOICE:
    case T_PATH: snprintf(out, size, "%s", *base ? base : "the default"); break;
    }
}

static bool set_path(Loader *ld, const char *v, char *out, size_t size)
{
    char full[CONFIG_PATH_MAX * 2];
    if (v[0] == '/' || !ld->dir[0])
        snprintf(full, sizeof full, "%s", v);
    else
        snprintf(full, sizeof full, "%s/%s", ld->dir, v);
    struct stat st;
    if (strlen(full) >= size || stat(full, &st) != 0 || !S_ISDIR(st.st_mode))
        return false;
    memcpy(out, full, strlen(full) + 1);
    return true;
}

static bool set_value(Loader *ld, const KeyDef *d, const char *v, char *why, size_t why_size)
{
    Config *cfg = ld->cfg;
    char *base = (char *)cfg + d->offset;
    int n;
    uint32_t ms;
    bool b;
    switch (d->type) {
    case T_BOOL:
        if (!parse_bool(v, &b))
            return false;
        *(bool *)base = b;
        return true;
    case T_INT:
        if (!parse_int(v, d->lo, d->hi, &n))
            return false;
        *(int *)base = n;
        return true;
    case T_MS:
    case T_HOLD:
        if (!parse_ms(v, d->lo, d->hi, &ms))
            return false;
        if (d->type == T_MS)
            *(uint32_t *)base = ms;
        else
            ((ConfigChord *)base)->hold_ms = ms;
        return true;
    case T_LEVEL:
        if (!level_parse(v, &cfg->level))
            return false;
        cfg->level_set = true;
        return true;
    case T_VOICE:
        if (strcmp(v, "auto") && strcmp(v, "recorded") && strcmp(v, "synth"))
            return false;
        return parse_name(v, d->size, base);
    case T_NAME:
        return parse_name(v, d->size, base);
    case T_PATH:
        return set_path(ld, v, base, d->size);
    case T_QUIET:
        return parse_quiet(v, &cfg->quiet_from_min, &cfg->quiet_to_min);
    case T_KEYCHORD:
    case T_PADCHORD:
        return config_parse_chord(v, d->type == T_PADCHORD, (ConfigChord *)base, why, why_size);
    }
    return false;
}

/* [keys] next = Right, N   and   [pad] next = dpright */
static void set_bindings(Loader *ld, bool pad, const char *name, const char *value)
{
    Config *cfg = ld->cfg;
    Action a = action_from_name(name);
    if (a == ACTION_NONE && strcasecmp(name, "none") != 0) {
        const char *names[ACTION_COUNT];
        for (int i = 0; i < ACTION_COUNT; i++)
            names[i] = action_name((Action)i);
        const char *close = diag_closest(name, names, ACTION_COUNT);
        problem(ld, "[%s] '%s' is not an action%s%s%s; line ignored", pad ? "pad" : "keys", name,
                close ? " (did you mean '" : "", close ? close : "", close ? "'?)" : "");
        return;
    }
    for (const char *p = value;;) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        char item[CONFIG_NAME_MAX];
        config_trim_copy(p, len, item, sizeof item);
        SDL_Keycode k;
        SDL_GameControllerButton btn;
        if (!*item)
            problem(ld, "%s: an empty name in '%s'", name, value);
        else if (pad ? !config_button_from_name(item, &btn) : !config_key_from_name(item, &k))
            problem(ld, "%s: '%s' is not a %s name; not bound", name, item, pad ? "pad button" : "key");
        else if ((pad ? cfg->button_count : cfg->key_count) == CONFIG_MAX_BINDINGS)
            problem(ld, "%s: more than %d bindings; '%s' not bound", name, CONFIG_MAX_BINDINGS, item);
        else if (pad)
            cfg->buttons[cfg->button_count++] = (ConfigButton){ a, btn, ld->line };
        else
            cfg->keys[cfg->key_count++] = (ConfigKey){ a, k, ld->line };
        if (!comma)
            break;
        p = comma + 1;
    }
}

static void cfg_quiet_default(Config *cfg, const Config *def)
{
    cfg->quiet_from_min = def->quiet_from_min;
    cfg->quiet_to_min = def->quiet_to_min;
}

static int on_key(void *user, const char *section, const char *name, const char *value)
{
    Loader *ld = user;
    ld->handled = true;
    if (!*section)
        section = "limber";
    bool known_section = false;
    for (size_t i = 0; i < SDL_arraysize(sections); i++)
        known_section |= strcasecmp(section, sections[i]) == 0;
    if (!known_section) {
        if (strcmp(ld->unknown_section, section) != 0) {
            const char *close = diag_closest(section, sections, SDL_arraysize(sections));
            problem(ld, "unknown section [%s]%s%s%s; its keys are ignored", section,
                    close ? " (did you mean [" : "", close ? close : "", close ? "]?)" : "");
            snprintf(ld->unknown_section, sizeof ld->unknown_section, "%s", section);
        }
        return 1;
    }
    if (strcasecmp(section, "keys") == 0 || strcasecmp(section, "pad") == 0) {
        set_bindings(ld, strcasecmp(section, "pad") == 0, name, value);
        return 1;
    }
    const KeyDef *d = NULL;
    const char *names[SDL_arraysize(key_defs)];
    size_t count = 0;
    for (size_t i = 0; i < SDL_arraysize(key_defs); i++) {
        if (strcasecmp(key_defs[i].section, section) != 0)
            continue;
        names[count++] = key_defs[i].name;
        if (strcasecmp(key_defs[i].name, name) == 0)
            d = &key_defs[i];
    }
    if (!d) {
        const char *close = diag_closest(name, names, count);
        /* A known key in the wrong section is a likely slip: say where it goes. */
        const char *home = NULL;
        for (size_t i = 0; i < SDL_arraysize(key_defs) && !close; i++)
            if (strcasecmp(key_defs[i].name, name) == 0)
                home = key_defs[i].section;
        if (close)
            problem(ld, "unknown key '%s' in [%s] (did you mean '%s'?); ignored", name, section, close);
        else if (home)
            problem(ld, "'%s' belongs in [%s], not [%s]; ignored", name, home, section);
        else
            problem(ld, "unknown key '%s' in [%s]; ignored", name, section);
        return 1;
    }
    /* `playlist =` with nothing after it asks for the default, as leaving it out does. */
    if (!*value && (d->type == T_NAME || d->type == T_PATH || d->type == T_QUIET)) {
        Config def;
        config_default(&def);
        if (d->type == T_QUIET) {
            cfg_quiet_default(ld->cfg, &def);
        } else {
            memcpy((char *)ld->cfg + d->offset, (const char *)&def + d->offset, d->size);
        }
        return 1;
    }
    char why[160] = "";
    if (!set_value(ld, d, value, why, sizeof why)) {
        Config def;
        config_default(&def);
        char shown[CONFIG_PATH_MAX];
        value_shown(d, &def, shown, sizeof shown);
        if (*why)
            problem(ld, "%s: %s; using %s", d->name, why, shown);
        else
            problem(ld, "%s: '%s' is not %s; using %s", d->name, value, d->expect, shown);
    }
    return 1;
}

/* inih calls the handler for key lines only; a line that should have been one and
 * was not is a syntax error, which inih only counts. */
static void check_previous(Loader *ld)
{
    if (ld->expect_handler && !ld->handled)
        problem(ld, "expected 'key = value', '[section]' or a comment; line ignored");
    ld->expect_handler = false;
    ld->handled = false;
}

/* inih's reader: one whole line per call, counted, so that the handler knows its line.
 * Leading blanks are dropped, so an indented key is a key and not the continuation of
 * the previous value (inih's multi-line values). */
static char *read_line(char *str, int num, void *stream)
{
    Loader *ld = stream;
    check_previous(ld);
    ssize_t n = getline(&ld->buf, &ld->cap, ld->in);
    if (n < 0)
        return NULL;
    ld->line++;
    char *s = ld->buf;
    if (ld->line == 1 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBB && (unsigned char)s[2] == 0xBF)
        s += 3, n -= 3;
    while (n && (*s == ' ' || *s == '\t'))
        s++, n--;
    size_t len = (size_t)n;
    while (len && (s[len - 1] == '\n' || s[len - 1] == '\r' || s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    if (len + 2 > (size_t)num) {
        problem(ld, "line longer than %d characters; ignored", num - 2);
        snprintf(str, (size_t)num, ";\n");
        return str;
    }
    bool blank = len == 0 || s[0] == ';' || s[0] == '#';
    bool section = !blank && s[0] == '[' && memchr(s, ']', len);
    if (!blank && s[0] == '[' && !section) {
        problem(ld, "'[' without ']'; line ignored");
        snprintf(str, (size_t)num, ";\n");
        return str;
    }
    ld->expect_handler = !blank && !section;
    memcpy(str, s, len);
    str[len] = '\n';
    str[len + 1] = '\0';
    return str;
}

bool config_load(Config *cfg, const char *path, FILE *diag_out)
{
    config_default(cfg);
    Loader ld = { .cfg = cfg, .path = path, .diag = diag_out };
    const char *slash = strrchr(path, '/');
    if (slash && (size_t)(slash - path) < sizeof ld.dir)
        memcpy(ld.dir, path, (size_t)(slash - path) + (slash == path));
    ld.in = fopen(path, "r");
    if (!ld.in) {
        if (diag_out)
            fprintf(diag_out, "%s: cannot read the config: %s\n", path, strerror(errno));
        snprintf(cfg->first_problem, sizeof cfg->first_problem, "%s: %s", path, strerror(errno));
        cfg->problems = 1;
        return false;
    }
    int r = ini_parse_stream(read_line, &ld, on_key, &ld);
    check_previous(&ld);
    free(ld.buf);
    fclose(ld.in);
    return r >= 0;
}

bool config_find_default(char *out, size_t size)
{
    const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
    char candidates[3][CONFIG_PATH_MAX];
    int n = 0;
    if (xdg && xdg[0] == '/')
        snprintf(candidates[n++], CONFIG_PATH_MAX, "%s/limber/limber.conf", xdg);
    else if (home && *home)
        snprintf(candidates[n++], CONFIG_PATH_MAX, "%s/.config/limber/limber.conf", home);
    snprintf(candidates[n++], CONFIG_PATH_MAX, "/etc/limber/limber.conf");
    for (int i = 0; i < n; i++) {
        struct stat st;
        if (stat(candidates[i], &st) == 0 && S_ISREG(st.st_mode) && strlen(candidates[i]) < size) {
            memcpy(out, candidates[i], strlen(candidates[i]) + 1);
            return true;
        }
    }
    return false;
}
