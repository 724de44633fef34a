/* wavout: turns the disk driver's raw recording into a WAV file.
 *
 * SDL's disk driver writes headerless PCM as it plays; at the end of the run
 * wavout_finish() writes FILE.wav (a 44-byte RIFF header, then the samples) and removes
 * the raw file. 16-bit little-endian samples only, the mixer's format. */
#ifndef LIMBER_AUDIO_WAVOUT_H
#define LIMBER_AUDIO_WAVOUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The raw file the disk driver writes for wav_path ("FILE.wav.raw"); false if too long. */
bool wavout_raw_path(const char *wav_path, char *out, size_t size);

/* Writes wav_path from raw_path's frames after the first skip_frames, removes raw_path.
 * mixed_frames (0: unknown) are the frames the mixer made: any the file has before them
 * (the device ran before the mixer was hooked in) are cut too. False (logged) on an
 * I/O error. */
bool wavout_finish(const char *raw_path, const char *wav_path, int rate, int channels, int64_t skip_frames,
                   int64_t mixed_frames);

#endif
