/* limber.conf: the documented default file loads cleanly and equals the built-in
 * defaults; a good file sets every key; unknown keys, bad values and broken lines are
 * reported as path:LINE and the default is kept; [keys] and [pad] become bindings; the
 * config cannot name anything outside the content root. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "kiosk/config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[256];
static char diag_text[8192];

/* Writes text to DIR/name and loads it; the report lands in diag_text. */
static bool load_text(Config *cfg, const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    FILE *diag = fmemopen(diag_text, sizeof diag_text, "w");
    assert_non_null(diag);
    bool ok = config_load(cfg, path, diag);
    fclose(diag);
    return ok;
}

/* The report with DIR/ taken out, so that expectations read like the user's view. */
static const char *report(void)
{
    static char out[8192];
    char prefix[300];
    snprintf(prefix, sizeof prefix, "%s/", dir);
    size_t k = strlen(prefix), n = 0;
    for (const char *p = diag_text; *p && n + 1 < sizeof out;) {
        if (strncmp(p, prefix, k) == 0)
            p += k;
        else
            out[n++] = *p++;
    }
    out[n] = '\0';
    return out;
}

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/limber-config-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static void assert_same_settings(const Config *a, const Config *b)
{
    assert_int_equal(a->kiosk, b->kiosk);
    assert_string_equal(a->content, b->content);
    assert_string_equal(a->playlist, b->playlist);
    assert_int_equal(a->level, b->level);
    assert_int_equal(a->level_set, b->level_set);
    assert_int_equal(a->fullscreen, b->fullscreen);
    assert_int_equal(a->display, b->display);
    assert_int_equal(a->volume, b->volume);
    assert_int_equal(a->mute, b->mute);
    assert_string_equal(a->voice, b->voice);
    assert_string_equal(a->language, b->language);
    assert_string_equal(a->voice_name, b->voice_name);
    assert_int_equal(a->speech_rate, b->speech_rate);
    assert_int_equal(a->quiet_from_min, b->quiet_from_min);
    assert_int_equal(a->quiet_to_min, b->quiet_to_min);
    assert_int_equal(a->audio_latency_ms, b->audio_latency_ms);
    assert_int_equal(a->idle_timeout_ms, b->idle_timeout_ms);
    assert_int_equal(a->cursor_hide_ms, b->cursor_hide_ms);
    const ConfigChord *ca[] = { &a->exit_keys, &a->exit_pad, &a->status_pad };
    const ConfigChord *cb[] = { &b->exit_keys, &b->exit_pad, &b->status_pad };
    for (int i = 0; i < 3; i++) {
        assert_int_equal(ca[i]->count, cb[i]->count);
        assert_int_equal(ca[i]->hold_ms, cb[i]->hold_ms);
        assert_memory_equal(ca[i]->codes, cb[i]->codes, sizeof ca[i]->codes);
    }
    assert_int_equal(a->key_count, b->key_count);
    assert_int_equal(a->button_count, b->button_count);
}

static void defaults_are_the_documented_ones(void **state)
{
    (void)state;
    Config def;
    config_default(&def);
    assert_int_equal(def.volume, 80);
    assert_int_equal(def.idle_timeout_ms, 90000);
    assert_int_equal(def.exit_keys.count, 4);
    assert_int_equal(def.exit_keys.hold_ms, 2000);
    assert_int_equal(def.exit_keys.codes[0][0], SDLK_LCTRL);
    assert_int_equal(def.exit_keys.codes[0][1], SDLK_RCTRL);
    assert_int_equal(def.exit_keys.codes[3][0], SDLK_q);
    assert_int_equal(def.exit_keys.codes[3][1], CONFIG_NO_CODE);
    assert_int_equal(def.exit_pad.count, 2);
    assert_int_equal(def.exit_pad.hold_ms, 3000);
    assert_int_equal(def.exit_pad.codes[0][0], SDL_CONTROLLER_BUTTON_BACK);
    assert_int_equal(def.exit_pad.codes[1][0], SDL_CONTROLLER_BUTTON_START);
    assert_int_equal(def.quiet_from_min, -1);
    assert_string_equal(def.voice, "auto");

    /* assets/limber.conf sets every key to its default: loading it changes nothing */
    Config cfg;
    FILE *diag = fmemopen(diag_text, sizeof diag_text, "w");
    assert_true(config_load(&cfg, ASSETS_DIR "/limber.conf", diag));
    fclose(diag);
    assert_string_equal(diag_text, "");
    assert_int_equal(cfg.problems, 0);
    assert_same_settings(&cfg, &def);
}

