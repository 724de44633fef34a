/* Signals: SIGTERM and SIGINT set the quit flag and say which, SIGHUP a reload flag
 * taken once; a second quit signal ends the process; restore puts the old handlers
 * back. Real signals, sent with raise() and from another process. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "kiosk/signals.h"

#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void hup_asks_for_one_reload(void **state)
{
    (void)state;
    assert_true(signals_install());
    assert_false(signals_take_reload());
    raise(SIGHUP);
    raise(SIGHUP); /* two before the frame loop looks: one reload */
    assert_true(signals_take_reload());
    assert_false(signals_take_reload());
    assert_false(signals_quit_requested());
    raise(SIGHUP);
    assert_true(signals_take_reload());
    signals_restore();
}

static void term_and_int_ask_to_quit(void **state)
{
    (void)state;
    assert_true(signals_install());
    assert_false(signals_quit_requested());
    assert_int_equal(signals_quit_signal(), 0);
    raise(SIGTERM);
    assert_true(signals_quit_requested());
    assert_int_equal(signals_quit_signal(), SIGTERM);
    assert_true(signals_quit_requested()); /* it stays */
    signals_restore();

    assert_true(signals_install()); /* installing again starts afresh */
    assert_false(signals_quit_requested());
    raise(SIGINT);
    assert_int_equal(signals_quit_signal(), SIGINT);
    signals_restore();
}

static volatile sig_atomic_t old_handler_ran;
static void old_handler(int sig)
{
    (void)sig;
    old_handler_ran = 1;
}

static void restore_puts_the_old_handlers_back(void **state)
{
    (void)state;
    struct sigaction sa = { 0 };
    sa.sa_handler = old_handler;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGHUP, &sa, NULL);
    assert_true(signals_install());
    raise(SIGHUP);
    assert_false(old_handler_ran);
    assert_true(signals_take_reload());
    signals_restore();
    raise(SIGHUP);
    assert_true(old_handler_ran);
    assert_false(signals_take_reload());
    signal(SIGHUP, SIG_DFL);
}

/* The way systemd stops the kiosk: SIGTERM from outside while the loop runs. */
static void term_from_another_process_ends_the_loop(void **state)
{
    (void)state;
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        if (!signals_install())
            _exit(3);
        struct timespec tick = { 0, 1000000 };
        for (int frames = 0; frames < 10000; frames++) { /* 10 s at most */
            if (signals_quit_requested())
                _exit(signals_quit_signal() == SIGTERM ? 0 : 4);
            nanosleep(&tick, NULL);
        }
        _exit(5);
    }
    struct timespec wait = { 0, 50000000 };
    nanosleep(&wait, NULL);
    kill(pid, SIGTERM);
    int status = 0;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
}

static void a_second_quit_signal_ends_the_process(void **state)
{
    (void)state;
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        signals_install();
        raise(SIGINT);   /* asks nicely */
        raise(SIGINT);   /* a hung loop never answered: the default action */
        _exit(0);
    }
    int status = 0;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFSIGNALED(status));
    assert_int_equal(WTERMSIG(status), SIGINT);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hup_asks_for_one_reload),
        cmocka_unit_test(term_and_int_ask_to_quit),
        cmocka_unit_test(restore_puts_the_old_handlers_back),
        cmocka_unit_test(term_from_another_process_ends_the_loop),
        cmocka_unit_test(a_second_quit_signal_ends_the_process),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
