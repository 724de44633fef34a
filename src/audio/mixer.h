/* mixer: the audio device and our own sample-accurate mix, or a silent null backend.
 *
 *   Mixer *mx = mixer_create(disk_path, extra_latency_ms);   // disk_path: --audio-out's raw
 *   mixer_open(mx);                  // false: no device, the null backend runs
 *   mixer_play(mx, sound, frame, speech, ticket);            // starts on exactly `frame`
 *   n = mixer_cancel_after(mx, frame, tickets, cap);          // drop unstarted voices
 *   int64_t now = mixer_position(mx);                          // the play position
 *   mixer_destroy(mx);
 *
 * SDL_mixer opens the device (Mix_OpenAudioDevice: 48 kHz, 16-bit stereo; SDL converts
 * to what the device wants) and decodes files (Mix_LoadWAV_RW: WAV, OGG, FLAC, MP3).
 * The mixing is ours, in Mix_HookMusic's callback: every voice carries the output
 * frame its first sample belongs to, so a cue starts mid-buffer on its exact sample
 * instead of on the next buffer boundary (SDL_mixer's channels start at buffer
 * boundaries, up to a buffer late). Speech ducks the other voices; master gain and
 * ducking move in ramps so nothing clicks; voices are never cut off (a full table
 * steals the oldest non-speech tail).
 *
 * Positions are frames on one timeline across backends: the device's frames when open,
 * the system clock's when not, continuing where the other stopped, never going back.
 * The play position is the frame being heard now: frames rendered, minus what sits in
 * the device's buffers (latency), plus the time since the last callback. */
#ifndef LIMBER_AUDIO_MIXER_H
#define LIMBER_AUDIO_MIXER_H

#include "audio/sound.h"

#include <stdbool.h>
#include <stdint.h>

enum {
    MIXER_VOICES = 32,
    MIXER_PREROLL = AUDIO_RATE / 10, /* frames the disk recording trails its clock (100 ms) */
};

typedef struct Mixer Mixer;

/* disk_path: record through SDL's disk driver into this raw file (NULL: the default
 * device). NULL only when out of memory. */
Mixer *mixer_create(const char *disk_path, int extra_latency_ms);
void mixer_destroy(Mixer *mx);

/* Opens the device; false (with one log line per failure streak) keeps the null
 * backend. mixer_close() goes back to it; queued voices are dropped. */
bool mixer_open(Mixer *mx);
void mixer_close(Mixer *mx);
bool mixer_is_open(const Mixer *mx);
const char *mixer_driver(const Mixer *mx); /* "pulseaudio", "disk", ...; "none" */
bool mixer_is_disk(const Mixer *mx);

int64_t mixer_position(Mixer *mx);

/* Frames rendered by the mix since the device opened. */
int64_t mixer_rendered(Mixer *mx);

/* Queues sound to start at frame (a frame already rendered: the next buffer). The
 * sound must outlive the voice. False when the null backend runs or no voice is free. */
bool mixer_play(Mixer *mx, const Sound *sound, int64_t frame, bool speech, uint32_t ticket);

/* Drops queued voices that have not started and start after frame; writes their
 * tickets (up to cap) and returns how many were dropped. */
int mixer_cancel_after(Mixer *mx, int64_t frame, uint32_t *tickets, int cap);

/* True while a voice plays or waits. */
bool mixer_busy(Mixer *mx);

/* Master gain target (0 mutes); reached in a 20 ms ramp. */
void mixer_set_gain(Mixer *mx, float gain);

/* Decodes a file into the mixer's rate through SDL_mixer (needs the device open).
 * NULL with *no_device set when it is closed. */
Sound *mixer_decode(Mixer *mx, const char *path, bool *no_device);

/* Seconds of CPU the callback took per second of audio, while voices played. */
double mixer_load(Mixer *mx);

#endif
