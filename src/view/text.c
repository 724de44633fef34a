#include "view/text.h"

#include "platform/log.h"
#include "platform/paths.h"

#include <SDL_ttf.h>
#include <dirent.h>
#include <fontconfig/fontconfig.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

enum { FONT_SLOTS = 32, ENTRY_SLOTS = 256, EVICT_AFTER_FRAMES = 120 };

typedef struct FontSlot {
    TextStyle style;
    int px;
    TTF_Font *font;
} FontSlot;

typedef struct Entry {
    uint64_t hash;
    char *text;
    int px, max_w;
    TextStyle style;
    TextAlign align;
    SDL_Color color;
    SDL_Texture *tex; /* NULL for a measured-only entry */
    SDL_Point size;
    uint64_t last_used;
} Entry;

struct TextCache {
    SDL_Renderer *renderer;
    char font_path[TEXT_STYLE_COUNT][PATHS_MAX];
    FontSlot fonts[FONT_SLOTS];
    int font_count;
    bool font_failed[TEXT_STYLE_COUNT];
    Entry entries[ENTRY_SLOTS];
    uint64_t frame;
    unsigned long rasterized;
};

static bool has_font_ext(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && (strcasecmp(name + n - 4, ".ttf") == 0 || strcasecmp(name + n - 4, ".otf") == 0);
}

/* A content root may bring its own face: fonts/ with files named *Bold* and others. */
static void find_content_fonts(TextCache *tc, const char *root)
{
    char dir[PATHS_MAX];
    snprintf(dir, sizeof dir, "%s/fonts", root);
    DIR *d = opendir(dir);
    if (!d)
        return;
    char regular[PATHS_MAX] = "", bold[PATHS_MAX] = "";
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.' || !has_font_ext(e->d_name))
            continue;
        bool is_bold = strstr(e->d_name, "Bold") || strstr(e->d_name, "bold");
        char *slot = is_bold ? bold : regular;
        char path[PATHS_MAX];
        if (snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >= (int)sizeof path)
            continue;
        /* Take the alphabetically first so the choice does not depend on readdir. */
        if (!slot[0] || strcmp(path, slot) < 0)
            snprintf(slot, PATHS_MAX, "%s", path);
    }
    closedir(d);
    /* A file that is no font (corrupt, truncated) is said once and left out: the
     * system's face stands in, rather than no text and an error every frame. */
    char *const found[] = { regular, bold };
    for (size_t i = 0; i < SDL_arraysize(found); i++) {
        TTF_Font *f = found[i][0] ? TTF_OpenFont(found[i], 16) : NULL;
        if (f)
            TTF_CloseFont(f);
        else if (found[i][0]) {
            log_warn("fonts/%s: cannot open the font (%s): using the system's", strrchr(found[i], '/') + 1,
                     TTF_GetError());
            found[i][0] = 0;
        }
    }
    if (regular[0])
        snprintf(tc->font_path[TEXT_REGULAR], PATHS_MAX, "%s", regular);
    if (bold[0] || regular[0])
        snprintf(tc->font_path[TEXT_BOLD], PATHS_MAX, "%s", bold[0] ? bold : regular);
}

