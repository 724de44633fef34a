/* bank: every sound and voice line the content uses, loaded once, kept until the end.
 *
 *   SoundBank *b = bank_create(&cfg, mixer);       // synthesizes the built-ins now
 *   bank_want_sound(b, "bell"); bank_want_line(b, "Round up");   // queued, returns at once
 *   const Sound *s = bank_sound(b, "bell", &state);               // NULL unless ready
 *   bank_destroy(b);                                // after the mixer stopped playing
 *
 * A loader thread does the slow work off the frame loop: finding files, decoding them
 * through the mixer (which needs an open device; such files wait for one and load when
 * bank_device_changed() says it is back) and speaking lines with espeak-ng. Sounds stay
 * valid until bank_destroy(). A file in sounds/ named like a built-in replaces it once
 * loaded; until then, or if it fails, the built-in plays. Each missing or broken file
 * is logged once, by the loader. */
#ifndef LIMBER_AUDIO_BANK_H
#define LIMBER_AUDIO_BANK_H

#include "audio/mixer.h"
#include "audio/sound.h"

#include <stdbool.h>

typedef enum BankState {
    BANK_UNKNOWN, /* never asked for */
    BANK_WANTED,  /* queued or loading */
    BANK_READY,
    BANK_MISSING, /* no file and nothing to make it from */
    BANK_FAILED,  /* a file that does not decode, speech that failed */
} BankState;

typedef struct BankConfig {
    const char *root;       /* content root */
    const char *voice_mode; /* "auto", "recorded", "synth" */
    const char *language;
    const char *voice_name;
    int speech_rate;
} BankConfig;

typedef struct SoundBank SoundBank;

/* Strings of cfg are copied. NULL when out of memory or no thread can start. */
SoundBank *bank_create(const BankConfig *cfg, Mixer *mixer);
void bank_destroy(SoundBank *b);

void bank_want_sound(SoundBank *b, const char *name);
void bank_want_line(SoundBank *b, const char *text);

const Sound *bank_sound(SoundBank *b, const char *name, BankState *state);
const Sound *bank_line(SoundBank *b, const char *text, BankState *state);

/* True the first time it is asked for this sound or line: for "not ready in time". */
bool bank_first_warning(SoundBank *b, bool line, const char *key);

void bank_device_changed(SoundBank *b, bool open);

/* Lines and sounds still loading, and those that will stay silent. */
void bank_counts(SoundBank *b, int *loading, int *silent);

/* Blocks until nothing is queued (tests, benchmarks); false after timeout_ms. */
bool bank_wait_idle(SoundBank *b, int timeout_ms);

#endif
