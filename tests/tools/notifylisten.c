/* notifylisten SOCKET SECONDS: a stand-in for systemd's notify socket, for the tests.
 *
 * Binds an AF_UNIX datagram socket at SOCKET (a path) and prints every message that
 * arrives as one line, "MS FIELD;FIELD;..." (MS: milliseconds since it started, the
 * message's newlines as ';'), flushing each. It stops after SECONDS, or right after a
 * STOPPING=1, and removes the socket. Start it, wait for SOCKET to exist, then run the
 * program with NOTIFY_SOCKET=SOCKET (and WATCHDOG_USEC for the watchdog pings). */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: notifylisten SOCKET SECONDS\n");
        return 2;
    }
    struct sockaddr_un sa;
    memset(&sa, 0, sizeof sa);
    sa.sun_family = AF_UNIX;
    if (strlen(argv[1]) >= sizeof sa.sun_path) {
        fprintf(stderr, "notifylisten: socket path too long\n");
        return 2;
    }
    strcpy(sa.sun_path, argv[1]);
    int fd = socket(AF_UNIX, SOCK_DGRAM, 0);
    unlink(argv[1]);
    if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof sa) != 0) {
        fprintf(stderr, "notifylisten: %s: %s\n", argv[1], strerror(errno));
        return 1;
    }
    long long start = now_ms(), end = start + atol(argv[2]) * 1000;
    int rc = 0;
    for (;;) {
        long long left = end - now_ms();
        if (left <= 0)
            break;
        struct pollfd p = { .fd = fd, .events = POLLIN };
        int n = poll(&p, 1, (int)left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            rc = 1;
            break;
        }
        if (n == 0)
            continue;
        char buf[4096];
        ssize_t got = recv(fd, buf, sizeof buf - 1, 0);
        if (got < 0)
            continue;
        buf[got] = '\0';
        for (char *c = buf; *c; c++)
            if (*c == '\n')
                *c = ';';
        printf("%lld %s\n", now_ms() - start, buf);
        fflush(stdout);
        if (strncmp(buf, "STOPPING=1", 10) == 0)
            break;
    }
    close(fd);
    unlink(argv[1]);
    return rc;
}