static bool fontconfig_find(const char *pattern, char *out, size_t size)
{
    bool ok = false;
    FcPattern *pat = FcNameParse((const FcChar8 *)pattern);
    if (!pat)
        return false;
    FcConfigSubstitute(NULL, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcResult result;
    FcPattern *match = FcFontMatch(NULL, pat, &result);
    FcChar8 *file = NULL;
    if (match && FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch) {
        snprintf(out, size, "%s", (const char *)file);
        ok = true;
    }
    if (match)
        FcPatternDestroy(match);
    FcPatternDestroy(pat);
    return ok;
}

TextCache *text_create(SDL_Renderer *renderer, const char *content_root)
{
    /* SDL_ttf counts its users: each cache holds one, released in text_destroy(). */
    if (TTF_Init() != 0) {
        log_error("SDL_ttf: %s", TTF_GetError());
        return NULL;
    }
    TextCache *tc = SDL_calloc(1, sizeof *tc);
    if (!tc) {
        TTF_Quit();
        return NULL;
    }
    tc->renderer = renderer;
    if (content_root)
        find_content_fonts(tc, content_root);
    if (!tc->font_path[TEXT_REGULAR][0] || !tc->font_path[TEXT_BOLD][0]) {
        FcInit();
        if (!tc->font_path[TEXT_REGULAR][0])
            fontconfig_find("Inter:style=Regular", tc->font_path[TEXT_REGULAR], PATHS_MAX);
        if (!tc->font_path[TEXT_BOLD][0])
            fontconfig_find("Inter:style=Bold", tc->font_path[TEXT_BOLD], PATHS_MAX);
        FcFini();
    }
    if (!tc->font_path[TEXT_REGULAR][0]) {
        log_error("no font found: install fonts-inter or put a .ttf in the content's fonts/");
        SDL_free(tc);
        TTF_Quit();
        return NULL;
    }
    log_debug("fonts: %s, %s", tc->font_path[TEXT_REGULAR], tc->font_path[TEXT_BOLD]);
    return tc;
}

static void entry_free(Entry *e)
{
    if (e->tex)
        SDL_DestroyTexture(e->tex);
    SDL_free(e->text);
    memset(e, 0, sizeof *e);
}

void text_destroy(TextCache *tc)
{
    if (!tc)
        return;
    for (int i = 0; i < ENTRY_SLOTS; i++)
        entry_free(&tc->entries[i]);
    for (int i = 0; i < tc->font_count; i++)
        TTF_CloseFont(tc->fonts[i].font);
    SDL_free(tc);
    TTF_Quit();
}

const char *text_font_path(const TextCache *tc, TextStyle style)
{
    return tc->font_path[style];
}

unsigned long text_rasterized_count(const TextCache *tc)
{
    return tc->rasterized;
}

static TTF_Font *font_get(TextCache *tc, int px, TextStyle style)
{
    if (px < 4)
        px = 4;
    for (int i = 0; i < tc->font_count; i++)
        if (tc->fonts[i].px == px && tc->fonts[i].style == style)
            return tc->fonts[i].font;
    const char *path = tc->font_path[style][0] ? tc->font_path[style] : tc->font_path[TEXT_REGULAR];
    TTF_Font *f = TTF_OpenFont(path, px);
    if (!f) {
        /* Once: a font that went away under a running kiosk must not flood the log. */
        if (!tc->font_failed[style])
            log_error("cannot open font %s: %s", path, TTF_GetError());
        tc->font_failed[style] = true;
        return NULL;
    }
    if (tc->font_count == FONT_SLOTS) {
        /* Layouts use a handful of sizes; a resize storm can make more. Start over. */
        for (int i = 0; i < tc->font_count; i++)
            TTF_CloseFont(tc->fonts[i].font);
        tc->font_count = 0;
    }
    tc->fonts[tc->font_count++] = (FontSlot){ style, px, f };
    return f;
}

int text_line_height(TextCache *tc, int px, TextStyle style)
{
    TTF_Font *f = font_get(tc, px, style);
    return f ? TTF_FontLineSkip(f) : px;
}

static uint64_t hash_key(const char *s, int px, TextStyle style, SDL_Color c, int max_w, TextAlign align)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    uint64_t k[] = { (uint64_t)px, (uint64_t)style, (uint64_t)max_w, (uint64_t)align,
                     ((uint64_t)c.r << 24) | ((uint64_t)c.g << 16) | ((uint64_t)c.b << 8) | c.a };
    for (size_t i = 0; i < SDL_arraysize(k); i++)
        h = (h ^ k[i]) * 1099511628211ull;
    return h;
}

