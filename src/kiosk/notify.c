#include "kiosk/notify.h"

#include "platform/log.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#if defined(LIMBER_HAVE_SYSTEMD)
#include <systemd/sd-daemon.h>
#else
#include <stddef.h>
#include <sys/socket.h>
#include <sys/un.h>
#endif

#if defined(LIMBER_HAVE_SYSTEMD)

static bool send_state(const char *state)
{
    int r = sd_notify(0, state);
    if (r < 0)
        log_warn("sd_notify: %s", strerror(-r));
    return r > 0;
}

static uint64_t watchdog_usec(void)
{
    uint64_t usec = 0;
    return sd_watchdog_enabled(0, &usec) > 0 ? usec : 0;
}

#else

/* The protocol of sd_notify(3): one datagram to the AF_UNIX socket named by
 * $NOTIFY_SOCKET, a leading '@' meaning the abstract namespace. */
static bool send_state(const char *state)
{
    const char *path = getenv("NOTIFY_SOCKET");
    if (!path || !*path)
        return false;
    struct sockaddr_un sa;
    memset(&sa, 0, sizeof sa);
    sa.sun_family = AF_UNIX;
    size_t len = strlen(path);
    if ((path[0] != '/' && path[0] != '@') || len >= sizeof sa.sun_path) {
        log_warn("NOTIFY_SOCKET '%s' is not a socket path", path);
        return false;
    }
    memcpy(sa.sun_path, path, len);
    if (path[0] == '@')
        sa.sun_path[0] = '\0';
    socklen_t salen = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + len + (path[0] == '@' ? 0 : 1));
    int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        log_warn("notify socket: %s", strerror(errno));
        return false;
    }
    ssize_t n = sendto(fd, state, strlen(state), MSG_NOSIGNAL, (struct sockaddr *)&sa, salen);
    if (n < 0)
        log_warn("notify %s: %s", path, strerror(errno));
    close(fd);
    return n == (ssize_t)strlen(state);
}

static uint64_t watchdog_usec(void)
{
    const char *pid = getenv("WATCHDOG_PID");
    if (pid && strtol(pid, NULL, 10) != (long)getpid())
        return 0; /* meant for another process (we were forked) */
    const char *s = getenv("WATCHDOG_USEC");
    if (!s)
        return 0;
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    return end != s && !*end ? (uint64_t)v : 0;
}

#endif

void notify_init(Notify *n)
{
    memset(n, 0, sizeof *n);
    const char *sock = getenv("NOTIFY_SOCKET");
    n->active = sock && *sock;
    if (!n->active)
        return;
    uint64_t usec = watchdog_usec();
    /* Half the watchdog time, as sd_watchdog_enabled(3) advises: a late frame or two
     * must not look like a hang. */
    n->interval_ms = usec / 2000;
    if (usec && n->interval_ms == 0)
        n->interval_ms = 1;
    log_info("systemd notify socket %s%s", sock, usec ? ", watchdog on" : "");
}

static bool send_counted(Notify *n, const char *state)
{
    if (!n->active)
        return false;
    bool ok = send_state(state);
    n->sent += ok;
    return ok;
}

static bool send_with_status(Notify *n, const char *first, const char *status)
{
    if (!status)
        return send_counted(n, first);
    char msg[512];
    snprintf(msg, sizeof msg, "%s\nSTATUS=%s", first, status);
    /* STATUS is one line: a newline inside would start a bogus field. */
    for (char *p = msg + strlen(first) + 1; *p; p++)
        if (*p == '\n')
            *p = ' ';
    return send_counted(n, msg);
}

bool notify_ready(Notify *n, const char *status)
{
    return send_with_status(n, "READY=1", status);
}

bool notify_watchdog(Notify *n, uint64_t now_ms)
{
    if (!n->active || n->interval_ms == 0)
        return false;
    if (n->pinged && now_ms < n->last_ping_ms + n->interval_ms)
        return false;
    n->pinged = true;
    n->last_ping_ms = now_ms;
    return send_counted(n, "WATCHDOG=1");
}

bool notify_status(Notify *n, const char *status)
{
    char msg[512];
    snprintf(msg, sizeof msg, "STATUS=%s", status ? status : "");
    for (char *p = msg; *p; p++)
        if (*p == '\n')
            *p = ' ';
    return send_counted(n, msg);
}

bool notify_reloading(Notify *n)
{
    return send_counted(n, "RELOADING=1");
}

bool notify_stopping(Notify *n, const char *status)
{
    return send_with_status(n, "STOPPING=1", status);
}