static void good_file_sets_every_key(void **state)
{
    (void)state;
    mkdir(strcat(strcpy((char[512]){ 0 }, dir), "/content"), 0755);
    Config cfg;
    assert_true(load_text(&cfg, "good.conf",
        "\xEF\xBB\xBF; a clinic's display\n"
        "kiosk = yes              ; before any section: [limber]\n"
        "[limber]\n"
        "content = content\n"
        "playlist = morning\n"
        "level = easy\n"
        "fullscreen = on\n"
        "display = 1\n"
        "\n"
        "[Sound]\n"
        "  volume = 55\n"
        "MUTE = true\n"
        "voice = synth\n"
        "language = de\n"
        "voice_name = en-us+f3\n"
        "speech_rate = 120\n"
        "quiet_hours = 20:30 - 07:15\n"
        "latency = 150ms\n"
        "[kiosk]\n"
        "# another comment style\n"
        "idle_timeout = 2m\n"
        "cursor_hide = 5\n"
        "exit_keys = Ctrl+Shift+F12\n"
        "exit_keys_hold = 1.5s\n"
        "exit_pad = lb+rb+start\n"
        "exit_pad_hold = 4s\n"
        "status_pad = none\n"));
    assert_string_equal(report(), "");
    assert_int_equal(cfg.problems, 0);
    assert_true(cfg.kiosk);
    char want[600];
    snprintf(want, sizeof want, "%s/content", dir);
    assert_string_equal(cfg.content, want);
    assert_string_equal(cfg.playlist, "morning");
    assert_int_equal(cfg.level, LEVEL_EASY);
    assert_true(cfg.level_set);
    assert_true(cfg.fullscreen);
    assert_int_equal(cfg.display, 1);
    assert_int_equal(cfg.volume, 55);
    assert_true(cfg.mute);
    assert_string_equal(cfg.voice, "synth");
    assert_string_equal(cfg.language, "de");
    assert_string_equal(cfg.voice_name, "en-us+f3");
    assert_int_equal(cfg.speech_rate, 120);
    assert_int_equal(cfg.quiet_from_min, 20 * 60 + 30);
    assert_int_equal(cfg.quiet_to_min, 7 * 60 + 15);
    assert_int_equal(cfg.audio_latency_ms, 150);
    assert_int_equal(cfg.idle_timeout_ms, 120000);
    assert_int_equal(cfg.cursor_hide_ms, 5000);
    assert_int_equal(cfg.exit_keys.count, 3);
    assert_int_equal(cfg.exit_keys.codes[2][0], SDLK_F12);
    assert_int_equal(cfg.exit_keys.hold_ms, 1500);
    assert_string_equal(cfg.exit_keys.text, "Ctrl+Shift+F12");
    assert_int_equal(cfg.exit_pad.count, 3);
    assert_int_equal(cfg.exit_pad.codes[0][0], SDL_CONTROLLER_BUTTON_LEFTSHOULDER);
    assert_int_equal(cfg.exit_pad.codes[1][0], SDL_CONTROLLER_BUTTON_RIGHTSHOULDER);
    assert_int_equal(cfg.exit_pad.codes[2][0], SDL_CONTROLLER_BUTTON_START);
    assert_int_equal(cfg.exit_pad.hold_ms, 4000);
    assert_int_equal(cfg.status_pad.count, 0);
}

