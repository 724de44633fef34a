/* Measured sync: a hand-built move with several cues (built-in sounds, a file in
 * sounds/, a recorded voice line with silence in front, a synthesized line) plays twice
 * in a row in real time, driven at 30 fps by the audio clock, into SDL's disk driver.
 * Each cue's onset is found in the WAV and must lie within 20 ms of its timeline time,
 * with no drift from the first play to the second. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "audio/audio.h"
#include "audio_testkit.h"

enum { FPS = 30, D = 7717 }; /* not a whole number of frames: play 2 is seen late */

static float blip(int64_t i, int c, int rate)
{
    (void)c;
    double t = (double)i / rate;
    double env = fmin(1.0, t / 0.002) * exp(-t / 0.04);
    return (float)(0.4 * env * sin(2 * M_PI * 660 * t));
}

/* a stand-in for a recorded voice: 100 ms of room noise, then a buzzy vowel */
static float vowel(int64_t i, int c, int rate)
{
    double t = (double)i / rate - 0.1;
    double noise = 0.0005 * sin(i * 12.9898 + c) * sin(i * 78.233);
    if (t < 0)
        return (float)noise;
    double env = fmin(1.0, t / 0.01) * (t < 0.35 ? 1.0 : exp(-(t - 0.35) / 0.02));
    double v = 0;
    for (int h = 1; h <= 6; h++)
        v += sin(2 * M_PI * 150 * h * t) / h;
    return (float)(noise + 0.3 * env * v);
}

static const Cue cues0[] = {
    { .at_ms = 0, .kind = CUE_SOUND, .name = "chime", .is_auto = true },
    { .at_ms = 1900, .kind = CUE_SAY, .text = "Round up!" }, /* voice/round_up.wav */
};
static const Cue cues1[] = {
    { .at_ms = 2500, .kind = CUE_SOUND, .name = "tick" },
    { .at_ms = 2900, .kind = CUE_SOUND, .name = "tick" },
    { .at_ms = 3300, .kind = CUE_SOUND, .name = "blip" },  /* sounds/blip.wav */
    { .at_ms = 3600, .kind = CUE_SAY, .text = "Breathe out" }, /* espeak-ng */
};
static const Cue cues2[] = {
    { .at_ms = 4600, .kind = CUE_SOUND, .name = "bell", .is_auto = true }, /* rings 3 s */
};

