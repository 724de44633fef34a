#include "audio/bank.h"

#include "audio/audio.h"

#include "audio/synth.h"
#include "audio/voice.h"
#include "platform/log.h"
#include "platform/paths.h"

#include <SDL.h>
#include <stdlib.h>
#include <string.h>

enum { BUCKETS = 256 };

typedef struct Entry {
    struct Entry *chain; /* same bucket */
    struct Entry *order; /* all entries, oldest first: the loader's queue order */
    bool line;
    BankState state;
    bool loading, wait_device, warned;
    Sound *sound;
    char key[];
} Entry;

static const char *const builtin_names[] = { "chime", "tick", "bell" };
enum { BUILTINS = 3 };

struct SoundBank {
    SDL_mutex *lock;
    SDL_cond *wake, *idle;
    SDL_Thread *thread;
    Mixer *mixer;
    char *root, *voice_mode, *language, *voice_name;
    int speech_rate;
    bool quit, device_open;
    Entry *buckets[BUCKETS];
    Entry *first, *last;
    Sound *builtin[BUILTINS];
};

static uint32_t hash(bool line, const char *key)
{
    uint32_t h = line ? 2166136261u ^ 0x5a : 2166136261u;
    for (const unsigned char *p = (const unsigned char *)key; *p; p++)
        h = (h ^ *p) * 16777619u;
    return h;
}

static Entry *find(SoundBank *b, bool line, const char *key)
{
    for (Entry *e = b->buckets[hash(line, key) % BUCKETS]; e; e = e->chain)
        if (e->line == line && strcmp(e->key, key) == 0)
            return e;
    return NULL;
}

/* ---- the loader thread ------------------------------------------------------------- */

static bool runnable(const SoundBank *b, const Entry *e)
{
    return e->state == BANK_WANTED && !e->loading && (!e->wait_device || b->device_open);
}

static Entry *next_job(SoundBank *b)
{
    for (Entry *e = b->first; e; e = e->order)
        if (runnable(b, e))
            return e;
    return NULL;
}

/* Loads one entry with the lock released. Sets *wait when a file needs the device. */
static Sound *load(SoundBank *b, const Entry *e, Speech **speech, bool *speech_failed, BankState *state,
                   bool *wait)
{
    char path[PATHS_MAX];
    *wait = false;
    bool found = e->line ? strcmp(b->voice_mode, "synth") != 0 &&
                               voice_find_recording(b->root, b->language, e->key, path, sizeof path)
                         : voice_find_sound_file(b->root, e->key, path, sizeof path);
    if (found) {
        bool no_device;
        Sound *s = mixer_decode(b->mixer, path, &no_device);
        *wait = no_device;
        *state = s ? BANK_READY : no_device ? BANK_WANTED : BANK_FAILED;
        if (s && e->line)
            voice_shape(s);
        return s;
    }
    if (!e->line) {
        if (strchr(e->key, '/') || strchr(e->key, '\\'))
            log_warn("audio: no sound '%s' (a sound is named by its file's stem in sounds/)", e->key);
        else if (!synth_is_builtin(e->key))
            log_warn("audio: no sound '%s' (built in: chime, tick, bell; or sounds/%s.wav, .ogg, .flac, .mp3)",
                     e->key, e->key);
        *state = BANK_MISSING;
        return NULL;
    }
    if (strcmp(b->voice_mode, "recorded") == 0) {
        char stem[256];
        if (!audio_voice_file_stem(e->key, stem, sizeof stem))
            SDL_strlcpy(stem, "?", sizeof stem);
        log_warn("audio: no recording voice/%s.wav for \"%s\" (voice = recorded); captions only", stem, e->key);
        *state = BANK_MISSING;
        return NULL;
    }
    if (!*speech && !*speech_failed) {
        *speech = speech_create(b->language, b->voice_name, b->speech_rate);
        *speech_failed = *speech == NULL;
    }
    if (!*speech) {
        *state = BANK_MISSING;
        return NULL;
    }
    Sound *s = speech_say(*speech, e->key);
    if (!s)
        log_warn("audio: espeak-ng could not speak \"%s\"; captions only", e->key);
    *state = s ? BANK_READY : BANK_FAILED;
    return s;
}

static int loader(void *userdata)
{
    SoundBank *b = userdata;
    Speech *speech = NULL;
    bool speech_failed = false;
    /* Speaking and decoding are never urgent (lines are asked for a move ahead): the
     * frame loop, and a first frame at start-up, come first. */
    SDL_SetThreadPriority(SDL_THREAD_PRIORITY_LOW);
    SDL_LockMutex(b->lock);
    while (!b->quit) {
        Entry *e = next_job(b);
        if (!e) {
            SDL_CondBroadcast(b->idle);
            SDL_CondWait(b->wake, b->lock);
            continue;
        }
        e->loading = true;
        SDL_UnlockMutex(b->lock);
        BankState state;
        bool wait;
        Sound *s = load(b, e, &speech, &speech_failed, &state, &wait);
        SDL_LockMutex(b->lock);
        e->sound = s;
        e->state = state;
        e->wait_device = wait;
        e->loading = false;
    }
    SDL_CondBroadcast(b->idle);
    SDL_UnlockMutex(b->lock);
    speech_destroy(speech); /* espeak-ng ends on the thread that started it */
    return 0;
}

/* ---- the frame loop's side ---------------------------------------------------------- */

static char *dup_or(const char *s, const char *fallback)
{
    return SDL_strdup(s && *s ? s : fallback);
}