static void unknown_keys_are_reported_with_their_line(void **state)
{
    (void)state;
    Config cfg;
    assert_true(load_text(&cfg, "limber.conf",
        "[kiosk]\n"
        "idle_timout = 30s\n"
        "volume = 20\n"
        "wallpaper = blue\n"
        "[sond]\n"
        "volume = 10\n"
        "mute = true\n"
        "[limber]\n"
        "idle_timeout = 30s\n"));
    assert_string_equal(report(),
        "limber.conf:2: warning: unknown key 'idle_timout' in [kiosk] (did you mean 'idle_timeout'?); ignored\n"
        "limber.conf:3: warning: 'volume' belongs in [sound], not [kiosk]; ignored\n"
        "limber.conf:4: warning: unknown key 'wallpaper' in [kiosk]; ignored\n"
        "limber.conf:6: warning: unknown section [sond] (did you mean [sound]?); its keys are ignored\n"
        "limber.conf:9: warning: 'idle_timeout' belongs in [kiosk], not [limber]; ignored\n");
    assert_int_equal(cfg.problems, 5);
    assert_string_equal(cfg.first_problem + strlen(dir) + 1,
                        "limber.conf:2: unknown key 'idle_timout' in [kiosk] (did you mean 'idle_timeout'?); ignored");
    Config def;
    config_default(&def);
    assert_same_settings(&cfg, &def);
}

static void bad_values_keep_the_default(void **state)
{
    (void)state;
    Config cfg;
    assert_true(load_text(&cfg, "limber.conf",
        "[limber]\n"
        "kiosk = maybe\n"
        "display = -1\n"
        "level = expert\n"
        "content = no/such/folder\n"
        "[sound]\n"
        "volume = 120\n"
        "volume = loud\n"
        "quiet_hours = 25:00-07:00\n"
        "voice = robot\n"
        "latency = 2s\n"
        "[kiosk]\n"
        "idle_timeout = soon\n"
        "exit_keys = Ctrl+Hyper+Q\n"
        "exit_pad = Back++Start\n"
        "exit_keys_hold = 1m\n"
        "volume = 30 # a hash is no comment after a value\n"));
    assert_string_equal(report(),
        "limber.conf:2: warning: kiosk: 'maybe' is not true or false; using false\n"
        "limber.conf:3: warning: display: '-1' is not a display number from 0 to 15; using 0\n"
        "limber.conf:4: warning: level: 'expert' is not easy, standard or hard; using standard\n"
        "limber.conf:5: warning: content: 'no/such/folder' is not a folder; using the default\n"
        "limber.conf:7: warning: volume: '120' is not a whole number from 0 to 100; using 80\n"
        "limber.conf:8: warning: volume: 'loud' is not a whole number from 0 to 100; using 80\n"
        "limber.conf:9: warning: quiet_hours: '25:00-07:00' is not a time range like 20:00-07:00, or none; using none\n"
        "limber.conf:10: warning: voice: 'robot' is not auto, recorded or synth; using auto\n"
        "limber.conf:11: warning: latency: '2s' is not a time from 0 to 1s like 120ms; using 0s\n"
        "limber.conf:13: warning: idle_timeout: 'soon' is not a time like 90s (0: never), at most 24h; using 1m30s\n"
        "limber.conf:14: warning: exit_keys: 'Hyper' is not a key name; using Ctrl+Alt+Shift+Q\n"
        "limber.conf:15: warning: exit_pad: 'Back++Start' has an empty name (write names joined by '+'); using Back+Start\n"
        "limber.conf:16: warning: exit_keys_hold: '1m' is not a time from 0 to 30s like 2s; using 2s\n"
        "limber.conf:17: warning: 'volume' belongs in [sound], not [kiosk]; ignored\n");
    Config def;
    config_default(&def);
    assert_same_settings(&cfg, &def);
}

