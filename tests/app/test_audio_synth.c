/* The built-in sounds, listened to with numbers: peak well below full scale, the
 * attack on the first samples (a cue's onset is its time), silence at the end (no
 * click), little energy up high (not harsh at high volume), the notes and partials
 * each is made of; and the sound helpers (trim, the voice line shaping). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "audio/synth.h"
#include "audio/voice.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static float peak_in(const Sound *s, int64_t from, int64_t to)
{
    float p = 0;
    for (int64_t i = from; i < to && i < s->frames; i++)
        p = fmaxf(p, fabsf(s->pcm[i]));
    return p;
}

static double rms(const float *x, int64_t n)
{
    double e = 0;
    for (int64_t i = 0; i < n; i++)
        e += (double)x[i] * x[i];
    return sqrt(e / (double)n);
}

/* RMS above 6 kHz: an RBJ biquad high-pass, twice (24 dB/octave). */
static double rms_above_6k(const Sound *s)
{
    double w = 2 * M_PI * 6000 / AUDIO_RATE, q = 0.7071, al = sin(w) / (2 * q), cw = cos(w);
    double b0 = (1 + cw) / 2, b1 = -(1 + cw), b2 = b0, a0 = 1 + al, a1 = -2 * cw, a2 = 1 - al;
    float *y = malloc((size_t)s->frames * sizeof *y);
    assert_non_null(y);
    for (int64_t i = 0; i < s->frames; i++)
        y[i] = s->pcm[i];
    for (int pass = 0; pass < 2; pass++) {
        double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
        for (int64_t i = 0; i < s->frames; i++) {
            double x0 = y[i];
            double y0 = (b0 * x0 + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2) / a0;
            x2 = x1;
            x1 = x0;
            y2 = y1;
            y1 = y0;
            y[i] = (float)y0;
        }
    }
    double r = rms(y, s->frames);
    free(y);
    return r;
}

