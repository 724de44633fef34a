/* notify: tells systemd how the service is doing (Type=notify in limber.service):
 * READY=1 once the first frame is on screen, WATCHDOG=1 from the frame loop so that a
 * hung loop is killed and restarted, STOPPING=1 on the way out, RELOADING=1 around a
 * SIGHUP reload. Outside systemd (no NOTIFY_SOCKET) every call is a cheap no-op.
 *
 *   Notify n;
 *   notify_init(&n);                        // reads NOTIFY_SOCKET and WATCHDOG_USEC
 *   after the first frame:  notify_ready(&n, "playing default");
 *   every frame:            notify_watchdog(&n, now_ms);   // sends at most every
 *                                                          // WATCHDOG_USEC / 2
 *   SIGHUP:                 notify_reloading(&n); reload; notify_ready(&n, "reloaded");
 *   at exit:                notify_stopping(&n, "SIGTERM");
 *
 * With libsystemd (LIMBER_HAVE_SYSTEMD) the messages go through sd_notify(); without it
 * the same datagram is written to $NOTIFY_SOCKET here. The struct is plain data. */
#ifndef LIMBER_NOTIFY_H
#define LIMBER_NOTIFY_H

#include <stdbool.h>
#include <stdint.h>

typedef struct Notify {
    bool active;          /* NOTIFY_SOCKET is set */
    uint64_t interval_ms; /* WATCHDOG=1 every this often; 0: no watchdog wanted */
    bool pinged;          /* at least one WATCHDOG=1 went out */
    uint64_t last_ping_ms;
    unsigned sent;        /* messages sent, for the log and the tests */
} Notify;

void notify_init(Notify *n);

/* READY=1, with STATUS=status when status is not NULL. */
bool notify_ready(Notify *n, const char *status);

/* WATCHDOG=1 when interval_ms has passed since the last one (the first call always
 * sends). now_ms: the frame loop's real clock. True when a ping went out. */
bool notify_watchdog(Notify *n, uint64_t now_ms);

/* STATUS=status: one line shown by `systemctl --user status limber`. */
bool notify_status(Notify *n, const char *status);

bool notify_reloading(Notify *n);
bool notify_stopping(Notify *n, const char *status);

#endif
