#include "platform/eventlog.h"

#include "platform/log.h"

#include <stdio.h>
#include <stdlib.h>

struct EventLog {
    FILE *f;
};

EventLog *eventlog_create(const char *path)
{
    EventLog *log = calloc(1, sizeof *log);
    if (!log)
        return NULL;
    if (path) {
        log->f = fopen(path, "w");
        if (!log->f) {
            log_error("cannot write event log %s", path);
            free(log);
            return NULL;
        }
    }
    return log;
}

void eventlog_destroy(EventLog *log)
{
    if (!log)
        return;
    if (log->f)
        fclose(log->f);
    free(log);
}

cJSON *eventlog_begin(uint64_t t_ms, const char *event)
{
    cJSON *e = cJSON_CreateObject();
    cJSON_AddNumberToObject(e, "t_ms", (double)t_ms);
    cJSON_AddStringToObject(e, "event", event);
    return e;
}

void eventlog_end(EventLog *log, cJSON *event)
{
    if (log && log->f && event) {
        char *text = cJSON_PrintUnformatted(event);
        if (text) {
            fputs(text, log->f);
            fputc('\n', log->f);
            fflush(log->f);
            cJSON_free(text);
        }
    }
    cJSON_Delete(event);
}

void eventlog_emit(EventLog *log, uint64_t t_ms, const char *event)
{
    eventlog_end(log, eventlog_begin(t_ms, event));
}
