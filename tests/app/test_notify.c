/* systemd notification: a fake NOTIFY_SOCKET (our own AF_UNIX datagram socket) gets
 * READY=1 with the status, WATCHDOG=1 at half of WATCHDOG_USEC and never more often,
 * RELOADING=1 and STOPPING=1; without NOTIFY_SOCKET nothing is sent. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "kiosk/notify.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

typedef struct Fake {
    int fd;
    char path[108];
} Fake;

/* path: a file path, or "@name" for the abstract namespace. */
static void fake_open(Fake *f, const char *path)
{
    f->fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    assert_true(f->fd >= 0);
    struct sockaddr_un sa = { .sun_family = AF_UNIX };
    size_t len = strlen(path);
    assert_true(len < sizeof sa.sun_path);
    memcpy(sa.sun_path, path, len);
    snprintf(f->path, sizeof f->path, "%s", path);
    if (path[0] == '@')
        sa.sun_path[0] = '\0';
    else
        unlink(path);
    socklen_t salen = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + len + (path[0] != '@'));
    assert_int_equal(bind(f->fd, (struct sockaddr *)&sa, salen), 0);
    setenv("NOTIFY_SOCKET", path, 1);
}

static void fake_close(Fake *f)
{
    close(f->fd);
    if (f->path[0] != '@')
        unlink(f->path);
    unsetenv("NOTIFY_SOCKET");
    unsetenv("WATCHDOG_USEC");
    unsetenv("WATCHDOG_PID");
}

/* The next datagram, or "" when none waits. */
static const char *fake_next(Fake *f)
{
    static char buf[1024];
    ssize_t n = recv(f->fd, buf, sizeof buf - 1, 0);
    buf[n > 0 ? n : 0] = '\0';
    return buf;
}

static char sock_path[64];

static void ready_status_and_stopping(void **state)
{
    (void)state;
    Fake f;
    fake_open(&f, sock_path);
    Notify n;
    notify_init(&n);
    assert_true(n.active);
    assert_int_equal(n.interval_ms, 0); /* no WATCHDOG_USEC: no watchdog */
    assert_false(notify_watchdog(&n, 0));
    assert_true(notify_ready(&n, "playing default"));
    assert_string_equal(fake_next(&f), "READY=1\nSTATUS=playing default");
    assert_true(notify_status(&n, "2 moves failed\nsee the log"));
    assert_string_equal(fake_next(&f), "STATUS=2 moves failed see the log");
    assert_true(notify_reloading(&n));
    assert_string_equal(fake_next(&f), "RELOADING=1");
    assert_true(notify_ready(&n, NULL));
    assert_string_equal(fake_next(&f), "READY=1");
    assert_true(notify_stopping(&n, "SIGTERM"));
    assert_string_equal(fake_next(&f), "STOPPING=1\nSTATUS=SIGTERM");
    assert_string_equal(fake_next(&f), "");
    assert_int_equal(n.sent, 5);
    fake_close(&f);
}

static void watchdog_pings_at_half_the_interval(void **state)
{
    (void)state;
    Fake f;
    fake_open(&f, sock_path);
    setenv("WATCHDOG_USEC", "2000000", 1); /* WatchdogSec=2 */
    Notify n;
    notify_init(&n);
    assert_int_equal(n.interval_ms, 1000);
    notify_ready(&n, NULL);
    assert_string_equal(fake_next(&f), "READY=1");
    /* a minute of a 60 fps frame loop, with one 400 ms hitch at 30 s */
    int pings = 0;
    uint64_t last = 0;
    for (uint64_t frame = 0; frame < 3600; frame++) {
        uint64_t now = 10000 + frame * 1000 / 60 + (frame >= 1800 ? 400 : 0);
        if (notify_watchdog(&n, now)) {
            assert_string_equal(fake_next(&f), "WATCHDOG=1");
            if (pings)
                assert_true(now - last >= 1000 && now - last < 1000 + 400 + 17);
            last = now;
            pings++;
        }
        assert_string_equal(fake_next(&f), ""); /* never more than one per call */
    }
    assert_true(pings >= 59 && pings <= 61);
    fake_close(&f);
}

static void watchdog_for_another_pid_is_not_ours(void **state)
{
    (void)state;
    Fake f;
    fake_open(&f, sock_path);
    setenv("WATCHDOG_USEC", "2000000", 1);
    char pid[32];
    snprintf(pid, sizeof pid, "%ld", (long)getpid() + 1);
    setenv("WATCHDOG_PID", pid, 1);
    Notify n;
    notify_init(&n);
    assert_int_equal(n.interval_ms, 0);
    assert_false(notify_watchdog(&n, 5000));
    snprintf(pid, sizeof pid, "%ld", (long)getpid());
    setenv("WATCHDOG_PID", pid, 1);
    notify_init(&n);
    assert_int_equal(n.interval_ms, 1000);
    assert_true(notify_watchdog(&n, 5000));
    assert_string_equal(fake_next(&f), "WATCHDOG=1");
    fake_close(&f);
}

static void abstract_socket_works_too(void **state)
{
    (void)state;
    Fake f;
    char name[64];
    snprintf(name, sizeof name, "@limber-test-notify-%ld", (long)getpid());
    fake_open(&f, name);
    Notify n;
    notify_init(&n);
    assert_true(notify_ready(&n, NULL));
    assert_string_equal(fake_next(&f), "READY=1");
    fake_close(&f);
}

static void without_systemd_nothing_is_sent(void **state)
{
    (void)state;
    unsetenv("NOTIFY_SOCKET");
    setenv("WATCHDOG_USEC", "2000000", 1);
    Notify n;
    notify_init(&n);
    assert_false(n.active);
    assert_false(notify_ready(&n, "x"));
    assert_false(notify_watchdog(&n, 0));
    assert_false(notify_stopping(&n, NULL));
    assert_int_equal(n.sent, 0);
    unsetenv("WATCHDOG_USEC");
}

int main(void)
{
    snprintf(sock_path, sizeof sock_path, "/tmp/limber-test-notify-%ld.sock", (long)getpid());
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ready_status_and_stopping),
        cmocka_unit_test(watchdog_pings_at_half_the_interval),
        cmocka_unit_test(watchdog_for_another_pid_is_not_ours),
        cmocka_unit_test(abstract_socket_works_too),
        cmocka_unit_test(without_systemd_nothing_is_sent),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
