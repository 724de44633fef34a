/* report: what --check and --dump-timeline share: printing diagnostics with their
 * source lines, and finding the content root a lone script file belongs to. */
#ifndef LIMBER_REPORT_H
#define LIMBER_REPORT_H

#include "script/diag.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Prints every entry sorted by path, line and column (stable), each with its source
 * line and a caret, read from the file the entry names. */
void report_print(const DiagList *d, FILE *out);

/* The content root for a script file: content_dir if given, else the folder above
 * the file's moves/ or playlists/ folder, else the default root; false if none. */
bool report_root_for(const char *file, const char *content_dir, char *out, size_t size);

/* A path's kind by its name: 'm' for .move, 'p' for .playlist, 0 otherwise. */
char report_script_kind(const char *path);

#endif
