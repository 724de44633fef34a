/* voice: where a cue's audio comes from. Recorded lines and sound files are found by
 * name in the content root; a line with no recording is spoken by espeak-ng.
 *
 *   voice/LANG/STEM.EXT, then voice/STEM.EXT     a `say` line (STEM: audio_voice_file_stem)
 *   sounds/NAME.EXT                               a `sound` (overrides a built-in of that name)
 *   EXT: wav, ogg, flac, mp3, tried in that order.
 *
 * espeak-ng keeps global state: one Speech at a time, used from one thread (the
 * loader's). speech_create() returns NULL, logging why once, when built without
 * espeak-ng or when its data is missing. */
#ifndef LIMBER_AUDIO_VOICE_H
#define LIMBER_AUDIO_VOICE_H

#include "audio/sound.h"

#include <stdbool.h>
#include <stddef.h>

bool voice_find_recording(const char *root, const char *language, const char *text, char *out, size_t size);
bool voice_find_sound_file(const char *root, const char *name, char *out, size_t size);

/* True when this build can synthesize speech (espeak-ng was found at build time). */
bool speech_compiled(void);

typedef struct Speech Speech;

Speech *speech_create(const char *language, const char *voice_name, int words_per_minute);
void speech_destroy(Speech *sp);

/* The line as mono float at AUDIO_RATE, leading and trailing silence cut, peak at
 * VOICE_PEAK; NULL on failure. The caller frees it. */
Sound *speech_say(Speech *sp, const char *text);

#define VOICE_PEAK 0.5f /* speech sits above the cue sounds (SYNTH_PEAK) */

/* Cuts a voice line's silent ends and brings its peak to VOICE_PEAK, so recorded and
 * synthesized lines start on their first word and sound alike. */
void voice_shape(Sound *s);

#endif
