#include "audio/voicescript.h"

#include "audio/audio.h"
#include "audio/voice.h"
#include "platform/paths.h"

#include <SDL.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

typedef struct Row {
    char stem[96];
    char *text;  /* the first text; others that share the file follow after " | " */
    char *moves; /* comma-separated ids */
} Row;

struct VoiceScript {
    char *root, *language;
    Row *rows;
    int count, cap;
};

VoiceScript *voicescript_create(const char *content_root, const char *language)
{
    VoiceScript *vs = calloc(1, sizeof *vs);
    if (!vs)
        return NULL;
    vs->root = SDL_strdup(content_root ? content_root : ".");
    vs->language = SDL_strdup(language && *language ? language : "en");
    if (!vs->root || !vs->language) {
        voicescript_destroy(vs);
        return NULL;
    }
    return vs;
}

void voicescript_destroy(VoiceScript *vs)
{
    if (!vs)
        return;
    for (int i = 0; i < vs->count; i++) {
        free(vs->rows[i].text);
        free(vs->rows[i].moves);
    }
    free(vs->rows);
    SDL_free(vs->root);
    SDL_free(vs->language);
    free(vs);
}

/* Appends sep + word to *list unless the word is already one of its items. */
static bool add_item(char **list, const char *sep, const char *word)
{
    size_t wl = strlen(word), sl = strlen(sep);
    if (*list) {
        for (const char *p = *list; (p = strstr(p, word)) != NULL; p += wl) {
            bool starts = p == *list || (p - *list >= (ptrdiff_t)sl && strncmp(p - sl, sep, sl) == 0);
            bool ends = p[wl] == '\0' || strncmp(p + wl, sep, sl) == 0;
            if (starts && ends)
                return true;
        }
    }
    size_t old = *list ? strlen(*list) : 0;
    char *n = realloc(*list, old + (old ? sl : 0) + wl + 1);
    if (!n)
        return false;
    if (old) {
        memcpy(n + old, sep, sl);
        old += sl;
    }
    memcpy(n + old, word, wl + 1);
    *list = n;
    return true;
}

bool voicescript_add(VoiceScript *vs, const Move *m)
{
    for (int i = 0; m && i < m->step_count; i++) {
        const Step *st = &m->steps[i];
        for (int j = 0; j < st->cue_count; j++) {
            const Cue *c = &st->cues[j];
            char stem[96];
            if (c->kind != CUE_SAY || !c->text || !audio_voice_file_stem(c->text, stem, sizeof stem))
                continue;
            Row *r = NULL;
            for (int k = 0; k < vs->count && !r; k++)
                if (strcmp(vs->rows[k].stem, stem) == 0)
                    r = &vs->rows[k];
            if (!r) {
                if (vs->count == vs->cap) {
                    int cap = vs->cap ? vs->cap * 2 : 32;
                    Row *rows = realloc(vs->rows, (size_t)cap * sizeof *rows);
                    if (!rows)
                        return false;
                    vs->rows = rows;
                    vs->cap = cap;
                }
                r = &vs->rows[vs->count++];
                memset(r, 0, sizeof *r);
                memcpy(r->stem, stem, sizeof stem);
            }
            if (!add_item(&r->text, " | ", c->text) || !add_item(&r->moves, ",", m->id ? m->id : "?"))
                return false;
        }
    }
    return true;
}

int voicescript_count(const VoiceScript *vs)
{
    return vs ? vs->count : 0;
}

bool voicescript_write(const VoiceScript *vs, FILE *out)
{
    fprintf(out, "# limber voice script: every line the content speaks and the file its recording must have.\n"
                 "# Record each line into voice/ (or voice/%s/ for this language) under that name;\n"
                 "# WAV, OGG, FLAC or MP3 with the same stem works too. Lines without a recording\n"
                 "# are spoken by the speech synthesizer. Texts that share a file share one recording.\n"
                 "# file\tstatus\tmoves\ttext\n",
            vs->language);
    for (int i = 0; i < vs->count; i++) {
        const Row *r = &vs->rows[i];
        char path[PATHS_MAX];
        /* the first text stands for its row: any text of it finds the same file */
        const char *text = r->text;
        char first[512];
        const char *bar = strstr(text, " | ");
        size_t fl = bar ? (size_t)(bar - text) : strlen(text);
        if (fl >= sizeof first)
            fl = sizeof first - 1;
        memcpy(first, text, fl);
        first[fl] = '\0';
        bool recorded = voice_find_recording(vs->root, vs->language, first, path, sizeof path);
        fprintf(out, "%s.wav\t%s\t%s\t%s\n", r->stem, recorded ? "recorded" : "missing", r->moves, r->text);
    }
    return fflush(out) == 0 && !ferror(out);
}
