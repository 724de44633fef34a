/* A content root's font that is no font (corrupt or truncated): one warning, and the
 * system's face draws the text, rather than no text and an error every frame. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "platform/log.h"
#include "view/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int warnings, errors;
static char last[512];

static void count_output(void *ud, int category, SDL_LogPriority p, const char *message)
{
    (void)ud;
    (void)category;
    warnings += p == SDL_LOG_PRIORITY_WARN;
    errors += p >= SDL_LOG_PRIORITY_ERROR;
    snprintf(last, sizeof last, "%s", message);
}

static void corrupt_font_falls_back_once(void **state)
{
    (void)state;
    char root[] = "/tmp/limber-fonts-XXXXXX";
    assert_non_null(mkdtemp(root));
    char dir[600], path[700];
    snprintf(dir, sizeof dir, "%s/fonts", root);
    assert_int_equal(mkdir(dir, 0755), 0);
    snprintf(path, sizeof path, "%s/Broken-Regular.ttf", dir);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    for (int i = 0; i < 3000; i++)
        fputc((i * 7919) & 0xff, f);
    fclose(f);

    SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, 320, 200, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = SDL_CreateSoftwareRenderer(surf);
    assert_non_null(r);
    warnings = errors = 0;
    TextCache *tc = text_create(r, root);
    assert_non_null(tc);
    assert_int_equal(warnings, 1);
    assert_non_null(strstr(last, "fonts/Broken-Regular.ttf"));
    assert_string_not_equal(text_font_path(tc, TEXT_REGULAR), path);
    assert_string_not_equal(text_font_path(tc, TEXT_BOLD), path);
    SDL_Color white = { 255, 255, 255, 255 };
    for (int frame = 0; frame < 30; frame++) {
        SDL_Point p = text_draw(tc, "Hold", 24 + frame % 3, TEXT_BOLD, white, 0, 0, 300, TEXT_LEFT);
        assert_true(p.x > 0 && p.y > 0);
        text_frame_end(tc);
    }
    assert_int_equal(warnings, 1);
    assert_int_equal(errors, 0);
    text_destroy(tc);
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(surf);
    unlink(path);
    rmdir(dir);
    rmdir(root);
}

int main(void)
{
    SDL_Init(SDL_INIT_VIDEO);
    log_init(false);
    SDL_LogSetOutputFunction(count_output, NULL);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(corrupt_font_falls_back_once),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    log_deinit();
    SDL_Quit();
    return rc;
}
