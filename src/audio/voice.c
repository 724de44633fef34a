#include "audio/voice.h"

#include "audio/audio.h"
#include "model/content_index.h"
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
 * One rule for the player and for --check: content_voice_key() in model/content_index. */

bool audio_voice_file_stem(const char *text, char *out, size_t size)
{
    if (!size)
        return false;
    content_voice_key(text, out, size);
    return out[0] != '\0';
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

/* espeak-ng is started once per process and never terminated: in 1.51 a terminate
 * right after an initialize can lose its wake-up and wait forever (seen here), and a
 * kiosk has no use for a second start. All calls go through one mutex; each Speech
 * re-applies its voice when another one spoke last. */
static SDL_SpinLock espeak_init_lock;
static SDL_mutex *espeak_lock;
static int espeak_rate;       /* 0: not started; -1: failed to start */
static const Speech *espeak_voice_of;

struct Speech {
    char name[64];     /* espeak voice name, or "" to choose by language */
    char language[32];
    int wpm;
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

static bool espeak_start(void)
{
    SDL_AtomicLock(&espeak_init_lock);
    if (!espeak_lock)
        espeak_lock = SDL_CreateMutex();
    SDL_AtomicUnlock(&espeak_init_lock);
    if (!espeak_lock)
        return false;
    SDL_LockMutex(espeak_lock);
    if (espeak_rate == 0) {
        int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, NULL, espeakINITIALIZE_DONT_EXIT);
        espeak_rate = rate > 0 ? rate : -1;
        if (rate > 0)
            espeak_SetSynthCallback(on_synth);
        else
            log_warn("audio: espeak-ng did not start (is espeak-ng-data installed?); lines without a recording are silent");
    }
    SDL_UnlockMutex(espeak_lock);
    return espeak_rate > 0;
}

/* With espeak_lock held. */
static bool apply_voice(const Speech *sp)
{
    if (espeak_voice_of == sp)
        return true;
    espeak_ERROR err;
    if (sp->name[0]) {
        err = espeak_SetVoiceByName(sp->name);
    } else {
        espeak_VOICE v = { .languages = sp->language };
        err = espeak_SetVoiceByProperties(&v);
    }
    if (err != EE_OK)
        return false;
    espeak_SetParameter(espeakRATE, sp->wpm, 0);
    espeak_voice_of = sp;
    return true;
}

Speech *speech_create(const char *language, const char *voice_name, int words_per_minute)
{
    if (!espeak_start())
        return NULL;
    Speech *sp = calloc(1, sizeof *sp);
    if (!sp)
        return NULL;
    sp->wpm = words_per_minute > 0 ? words_per_minute : 150;
    SDL_strlcpy(sp->language, language && *language ? language : "en", sizeof sp->language);
    SDL_strlcpy(sp->name, voice_name ? voice_name : "", sizeof sp->name);
    SDL_LockMutex(espeak_lock);
    bool ok = apply_voice(sp);
    if (!ok && sp->name[0]) {
        log_warn("audio: espeak-ng has no voice '%s'; using the language '%s'", sp->name, sp->language);
        sp->name[0] = '\0';
        ok = apply_voice(sp);
    }
    if (!ok) {
        log_warn("audio: espeak-ng has no voice for '%s'; using English", sp->language);
        SDL_strlcpy(sp->language, "en", sizeof sp->language);
        ok = apply_voice(sp);
    }
    SDL_UnlockMutex(espeak_lock);
    if (!ok) {
        log_warn("audio: espeak-ng has no voice at all; lines without a recording are silent");
        free(sp);
        return NULL;
    }
    return sp;
}

void speech_destroy(Speech *sp)
{
    if (!sp)
        return;
    SDL_LockMutex(espeak_lock);
    if (espeak_voice_of == sp)
        espeak_voice_of = NULL; /* a later Speech at this address must apply its voice */
    SDL_UnlockMutex(espeak_lock);
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
    SDL_LockMutex(espeak_lock);
    espeak_ERROR err = apply_voice(sp) ? espeak_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0,
                                                      espeakCHARS_UTF8, NULL, &pcm)
                                       : EE_INTERNAL_ERROR;
    SDL_UnlockMutex(espeak_lock);
    Sound *s = NULL;
    if (err == EE_OK && !pcm.failed && pcm.len > 0)
        s = resample(pcm.data, pcm.len, espeak_rate);
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
