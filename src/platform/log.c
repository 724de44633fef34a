#include "platform/log.h"

#include <SDL.h>
#include <stdarg.h>
#include <stdio.h>

static FILE *log_file;
static SDL_LogOutputFunction default_output;
static void *default_userdata;

static const char *priority_name(SDL_LogPriority p)
{
    switch (p) {
    case SDL_LOG_PRIORITY_VERBOSE:
    case SDL_LOG_PRIORITY_DEBUG: return "debug";
    case SDL_LOG_PRIORITY_INFO: return "info";
    case SDL_LOG_PRIORITY_WARN: return "warning";
    default: return "error";
    }
}

/* SDL's default writer prints "INFO: ..."; ours says "limber: warning: ..." so that a
 * journal line names the program and reads like the rest of our messages. */
static void log_output(void *userdata, int category, SDL_LogPriority priority, const char *message)
{
    (void)userdata;
    (void)category;
    fprintf(stderr, "limber: %s: %s\n", priority_name(priority), message);
    if (log_file) {
        fprintf(log_file, "%s: %s\n", priority_name(priority), message);
        fflush(log_file);
    }
}

void log_init(bool verbose)
{
    SDL_LogGetOutputFunction(&default_output, &default_userdata);
    SDL_LogSetOutputFunction(log_output, NULL);
    SDL_LogSetPriority(SDL_LOG_CATEGORY_APPLICATION,
                       verbose ? SDL_LOG_PRIORITY_DEBUG : SDL_LOG_PRIORITY_INFO);
}

bool log_set_file(const char *path)
{
    FILE *f = fopen(path, "a");
    if (!f) {
        log_error("cannot open log file %s", path);
        return false;
    }
    if (log_file)
        fclose(log_file);
    log_file = f;
    return true;
}

void log_deinit(void)
{
    if (log_file)
        fclose(log_file);
    log_file = NULL;
    if (default_output)
        SDL_LogSetOutputFunction(default_output, default_userdata);
}

#define LOG_FORWARD(prio)                                                        \
    va_list ap;                                                                  \
    va_start(ap, fmt);                                                           \
    SDL_LogMessageV(SDL_LOG_CATEGORY_APPLICATION, prio, fmt, ap);                \
    va_end(ap)

void log_debug(const char *fmt, ...) { LOG_FORWARD(SDL_LOG_PRIORITY_DEBUG); }
void log_info(const char *fmt, ...) { LOG_FORWARD(SDL_LOG_PRIORITY_INFO); }
void log_warn(const char *fmt, ...) { LOG_FORWARD(SDL_LOG_PRIORITY_WARN); }
void log_error(const char *fmt, ...) { LOG_FORWARD(SDL_LOG_PRIORITY_ERROR); }
