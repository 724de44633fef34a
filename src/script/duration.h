/* duration: the written forms of time, shared by scripts and the command line.
 *
 *   int64_t ms;
 *   if (duration_parse("1m30s", 5, &ms)) ...   // ms == 90000
 *
 * Accepted: a number with a unit, or several in falling order: 500ms, 5s, 1.5s, 2m,
 * 1m30s, 1h. Fractions are rounded to the nearest millisecond. A bare number, a
 * missing or unknown unit, a sign, or a value over 1000 hours is rejected. */
#ifndef LIMBER_DURATION_H
#define LIMBER_DURATION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

bool duration_parse(const char *s, size_t len, int64_t *out_ms);

/* Writes "1m30s", "1.5s", "500ms" style text; returns buf. */
char *duration_format(int64_t ms, char *buf, size_t size);

#endif
