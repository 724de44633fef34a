/* The audio's edges on SDL's dummy driver (and on no driver at all): the null backend,
 * a device that goes away and comes back, volume, mute and quiet hours, sound files
 * that override, are missing or do not decode, recorded and synthesized lines, the
 * voice file rule and the voice script. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "audio/audio.h"
#include "audio/bank.h"
#include "audio/voice.h"
#include "audio/voicescript.h"
#include "audio_testkit.h"

static const Cue cues[] = {
    { .at_ms = 0, .kind = CUE_SOUND, .name = "chime" },
    { .at_ms = 100, .kind = CUE_SOUND, .name = "broken" },
    { .at_ms = 200, .kind = CUE_SOUND, .name = "nosuch" },
    { .at_ms = 300, .kind = CUE_SAY, .text = "Round up" },
    { .at_ms = 400, .kind = CUE_SOUND, .name = "tick" },
};
static const Step step = { .start_ms = 0, .end_ms = 1000, .caption = "x", .cues = cues, .cue_count = 5 };
static const Move move = { .id = "dev", .title = "Dev", .duration_ms = 1000, .steps = &step, .step_count = 1 };

static float sine(int64_t i, int c, int rate)
{
    (void)c;
    return (float)(0.3 * sin(2 * M_PI * 440 * (double)i / rate));
}

static const char *make_root(const char *name)
{
    const char *root = kit_tempdir(name);
    char p[600];
    snprintf(p, sizeof p, "%s/sounds", root);
    mkdir(p, 0755);
    snprintf(p, sizeof p, "%s/voice", root);
    mkdir(p, 0755);
    snprintf(p, sizeof p, "%s/sounds/broken.wav", root);
    FILE *f = fopen(p, "wb");
    fputs("RIFF this is not audio at all", f);
    fclose(f);
    snprintf(p, sizeof p, "%s/sounds/chime.wav", root);
    kit_write_wav(p, 44100, 2, 4410, sine);
    return root;
}

/* Plays the move through on a real clock for ms milliseconds. */
static void run(Audio *a, int ms)
{
    uint64_t start = SDL_GetTicks64();
    for (;;) {
        uint64_t t = SDL_GetTicks64() - start;
        if (t >= (uint64_t)ms)
            break;
        audio_update(a, &move, 1, (int64_t)t, true, t, -1);
        SDL_Delay(10);
    }
}

static void no_driver_runs_silent(void **state)
{
    (void)state;
    setenv("SDL_AUDIODRIVER", "nosuchdriver", 1);
    assert_int_equal(SDL_Init(SDL_INIT_EVENTS), 0);
    Audio *a = audio_create(NULL, "/nonexistent", NULL);
    assert_non_null(a);
    assert_string_equal(audio_status(a), "audio off (no device), captions only");
    audio_prepare(a, &move);
    assert_true(audio_wait_ready(a, 20000));
    uint64_t c0 = audio_clock_ms(a);
    run(a, 120);
    uint64_t c1 = audio_clock_ms(a);
    assert_true(c1 >= c0 + 100); /* the clock runs on the system clock */
    assert_true(audio_clock_source(a) >= c1 * 1000);
    /* the added event of a device that cannot open changes nothing, quietly */
    SDL_Event e = { .adevice = { .type = SDL_AUDIODEVICEADDED, .iscapture = 0 } };
    audio_handle_event(a, &e);
    assert_string_equal(audio_status(a), "audio off (no device), captions only, 2 silent (see log)");
    audio_destroy(a);
    audio_destroy(NULL);
    SDL_Quit();
}

