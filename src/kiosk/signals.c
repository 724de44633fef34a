#include "kiosk/signals.h"

#include "platform/log.h"

#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <string.h>

static volatile sig_atomic_t quit_signal;
static volatile sig_atomic_t reload_pending;
static struct sigaction old_term, old_int, old_hup;
static bool installed;

/* Async-signal-safe: only sig_atomic_t stores, sigaction() and raise(). */
static void on_quit(int sig)
{
    if (quit_signal) {
        struct sigaction dfl;
        memset(&dfl, 0, sizeof dfl);
        dfl.sa_handler = SIG_DFL;
        sigemptyset(&dfl.sa_mask);
        sigaction(sig, &dfl, NULL);
        raise(sig);
        return;
    }
    quit_signal = sig;
}

static void on_hup(int sig)
{
    (void)sig;
    reload_pending = 1;
}

static bool set(int sig, void (*fn)(int), struct sigaction *old)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fn;
    sigemptyset(&sa.sa_mask);
    /* While one handler runs, the others wait: no handler sees another half done. */
    sigaddset(&sa.sa_mask, SIGTERM);
    sigaddset(&sa.sa_mask, SIGINT);
    sigaddset(&sa.sa_mask, SIGHUP);
    sa.sa_flags = SA_RESTART;
    if (sigaction(sig, &sa, old) != 0) {
        log_error("cannot install the handler of signal %d: %s", sig, strerror(errno));
        return false;
    }
    return true;
}

bool signals_install(void)
{
    quit_signal = 0;
    reload_pending = 0;
    if (installed)
        return true;
    if (!set(SIGTERM, on_quit, &old_term))
        return false;
    if (!set(SIGINT, on_quit, &old_int)) {
        sigaction(SIGTERM, &old_term, NULL);
        return false;
    }
    if (!set(SIGHUP, on_hup, &old_hup)) {
        sigaction(SIGTERM, &old_term, NULL);
        sigaction(SIGINT, &old_int, NULL);
        return false;
    }
    installed = true;
    return true;
}

void signals_restore(void)
{
    if (!installed)
        return;
    sigaction(SIGTERM, &old_term, NULL);
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGHUP, &old_hup, NULL);
    installed = false;
}

bool signals_quit_requested(void)
{
    return quit_signal != 0;
}

int signals_quit_signal(void)
{
    return quit_signal;
}

bool signals_take_reload(void)
{
    if (!reload_pending)
        return false;
    reload_pending = 0;
    return true;
}