static void broken_lines_are_reported(void **state)
{
    (void)state;
    char long_line[400];
    memset(long_line, 'x', sizeof long_line);
    memcpy(long_line, "playlist = ", 11);
    long_line[300] = '\0';
    char text[1024];
    snprintf(text, sizeof text,
             "[limber\n"
             "kiosk true\n"
             "  display = 1\n" /* indented: still a key, not a continuation */
             "%s\n"
             "[sound]\r\n"
             "volume = 40\r\n"
             "just words", long_line);
    Config cfg;
    assert_true(load_text(&cfg, "limber.conf", text));
    assert_string_equal(report(),
        "limber.conf:1: warning: '[' without ']'; line ignored\n"
        "limber.conf:2: warning: expected 'key = value', '[section]' or a comment; line ignored\n"
        "limber.conf:4: warning: line longer than 198 characters; ignored\n"
        "limber.conf:7: warning: expected 'key = value', '[section]' or a comment; line ignored\n");
    assert_int_equal(cfg.display, 1);
    assert_string_equal(cfg.playlist, "");
    assert_int_equal(cfg.volume, 40); /* CRLF files are fine */
}

static void keys_and_pad_become_bindings(void **state)
{
    (void)state;
    Config cfg;
    assert_true(load_text(&cfg, "limber.conf",
        "[keys]\n"
        "next = N, Right\n"
        "none = Escape\n"
        "prevv = P\n"
        "pause = Spacebar, Space\n"
        "status = F3\n"
        "[pad]\n"
        "next_move = rb\n"
        "none = back\n"
        "help = turbo\n"));
    assert_string_equal(report(),
        "limber.conf:4: warning: [keys] 'prevv' is not an action (did you mean 'prev'?); line ignored\n"
        "limber.conf:5: warning: pause: 'Spacebar' is not a key name; not bound\n"
        "limber.conf:10: warning: help: 'turbo' is not a pad button name; not bound\n");
    assert_int_equal(cfg.key_count, 5);
    const ConfigKey want[] = {
        { ACTION_NEXT, SDLK_n, 2 }, { ACTION_NEXT, SDLK_RIGHT, 2 }, { ACTION_NONE, SDLK_ESCAPE, 3 },
        { ACTION_PAUSE, SDLK_SPACE, 5 }, { ACTION_STATUS, SDLK_F3, 6 },
    };
    for (int i = 0; i < 5; i++) {
        assert_int_equal(cfg.keys[i].action, want[i].action);
        assert_int_equal(cfg.keys[i].key, want[i].key);
        assert_int_equal(cfg.keys[i].line, want[i].line);
    }
    assert_int_equal(cfg.button_count, 2);
    assert_int_equal(cfg.buttons[0].action, ACTION_NEXT_MOVE);
    assert_int_equal(cfg.buttons[0].button, SDL_CONTROLLER_BUTTON_RIGHTSHOULDER);
    assert_int_equal(cfg.buttons[1].action, ACTION_NONE);
    assert_int_equal(cfg.buttons[1].button, SDL_CONTROLLER_BUTTON_BACK);
}

static void nothing_outside_the_content_root(void **state)
{
    (void)state;
    Config cfg;
    assert_true(load_text(&cfg, "limber.conf",
        "playlist = ../../etc/passwd\n"
        "playlist = /etc/passwd\n"
        "playlist = .hidden\n"
        "[sound]\n"
        "language = ../x\n"
        "voice_name = a/b\n"
        "language = pt-BR\n"));
    assert_int_equal(cfg.problems, 5);
    assert_string_equal(cfg.playlist, "");
    assert_string_equal(cfg.language, "pt-BR");
    assert_string_equal(cfg.voice_name, "");
    assert_non_null(strstr(report(), "limber.conf:1: warning: playlist: '../../etc/passwd' is not a playlist or move id"));
    assert_non_null(strstr(report(), "limber.conf:5: warning: language: '../x' is not a language like en or de; using en\n"));
}

static void empty_value_means_the_default(void **state)
{
    (void)state;
    Config cfg;
    assert_true(load_text(&cfg, "limber.conf",
        "playlist = morning\n"
        "playlist =\n"
        "[sound]\n"
        "quiet_hours = 22:00-06:00\n"
        "quiet_hours =\n"
        "volume =\n"));
    assert_string_equal(report(), "limber.conf:6: warning: volume: '' is not a whole number from 0 to 100; using 80\n");
    assert_string_equal(cfg.playlist, "");
    assert_int_equal(cfg.quiet_from_min, -1);
}