static void device_goes_and_comes_back(void **state)
{
    (void)state;
    const char *root = make_root("dev");
    setenv("SDL_AUDIODRIVER", "dummy", 1);
    assert_int_equal(SDL_Init(SDL_INIT_EVENTS), 0);
    Audio *a = audio_create(NULL, root, NULL);
    assert_non_null(a);
    assert_non_null(strstr(audio_status(a), "audio dummy 48 kHz, volume 80"));
    audio_prepare(a, &move);
    assert_true(audio_wait_ready(a, 20000));
    run(a, 150);
    uint64_t before = audio_clock_ms(a);
    SDL_Event gone = { .adevice = { .type = SDL_AUDIODEVICEREMOVED, .iscapture = 0 } };
    audio_handle_event(a, &gone);
    assert_non_null(strstr(audio_status(a), "audio off (no device)"));
    run(a, 60); /* the show goes on: cues fire into the null backend */
    uint64_t during = audio_clock_ms(a);
    assert_true(during >= before + 50);
    SDL_Event capture = { .adevice = { .type = SDL_AUDIODEVICEADDED, .iscapture = 1 } };
    audio_handle_event(a, &capture); /* a microphone is not an output */
    assert_non_null(strstr(audio_status(a), "audio off"));
    SDL_Event back = { .adevice = { .type = SDL_AUDIODEVICEADDED, .iscapture = 0 } };
    audio_handle_event(a, &back);
    assert_non_null(strstr(audio_status(a), "audio dummy"));
    assert_true(audio_clock_ms(a) >= during); /* never back */
    run(a, 100);
    audio_destroy(a);
    SDL_Quit();
    kit_rmdir(root);
}

static void volume_mute_quiet_hours(void **state)
{
    (void)state;
    setenv("SDL_AUDIODRIVER", "dummy", 1);
    assert_int_equal(SDL_Init(SDL_INIT_EVENTS), 0);
    AudioConfig cfg;
    audio_config_default(&cfg);
    cfg.quiet_from_min = 20 * 60;
    cfg.quiet_to_min = 8 * 60; /* quiet = 20:00-08:00 */
    Audio *a = audio_create(&cfg, "/nonexistent", NULL);
    assert_int_equal(audio_volume(a), 80);
    audio_set_volume(a, 150);
    assert_int_equal(audio_volume(a), 100);
    audio_set_volume(a, -5);
    assert_int_equal(audio_volume(a), 0);
    audio_set_volume(a, 55);
    assert_false(audio_muted(a));
    audio_toggle_mute(a);
    assert_true(audio_muted(a));
    assert_non_null(strstr(audio_status(a), "volume 55, muted"));
    audio_toggle_mute(a);
    static const struct { int minute; bool quiet; } at[] = {
        { 21 * 60, true }, { 12 * 60, false }, { 7 * 60 + 59, true }, { 8 * 60, false },
        { 20 * 60, true }, { 0, true }, { -1, false },
    };
    for (size_t i = 0; i < sizeof at / sizeof *at; i++) {
        audio_update(a, NULL, 0, 0, false, 10, at[i].minute);
        assert_int_equal(audio_quiet(a), at[i].quiet);
        assert_int_equal(strstr(audio_status(a), "quiet hours") != NULL, at[i].quiet);
    }
    assert_false(audio_muted(a)); /* the quiet hours are not the user's mute */
    audio_destroy(a);
    cfg.quiet_from_min = 13 * 60;
    cfg.quiet_to_min = 14 * 60;
    a = audio_create(&cfg, "/nonexistent", NULL);
    audio_update(a, NULL, 0, 0, false, 10, 13 * 60 + 30);
    assert_true(audio_quiet(a));
    audio_update(a, NULL, 0, 0, false, 20, 12 * 60);
    assert_false(audio_quiet(a));
    audio_destroy(a);
    SDL_Quit();
    int from = 7, to = 7;
    assert_true(audio_parse_quiet("20:00-08:00", &from, &to));
    assert_int_equal(from, 1200);
    assert_int_equal(to, 480);
    assert_true(audio_parse_quiet(" 7:30 - 9:05 ", &from, &to));
    assert_int_equal(from, 450);
    assert_int_equal(to, 545);
    assert_true(audio_parse_quiet("22:00-24:00", &from, &to));
    assert_int_equal(to, 0);
    assert_true(audio_parse_quiet("none", &from, &to));
    assert_int_equal(from, -1);
    static const char *const bad[] = { "20-08", "25:00-08:00", "20:00", "20:00-08:60", "20:00-08:00x", "8:5-9:00" };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_false(audio_parse_quiet(bad[i], &from, &to));
}

