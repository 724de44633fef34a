/* content: every move and playlist of one content root, checked, for the app, the
 * player and --check.
 *
 *   DiagList d;  diag_init(&d);
 *   Content *c = content_load("assets", &d);    // problems in d; bad files left out
 *   for (int i = 0; i < content_move_count(c); i++) {
 *       const MoveInfo *mi = content_move_info(c, content_move_id(c, i));   // menus
 *   }
 *   Move *m = content_compile_move(c, "cat_cow", LEVEL_EASY, 0, &d);       // to play
 *   move_destroy(m);
 *   content_destroy(c);
 *
 * content_load() scans moves/<id>.move and playlists/<id>.playlist (not sub-folders) and
 * checks each file like --check does: parse, names against the root's ContentIndex,
 * and a compile at all three levels (a play's reps= too). A file with an error is
 * reported and left out; a move with only warnings is kept. Paths in diagnostics are
 * the root as given joined with the file's path under it.
 *
 * Memory: per move only its MoveInfo is kept, so moves that never play cost a few
 * hundred bytes each. content_compile_move() reads the file again, refuses it if it is
 * no longer the version checked at load (a reload is due), and from then on keeps
 * those bytes: a move that has played compiles from memory. Moves and playlists are
 * sorted by id. All strings belong to the Content.
 *
 * content_reload() loads the root again but keeps the last good version of any move
 * that has broken since `previous` if it has played in `previous` (a warning says so),
 * and of any playlist: the kiosk's hot reload. A move that never played and breaks is
 * left out like any file with an error. */
#ifndef LIMBER_CONTENT_H
#define LIMBER_CONTENT_H

#include "model/content_index.h"
#include "model/move.h"
#include "model/playlist.h"
#include "script/diag.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Content Content;

typedef struct MoveInfo {
    const char *id;
    const char *path;
    const char *title;
    const char *summary;    /* NULL if none */
    const char *figure;     /* "side", "front", "none", or a figures/ folder */
    const char *first_pose; /* the first pose the move takes; NULL if none */
    const char *const *areas;
    int area_count;
    const char *const *equipment;
    int equipment_count;
    int64_t duration_ms; /* at LEVEL_STANDARD, reps as written */
    int step_count;      /* at LEVEL_STANDARD */
    bool has_repeat;     /* a playlist's reps= has something to replace */
} MoveInfo;

typedef struct ContentOptions {
    int countdown;  /* a step's countdown when it writes none (the config's; default 3) */
    bool synthesis; /* speech synthesis on (default): a say needs no voice/ file */
} ContentOptions;

void content_options_default(ContentOptions *o);

Content *content_load(const char *root, DiagList *diags);
Content *content_load_with(const char *root, const ContentOptions *o, DiagList *diags);
Content *content_reload(const Content *previous, const char *root, DiagList *diags);
void content_destroy(Content *c); /* NULL is a no-op */

const char *content_root(const Content *c);
const ContentIndex *content_index(const Content *c);

int content_move_count(const Content *c);
const char *content_move_id(const Content *c, int i); /* sorted by id */
const MoveInfo *content_move_info(const Content *c, const char *id); /* NULL: no such good move */

/* The move compiled at level, with reps_override replacing the count of its outermost
 * repeats (0: as written). The caller move_destroy()s it. NULL if there is no such
 * move or it does not compile with these settings (the reasons are in diags). */
Move *content_compile_move(const Content *c, const char *id, Level level, int reps_override,
                           DiagList *diags);

int content_playlist_count(const Content *c);
const Playlist *content_playlist(const Content *c, const char *id);
const Playlist *content_playlist_at(const Content *c, int i); /* sorted by id */

/* How many .move and .playlist files were found, good or bad (for --check's summary). */
void content_file_counts(const Content *c, int *move_files, int *playlist_files);

/* Checks one file's bytes as content_load() does; true if it is usable. The move
 * check compiles at all three levels. */
bool content_check_move(const char *src, size_t len, const char *id, const char *path,
                        const ContentIndex *ix, const ContentOptions *o, DiagList *d);
bool content_check_playlist(const char *src, size_t len, const char *id, const char *path,
                            const ContentIndex *ix, DiagList *d);

#endif
