#include "audio/synth.h"

#include <math.h>
#include <stddef.h>
#include <string.h>

typedef struct Partial {
    double ratio; /* of the note's frequency */
    double amp;
    double tau;   /* seconds for the partial to fall to 1/e */
} Partial;

/* Adds one note: each partial a sine rotated by a complex multiply per sample (no
 * sin() in the loop), shaped by a raised-cosine attack and an exponential decay. */
static void add_note(Sound *s, double start_s, double freq, double attack_s, const Partial *p, size_t n)
{
    int64_t start = (int64_t)(start_s * AUDIO_RATE);
    int64_t attack = (int64_t)(attack_s * AUDIO_RATE);
    for (size_t k = 0; k < n; k++) {
        double w = 2 * M_PI * freq * p[k].ratio / AUDIO_RATE;
        double c = cos(w), sn = sin(w), re = 1, im = 0;
        double env = p[k].amp, decay = exp(-1.0 / (p[k].tau * AUDIO_RATE));
        for (int64_t i = start; i < s->frames && env > 1e-6; i++) {
            int64_t t = i - start;
            double a = t < attack ? 0.5 - 0.5 * cos(M_PI * (double)t / (double)attack) : 1.0;
            s->pcm[i] += (float)(env * a * im);
            double r = re * c - im * sn;
            im = re * sn + im * c;
            re = r;
            env *= decay;
            if ((t & 1023) == 1023) { /* keep the rotation on the unit circle */
                double m = sqrt(re * re + im * im);
                re /= m;
                im /= m;
            }
        }
    }
}

static Sound *finish(Sound *s)
{
    /* the last 15% fade out on a raised cosine: the ring dies away, never stops */
    int64_t fade = s->frames * 15 / 100;
    for (int64_t i = 0; i < fade; i++)
        s->pcm[s->frames - 1 - i] *= (float)(0.5 - 0.5 * cos(M_PI * (double)i / (double)fade));
    float peak = sound_peak(s);
    if (peak > 0)
        sound_scale(s, SYNTH_PEAK / peak);
    return s;
}

static Sound *make_chime(void)
{
    static const Partial p[] = {
        { 1.0, 1.0, 0.50 }, { 2.0, 0.25, 0.25 }, { 3.0, 0.08, 0.15 }, { 4.16, 0.03, 0.08 },
    };
    Sound *s = sound_create(1, AUDIO_RATE * 18 / 10);
    if (!s)
        return NULL;
    add_note(s, 0.0, 783.99, 0.004, p, sizeof p / sizeof *p);   /* G5 */
    add_note(s, 0.12, 1046.50, 0.004, p, sizeof p / sizeof *p); /* C6 */
    return finish(s);
}

static Sound *make_tick(void)
{
    /* a woodblock: one low resonance and two quickly damped upper modes */
    static const Partial p[] = { { 1.0, 1.0, 0.015 }, { 2.26, 0.45, 0.008 }, { 3.58, 0.15, 0.004 } };
    Sound *s = sound_create(1, AUDIO_RATE * 9 / 100);
    if (!s)
        return NULL;
    add_note(s, 0.0, 950.0, 0.0006, p, sizeof p / sizeof *p);
    return finish(s);
}

static Sound *make_bell(void)
{
    /* church-bell partials (hum, prime, tierce, quint, nominal, ...); a second prime
     * 0.3% sharp beats slowly like a real bell's warble; the high ones die first */
    static const Partial p[] = {
        { 0.5, 0.35, 2.2 }, { 1.0, 1.0, 1.6 }, { 1.003, 0.5, 1.6 }, { 1.19, 0.45, 1.1 },
        { 1.5, 0.3, 0.9 },  { 2.0, 0.4, 0.7 }, { 2.51, 0.18, 0.45 }, { 2.66, 0.12, 0.4 },
        { 3.01, 0.08, 0.3 },
    };
    Sound *s = sound_create(1, AUDIO_RATE * 3);
    if (!s)
        return NULL;
    add_note(s, 0.0, 392.0, 0.003, p, sizeof p / sizeof *p); /* G4 */
    return finish(s);
}

bool synth_is_builtin(const char *name)
{
    return name && (strcmp(name, "chime") == 0 || strcmp(name, "tick") == 0 || strcmp(name, "bell") == 0);
}

Sound *synth_builtin(const char *name)
{
    if (!name)
        return NULL;
    if (strcmp(name, "chime") == 0)
        return make_chime();
    if (strcmp(name, "tick") == 0)
        return make_tick();
    if (strcmp(name, "bell") == 0)
        return make_bell();
    return NULL;
}
