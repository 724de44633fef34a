/* files: the little file system work of the content layer (pure C, POSIX only).
 *
 *   size_t len;
 *   char *bytes = files_read(path, SCRIPT_FILE_MAX, &len);  // caller free()s; NULL: errno
 *   if (len > SCRIPT_FILE_MAX) ...                          // read at most max+1 bytes
 *
 *   char **names; size_t n;
 *   if (files_list(dir, ".move", &names, &n)) ... files_free_list(names, n);
 */
#ifndef LIMBER_FILES_H
#define LIMBER_FILES_H

#include <stdbool.h>
#include <stddef.h>

/* The file's bytes plus a NUL, at most max + 1 of them so that a caller can tell a
 * file that is too big without reading all of it. */
char *files_read(const char *path, size_t max, size_t *len);

bool files_is_dir(const char *path);
bool files_is_file(const char *path);

/* "a/b": a joined with b by one '/', or b alone when a is empty; false if it does
 * not fit. */
bool files_join(char *out, size_t size, const char *a, const char *b);

/* The names of dir's entries ending in ext (".move"; NULL: folders only), sorted.
 * Hidden files are left out. The list and its names are the caller's to free with
 * files_free_list(). False if dir cannot be read. */
bool files_list(const char *dir, const char *ext, char ***names, size_t *count);
void files_free_list(char **names, size_t count);

/* The file name's stem ("moves/cat_cow.move" -> "cat_cow"), copied into out. */
void files_stem(const char *path, char *out, size_t size);

#endif
