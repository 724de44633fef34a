/* The kiosk window under a real X server (Xvfb, started here): it covers the whole
 * screen, has no border, and a display that does not exist falls back to the first;
 * the cursor shows on mouse motion and hides again once the mouse is still; a lost
 * focus is taken back after SCREEN_REFOCUS_MS. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "kiosk/screen.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

enum { SCREEN_W = 1024, SCREEN_H = 600 };

static pid_t xvfb;

/* Starts Xvfb on a free display; -displayfd tells which once it is ready. */
static int start_xvfb(void **state)
{
    (void)state;
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    xvfb = fork();
    if (xvfb == 0) {
        close(fds[0]);
        char fd[16], size[32];
        snprintf(fd, sizeof fd, "%d", fds[1]);
        snprintf(size, sizeof size, "%dx%dx24", SCREEN_W, SCREEN_H);
        int null = open("/dev/null", O_WRONLY);
        if (null >= 0)
            dup2(null, STDERR_FILENO);
        execlp("Xvfb", "Xvfb", "-displayfd", fd, "-screen", "0", size, "-nolisten", "tcp", (char *)NULL);
        _exit(127);
    }
    close(fds[1]);
    char num[16] = "";
    ssize_t n = read(fds[0], num, sizeof num - 1);
    close(fds[0]);
    if (n <= 0) {
        fprintf(stderr, "test_screen: Xvfb did not start (scripts/setup --test installs xvfb)\n");
        return -1;
    }
    num[strcspn(num, "\n")] = '\0';
    char display[32];
    snprintf(display, sizeof display, ":%s", num);
    setenv("DISPLAY", display, 1);
    setenv("SDL_VIDEODRIVER", "x11", 1);
    /* No session bus belongs to this X server; without one libdbus tries to autolaunch
     * one for SDL's screensaver inhibit and leaks in the attempt (LeakSanitizer). */
    setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent", 1);
    screen_hints(true);
    return SDL_Init(SDL_INIT_VIDEO) == 0 ? 0 : -1;
}

static int stop_xvfb(void **state)
{
    (void)state;
    SDL_Quit();
    if (xvfb > 0) {
        kill(xvfb, SIGTERM);
        waitpid(xvfb, NULL, 0);
    }
    return 0;
}

static void pump(int ms)
{
    for (uint32_t end = SDL_GetTicks() + (uint32_t)ms; SDL_GetTicks() < end;) {
        SDL_Event e;
        while (SDL_PollEvent(&e)) {
        }
        SDL_Delay(5);
    }
}

static void window_covers_the_screen(void **state)
{
    (void)state;
    assert_string_equal(SDL_GetCurrentVideoDriver(), "x11");
    SDL_Window *w = screen_open("limber", 0, 0);
    assert_non_null(w);
    int x = -1, y = -1, ww = 0, hh = 0;
    for (int i = 0; i < 100; i++) { /* until the X server has placed it */
        pump(20);
        SDL_GetWindowPosition(w, &x, &y);
        SDL_GetWindowSize(w, &ww, &hh);
        if (ww == SCREEN_W && hh == SCREEN_H && x == 0 && y == 0)
            break;
    }
    assert_int_equal(x, 0);
    assert_int_equal(y, 0);
    assert_int_equal(ww, SCREEN_W);
    assert_int_equal(hh, SCREEN_H);
    Uint32 flags = SDL_GetWindowFlags(w);
    assert_true(flags & SDL_WINDOW_BORDERLESS);
    assert_true((flags & SDL_WINDOW_FULLSCREEN_DESKTOP) == SDL_WINDOW_FULLSCREEN_DESKTOP);
    assert_false(SDL_IsScreenSaverEnabled());
    SDL_DestroyWindow(w);
}

static void missing_display_falls_back_to_the_first(void **state)
{
    (void)state;
    SDL_Window *w = screen_open("limber", 7, 0);
    assert_non_null(w);
    assert_int_equal(SDL_GetWindowDisplayIndex(w), 0);
    SDL_DestroyWindow(w);
}

static void cursor_shows_on_motion_and_hides_when_still(void **state)
{
    (void)state;
    SDL_Window *w = screen_open("limber", 0, 0);
    assert_non_null(w);
    Screen s;
    screen_init(&s, w, 3000, 1000);
    assert_int_equal(SDL_ShowCursor(SDL_QUERY), SDL_DISABLE);
    SDL_Event e = { .type = SDL_MOUSEMOTION };
    e.motion.which = SDL_TOUCH_MOUSEID; /* a finger on a touch screen: stays hidden */
    screen_event(&s, &e, 2000);
    assert_int_equal(SDL_ShowCursor(SDL_QUERY), SDL_DISABLE);
    e.motion.which = 0;
    screen_event(&s, &e, 2000);
    assert_int_equal(SDL_ShowCursor(SDL_QUERY), SDL_ENABLE);
    screen_update(&s, 4999);
    assert_int_equal(SDL_ShowCursor(SDL_QUERY), SDL_ENABLE);
    screen_update(&s, 5000);
    assert_int_equal(SDL_ShowCursor(SDL_QUERY), SDL_DISABLE);
    SDL_DestroyWindow(w);
}

static void lost_focus_is_taken_back(void **state)
{
    (void)state;
    SDL_Window *w = screen_open("limber", 0, 0);
    assert_non_null(w);
    pump(100);
    Screen s;
    screen_init(&s, w, 3000, 0);
    SDL_Event e = { .type = SDL_WINDOWEVENT };
    e.window.event = SDL_WINDOWEVENT_FOCUS_LOST;
    screen_event(&s, &e, 10000);
    screen_update(&s, 10000 + SCREEN_REFOCUS_MS - 1);
    assert_int_equal(s.refocus_count, 0);
    screen_update(&s, 10000 + SCREEN_REFOCUS_MS);
    assert_int_equal(s.refocus_count, 1);
    screen_update(&s, 10000 + SCREEN_REFOCUS_MS + 1); /* not again at once */
    assert_int_equal(s.refocus_count, 1);
    e.window.event = SDL_WINDOWEVENT_FOCUS_GAINED;
    screen_event(&s, &e, 11500);
    screen_update(&s, 20000);
    assert_int_equal(s.refocus_count, 1);
    /* and the X server agrees the window has the input focus */
    bool focused = false;
    for (int i = 0; i < 50 && !focused; i++) {
        pump(20);
        focused = SDL_GetWindowFlags(w) & SDL_WINDOW_INPUT_FOCUS;
    }
    assert_true(focused);
    SDL_DestroyWindow(w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(window_covers_the_screen),
        cmocka_unit_test(missing_display_falls_back_to_the_first),
        cmocka_unit_test(cursor_shows_on_motion_and_hides_when_still),
        cmocka_unit_test(lost_focus_is_taken_back),
    };
    return cmocka_run_group_tests(tests, start_xvfb, stop_xvfb);
}