static void files_override_miss_and_break(void **state)
{
    (void)state;
    const char *root = make_root("files");
    char p[600];
    snprintf(p, sizeof p, "%s/voice/round_up.wav", root);
    kit_write_wav(p, 22050, 1, 22050 / 4, sine);
    setenv("SDL_AUDIODRIVER", "dummy", 1);
    assert_int_equal(SDL_Init(SDL_INIT_EVENTS), 0);
    Mixer *mx = mixer_create(NULL, 0);
    assert_true(mixer_open(mx));
    BankConfig bc = { .root = root, .voice_mode = "auto", .language = "en" };
    SoundBank *b = bank_create(&bc, mx);
    assert_non_null(b);
    /* a built-in plays at once, before its override file has loaded */
    BankState st;
    const Sound *tick = bank_sound(b, "tick", &st);
    assert_non_null(tick);
    assert_int_equal(st, BANK_READY);
    assert_int_equal(tick->channels, 1);
    bank_want_sound(b, "chime");
    bank_want_sound(b, "broken");
    bank_want_sound(b, "nosuch");
    bank_want_sound(b, "../moves/x");
    bank_want_line(b, "Round up");
    bank_want_line(b, "Round up"); /* twice: loaded once */
    assert_true(bank_wait_idle(b, 20000));
    const Sound *chime = bank_sound(b, "chime", &st);
    assert_int_equal(st, BANK_READY);
    assert_int_equal(chime->channels, 2); /* the file, not the mono built-in */
    assert_int_equal(chime->frames, 4800); /* 0.1 s resampled to 48 kHz */
    assert_null(bank_sound(b, "broken", &st));
    assert_int_equal(st, BANK_FAILED);
    assert_null(bank_sound(b, "nosuch", &st));
    assert_int_equal(st, BANK_MISSING);
    assert_null(bank_sound(b, "../moves/x", &st));
    assert_int_equal(st, BANK_MISSING);
    assert_null(bank_sound(b, "never asked", &st));
    assert_int_equal(st, BANK_UNKNOWN);
    const Sound *line = bank_line(b, "Round up", &st);
    assert_int_equal(st, BANK_READY);
    assert_true(line->frames > 48000 / 4 - 200 && line->frames <= 48000 / 4); /* trimmed to the sound */
    int loading, silent;
    bank_counts(b, &loading, &silent);
    assert_int_equal(loading, 0);
    assert_int_equal(silent, 3);
    assert_true(bank_first_warning(b, false, "broken"));
    assert_false(bank_first_warning(b, false, "broken"));
    bank_destroy(b);

    /* the whole way round: the status counts what stays silent; cues of broken and
     * missing files are skipped without a fuss */
    Audio *a = audio_create(NULL, root, NULL);
    audio_prepare(a, &move);
    assert_true(audio_wait_ready(a, 20000));
    assert_non_null(strstr(audio_status(a), ", 2 silent (see log)"));
    run(a, 600);
    audio_destroy(a);
    mixer_destroy(mx);
    SDL_Quit();
    kit_rmdir(root);
}

static void lines_recorded_or_synthesized(void **state)
{
    (void)state;
    const char *root = make_root("lines");
    setenv("SDL_AUDIODRIVER", "dummy", 1);
    assert_int_equal(SDL_Init(SDL_INIT_EVENTS), 0);
    Mixer *mx = mixer_create(NULL, 0);
    assert_true(mixer_open(mx));
    BankConfig rec = { .root = root, .voice_mode = "recorded" };
    SoundBank *b = bank_create(&rec, mx);
    bank_want_line(b, "Breathe in");
    assert_true(bank_wait_idle(b, 20000));
    BankState st;
    assert_null(bank_line(b, "Breathe in", &st));
    assert_int_equal(st, BANK_MISSING); /* voice = recorded and no file */
    bank_destroy(b);
    if (speech_compiled()) {
        BankConfig syn = { .root = root, .voice_mode = "synth", .language = "en", .speech_rate = 150 };
        b = bank_create(&syn, mx);
        bank_want_line(b, "Breathe in");
        assert_true(bank_wait_idle(b, 20000));
        const Sound *s = bank_line(b, "Breathe in", &st);
        assert_int_equal(st, BANK_READY);
        assert_non_null(s);
        double secs = (double)s->frames / AUDIO_RATE;
        printf("espeak-ng: \"Breathe in\" is %.2f s\n", secs);
        assert_true(secs > 0.3 && secs < 3.0);
        assert_true(fabsf(sound_peak(s) - VOICE_PEAK) < 0.01f);
        assert_true(fabsf(s->pcm[0]) < 0.05f); /* starts on its first word, not mid-wave */
        bank_destroy(b);
    }
    mixer_destroy(mx);
    SDL_Quit();
    kit_rmdir(root);
}

