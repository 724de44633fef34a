/* sound: decoded audio ready to mix: 32-bit float samples at AUDIO_RATE, mono or
 * interleaved stereo. A Sound is immutable once handed to the bank; sound_destroy()
 * frees it (NULL: no-op). */
#ifndef LIMBER_AUDIO_SOUND_H
#define LIMBER_AUDIO_SOUND_H

#include <stdbool.h>
#include <stdint.h>

enum { AUDIO_RATE = 48000 };

typedef struct Sound {
    float *pcm;
    int channels; /* 1 or 2 */
    int64_t frames;
} Sound;

/* Zeroed samples; NULL when out of memory. */
Sound *sound_create(int channels, int64_t frames);
void sound_destroy(Sound *s);

float sound_peak(const Sound *s);
void sound_scale(Sound *s, float gain);

/* Cuts silence (below threshold) from both ends, keeping keep_frames before the first
 * sound so the attack stays whole. A silent sound keeps one frame. */
void sound_trim(Sound *s, float threshold, int64_t keep_frames);

#endif
