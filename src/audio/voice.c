#include "audio/voice.h"

#include "audio/audio.h"
#include "platform/log.h"
#include "platform/paths.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef LIMBER_HAVE_ESPEAK
#include <espeak-ng/speak_lib.h>
#endif

static const char *const exts[] = { "wav", "ogg", "flac", "mp3" };

/* ---- the file name rule -------------------------------------------------------------
 * The same rule as content_voice_key() in model/content_index.c (what --check looks
 * for): ASCII letters and digits lowered, every other run of ASCII bytes one '_',
 * other bytes (UTF-8 letters) kept, no '_' at either end, at most 80 bytes. */

bool audio_voice_file_stem(const char *text, char *out, size_t size)
{
    size_t n = 0, limit = size ? size - 1 : 0;
    if (limit > 80)
        limit = 80;
    bool gap = false;
    for (const unsigned char *p = (const unsigned char *)text; *p && n < limit; p++) {
        unsigned char c = *p;
        bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c >= 0x80;
        if (!keep) {
            gap = n > 0;
            continue;
        }
        if (gap) {
            if (n + 1 >= limit)
                break;
            out[n++] = '_';
            gap = false;
        }
        out[n++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    /* a name cut by the limit must not end inside a UTF-8 sequence */
    size_t cut = n;
    while (cut > 0 && ((unsigned char)out[cut - 1] & 0xC0) == 0x80)
        cut--;
    if (cut > 0 && (unsigned char)out[cut - 1] >= 0xC0) {
        unsigned char lead = (unsigned char)out[cut - 1];
        size_t want = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (n - (cut - 1) < want)
            n = cut - 1;
    }
    if (size)
        out[n] = '\0';
    return n > 0;
}

/* ---- finding files -------------------------------------------------------------------- */

static bool find_with_ext(const char *dir, const char *stem, char *out, size_t size)
{
    for (size_t i = 0; i < sizeof exts / sizeof *exts; i++) {
        int w = snprintf(out, size, "%s/%s.%s", dir, stem, exts[i]);
        if (w > 0 && (size_t)w < size && paths_is_file(out))
            return true;
    }
    return false;
}

bool voice_find_recording(const char *root, const char *language, const char *text, char *out, size_t size)
{
    char stem[256], dir[PATHS_MAX];
    if (!root || !audio_voice_file_stem(text, stem, sizeof stem))
        return false;
    if (language && *language && !strchr(language, '/') && strcmp(language, "..") != 0) {
        snprintf(dir, sizeof dir, "%s/voice/%s", root, language);
        if (find_with_ext(dir, stem, out, size))
            return true;
    }
    snprintf(dir, sizeof dir, "%s/voice", root);
    return find_with_ext(dir, stem, out, size);
}

bool voice_find_sound_file(const char *root, const char *name, char *out, size_t size)
{
    char dir[PATHS_MAX];
    /* a name is a file stem: no path may come in through it */
    if (!root || !name || !*name || strchr(name, '/') || strchr(name, '\\') || name[0] == '.')
        return false;
    snprintf(dir, sizeof dir, "%s/sounds", root);
    return find_with_ext(dir, name, out, size);
}

void voice_shape(Sound *s)
{
    /* -46 dBFS: below it is room noise; 1 ms kept before the first word */
    sound_trim(s, 0.005f, AUDIO_RATE / 1000);
    float peak = sound_peak(s);
    if (peak > 0)
        sound_scale(s, VOICE_PEAK / peak);
}

/* ---- espeak-ng ------------------------------------------------------------------------ */

bool speech_compiled(void)
{
#ifdef LIMBER_HAVE_ESPEAK
    return true;
#else
    return false;
#endif
}

#ifdef LIMBER_HAVE_ESPEAK

struct Speech {
    int rate; /* espeak's output rate */
};

typedef struct Pcm {
    short *data;
    size_t len, cap;
    bool failed;
} Pcm;

static int on_synth(short *wav, int count, espeak_EVENT *events)
{
    Pcm *pcm = events ? events->user_data : NULL;
    if (!pcm || !wav || count <= 0)
        return 0;
    if (pcm->len + (size_t)count > pcm->cap) {
        size_t cap = pcm->cap ? pcm->cap * 2 : 65536;
        while (cap < pcm->len + (size_t)count)
            cap *= 2;
        short *d = realloc(pcm->data, cap * sizeof *d);
        if (!d) {
            pcm->failed = true;
            return 1; /* stop */
        }
        pcm->data = d;
        pcm->cap = cap;
    }
    memcpy(pcm->data + pcm->len, wav, (size_t)count * sizeof *wav);
    pcm->len += (size_t)count;
    return 0;
}

Speech *speech_create(const char *language, const char *voice_name, int words_per_minute)
{
    int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, NULL, espeakINITIALIZE_DONT_EXIT);
    if (rate <= 0) {
        log_warn("audio: espeak-ng did not start (is espeak-ng-data installed?); lines without a recording are silent");
        return NULL;
    }
    espeak_SetSynthCallback(on_synth);
    espeak_ERROR err = EE_INTERNAL_ERROR;
    if (voice_name && *voice_name)
        err = espeak_SetVoiceByName(voice_name);
    if (err != EE_OK) {
        if (voice_name && *voice_name)
            log_warn("audio: espeak-ng has no voice '%s'; using the language '%s'", voice_name,
                     language ? language : "en");
        espeak_VOICE v = { .languages = language && *language ? language : "en" };
        err = espeak_SetVoiceByProperties(&v);
    }
    if (err != EE_OK) {
        log_warn("audio: espeak-ng has no voice for '%s'; using English", language ? language : "");
        espeak_VOICE v = { .languages = "en" };
        err = espeak_SetVoiceByProperties(&v);
    }
    if (err != EE_OK) {
        log_warn("audio: espeak-ng has no voice at all; lines without a recording are silent");
        espeak_Terminate();
        return NULL;
    }
    espeak_SetParameter(espeakRATE, words_per_minute > 0 ? words_per_minute : 150, 0);
    Speech *sp = calloc(1, sizeof *sp);
    if (!sp) {
        espeak_Terminate();
        return NULL;
    }
    sp->rate = rate;
    return sp;
}

void speech_destroy(Speech *sp)
{
    if (!sp)
        return;
    espeak_Terminate();
    free(sp);
}

/* espeak speaks at its own rate (22050 Hz); SDL's audio stream resamples to ours. */
static Sound *resample(const short *data, size_t len, int rate)
{
    SDL_AudioStream *st = SDL_NewAudioStream(AUDIO_S16SYS, 1, rate, AUDIO_F32SYS, 1, AUDIO_RATE);
    if (!st)
        return NULL;
    Sound *s = NULL;
    if (SDL_AudioStreamPut(st, data, (int)(len * sizeof *data)) != 0 || SDL_AudioStreamFlush(st) != 0)
        goto done;
    int bytes = SDL_AudioStreamAvailable(st);
    s = sound_create(1, bytes / (int)sizeof(float));
    if (s && SDL_AudioStreamGet(st, s->pcm, bytes) != bytes) {
        sound_destroy(s);
        s = NULL;
    }
done:
    SDL_FreeAudioStream(st);
    return s;
}

Sound *speech_say(Speech *sp, const char *text)
{
    if (!sp || !text)
        return NULL;
    Pcm pcm = { 0 };
    espeak_ERROR err = espeak_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, &pcm);
    Sound *s = NULL;
    if (err == EE_OK && !pcm.failed && pcm.len > 0)
        s = resample(pcm.data, pcm.len, sp->rate);
    free(pcm.data);
    if (s)
        voice_shape(s);
    return s;
}

#else /* no espeak-ng */

struct Speech {
    int unused;
};

Speech *speech_create(const char *language, const char *voice_name, int words_per_minute)
{
    (void)language;
    (void)voice_name;
    (void)words_per_minute;
    log_warn("audio: built without espeak-ng; lines without a recording are silent");
    return NULL;
}

void speech_destroy(Speech *sp)
{
    (void)sp;
}

Sound *speech_say(Speech *sp, const char *text)
{
    (void)sp;
    (void)text;
    return NULL;
}

#endif
