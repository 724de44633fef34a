/* content_index: the names a script may use, as found in one content root, so that a
 * typo is an error at check time and not a blank screen later.
 *
 *   ContentIndex *ix = content_index_create("assets", &diags);   // scans the root
 *   if (!content_index_has(ix, NAME_POSE, "cat")) ...
 *       content_index_closest(ix, NAME_POSE, "kat")               // "cat" or NULL
 *   content_index_destroy(ix);
 *
 * What counts, per kind:
 *   NAME_FIGURE  figures/<name>/ folders, and the built-ins side, front and none
 *   NAME_POSE    the poses of poses/<file>.pose (see index_scan_poses in the .c file)
 *   NAME_SOUND   chime, tick, bell, and the stems of sounds/<name>.{wav,ogg,flac,mp3}
 *   NAME_CLIP    the frameTags names of sheets/<sheet>.json (Aseprite's JSON export)
 *   NAME_PROP    mat, ball, roller, load, wall, and the stems of props/<name>.png
 *   NAME_MOVE    the stems of moves/<id>.move
 *   NAME_VOICE   the stems of voice/<key>.{wav,ogg,flac,mp3} (see content_voice_key)
 * A sheet that is not valid JSON is a warning in diags (its clips are unknown).
 * content_index_create(NULL, ...) gives the built-ins only; content_index_add() adds
 * names by hand (tests, fuzzing). Names are copied; the index owns them. */
#ifndef LIMBER_CONTENT_INDEX_H
#define LIMBER_CONTENT_INDEX_H

#include "script/diag.h"

#include <stdbool.h>
#include <stddef.h>

typedef enum NameKind {
    NAME_FIGURE, NAME_POSE, NAME_SOUND, NAME_CLIP, NAME_PROP, NAME_MOVE, NAME_VOICE,
    NAME_KIND_COUNT
} NameKind;

typedef struct ContentIndex ContentIndex;

ContentIndex *content_index_create(const char *root, DiagList *diags);
void content_index_destroy(ContentIndex *ix);

bool content_index_add(ContentIndex *ix, NameKind kind, const char *name);
bool content_index_has(const ContentIndex *ix, NameKind kind, const char *name);
const char *content_index_closest(const ContentIndex *ix, NameKind kind, const char *word);
const char *const *content_index_names(const ContentIndex *ix, NameKind kind, size_t *count);

/* The root as given (NULL for a built-ins-only index). */
const char *content_index_root(const ContentIndex *ix);

/* Whether rel, a path written in a script, stays inside the root: not absolute, no
 * ".." part. */
bool content_path_is_inside(const char *rel);
/* Whether rel names a regular file inside the root, following links (a link that
 * leads out of the root does not count). */
bool content_index_file_inside(const ContentIndex *ix, const char *rel);

/* The voice/ file stem that a `say` text matches: ASCII letters and digits lowered,
 * every other run of ASCII bytes one '_', other bytes kept, no '_' at either end, at
 * most 80 bytes. "Round up" -> "round_up", "Arch, and look up!" -> "arch_and_look_up". */
void content_voice_key(const char *text, char *out, size_t size);

#endif
