/* check: `limber --check [PATH...]`, content validation without a window.
 *
 * Each PATH is a content root (a folder with moves/ or playlists/), a .move or
 * .playlist file, or a folder searched recursively for those. Every problem is printed
 * on stdout as "path:line:col: error|warning: message" with the source line and a
 * caret, sorted by file and line; then one summary line ("12 moves, 2 playlists:
 * 0 errors, 1 warning"). Returns the exit code: 0 without errors, 1 with errors, 2 for
 * a usage error (one line on stderr, e.g. a PATH that does not exist). With no PATH,
 * the default content root (content_dir: --content, or NULL) is checked. */
#ifndef LIMBER_CHECK_H
#define LIMBER_CHECK_H

#include "model/content.h"

/* opts: the content options of this machine (speech synthesis on or off, the default
 * countdown); NULL: the defaults. */
int check_run(char *const *paths, int count, const char *content_dir, const ContentOptions *opts);

#endif
