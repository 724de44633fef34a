#include "audio/wavout.h"

#include "platform/log.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

bool wavout_raw_path(const char *wav_path, char *out, size_t size)
{
    int n = snprintf(out, size, "%s.raw", wav_path);
    return n > 0 && (size_t)n < size;
}

static void put_le(unsigned char *p, uint32_t v, int bytes)
{
    for (int i = 0; i < bytes; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

/* Header and samples; false on a write error. */
static bool copy_as_wav(FILE *in, FILE *out, int rate, int channels, int64_t skip_frames, int64_t mixed_frames,
                        const char *wav_path)
{
    fseek(in, 0, SEEK_END);
    long size = ftell(in);
    int frame_bytes = 2 * channels;
    uint64_t frames = size > 0 ? (uint64_t)size / (uint64_t)frame_bytes : 0;
    /* The device may have written a buffer before the mixer was hooked in (SDL_mixer
     * starts it as it opens): those frames come first, and go with the lead. */
    if (mixed_frames > 0 && (uint64_t)mixed_frames < frames)
        skip_frames += (int64_t)(frames - (uint64_t)mixed_frames);
    uint64_t skip = skip_frames > 0 ? (uint64_t)skip_frames : 0;
    frames = frames > skip ? frames - skip : 0;
    fseek(in, (long)(skip * (uint64_t)frame_bytes), SEEK_SET);
    uint64_t limit = (UINT32_MAX - 36) / (uint64_t)frame_bytes;
    if (frames > limit) {
        log_warn("audio: %s holds only the first %llu frames (a WAV file ends at 4 GiB)", wav_path,
                 (unsigned long long)limit);
        frames = limit;
    }
    uint32_t data = (uint32_t)(frames * (uint64_t)frame_bytes);
    unsigned char h[44];
    memcpy(h, "RIFF", 4);
    put_le(h + 4, 36 + data, 4);
    memcpy(h + 8, "WAVEfmt ", 8);
    put_le(h + 16, 16, 4);                             /* fmt chunk size */
    put_le(h + 20, 1, 2);                              /* PCM */
    put_le(h + 22, (uint32_t)channels, 2);
    put_le(h + 24, (uint32_t)rate, 4);
    put_le(h + 28, (uint32_t)(rate * frame_bytes), 4); /* bytes per second */
    put_le(h + 32, (uint32_t)frame_bytes, 2);          /* block align */
    put_le(h + 34, 16, 2);                             /* bits per sample */
    memcpy(h + 36, "data", 4);
    put_le(h + 40, data, 4);
    if (fwrite(h, 1, sizeof h, out) != sizeof h)
        return false;
    unsigned char buf[16384];
    for (uint32_t left = data; left > 0;) {
        size_t got = fread(buf, 1, left < sizeof buf ? left : sizeof buf, in);
        if (got == 0)
            break;
        if (fwrite(buf, 1, got, out) != got)
            return false;
        left -= (uint32_t)got;
    }
    return true;
}

bool wavout_finish(const char *raw_path, const char *wav_path, int rate, int channels, int64_t skip_frames,
                   int64_t mixed_frames)
{
    FILE *in = fopen(raw_path, "rb");
    if (!in) {
        log_error("audio: cannot read the recording %s: %s", raw_path, strerror(errno));
        return false;
    }
    FILE *out = fopen(wav_path, "wb");
    bool ok = out && copy_as_wav(in, out, rate, channels, skip_frames, mixed_frames, wav_path);
    if (out && fclose(out) != 0)
        ok = false;
    if (!ok)
        log_error("audio: cannot write %s: %s", wav_path, strerror(errno));
    fclose(in);
    if (ok)
        remove(raw_path);
    return ok;
}
