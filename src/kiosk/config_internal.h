/* config_internal: what config.c and config_names.c share; not for other modules. */
#ifndef LIMBER_CONFIG_INTERNAL_H
#define LIMBER_CONFIG_INTERNAL_H

#include <stddef.h>

/* Copies s[0..len) without surrounding blanks into out (NUL-terminated, cut to size). */
void config_trim_copy(const char *s, size_t len, char *out, size_t size);

#endif