static void onsets_within_20ms_across_a_loop(void **state)
{
    (void)state;
    const char *root = kit_tempdir("sync");
    assert_non_null(root);
    char path[600], wav[600];
    snprintf(path, sizeof path, "%s/moves", root);
    mkdir(path, 0755);
    snprintf(path, sizeof path, "%s/sounds", root);
    mkdir(path, 0755);
    snprintf(path, sizeof path, "%s/voice", root);
    mkdir(path, 0755);
    snprintf(path, sizeof path, "%s/sounds/blip.wav", root);
    assert_true(kit_write_wav(path, 22050, 1, 22050 * 15 / 100, blip)); /* resampled on load */
    snprintf(path, sizeof path, "%s/voice/round_up.wav", root);
    assert_true(kit_write_wav(path, 44100, 2, 44100 / 2, vowel));
    snprintf(wav, sizeof wav, "%s/out.wav", root);

    bool speech = getenv("LIMBER_TEST_NO_ESPEAK") == NULL;
    Step steps[] = {
        { .index = 0, .start_ms = 0, .end_ms = 2500, .caption = "a", .cues = cues0, .cue_count = 2 },
        { .index = 1, .start_ms = 2500, .end_ms = 4600, .caption = "b", .cues = cues1, .cue_count = speech ? 4 : 3 },
        { .index = 2, .start_ms = 4600, .end_ms = D, .caption = "c", .cues = cues2, .cue_count = 1 },
    };
    Move move = { .id = "sync", .title = "Sync", .duration_ms = D, .steps = steps, .step_count = 3 };

    setenv("SDL_AUDIODRIVER", "disk", 1);
    assert_int_equal(SDL_Init(SDL_INIT_EVENTS), 0);
    AudioConfig cfg;
    audio_config_default(&cfg);
    cfg.volume = 100;
    Audio *a = audio_create(&cfg, root, wav);
    assert_non_null(a);
    assert_non_null(strstr(audio_status(a), "disk"));
    audio_prepare(a, &move);
    assert_true(audio_wait_ready(a, 20000));
    const char *st = audio_status(a);
    printf("status: %s\n", st);
    assert_null(strstr(st, "silent"));

    /* the frame loop: play 1 starts on the first frame after 150 ms (move_t 0 there);
     * play 2 starts where play 1 ends, so its first frame comes up to 33 ms into it */
    int64_t origin = -1;
    uint64_t frame = 0;
    for (;;) {
        uint64_t due = frame * 1000 / FPS;
        while (audio_clock_ms(a) < due)
            SDL_Delay(1);
        uint64_t now = audio_clock_ms(a);
        frame++;
        if (origin < 0 && now >= 150)
            origin = (int64_t)now;
        if (origin >= 0 && (int64_t)now >= origin + 2 * D + 200)
            break;
        if (origin < 0 || (int64_t)now >= origin + 2 * D) {
            audio_update(a, NULL, 0, 0, false, now, -1);
            continue;
        }
        int64_t t = (int64_t)now - origin;
        audio_update(a, &move, (uint64_t)(t / D + 1), t % D, true, now, -1);
    }
    double load = audio_mix_load(a);
    audio_destroy(a);
    SDL_Quit();

    KitTrack tr = { 0 };
    int channels = 0;
    assert_true(kit_load(wav, &tr, &channels));
    assert_int_equal(tr.rate, 48000);
    assert_int_equal(channels, 2);
    assert_true(tr.frames >= (origin + 2 * D) * 48);
    /* nothing before the first cue */
    assert_true(kit_peak(&tr, 0, origin * 48 - 48) < 0.001f);

    const Cue *all[] = { &cues0[0], &cues0[1], &cues1[0], &cues1[1], &cues1[2], &cues1[3], &cues2[0] };
    int n = speech ? 7 : 6;
    if (!speech)
        all[5] = &cues2[0];
    double err[2][7], worst = 0;
    for (int play = 0; play < 2; play++) {
        for (int i = 0; i < n; i++) {
            int64_t want = (origin + play * D + all[i]->at_ms) * 48;
            float before;
            /* search from 60 ms before; the loudest part lies within 300 ms after */
            int64_t on = kit_onset(&tr, want - 60 * 48, want + 300 * 48, 0.03f, &before);
            assert_true(on >= 0);
            err[play][i] = (double)(on - want) / 48.0;
            printf("play %d cue at %5lld ms (%s): onset error %+6.2f ms\n", play + 1,
                   (long long)all[i]->at_ms, all[i]->kind == CUE_SAY ? all[i]->text : all[i]->name,
                   err[play][i]);
            worst = fmax(worst, fabs(err[play][i]));
        }
    }
    for (int play = 0; play < 2; play++)
        for (int i = 0; i < n; i++)
            assert_true(fabs(err[play][i]) <= 20.0);
    for (int i = 0; i < n; i++)
        assert_true(fabs(err[1][i] - err[0][i]) <= 2.0); /* no drift across the loop */
    printf("worst onset error %.2f ms; mixing took %.3f%% of a core while sounds played\n", worst, load * 100);
    free(tr.x);
    kit_rmdir(root);
}

/* ---- the mix: ducking, whole voices, volume and mute -------------------------------- */

static float low_tone(int64_t i, int c, int rate)
{
    (void)c;
    double t = (double)i / rate;
    return (float)(0.5 * fmin(1.0, t / 0.01) * fmin(1.0, (0.6 - t) / 0.01) * sin(2 * M_PI * 150 * t));
}

static float high_tone(int64_t i, int c, int rate)
{
    (void)c;
    double t = (double)i / rate;
    return (float)(0.5 * fmin(1.0, t / 0.01) * fmin(1.0, (0.6 - t) / 0.01) * sin(2 * M_PI * 233 * t));
}

