/* Helpers shared by the audio tests (a header, not a test): a scratch content root,
 * WAV files written from formulas, and an onset finder for recordings. */
#ifndef LIMBER_AUDIO_TESTKIT_H
#define LIMBER_AUDIO_TESTKIT_H

#include <SDL.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* A fresh folder under the build's temp area; returns its path (static storage). */
static inline const char *kit_tempdir(const char *name)
{
    static char path[512];
    snprintf(path, sizeof path, "/tmp/limber-test-%s-%d", name, (int)getpid());
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", path);
    if (system(cmd) != 0)
        return NULL;
    mkdir(path, 0755);
    return path;
}

static inline void kit_rmdir(const char *path)
{
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", path);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", path);
}

/* Writes 16-bit PCM; fn gives sample i of channel c in [-1, 1]. */
typedef float (*KitWave)(int64_t i, int c, int rate);

static inline bool kit_write_wav(const char *path, int rate, int channels, int64_t frames, KitWave fn)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return false;
    uint32_t data = (uint32_t)(frames * channels * 2);
    uint32_t h32[] = { 36 + data, 16, (uint32_t)rate, (uint32_t)(rate * channels * 2) };
    uint16_t fmt[] = { 1, (uint16_t)channels };
    uint16_t align[] = { (uint16_t)(channels * 2), 16 };
    fwrite("RIFF", 1, 4, f);
    fwrite(&h32[0], 4, 1, f);
    fwrite("WAVEfmt ", 1, 8, f);
    fwrite(&h32[1], 4, 1, f);
    fwrite(fmt, 2, 2, f);
    fwrite(&h32[2], 4, 2, f);
    fwrite(align, 2, 2, f);
    fwrite("data", 1, 4, f);
    fwrite(&data, 4, 1, f);
    for (int64_t i = 0; i < frames; i++)
        for (int c = 0; c < channels; c++) {
            float x = fn(i, c, rate);
            int16_t v = (int16_t)lrintf(fmaxf(-1.0f, fminf(1.0f, x)) * 32767.0f);
            fwrite(&v, 2, 1, f);
        }
    return fclose(f) == 0;
}

/* A recording, mono float. */
typedef struct KitTrack {
    float *x;
    int64_t frames;
    int rate;
} KitTrack;

/* Loads a 16-bit WAV through SDL (so our header is checked by another reader). */
static inline bool kit_load(const char *path, KitTrack *t, int *channels)
{
    SDL_AudioSpec spec;
    Uint8 *buf;
    Uint32 len;
    if (!SDL_LoadWAV(path, &spec, &buf, &len))
        return false;
    *channels = spec.channels;
    if (spec.format != AUDIO_S16LSB || spec.channels < 1) {
        SDL_FreeWAV(buf);
        return false;
    }
    t->rate = spec.freq;
    t->frames = len / (2 * spec.channels);
    t->x = calloc((size_t)t->frames + 1, sizeof *t->x);
    const int16_t *s = (const int16_t *)buf;
    for (int64_t i = 0; i < t->frames; i++) {
        float sum = 0;
        for (int c = 0; c < spec.channels; c++)
            sum += s[i * spec.channels + c] / 32768.0f;
        t->x[i] = sum / spec.channels;
    }
    SDL_FreeWAV(buf);
    return true;
}

static inline float kit_peak(const KitTrack *t, int64_t from, int64_t to)
{
    float p = 0;
    for (int64_t i = from < 0 ? 0 : from; i < to && i < t->frames; i++)
        p = fmaxf(p, fabsf(t->x[i]));
    return p;
}

/* The first sample at or above `frac` of the loudest sample in [from, peak_to), or -1.
 * *before gets the loudest sample before that onset in [from, onset). */
static inline int64_t kit_onset(const KitTrack *t, int64_t from, int64_t peak_to, float frac, float *before)
{
    float thr = kit_peak(t, from, peak_to) * frac;
    *before = 0;
    if (thr <= 0)
        return -1;
    for (int64_t i = from < 0 ? 0 : from; i < peak_to && i < t->frames; i++) {
        if (fabsf(t->x[i]) >= thr)
            return i;
        *before = fmaxf(*before, fabsf(t->x[i]));
    }
    return -1;
}

#endif
