/* app: wiring and the frame loop. main.c turns the command line into AppOptions and
 * calls app_run(), which owns the clock, the window (or the headless target), the
 * view and the event log until the run ends, and returns the process's exit code. */
#ifndef LIMBER_APP_H
#define LIMBER_APP_H

#include <stdbool.h>
#include <stdint.h>

#include "model/move.h"

typedef struct AppOptions {
    const char *content_dir; /* --content; NULL: the installed or in-tree assets/ */
    const char *target;      /* MOVE or PLAYLIST to play; NULL: the default playlist */
    bool headless;           /* dummy video driver, software renderer, virtual clock */
    bool realtime;           /* headless, but on the real clock */
    bool kiosk;
    bool fullscreen;
    bool verbose;
    int width, height;       /* 0: default (1280x720) */
    uint32_t fps;            /* 0: 30 (the window draws only when something changed) */
    int64_t at_ms;           /* --at; -1: none */
    int64_t duration_ms;     /* --duration; -1: until the content ends */
    const char *screenshot;  /* --screenshot FILE (with --at, else at the end) */
    const char *record_dir;  /* --record DIR: one PNG per frame */
    const char *event_log;   /* --event-log FILE */
    const char *log_file;    /* --log-file FILE */
    const char *replay;      /* --replay FILE: timed input */
    bool step_mode;          /* --step-mode: each step waits for NEXT */
    Level level;             /* --level */
    bool level_set;
    const char *config;      /* --config FILE; NULL: the default file if there is one */
    int display;             /* --display N; -1: the config's */
    const char *audio_out;   /* --audio-out FILE.wav: headless, real time, the mix through
                                SDL's disk driver; the frame loop then takes its time from
                                audio_clock_source() (audio/audio.h) */
} AppOptions;

void app_options_default(AppOptions *o);
int app_run(const AppOptions *o);

#endif
