/* contact: `limber --headless --contact-sheet OUT.png [--size WxH] [--level L] MOVE`,
 * one PNG that shows a whole move for review: the real screen (the view the app draws)
 * for each step, small, in a grid, with the step's caption, note, start time, pose time
 * and hold under it, and the move's title, level and length on top.
 *
 * Each step is drawn at the moment it reads best: the middle of its hold, or the end of
 * its pose move when it has no hold, or the first turn of its cycle (so a rolling step
 * shows the other end of the roll). Reps after the first of a `repeat` are left out
 * (they look like rep 1); the header says how many were. --size is the screen that is
 * simulated (default 1920x1080); it is drawn at that size and shrunk by a whole factor
 * to a tile of about 480 pixels on its long side, so the layout is the real one.
 *
 * MOVE is a move id of the content root (--content, else the default) or a path to a
 * FILE.move (its root: the folder above moves/, unless --content). Returns the exit
 * code: 0, 1 when the move cannot be loaded or the PNG written, 2 for a usage error. */
#ifndef LIMBER_MODES_CONTACT_H
#define LIMBER_MODES_CONTACT_H

#include "model/move.h"

#include <stdbool.h>

typedef struct ContactOptions {
    const char *content_dir; /* NULL: the default content root */
    const char *move;        /* id or path of the move */
    const char *out;         /* the PNG to write */
    int width, height;       /* the simulated screen; 0: 1920x1080 */
    Level level;
    bool verbose;
} ContactOptions;

int contact_run(const ContactOptions *o);

#endif
