/* synth: the built-in sounds, synthesized at start-up (a few milliseconds).
 *   chime  a step begins: two soft notes a fourth apart, G5 then C6
 *   tick   the countdown: a short wooden knock
 *   bell   a hold or a move ends: a bell with inharmonic partials, a long ring
 * Sine partials with a raised-cosine attack and exponential decay; every sound starts
 * on its first sample (the cue's time) and peaks at SYNTH_PEAK, well below full scale,
 * so that three at once and a voice on top do not clip. The caller frees the Sound. */
#ifndef LIMBER_AUDIO_SYNTH_H
#define LIMBER_AUDIO_SYNTH_H

#include "audio/sound.h"

#include <stdbool.h>

#define SYNTH_PEAK 0.3f /* -10.5 dBFS */

bool synth_is_builtin(const char *name);

/* NULL for a name that is not built in, or out of memory. */
Sound *synth_builtin(const char *name);

#endif