static void missing_file_is_refused_with_defaults(void **state)
{
    (void)state;
    Config cfg;
    cfg.volume = 3;
    FILE *diag = fmemopen(diag_text, sizeof diag_text, "w");
    assert_false(config_load(&cfg, "/nonexistent/limber.conf", diag));
    fclose(diag);
    assert_string_equal(diag_text, "/nonexistent/limber.conf: cannot read the config: No such file or directory\n");
    assert_int_equal(cfg.volume, 80);
    assert_int_equal(cfg.problems, 1);
}

static void chords_parse_alone(void **state)
{
    (void)state;
    ConfigChord c = { .hold_ms = 700 };
    char err[128];
    assert_true(config_parse_chord(" Super + Escape ", false, &c, err, sizeof err));
    assert_int_equal(c.count, 2);
    assert_int_equal(c.codes[0][0], SDLK_LGUI);
    assert_int_equal(c.codes[0][1], SDLK_RGUI);
    assert_int_equal(c.codes[1][0], SDLK_ESCAPE);
    assert_int_equal(c.hold_ms, 700); /* the hold is kept */
    assert_false(config_parse_chord("a+b+c+d+e+f+g+h+i", false, &c, err, sizeof err));
    assert_string_equal(err, "'a+b+c+d+e+f+g+h+i' has more than 8 names");
    assert_int_equal(c.count, 2); /* unchanged on failure */
    assert_false(config_parse_chord("Back+Q", true, &c, err, sizeof err));
    assert_string_equal(err, "'Q' is not a pad button name");

    SDL_Keycode k;
    SDL_GameControllerButton b;
    assert_true(config_key_from_name("page down", &k) || config_key_from_name("PageDown", &k));
    assert_int_equal(k, SDLK_PAGEDOWN);
    assert_true(config_key_from_name("q", &k));
    assert_int_equal(k, SDLK_q);
    assert_false(config_key_from_name("Hyper", &k));
    assert_true(config_button_from_name("LB", &b));
    assert_int_equal(b, SDL_CONTROLLER_BUTTON_LEFTSHOULDER);
    assert_true(config_button_from_name("DPRight", &b));
    assert_int_equal(b, SDL_CONTROLLER_BUTTON_DPAD_RIGHT);
    assert_false(config_button_from_name("turbo", &b));
}

static void default_file_is_found_in_xdg_config(void **state)
{
    (void)state;
    char path[CONFIG_PATH_MAX], want[600];
    snprintf(want, sizeof want, "%s/limber", dir);
    mkdir(want, 0755);
    snprintf(want, sizeof want, "%s/limber/limber.conf", dir);
    setenv("XDG_CONFIG_HOME", dir, 1);
    bool had_etc = access("/etc/limber/limber.conf", F_OK) == 0;
    assert_int_equal(config_find_default(path, sizeof path), had_etc);
    FILE *f = fopen(want, "w");
    assert_non_null(f);
    fclose(f);
    assert_true(config_find_default(path, sizeof path));
    assert_string_equal(path, want);
    unsetenv("XDG_CONFIG_HOME");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(defaults_are_the_documented_ones),
        cmocka_unit_test(good_file_sets_every_key),
        cmocka_unit_test(unknown_keys_are_reported_with_their_line),
        cmocka_unit_test(bad_values_keep_the_default),
        cmocka_unit_test(broken_lines_are_reported),
        cmocka_unit_test(keys_and_pad_become_bindings),
        cmocka_unit_test(nothing_outside_the_content_root),
        cmocka_unit_test(empty_value_means_the_default),
        cmocka_unit_test(missing_file_is_refused_with_defaults),
        cmocka_unit_test(chords_parse_alone),
        cmocka_unit_test(default_file_is_found_in_xdg_config),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
