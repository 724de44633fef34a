/* Time from exec to the first presented frame, and the peak RSS then.
 *
 * Built twice (bench/startup.sh): as a preload library (-DFIRST_FRAME_SHIM -shared) it
 * wraps SDL_RenderPresent; at the first call it writes CLOCK_MONOTONIC and VmHWM to
 * $FIRST_FRAME_OUT, lets the frame be presented, and ends the process (the
 * measurement is done). As a launcher,
 *     first_frame SHIM.so OUT COMMAND...
 * it reads the clock, execs COMMAND with the shim preloaded, waits, and prints
 * "ms rss_kb": milliseconds from just before exec to the first present. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static long long now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000000ll + ts.tv_nsec;
}

#ifdef FIRST_FRAME_SHIM
#include <dlfcn.h>

typedef struct SDL_Renderer SDL_Renderer;

static long hwm_kb(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kb = -1;
    while (f && fgets(line, sizeof line, f))
        if (sscanf(line, "VmHWM: %ld kB", &kb) == 1)
            break;
    if (f)
        fclose(f);
    return kb;
}

void SDL_RenderPresent(SDL_Renderer *r)
{
    static void (*real)(SDL_Renderer *);
    if (!real)
        real = (void (*)(SDL_Renderer *))dlsym(RTLD_NEXT, "SDL_RenderPresent");
    real(r);
    long long t = now_ns();
    const char *out = getenv("FIRST_FRAME_OUT");
    FILE *f = out ? fopen(out, "w") : NULL;
    if (f) {
        fprintf(f, "%lld %ld\n", t, hwm_kb());
        fclose(f);
    }
    _exit(0);
}
#else
#include <sys/wait.h>

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: first_frame SHIM.so OUT COMMAND...\n");
        return 2;
    }
    unlink(argv[2]);
    long long t0 = now_ns();
    pid_t pid = fork();
    if (pid == 0) {
        setenv("LD_PRELOAD", argv[1], 1);
        setenv("FIRST_FRAME_OUT", argv[2], 1);
        execvp(argv[3], argv + 3);
        _exit(127);
    }
    int status;
    waitpid(pid, &status, 0);
    FILE *f = fopen(argv[2], "r");
    long long t1;
    long kb;
    if (!f || fscanf(f, "%lld %ld", &t1, &kb) != 2) {
        fprintf(stderr, "first_frame: no frame was presented (exit status %d)\n", status);
        return 1;
    }
    fclose(f);
    printf("%.1f %ld\n", (double)(t1 - t0) / 1e6, kb);
    return 0;
}
#endif
