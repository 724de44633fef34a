/* watch: which content files changed, from Linux inotify, without blocking.
 *
 *   Watch *w = watch_create(root, WATCH_SETTLE_MS);  // NULL (logged) without inotify
 *   every frame:
 *       WatchChange ch[16];
 *       int n = watch_poll(w, ch, 16);               // one read(), EAGAIN when quiet
 *       for each: WATCH_CHANGED "moves/cat_cow.move": recompile it (in the background)
 *                 WATCH_DELETED "moves/cat_cow.move": drop it (is_dir: everything under)
 *                 WATCH_RESCAN  "": events were lost: reload everything
 *   int ms = watch_timeout_ms(w);  // when a pending change is due: sleep no longer
 *   watch_destroy(w);
 *
 * Watched: the content root itself (for its folders coming and going) and, recursively,
 * the folders of WATCH_FOLDERS under it, even when they appear later. A file counts as
 * changed when it is closed after writing (IN_CLOSE_WRITE) or renamed into place
 * (IN_MOVED_TO: the editor's and `mv`'s atomic save); as deleted on IN_DELETE and
 * IN_MOVED_FROM. Dot files, `.#x`, `#x#`, `x~`, `*.swp`, `*.swo`, `*.swx`, `*.tmp` and
 * `*.part` are ignored, and so are files in the root itself.
 *
 * Bursts are coalesced: a path is reported once it has been quiet for settle_ms, with
 * what it is then (there: CHANGED, gone: DELETED), so an editor's save dance (rename to
 * a backup, write anew, delete the backup) is one CHANGED, and a scratch file made and
 * removed inside the burst is not reported at all. Paths are relative to the root,
 * with '/' separators; the caller owns the WatchChange array. */
#ifndef LIMBER_WATCH_H
#define LIMBER_WATCH_H

#include <stdbool.h>
#include <stdint.h>

enum { WATCH_SETTLE_MS = 30, WATCH_PATH_MAX = 1024 };

/* The watched folders of a content root, NULL-terminated. */
extern const char *const WATCH_FOLDERS[];

typedef enum WatchKind { WATCH_CHANGED, WATCH_DELETED, WATCH_RESCAN } WatchKind;

typedef struct WatchChange {
    WatchKind kind;
    bool is_dir;                 /* DELETED: a whole folder went (or was moved away) */
    char path[WATCH_PATH_MAX];   /* "moves/cat_cow.move"; "" for WATCH_RESCAN */
} WatchChange;

typedef struct Watch Watch;

Watch *watch_create(const char *root, uint32_t settle_ms);
void watch_destroy(Watch *w); /* NULL is a no-op */

/* Reads what inotify has (never blocks) and fills at most max changes that have
 * settled; the rest wait for the next call. Returns how many. */
int watch_poll(Watch *w, WatchChange *out, int max);

/* Milliseconds until the next pending change is due (0: now), -1 when none waits. */
int watch_timeout_ms(const Watch *w);

/* The inotify descriptor, readable when events wait (for poll() in an idle loop). */
int watch_fd(const Watch *w);

/* How many folders are watched (the status overlay). */
int watch_folder_count(const Watch *w);

/* True for names an editor or a copy leaves behind while it works. */
bool watch_ignored_name(const char *name);

#endif