SoundBank *bank_create(const BankConfig *cfg, Mixer *mixer)
{
    SoundBank *b = calloc(1, sizeof *b);
    if (!b)
        return NULL;
    b->mixer = mixer;
    b->lock = SDL_CreateMutex();
    b->wake = SDL_CreateCond();
    b->idle = SDL_CreateCond();
    b->root = dup_or(cfg->root, ".");
    b->voice_mode = dup_or(cfg->voice_mode, "auto");
    b->language = dup_or(cfg->language, "en");
    b->voice_name = cfg->voice_name && *cfg->voice_name ? SDL_strdup(cfg->voice_name) : NULL;
    b->speech_rate = cfg->speech_rate;
    b->device_open = mixer_is_open(mixer);
    bool ok = b->lock && b->wake && b->idle && b->root && b->voice_mode && b->language;
    for (int i = 0; i < BUILTINS && ok; i++)
        ok = (b->builtin[i] = synth_builtin(builtin_names[i])) != NULL;
    if (ok)
        ok = (b->thread = SDL_CreateThread(loader, "limber-audio-loader", b)) != NULL;
    if (!ok) {
        bank_destroy(b);
        return NULL;
    }
    return b;
}

void bank_destroy(SoundBank *b)
{
    if (!b)
        return;
    if (b->thread) {
        SDL_LockMutex(b->lock);
        b->quit = true;
        SDL_CondSignal(b->wake);
        SDL_UnlockMutex(b->lock);
        SDL_WaitThread(b->thread, NULL);
    }
    for (Entry *e = b->first, *next; e; e = next) {
        next = e->order;
        sound_destroy(e->sound);
        free(e);
    }
    for (int i = 0; i < BUILTINS; i++)
        sound_destroy(b->builtin[i]);
    if (b->lock)
        SDL_DestroyMutex(b->lock);
    if (b->wake)
        SDL_DestroyCond(b->wake);
    if (b->idle)
        SDL_DestroyCond(b->idle);
    SDL_free(b->root);
    SDL_free(b->voice_mode);
    SDL_free(b->language);
    SDL_free(b->voice_name);
    free(b);
}

static void want(SoundBank *b, bool line, const char *key)
{
    if (!key || !*key)
        return;
    SDL_LockMutex(b->lock);
    if (!find(b, line, key)) {
        size_t n = strlen(key);
        Entry *e = calloc(1, sizeof *e + n + 1);
        if (e) {
            memcpy(e->key, key, n + 1);
            e->line = line;
            e->state = BANK_WANTED;
            uint32_t h = hash(line, key) % BUCKETS;
            e->chain = b->buckets[h];
            b->buckets[h] = e;
            if (b->last)
                b->last->order = e;
            else
                b->first = e;
            b->last = e;
            SDL_CondSignal(b->wake);
        }
    }
    SDL_UnlockMutex(b->lock);
}

void bank_want_sound(SoundBank *b, const char *name)
{
    want(b, false, name);
}

void bank_want_line(SoundBank *b, const char *text)
{
    want(b, true, text);
}

static const Sound *builtin(const SoundBank *b, const char *name)
{
    for (int i = 0; i < BUILTINS; i++)
        if (strcmp(name, builtin_names[i]) == 0)
            return b->builtin[i];
    return NULL;
}

static const Sound *get(SoundBank *b, bool line, const char *key, BankState *state)
{
    SDL_LockMutex(b->lock);
    const Entry *e = key ? find(b, line, key) : NULL;
    const Sound *s = e && e->state == BANK_READY ? e->sound : NULL;
    BankState st = e ? e->state : BANK_UNKNOWN;
    SDL_UnlockMutex(b->lock);
    if (!s && !line && key && (s = builtin(b, key)) != NULL)
        st = BANK_READY; /* until (or unless) a file replaces it */
    if (state)
        *state = st;
    return s;
}

const Sound *bank_sound(SoundBank *b, const char *name, BankState *state)
{
    return get(b, false, name, state);
}

const Sound *bank_line(SoundBank *b, const char *text, BankState *state)
{
    return get(b, true, text, state);
}

bool bank_first_warning(SoundBank *b, bool line, const char *key)
{
    SDL_LockMutex(b->lock);
    Entry *e = find(b, line, key);
    bool first = e && !e->warned;
    if (e)
        e->warned = true;
    SDL_UnlockMutex(b->lock);
    return first;
}

void bank_device_changed(SoundBank *b, bool open)
{
    SDL_LockMutex(b->lock);
    b->device_open = open;
    if (open)
        SDL_CondSignal(b->wake);
    SDL_UnlockMutex(b->lock);
}

void bank_counts(SoundBank *b, int *loading, int *silent)
{
    int l = 0, s = 0;
    SDL_LockMutex(b->lock);
    for (const Entry *e = b->first; e; e = e->order) {
        l += e->state == BANK_WANTED && (!e->wait_device || b->device_open);
        s += e->state == BANK_FAILED || (e->state == BANK_MISSING && !(!e->line && builtin(b, e->key)));
    }
    SDL_UnlockMutex(b->lock);
    *loading = l;
    *silent = s;
}

static bool any_loading(const SoundBank *b)
{
    for (const Entry *e = b->first; e; e = e->order)
        if (e->loading)
            return true;
    return false;
}

bool bank_wait_idle(SoundBank *b, int timeout_ms)
{
    Uint64 end = SDL_GetTicks64() + (Uint64)timeout_ms;
    SDL_LockMutex(b->lock);
    bool busy;
    while ((busy = next_job(b) != NULL || any_loading(b))) {
        Uint64 now = SDL_GetTicks64();
        if (now >= end)
            break;
        SDL_CondWaitTimeout(b->idle, b->lock, (Uint32)(end - now));
    }
    SDL_UnlockMutex(b->lock);
    return !busy;
}
