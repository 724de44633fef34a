/* audio: every cue of the timeline heard at the moment its step shows.
 *
 *   AudioConfig cfg;
 *   audio_config_default(&cfg);                      // then set what the config says
 *   Audio *a = audio_create(&cfg, content_root, wav_out);   // NULL only when out of memory
 *   audio_prepare(a, move);                          // loads/synthesizes in the background
 *   each frame, after the player's update:
 *       audio_update(a, move, play_id, move_t_ms, running, now_ms, minute_of_day);
 *   on SDL_AUDIODEVICEADDED/REMOVED: audio_handle_event(a, &event);
 *   audio_destroy(a);                                // writes the WAV of --audio-out
 *
 * The audio only reads the player's state. From consecutive audio_update() calls it
 * tells continuous play from a pause, a resume, a jump and a new play (see cues.h) and
 * queues each cue on the exact output sample, ahead of time, against the audio clock.
 * With no audio device (or when it disappears) it runs a silent null backend, logs the
 * problem once and reopens the device when SDL reports one added. Built-in sounds
 * (chime, tick, bell) are synthesized at creation; files in the content root's sounds/
 * override or add sounds; `say` lines come from voice/ recordings or espeak-ng.
 *
 * Time: audio_clock_ms() is the audio clock. With wav_out (--audio-out FILE.wav, the
 * disk driver) the frame loop must take its time from it (clock_init_real(&clock,
 * audio_clock_source, a)), so that t = 0 is the WAV's first sample and the event log
 * shares the WAV's time base. In a window the frame loop keeps its own clock; the audio
 * maps it onto the device's sample clock itself.
 *
 * Audio owns everything it loads; nothing it returns needs freeing. One thread (the
 * frame loop's) calls all of these; the device callback and the loader run on their
 * own threads inside. */
#ifndef LIMBER_AUDIO_H
#define LIMBER_AUDIO_H

#include "model/move.h"

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>

typedef struct Audio Audio;

typedef struct AudioConfig {
    int volume;             /* 0..100, default 80 */
    bool muted;
    const char *voice;      /* "auto" (recording, else synthesized), "recorded", "synth" */
    const char *language;   /* espeak-ng language and voice/LANG/ folder, default "en" */
    const char *voice_name; /* espeak-ng voice name ("en-us+f3"); NULL: by language */
    int speech_rate;        /* words per minute, default 150 */
    int quiet_from_min, quiet_to_min; /* minutes of the day, muted in [from, to); -1: none */
    int extra_latency_ms;   /* added to the device buffer estimate (a Bluetooth speaker) */
} AudioConfig;

void audio_config_default(AudioConfig *cfg);

/* Parses the config's `quiet` value: "20:00-08:00" (may cross midnight), "none",
 * "off" or empty (-1, -1). False (outputs untouched) when it is not one of those. */
bool audio_parse_quiet(const char *text, int *from_min, int *to_min);

/* Opens the default audio device (or, with wav_out, SDL's disk driver writing that
 * file in real time). Falls back to the null backend with one log line when there is
 * no device. Returns NULL only when out of memory. Strings of cfg are copied. */
Audio *audio_create(const AudioConfig *cfg, const char *content_root, const char *wav_out);

/* Stops the device, finishes the WAV of wav_out, frees everything. NULL: no-op. */
void audio_destroy(Audio *a);

/* Loads, decodes and synthesizes every sound and line m uses, on the loader thread.
 * Returns at once; cheap to call again with the same or another move. A cue whose
 * sound is not ready when it is due is skipped (logged once), never played late. */
void audio_prepare(Audio *a, const Move *m);

/* Blocks until everything asked for is loaded or found missing (files that wait for a
 * device do not count); false after timeout_ms. For headless recordings and tests,
 * where every line must be ready before the move starts; a window never waits. */
bool audio_wait_ready(Audio *a, int timeout_ms);

/* Once per frame. m: the move on screen (NULL: none); play_id changes whenever a new
 * play of a move starts; move_t_ms: the position in m's timeline; running: false while
 * paused or between moves; app_now_ms: the frame loop's clock; minute_of_day: local
 * time for the quiet hours (-1: unknown). */
void audio_update(Audio *a, const Move *m, uint64_t play_id, int64_t move_t_ms, bool running,
                  uint64_t app_now_ms, int minute_of_day);

void audio_set_volume(Audio *a, int volume); /* clamped to 0..100 */
void audio_toggle_mute(Audio *a);
int audio_volume(const Audio *a);
bool audio_muted(const Audio *a);            /* the user's mute (not the quiet hours) */
bool audio_quiet(const Audio *a);            /* in the quiet hours as of the last update */

/* SDL_AUDIODEVICEADDED reopens a lost device; SDL_AUDIODEVICEREMOVED goes silent.
 * Other events are ignored. */
void audio_handle_event(Audio *a, const SDL_Event *e);

/* One line for the status overlay: "audio pulseaudio 48 kHz, volume 80", "audio off
 * (no device), captions only", "audio muted (quiet hours)", plus lines loading or
 * missing. Valid until the next call. */
const char *audio_status(Audio *a);

/* Milliseconds of audio played since the device opened; continues on the system clock
 * while there is no device, never goes back. With wav_out, t = 0 is the WAV's first
 * sample. */
uint64_t audio_clock_ms(Audio *a);

/* The same in microseconds, shaped as a platform/clock.h ClockSource (userdata: the
 * Audio). */
uint64_t audio_clock_source(void *audio);

/* Share of one core the mixing took while sounds played (0.01 = 1%), since creation. */
double audio_mix_load(const Audio *a);

/* ---- content checks and the voice script (no device needed) --------------------- */

/* The file name a recording of `text` must have, without extension: lower-case words
 * joined by '_' (ASCII letters and digits lowered, every other run of ASCII characters
 * one '_', UTF-8 letters kept, at most 80 bytes; the rule of content_voice_key(), which
 * --check uses). "Arch, and look up!" -> "arch_and_look_up". False if no word is left. */
bool audio_voice_file_stem(const char *text, char *out, size_t size);

/* Whether a `say` with no recording is still heard with this configuration: the build
 * has espeak-ng and voice is not "recorded". --check passes it on as
 * ContentOptions.synthesis so that such lines are warnings. */
bool audio_can_synthesize(const AudioConfig *cfg);

#endif