/* Power of one frequency over [from, from+n) (Goertzel), normalized to amplitude. */
static double tone(const Sound *s, double freq, int64_t from, int64_t n)
{
    double k = 2 * cos(2 * M_PI * freq / AUDIO_RATE), s1 = 0, s2 = 0;
    for (int64_t i = from; i < from + n && i < s->frames; i++) {
        double s0 = s->pcm[i] + k * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    return 2 * sqrt(fmax(0, s1 * s1 + s2 * s2 - k * s1 * s2)) / (double)n;
}

static void check_common(const char *name, double min_s, double max_s)
{
    Sound *s = synth_builtin(name);
    assert_non_null(s);
    assert_int_equal(s->channels, 1);
    double secs = (double)s->frames / AUDIO_RATE;
    assert_true(secs >= min_s && secs <= max_s);
    float peak = sound_peak(s);
    assert_true(fabsf(peak - SYNTH_PEAK) < 0.001f); /* -10.5 dBFS */
    /* the attack: 10% of the peak within 5 ms of the first sample */
    assert_true(peak_in(s, 0, AUDIO_RATE * 5 / 1000) >= 0.1f * peak);
    assert_true(fabsf(s->pcm[0]) < 0.01f); /* and it starts from silence: no click */
    /* the end: the last 10 ms 40 dB under the peak, the very last sample at 0 */
    assert_true(peak_in(s, s->frames - AUDIO_RATE / 100, s->frames) < peak * 0.01f);
    assert_true(fabsf(s->pcm[s->frames - 1]) < 1e-4f);
    /* not harsh: what lies above 6 kHz is 30 dB under the whole */
    double hi = rms_above_6k(s), all = rms(s->pcm, s->frames);
    assert_true(hi < all * 0.0316);
    printf("%s: %.2f s, peak %.1f dBFS, RMS %.1f dBFS, above 6 kHz %.1f dB under\n", name, secs,
           20 * log10(peak), 20 * log10(all), 20 * log10(all / fmax(hi, 1e-12)));
    sound_destroy(s);
}

static void chime_two_notes(void **state)
{
    (void)state;
    check_common("chime", 0.8, 2.0);
    Sound *s = synth_builtin("chime");
    int64_t w = AUDIO_RATE / 20; /* 50 ms windows */
    /* the first 100 ms: G5 only; from 130 ms: C6 joins */
    assert_true(tone(s, 783.99, 0, w) > 10 * tone(s, 1046.5, 0, w));
    assert_true(tone(s, 1046.5, AUDIO_RATE * 13 / 100, w) > 0.3 * tone(s, 783.99, AUDIO_RATE * 13 / 100, w));
    sound_destroy(s);
}

static void tick_is_short(void **state)
{
    (void)state;
    check_common("tick", 0.03, 0.15);
    Sound *s = synth_builtin("tick");
    /* most of its energy in the first 20 ms: a knock, not a tone */
    int64_t n20 = AUDIO_RATE / 50;
    double head = rms(s->pcm, n20) * sqrt((double)n20), whole = rms(s->pcm, s->frames) * sqrt((double)s->frames);
    assert_true(head > 0.9 * whole);
    sound_destroy(s);
}

static void bell_rings_inharmonic(void **state)
{
    (void)state;
    check_common("bell", 1.5, 4.0);
    Sound *s = synth_builtin("bell");
    int64_t w = AUDIO_RATE / 5;
    /* prime 392 Hz, a minor-third tierce at 1.19 (not a harmonic), the hum an octave below */
    double prime = tone(s, 392, 0, w), tierce = tone(s, 392 * 1.19, 0, w), hum = tone(s, 196, 0, w);
    double second_harmonic_gap = tone(s, 392 * 1.25, 0, w);
    assert_true(tierce > 0.2 * prime);
    assert_true(hum > 0.1 * prime);
    assert_true(second_harmonic_gap < 0.2 * tierce);
    /* a long ring: still above -30 dB of the start one second in */
    assert_true(peak_in(s, AUDIO_RATE, AUDIO_RATE + w) > 0.03f * sound_peak(s));
    sound_destroy(s);
}

static void unknown_is_not_builtin(void **state)
{
    (void)state;
    assert_true(synth_is_builtin("chime") && synth_is_builtin("tick") && synth_is_builtin("bell"));
    assert_false(synth_is_builtin("gong"));
    assert_false(synth_is_builtin(NULL));
    assert_null(synth_builtin("gong"));
}

static void trim_and_shape(void **state)
{
    (void)state;
    Sound *s = sound_create(2, 4800);
    assert_non_null(s);
    for (int64_t i = 1000; i < 2000; i++)
        s->pcm[i * 2 + 1] = 0.1f * (float)sin((double)i * 0.05);
    voice_shape(s);
    /* 1 ms (48 frames) kept before the first sound above -46 dBFS, peak at VOICE_PEAK */
    assert_true(s->frames < 1200 && s->frames > 1000);
    assert_true(fabsf(sound_peak(s) - VOICE_PEAK) < 1e-4f);
    int64_t first = 0;
    while (fabsf(s->pcm[first * 2 + 1]) < 0.005f * VOICE_PEAK / 0.1f)
        first++;
    assert_true(first >= 40 && first <= 60);
    sound_destroy(s);
    /* silence keeps one frame; nonsense sizes are refused */
    s = sound_create(1, 100);
    sound_trim(s, 0.01f, 10);
    assert_int_equal(s->frames, 1);
    sound_destroy(s);
    assert_null(sound_create(3, 10));
    assert_null(sound_create(1, 0));
    sound_destroy(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(chime_two_notes),   cmocka_unit_test(tick_is_short),
        cmocka_unit_test(bell_rings_inharmonic), cmocka_unit_test(unknown_is_not_builtin),
        cmocka_unit_test(trim_and_shape),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
