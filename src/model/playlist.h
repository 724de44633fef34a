/* playlist: a routine of moves, compiled from a .playlist script.
 *
 *   Arena *a = arena_create();
 *   Playlist *p = playlist_from_source(bytes, len, "back_knots", "playlists/back_knots.playlist",
 *                                      ix, a, &diags);   // NULL when the file has errors
 *   for (int i = 0; i < p->entry_count; i++) ... p->entries[i].move_id ...
 *   arena_destroy(a);                                    // the playlist lives in the arena
 *
 * Each entry's level is the one to play it at: its own level= if written (has_level),
 * else the playlist's. reps is the play's reps= (replacing the count of the move's
 * outermost repeats), 0 when not written. Move ids are checked against the index's
 * NAME_MOVE names (skipped when ix is NULL). */
#ifndef LIMBER_PLAYLIST_H
#define LIMBER_PLAYLIST_H

#include "model/content_index.h"
#include "model/move.h"
#include "script/arena.h"
#include "script/diag.h"

#include <stddef.h>

typedef struct PlaylistEntry {
    const char *move_id;
    int reps;       /* 0: as the move writes it */
    Level level;    /* the level to play at */
    bool has_level; /* level= was written on the play line */
    int line;       /* of the play statement */
} PlaylistEntry;

typedef struct Playlist {
    const char *id;   /* file stem */
    const char *path; /* as loaded */
    const char *title;
    Level level;      /* the playlist's own level (standard unless written) */
    const PlaylistEntry *entries;
    int entry_count;
} Playlist;

Playlist *playlist_from_source(const char *src, size_t len, const char *id, const char *path,
                               const ContentIndex *ix, Arena *a, DiagList *d);

#endif
