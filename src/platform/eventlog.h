/* eventlog: one JSON object per line, for tests and audits (--event-log FILE).
 *
 *   EventLog *log = eventlog_create("run.jsonl");     // NULL path: a log that drops all
 *   cJSON *e = eventlog_begin(t_ms, "step");           // {"t_ms": t, "event": "step"}
 *   cJSON_AddStringToObject(e, "move", "cat_cow");     // add the event's own fields
 *   eventlog_end(log, e);                              // writes, flushes, frees e
 *   eventlog_destroy(log);
 *
 * Event names stay stable: start, move, step, cue, action, pause, resume, idle, reload,
 * content_error, exit. Each line is flushed so a killed run still leaves its log. */
#ifndef LIMBER_EVENTLOG_H
#define LIMBER_EVENTLOG_H

#include <cJSON.h>
#include <stdbool.h>
#include <stdint.h>

typedef struct EventLog EventLog;

EventLog *eventlog_create(const char *path);
void eventlog_destroy(EventLog *log);

cJSON *eventlog_begin(uint64_t t_ms, const char *event);
void eventlog_end(EventLog *log, cJSON *event);

/* Shorthand for an event with no fields of its own. */
void eventlog_emit(EventLog *log, uint64_t t_ms, const char *event);

#endif
