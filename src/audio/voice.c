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

/* ---- the file name rule ------------------------------------------------------------- */

/* How many bytes of UTF-8 start at p, and whether they are part of a word (1), dropped
 * (0: apostrophes) or a separator (-1). */
static int classify(const unsigned char *p, int *len)
{
    unsigned char c = p[0];
    *len = 1;
    if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            return 1;
        return c == '\'' ? 0 : -1;
    }
    int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    for (int i = 1; i < n; i++)
        if ((p[i] & 0xC0) != 0x80)
            return -1; /* broken UTF-8 separates, never splits a name mid-sequence */
    *len = n;
    if (c == 0xE2 && p[1] == 0x80 && (p[2] == 0x98 || p[2] == 0x99))
        return 0;  /* ‘ ’ */
    if (c == 0xE2 && (p[1] == 0x80 || p[1] == 0x81))
        return -1; /* general punctuation: dashes, ellipsis, quotes */
    if (c == 0xC2 || (c == 0xC3 && (p[1] == 0x97 || p[1] == 0xB7)))
        return -1; /* Latin-1 symbols: no-break space, « », ¿, ×, ÷ */
    return 1;
}

bool audio_voice_file_stem(const char *text, char *out, size_t size)
{
    size_t n = 0;
    bool sep = false;
    if (size == 0)
        return false;
    for (const unsigned char *p = (const unsigned char *)text; *p;) {
        int len;
        int kind = classify(p, &len);
        if (kind < 0) {
            sep = n > 0;
        } else if (kind > 0) {
            if (n + (size_t)sep + (size_t)len >= size)
                return false;
            if (sep)
                out[n++] = '_';
            sep = false;
            for (int i = 0; i < len; i++) {
                unsigned char c = p[i];
                if (len == 1 && c >= 'A' && c <= 'Z')
                    c = (unsigned char)(c - 'A' + 'a');
                if (len == 2 && i == 1 && p[0] == 0xC3 && c >= 0x80 && c <= 0x9E)
                    c = (unsigned char)(c + 0x20); /* À..Þ -> à..þ */
                out[n++] = (char)c;
            }
        }
        p += len;
    }
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
