/* log: one line per message to stderr (journald picks it up), through SDL_LogMessage.
 *
 *   log_info("content root %s", path);
 *   log_warn(...); log_error(...);
 *
 * log_set_file() additionally copies every line to a file (--log-file). Pure modules
 * never log: they return diagnostics, and the caller decides what to print. */
#ifndef LIMBER_LOG_H
#define LIMBER_LOG_H

#include <stdbool.h>

#if defined(__GNUC__)
#define LIMBER_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define LIMBER_PRINTF(a, b)
#endif

void log_init(bool verbose);
bool log_set_file(const char *path);
void log_deinit(void);

void log_debug(const char *fmt, ...) LIMBER_PRINTF(1, 2);
void log_info(const char *fmt, ...) LIMBER_PRINTF(1, 2);
void log_warn(const char *fmt, ...) LIMBER_PRINTF(1, 2);
void log_error(const char *fmt, ...) LIMBER_PRINTF(1, 2);

#endif
