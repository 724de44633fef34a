#include "audio/sound.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

Sound *sound_create(int channels, int64_t frames)
{
    if (channels < 1 || channels > 2 || frames < 1)
        return NULL;
    Sound *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->pcm = calloc((size_t)frames * (size_t)channels, sizeof *s->pcm);
    if (!s->pcm) {
        free(s);
        return NULL;
    }
    s->channels = channels;
    s->frames = frames;
    return s;
}

void sound_destroy(Sound *s)
{
    if (!s)
        return;
    free(s->pcm);
    free(s);
}

float sound_peak(const Sound *s)
{
    float peak = 0;
    int64_t n = s->frames * s->channels;
    for (int64_t i = 0; i < n; i++)
        peak = fmaxf(peak, fabsf(s->pcm[i]));
    return peak;
}

void sound_scale(Sound *s, float gain)
{
    int64_t n = s->frames * s->channels;
    for (int64_t i = 0; i < n; i++)
        s->pcm[i] *= gain;
}

static bool frame_loud(const Sound *s, int64_t f, float threshold)
{
    for (int c = 0; c < s->channels; c++)
        if (fabsf(s->pcm[f * s->channels + c]) >= threshold)
            return true;
    return false;
}

void sound_trim(Sound *s, float threshold, int64_t keep_frames)
{
    int64_t first = 0, last = s->frames - 1;
    while (first < s->frames && !frame_loud(s, first, threshold))
        first++;
    if (first == s->frames) {
        s->frames = 1;
        return;
    }
    while (last > first && !frame_loud(s, last, threshold))
        last--;
    first = first > keep_frames ? first - keep_frames : 0;
    /* a short tail keeps the release natural after the last loud sample */
    last = last + keep_frames < s->frames - 1 ? last + keep_frames : s->frames - 1;
    int64_t n = last - first + 1;
    if (first > 0)
        memmove(s->pcm, s->pcm + first * s->channels, (size_t)(n * s->channels) * sizeof *s->pcm);
    s->frames = n;
}
