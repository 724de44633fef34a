/* dump: `limber --dump-timeline FILE [--level L]`, a compiled timeline as JSON.
 *
 * FILE.move prints the compiled move (SCRIPT_FORMAT.md, "The timeline dump") at the
 * level (standard unless given). FILE.playlist prints its moves in order with their
 * levels, reps, start times and durations; --level replaces the playlist's own level
 * (a play's level= still wins). Problems go to stderr as --check prints them. Returns
 * the exit code: 0, 1 when the file has errors, 2 for a usage error. The file's
 * content root is --content if given, else the folder above moves/ or playlists/,
 * else the default root. */
#ifndef LIMBER_DUMP_H
#define LIMBER_DUMP_H

#include "model/move.h"

#include <stdbool.h>

int dump_run(const char *file, const char *content_dir, Level level, bool level_given);

#endif
