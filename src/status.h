/* status: what the status overlay and the content-error notice say: version, content
 * root, moves loaded and failed with the first problem, controllers, frame rate,
 * uptime. Kept apart from the frame loop so the loop stays a loop.
 *
 *   Status st;  status_init(&st, now, content_root);
 *   status_note_diags(&st, &diags);        // after every load or reload
 *   status_frame(&st, now);                // after every present (frame rate)
 *   vs.notice = status_notice(&st);        // one line while content has errors
 *   vs.status = status_text(&st, &inputs); // the overlay, when shown */
#ifndef LIMBER_STATUS_H
#define LIMBER_STATUS_H

#include "kiosk/kiosk.h"
#include "script/diag.h"
#include "session.h"

#include <stdint.h>

typedef struct Status {
    const char *root;   /* the content root: paths inside it are shown relative to it */
    uint64_t started_ms;
    size_t errors, warnings;
    char first_error[320];
    char notice[420];
    char text[2048];
    uint64_t frames, fps_since;
    float fps;
} Status;

typedef struct StatusInputs {
    uint64_t now_ms;
    const char *root;
    const Session *session;
    const Kiosk *kiosk;
    int controllers;
    const char *config_problem; /* "" when none */
    const char *audio;          /* the audio device's state, or NULL */
} StatusInputs;

void status_init(Status *st, uint64_t now_ms, const char *root);
/* "moves/a.move" for ROOT/moves/a.move; other paths as they are. For people's eyes:
 * the log and the notice (the event log keeps the whole path). */
const char *status_short_path(const Status *st, const char *path);
void status_note_diags(Status *st, const DiagList *d);
void status_clear_diags(Status *st);
const char *status_notice(const Status *st); /* NULL when all content is good */
void status_frame(Status *st, uint64_t now_ms);
const char *status_text(Status *st, const StatusInputs *in);

#endif
