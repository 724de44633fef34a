/* voicescript: every line the content speaks, with the file name a recording must have
 * (limber --export-voice-script), so that a clinic can record its own voice.
 *
 *   VoiceScript *vs = voicescript_create(content_root, "en");
 *   for each move: voicescript_add(vs, move);        // the move may be freed after
 *   voicescript_write(vs, stdout);
 *   voicescript_destroy(vs);
 *
 * One row per file, in the order the lines first appear: texts that map to the same
 * file (audio_voice_file_stem) share it. The output is tab-separated with a commented
 * header: file, status (recorded: a file is there; missing: synthesized or silent),
 * the moves that speak it, the text. */
#ifndef LIMBER_AUDIO_VOICESCRIPT_H
#define LIMBER_AUDIO_VOICESCRIPT_H

#include "model/move.h"

#include <stdbool.h>
#include <stdio.h>

typedef struct VoiceScript VoiceScript;

VoiceScript *voicescript_create(const char *content_root, const char *language);
void voicescript_destroy(VoiceScript *vs);

/* Adds m's `say` lines; false when out of memory. */
bool voicescript_add(VoiceScript *vs, const Move *m);

int voicescript_count(const VoiceScript *vs); /* rows */
/* Returns false on a write error. */
bool voicescript_write(const VoiceScript *vs, FILE *out);

#endif
