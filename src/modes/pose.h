/* pose mode: look at poses without a move. `limber --pose NAME [--rig side|front]
 * [--mirror]` shows one pose in a window (arrow keys step through the library, m
 * mirrors, Esc quits), or with --headless --screenshot FILE writes it as a PNG;
 * `limber --headless --pose-sheet OUT.png [--rig R]` renders every pose of the library,
 * labelled, on one contact sheet; `limber --headless --clip NAME --at T --screenshot F`
 * draws a sprite-sheet clip's frame at time T (for goldens and sheet authors). Returns the process's exit code: 0, 1 for a failure
 * (unknown pose, unreadable content), 2 for a usage error. */
#ifndef LIMBER_MODES_POSE_H
#define LIMBER_MODES_POSE_H

#include <stdbool.h>

typedef struct PoseModeOptions {
    const char *content_dir; /* NULL: the default content root */
    const char *pose;        /* --pose NAME */
    const char *rig;         /* --rig: only poses of this rig */
    const char *sheet;       /* --pose-sheet OUT.png */
    const char *clip;        /* --clip NAME */
    long long at_ms;         /* --at, for --clip; < 0: 0 */
    const char *screenshot;  /* --screenshot FILE (headless) */
    bool headless, mirror, verbose;
    int width, height;       /* 0: 1280x720 */
} PoseModeOptions;

int pose_mode_run(const PoseModeOptions *o);

#endif