static Entry *lookup(TextCache *tc, const char *s, int px, TextStyle style, SDL_Color c,
                     int max_w, TextAlign align, bool need_texture)
{
    uint64_t h = hash_key(s, px, style, c, max_w, align);
    Entry *victim = NULL;
    /* Open addressing over a small table; the oldest entry of the probe run goes. */
    for (int probe = 0; probe < 8; probe++) {
        Entry *e = &tc->entries[(h + (uint64_t)probe) % ENTRY_SLOTS];
        if (e->text && e->hash == h && e->px == px && e->style == style && e->max_w == max_w &&
            e->align == align && memcmp(&e->color, &c, sizeof c) == 0 && strcmp(e->text, s) == 0) {
            if (need_texture && !e->tex)
                break;
            e->last_used = tc->frame;
            return e;
        }
        if (!victim || !e->text || (victim->text && e->last_used < victim->last_used))
            victim = e;
    }
    TTF_Font *font = font_get(tc, px, style);
    if (!font)
        return NULL;
    /* Replace any measured-only twin in place so one key has one entry. */
    entry_free(victim);
    victim->hash = h;
    victim->text = SDL_strdup(s);
    victim->px = px;
    victim->style = style;
    victim->color = c;
    victim->max_w = max_w;
    victim->align = align;
    victim->last_used = tc->frame;
    TTF_SetFontWrappedAlign(font, align == TEXT_CENTER ? TTF_WRAPPED_ALIGN_CENTER
                                  : align == TEXT_RIGHT ? TTF_WRAPPED_ALIGN_RIGHT
                                                        : TTF_WRAPPED_ALIGN_LEFT);
    SDL_Surface *surf = max_w > 0 ? TTF_RenderUTF8_Blended_Wrapped(font, s, c, (Uint32)max_w)
                                  : TTF_RenderUTF8_Blended(font, s, c);
    if (!surf) {
        log_warn("cannot render text: %s", TTF_GetError());
        return victim;
    }
    victim->size = (SDL_Point){ surf->w, surf->h };
    victim->tex = SDL_CreateTextureFromSurface(tc->renderer, surf);
    SDL_FreeSurface(surf);
    tc->rasterized++;
    return victim;
}

SDL_Point text_measure(TextCache *tc, const char *s, int px, TextStyle style, int max_w)
{
    if (!tc || !s || !*s)
        return (SDL_Point){ 0, 0 };
    if (max_w <= 0) {
        /* One line: SDL_ttf measures it without drawing anything. */
        TTF_Font *font = font_get(tc, px, style);
        int w = 0, h = 0;
        if (font && TTF_SizeUTF8(font, s, &w, &h) == 0)
            return (SDL_Point){ w, h };
        return (SDL_Point){ 0, 0 };
    }
    SDL_Color white = { 255, 255, 255, 255 };
    Entry *e = lookup(tc, s, px, style, white, max_w, TEXT_LEFT, false);
    return e ? e->size : (SDL_Point){ 0, 0 };
}

SDL_Point text_draw(TextCache *tc, const char *s, int px, TextStyle style, SDL_Color color,
                    int x, int y, int max_w, TextAlign align)
{
    if (!tc || !s || !*s)
        return (SDL_Point){ 0, 0 };
    Entry *e = lookup(tc, s, px, style, color, max_w, align, true);
    if (!e || !e->tex)
        return (SDL_Point){ 0, 0 };
    SDL_Rect dst = { x, y, e->size.x, e->size.y };
    if (max_w > 0 && align == TEXT_CENTER)
        dst.x = x + (max_w - e->size.x) / 2;
    else if (max_w > 0 && align == TEXT_RIGHT)
        dst.x = x + max_w - e->size.x;
    SDL_RenderCopy(tc->renderer, e->tex, NULL, &dst);
    return e->size;
}

void text_frame_end(TextCache *tc)
{
    if (!tc)
        return;
    tc->frame++;
    for (int i = 0; i < ENTRY_SLOTS; i++) {
        Entry *e = &tc->entries[i];
        if (e->text && tc->frame - e->last_used > EVICT_AFTER_FRAMES)
            entry_free(e);
    }
}