static void voice_file_rule(void **state)
{
    (void)state;
    char out[128];
    static const struct { const char *text, *stem; } cases[] = {
        { "Round up", "round_up" },
        { "Arch, and look up!", "arch_and_look_up" },
        { "  Breathe   OUT...  ", "breathe_out" },
        { "Don't arch", "don_t_arch" },
        { "Hold 10 seconds", "hold_10_seconds" },
        { "Über den Rücken", "\xc3\x9c" "ber_den_r\xc3\xbc" "cken" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        assert_true(audio_voice_file_stem(cases[i].text, out, sizeof out));
        assert_string_equal(out, cases[i].stem);
    }
    assert_false(audio_voice_file_stem("?!", out, sizeof out));
    assert_false(audio_voice_file_stem("", out, sizeof out));
    /* at most 80 bytes, never ending inside a UTF-8 letter */
    char longer[200];
    memset(longer, 'a', 79);
    memcpy(longer + 79, "\xc3\xbc", 3);
    assert_true(audio_voice_file_stem(longer, out, sizeof out));
    assert_int_equal(strlen(out), 79);
    assert_true(audio_voice_file_stem("Round up", out, 6)); /* a small buffer cuts */
    assert_string_equal(out, "round");
    AudioConfig cfg;
    audio_config_default(&cfg);
    assert_int_equal(audio_can_synthesize(&cfg), speech_compiled());
    cfg.voice = "recorded";
    assert_false(audio_can_synthesize(&cfg));
}

static void voice_script_lists_lines(void **state)
{
    (void)state;
    const char *root = make_root("script");
    char p[600];
    snprintf(p, sizeof p, "%s/voice/en", root);
    mkdir(p, 0755);
    snprintf(p, sizeof p, "%s/voice/en/arch_and_look_up.ogg", root);
    FILE *f = fopen(p, "wb");
    fclose(f);
    static const Cue c1[] = { { .kind = CUE_SAY, .text = "Round up" }, { .kind = CUE_SOUND, .name = "tick" },
                              { .kind = CUE_SAY, .text = "Arch and look up" } };
    static const Cue c2[] = { { .kind = CUE_SAY, .text = "Round up!" }, { .kind = CUE_SAY, .text = "Rest" } };
    Step s1 = { .caption = "a", .cues = c1, .cue_count = 3 }, s2 = { .caption = "b", .cues = c2, .cue_count = 2 };
    Move m1 = { .id = "cat_cow", .steps = &s1, .step_count = 1 }, m2 = { .id = "knee", .steps = &s2, .step_count = 1 };
    VoiceScript *vs = voicescript_create(root, "en");
    assert_true(voicescript_add(vs, &m1));
    assert_true(voicescript_add(vs, &m2));
    assert_true(voicescript_add(vs, &m1)); /* a move twice adds nothing */
    assert_int_equal(voicescript_count(vs), 3);
    snprintf(p, sizeof p, "%s/script.tsv", root);
    f = fopen(p, "w+");
    assert_true(voicescript_write(vs, f));
    rewind(f);
    char text[2048];
    size_t n = fread(text, 1, sizeof text - 1, f);
    text[n] = '\0';
    fclose(f);
    voicescript_destroy(vs);
    assert_non_null(strstr(text, "\nround_up.wav\tmissing\tcat_cow,knee\tRound up | Round up!\n"));
    assert_non_null(strstr(text, "\narch_and_look_up.wav\trecorded\tcat_cow\tArch and look up\n"));
    assert_non_null(strstr(text, "\nrest.wav\tmissing\tknee\tRest\n"));
    assert_null(strstr(text, "tick"));
    kit_rmdir(root);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(no_driver_runs_silent),
        cmocka_unit_test(device_goes_and_comes_back),
        cmocka_unit_test(volume_mute_quiet_hours),
        cmocka_unit_test(files_override_miss_and_break),
        cmocka_unit_test(lines_recorded_or_synthesized),
        cmocka_unit_test(voice_file_rule),
        cmocka_unit_test(voice_script_lists_lines),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
