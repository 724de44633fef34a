/* onsets FILE.wav: prints the time (ms) of every sound onset in a recording, one a line.
 *
 * An onset is where the level of the first difference (the peak of 2 ms blocks, all
 * channels) rises above a twentieth of the recording's loudest and to more than four
 * times the loudest block of the 10 to 60 ms before it, so a new sound is found even
 * over the tail of a fading bell. Onsets closer than 80 ms to
 * the previous one belong to it (a word's syllables). Used by tests/cli/audio_sync.sh to
 * compare what was heard with what the event log says was due. */
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: onsets FILE.wav\n");
        return 2;
    }
    SDL_AudioSpec spec;
    Uint8 *buf;
    Uint32 len;
    if (!SDL_LoadWAV(argv[1], &spec, &buf, &len)) {
        fprintf(stderr, "onsets: %s: %s\n", argv[1], SDL_GetError());
        return 2;
    }
    /* The recordings are signed 16- or 32-bit float; take both. */
    int ch = spec.channels, rate = spec.freq;
    int bytes = SDL_AUDIO_BITSIZE(spec.format) / 8;
    long frames = (long)(len / (Uint32)(bytes * ch));
    int block = rate / 500; /* 2 ms */
    long nblocks = frames / block;
    float *env = calloc((size_t)nblocks + 1, sizeof *env);
    /* The level of the signal's first difference: it weighs the clicks and attacks
     * that start a sound over the low partials of a bell still ringing. */
    float prev[8] = { 0 };
    for (long b = 0; b < nblocks; b++) {
        float peak = 0;
        for (long f = b * block; f < (b + 1) * block; f++) {
            for (int c = 0; c < ch && c < 8; c++) {
                float v;
                const Uint8 *p = buf + ((size_t)f * (size_t)ch + (size_t)c) * (size_t)bytes;
                if (SDL_AUDIO_ISFLOAT(spec.format))
                    v = *(const float *)p;
                else if (bytes == 2)
                    v = (float)*(const Sint16 *)p / 32768.0f;
                else
                    v = (float)*(const Sint32 *)p / 2147483648.0f;
                float d = v - prev[c];
                prev[c] = v;
                d = d < 0 ? -d : d;
                peak = d > peak ? d : peak;
            }
        }
        env[b] = peak;
    }
    float top = 0;
    for (long b = 0; b < nblocks; b++)
        top = env[b] > top ? env[b] : top;
    float threshold = top / 20.0f; /* -26 dB under the loudest attack */
    long last = -100000;
    for (long b = 30; b < nblocks; b++) {
        float before = 0;
        for (long k = b - 30; k <= b - 5; k++)
            before = env[k] > before ? env[k] : before;
        if (env[b] > threshold && env[b] > 4.0f * before) {
            /* The first sample of the block over a tenth of the block's peak. */
            long at = b * block;
            long ms = at * 1000 / rate;
            if (ms - last >= 80)
                printf("%ld\n", ms);
            last = ms;
        }
    }
    free(env);
    SDL_FreeWAV(buf);
    return 0;
}
