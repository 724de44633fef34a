#include "platform/paths.h"

#include <SDL.h>
#include <stdio.h>
#include <sys/stat.h>

bool paths_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool paths_is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool try_root(const char *dir, char *out, size_t size)
{
    char probe[PATHS_MAX];
    snprintf(probe, sizeof probe, "%s/moves", dir);
    if (!paths_is_dir(dir) || !paths_is_dir(probe))
        return false;
    /* realpath gives messages and the watcher one spelling of the root. */
    char *real = realpath(dir, NULL);
    snprintf(out, size, "%s", real ? real : dir);
    free(real);
    return true;
}

bool paths_content_root(const char *given, char *out, size_t size)
{
    if (given) {
        if (!paths_is_dir(given))
            return false;
        char *real = realpath(given, NULL);
        snprintf(out, size, "%s", real ? real : given);
        free(real);
        return true;
    }
    char *base = SDL_GetBasePath(); /* ends with '/' */
    if (base) {
        static const char *const rel[] = { "../share/limber", "assets", "../assets" };
        char dir[PATHS_MAX];
        for (size_t i = 0; i < SDL_arraysize(rel); i++) {
            snprintf(dir, sizeof dir, "%s%s", base, rel[i]);
            if (try_root(dir, out, size)) {
                SDL_free(base);
                return true;
            }
        }
        SDL_free(base);
    }
    return try_root(LIMBER_INSTALL_ASSETS, out, size) || try_root(LIMBER_SOURCE_ASSETS, out, size);
}
