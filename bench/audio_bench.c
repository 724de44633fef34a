/* The audio's speed targets, measured (bench/audio.sh builds and runs this):
 *   - creating the audio and preparing a move return at once (the first frame waits
 *     for neither); synthesizing the lines happens on the loader thread meanwhile;
 *   - mixing costs well under 2% of a core while cues play, even piled up.
 * Runs on SDL's dummy driver, in real time. */
#include "audio/audio.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

static const char *const lines[] = {
    "Get on your hands and knees", "Round up", "Arch and look up", "Breathe out slowly",
    "Hug your right knee to your chest", "Now the left knee", "Roll slowly along the upper back",
    "Press the ball into the knot and hold", "Reach over to the left", "Draw your belly button in",
    "Keep breathing", "Bend your knees, keep your back straight", "Lift with your legs", "Rest",
    "Well done", "Relax your shoulders", "Slowly come back to the start", "Stop if you feel sharp pain",
    "Three more", "Last one",
};
enum { LINES = sizeof lines / sizeof *lines };

static double now_ms(void)
{
    return (double)SDL_GetPerformanceCounter() * 1000.0 / (double)SDL_GetPerformanceFrequency();
}

static double cpu_ms(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000.0 +
           (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1000.0;
}

int main(int argc, char **argv)
{
    int seconds = argc > 1 ? atoi(argv[1]) : 10;
    setenv("SDL_AUDIODRIVER", "dummy", 1);
    SDL_Init(SDL_INIT_EVENTS);

    /* a move: a say every second, a tick every 250 ms, a bell every 2 s (rings 3 s) */
    int n = seconds * (1 + 4 + 1) + 1;
    Cue *cues = calloc((size_t)n, sizeof *cues);
    int k = 0;
    for (int s = 0; s < seconds; s++) {
        cues[k++] = (Cue){ .at_ms = s * 1000, .kind = CUE_SAY, .text = lines[s % LINES] };
        for (int t = 0; t < 4; t++)
            cues[k++] = (Cue){ .at_ms = s * 1000 + t * 250 + 100, .kind = CUE_SOUND, .name = "tick" };
        if (s % 2 == 0)
            cues[k++] = (Cue){ .at_ms = s * 1000 + 500, .kind = CUE_SOUND, .name = "bell" };
    }
    Step step = { .start_ms = 0, .end_ms = seconds * 1000, .caption = "bench", .cues = cues, .cue_count = k };
    Move move = { .id = "bench", .title = "Bench", .duration_ms = seconds * 1000, .steps = &step, .step_count = 1 };

    double t0 = now_ms();
    Audio *a = audio_create(NULL, "/nonexistent", NULL);
    double t1 = now_ms();
    audio_prepare(a, &move);
    double t2 = now_ms();
    audio_wait_ready(a, 60000);
    double t3 = now_ms();
    printf("audio_create (device, built-in sounds): %.2f ms\n", t1 - t0);
    printf("audio_prepare (returns, lines queued):  %.3f ms\n", t2 - t1);
    printf("loader thread, %d lines spoken by espeak-ng: %.0f ms (%.0f ms a line)\n",
           seconds < LINES ? seconds : LINES, t3 - t2, (t3 - t2) / (seconds < LINES ? seconds : LINES));
    printf("%s\n", audio_status(a));

    /* real-time play at 60 fps */
    double c0 = cpu_ms(), w0 = now_ms();
    uint64_t start = audio_clock_ms(a);
    for (;;) {
        uint64_t t = audio_clock_ms(a) - start;
        if (t >= (uint64_t)seconds * 1000 + 3000)
            break;
        audio_update(a, &move, 1, (int64_t)t, t < (uint64_t)seconds * 1000, audio_clock_ms(a), -1);
        SDL_Delay(16);
    }
    double c1 = cpu_ms(), w1 = now_ms();
    printf("mixing: %.3f%% of a core while sounds played (callback time / audio time)\n", audio_mix_load(a) * 100);
    printf("whole process during play: %.2f%% of a core (frame loop stand-in, mixer, SDL)\n",
           (c1 - c0) / (w1 - w0) * 100);
    audio_destroy(a);
    free(cues);
    SDL_Quit();
    return 0;
}