/* Amplitude of one frequency in the recording over [from_ms, from_ms + len_ms). */
static double band(const KitTrack *t, double freq, int64_t from_ms, int64_t len_ms)
{
    int64_t a = from_ms * 48, n = len_ms * 48;
    double k = 2 * cos(2 * M_PI * freq / 48000), s1 = 0, s2 = 0;
    for (int64_t i = a; i < a + n && i < t->frames; i++) {
        double s0 = t->x[i] + k * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    return 2 * sqrt(fmax(0, s1 * s1 + s2 * s2 - k * s1 * s2)) / (double)n;
}

static const Cue mix_cues[] = {
    { .at_ms = 0, .kind = CUE_SOUND, .name = "tick" },    /* alone: the reference */
    { .at_ms = 400, .kind = CUE_SAY, .text = "low" },     /* 150 Hz, 400..1000 */
    { .at_ms = 600, .kind = CUE_SOUND, .name = "tick" },  /* under speech: ducked */
    { .at_ms = 700, .kind = CUE_SAY, .text = "high" },    /* 233 Hz over the low line */
    { .at_ms = 1700, .kind = CUE_SOUND, .name = "tick" }, /* speech over: full again */
    { .at_ms = 2200, .kind = CUE_SOUND, .name = "tick" }, /* volume 50 from 2000 */
    { .at_ms = 2700, .kind = CUE_SOUND, .name = "tick" }, /* muted from 2500 */
    { .at_ms = 3200, .kind = CUE_SOUND, .name = "tick" }, /* unmuted, volume 100 from 3000 */
};

static void mix_ducks_keeps_voices_whole_and_follows_volume(void **state)
{
    (void)state;
    const char *root = kit_tempdir("mix");
    assert_non_null(root);
    char path[600], wav[600];
    snprintf(path, sizeof path, "%s/voice", root);
    mkdir(path, 0755);
    snprintf(path, sizeof path, "%s/voice/low.wav", root);
    assert_true(kit_write_wav(path, 48000, 1, 48000 * 6 / 10, low_tone));
    snprintf(path, sizeof path, "%s/voice/high.wav", root);
    assert_true(kit_write_wav(path, 48000, 1, 48000 * 6 / 10, high_tone));
    snprintf(wav, sizeof wav, "%s/mix.wav", root);
    Step step = { .start_ms = 0, .end_ms = 3600, .caption = "x", .cues = mix_cues, .cue_count = 8 };
    Move move = { .id = "mix", .title = "Mix", .duration_ms = 3600, .steps = &step, .step_count = 1 };

    setenv("SDL_AUDIODRIVER", "disk", 1);
    assert_int_equal(SDL_Init(SDL_INIT_EVENTS), 0);
    AudioConfig cfg;
    audio_config_default(&cfg);
    cfg.volume = 100;
    cfg.voice = "recorded";
    Audio *a = audio_create(&cfg, root, wav);
    assert_non_null(a);
    audio_prepare(a, &move);
    assert_true(audio_wait_ready(a, 10000));
    int64_t origin = -1;
    for (uint64_t frame = 0;; frame++) {
        while (audio_clock_ms(a) < frame * 1000 / FPS)
            SDL_Delay(1);
        uint64_t now = audio_clock_ms(a);
        if (origin < 0 && now >= 100)
            origin = (int64_t)now;
        if (origin < 0) {
            audio_update(a, NULL, 0, 0, false, now, -1);
            continue;
        }
        int64_t t = (int64_t)now - origin;
        if (t >= 3700)
            break;
        audio_set_volume(a, t >= 2000 && t < 3000 ? 50 : 100);
        if (audio_muted(a) != (t >= 2500 && t < 3000))
            audio_toggle_mute(a);
        audio_update(a, &move, 1, t, true, now, -1);
    }
    audio_destroy(a);
    SDL_Quit();

    KitTrack tr = { 0 };
    int channels = 0;
    assert_true(kit_load(wav, &tr, &channels));
    double ref = band(&tr, 950, origin, 20);
    double ducked = band(&tr, 950, origin + 600, 20), full = band(&tr, 950, origin + 1700, 20);
    double half = band(&tr, 950, origin + 2200, 20), muted = band(&tr, 950, origin + 2700, 20);
    double back = band(&tr, 950, origin + 3200, 20);
    double low_alone = band(&tr, 150, origin + 500, 150), low_with_high = band(&tr, 150, origin + 800, 150);
    double high = band(&tr, 233, origin + 800, 150);
    printf("tick: alone %.4f, under speech %.2fx, after %.2fx, volume 50 %.3fx, muted %.4fx, back %.2fx\n", ref,
           ducked / ref, full / ref, half / ref, muted / ref, back / ref);
    printf("low line %.4f alone, %.4f with the high line over it (%.4f)\n", low_alone, low_with_high, high);
    assert_true(ref > 0.05);
    assert_true(fabs(ducked / ref - 0.35) < 0.05); /* speech ducks the other sounds by 9 dB */
    assert_true(fabs(full / ref - 1.0) < 0.05);
    assert_true(fabs(half / ref - 0.25) < 0.03);   /* volume 50 is -12 dB */
    assert_true(muted / ref < 0.01);
    assert_true(fabs(back / ref - 1.0) < 0.05);
    /* a second line does not cut the first off mid-word, nor is speech ducked */
    assert_true(fabs(low_with_high / low_alone - 1.0) < 0.05);
    assert_true(high > 0.5 * low_alone);
    free(tr.x);
    kit_rmdir(root);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(onsets_within_20ms_across_a_loop),
        cmocka_unit_test(mix_ducks_keeps_voices_whole_and_follows_volume),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
