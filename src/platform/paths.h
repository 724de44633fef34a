/* paths: where the content root is.
 *
 *   char root[PATHS_MAX];
 *   if (!paths_content_root(cli_content, root, sizeof root)) ...
 *
 * Order: the --content DIR given; else assets/ next to the binary's build or install
 * (BIN/../share/limber, BIN/assets, BIN/../assets); else the installed
 * share/limber; else the source tree's assets/. A root must hold a moves/ folder. */
#ifndef LIMBER_PATHS_H
#define LIMBER_PATHS_H

#include <stdbool.h>
#include <stddef.h>

enum { PATHS_MAX = 4096 };

bool paths_content_root(const char *given, char *out, size_t size);
bool paths_is_dir(const char *path);
bool paths_is_file(const char *path);

#endif
