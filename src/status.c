#include "status.h"

#include <stdio.h>
#include <string.h>

void status_init(Status *st, uint64_t now, const char *root)
{
    memset(st, 0, sizeof *st);
    st->started_ms = now;
    st->fps_since = now;
    st->root = root;
}

const char *status_short_path(const Status *st, const char *path)
{
    size_t n = st->root ? strlen(st->root) : 0;
    if (n && path && strncmp(path, st->root, n) == 0 && path[n] == '/')
        return path + n + 1;
    return path;
}

void status_clear_diags(Status *st)
{
    st->errors = st->warnings = 0;
    st->first_error[0] = st->notice[0] = '\0';
}

void status_note_diags(Status *st, const DiagList *d)
{
    for (size_t i = 0; i < d->count; i++) {
        const Diag *g = &d->items[i];
        if (g->severity != DIAG_ERROR || st->first_error[0])
            continue;
        if (g->line > 0)
            snprintf(st->first_error, sizeof st->first_error, "%s:%d:%d: %s", status_short_path(st, g->path),
                     g->line, g->col, g->message);
        else
            snprintf(st->first_error, sizeof st->first_error, "%s: %s", status_short_path(st, g->path), g->message);
    }
    st->errors += d->errors;
    st->warnings += d->warnings;
    if (st->errors)
        snprintf(st->notice, sizeof st->notice, "Content problem: %s%s", st->first_error,
                 st->errors > 1 ? " (and more: F2 shows the status)" : "");
}

const char *status_notice(const Status *st)
{
    return st->notice[0] ? st->notice : NULL;
}

void status_frame(Status *st, uint64_t now)
{
    st->frames++;
    if (now - st->fps_since >= 2000) {
        st->fps = (float)st->frames * 1000.0f / (float)(now - st->fps_since);
        st->frames = 0;
        st->fps_since = now;
    }
}

const char *status_text(Status *st, const StatusInputs *in)
{
    uint64_t up = (in->now_ms - st->started_ms) / 1000;
    int moves = in->session->content ? content_move_count(in->session->content) : 0;
    int files = 0, playlists = 0;
    if (in->session->content)
        content_file_counts(in->session->content, &files, &playlists);
    char kiosk[256] = "";
    if (in->kiosk)
        kiosk_status(in->kiosk, kiosk, sizeof kiosk);
    snprintf(st->text, sizeof st->text,
             "limber %s\n"
             "Content: %s\n"
             "Moves: %d loaded, %d left out (%zu errors, %zu warnings)%s%s\n"
             "Playing: %s (%d moves), reloads: %d\n"
             "Audio: %s\n"
             "Controllers: %d\n"
             "Frame rate: %.1f per second (only while something moves)\n"
             "Up: %llu h %02llu min %02llu s\n"
             "%s%s%s",
             LIMBER_VERSION, in->root, moves, files - moves, st->errors, st->warnings,
             st->first_error[0] ? "\nFirst problem: " : "", st->first_error,
             in->session->playing.title ? in->session->playing.title : "nothing", in->session->playing.count,
             in->session->generation, in->audio ? in->audio : "off", in->controllers, (double)st->fps,
             (unsigned long long)(up / 3600), (unsigned long long)(up / 60 % 60), (unsigned long long)(up % 60),
             kiosk, in->config_problem && in->config_problem[0] ? "\nConfig: " : "",
             in->config_problem ? in->config_problem : "");
    return st->text;
}
