#include "audio/mixer.h"

#include "platform/log.h"

#include <SDL.h>
#include <SDL_mixer.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

enum {
    BLOCK = 256,          /* frames mixed per gain/duck step */
    DISK_BUFFER = 960,    /* 20 ms: the disk driver sleeps whole ms per buffer */
    DEVICE_BUFFER = 1024, /* 21.3 ms */
};

#define DUCK_GAIN 0.35f   /* -9 dB under speech */
#define DUCK_ATTACK 0.03f /* seconds to duck */
#define DUCK_RELEASE 0.25f
#define GAIN_RAMP 0.02f   /* seconds for a full volume change */

typedef struct Voice {
    const Sound *snd;
    int64_t start, pos;
    uint32_t ticket;
    bool active, started, speech;
} Voice;

struct Mixer {
    SDL_mutex *lock; /* voices, gains, position stamps: shared with the callback */
    SDL_mutex *api;  /* SDL_mixer's open/close against the loader's decoding */
    char *disk_path;
    int extra_latency_ms;
    bool inited_audio, ever_opened, open, failing;
    char driver[32];
    Uint64 freq;
    /* under lock */
    int64_t base;     /* position of the device's first frame */
    int64_t latency;  /* frames between rendering and hearing */
    int64_t rendered; /* frames rendered since the device opened */
    int last_cb;      /* frames of the last callback */
    Uint64 cb_at;     /* performance counter after the last callback */
    Voice voices[MIXER_VOICES];
    float gain_target, gain, duck;
    Uint64 busy_ticks;
    int64_t busy_frames;
    float acc[BLOCK * 2];
    /* null backend, frame loop only */
    bool null_running;
    Uint64 null_at;
    int64_t null_base, last_pos;
};

static float approach(float from, float to, float step)
{
    if (from < to)
        return from + step < to ? from + step : to;
    return from - step > to ? from - step : to;
}

static int16_t to_s16(float x)
{
    /* a soft knee above -2 dBFS instead of a hard clip when many sounds pile up */
    float a = fabsf(x);
    if (a > 0.8f)
        a = 0.8f + 0.2f * tanhf((a - 0.8f) / 0.2f);
    return (int16_t)lrintf(copysignf(a, x) * 32767.0f);
}

static bool mix_block(Mixer *mx, int64_t f, int m, int16_t *out)
{
    float *acc = mx->acc;
    memset(acc, 0, (size_t)m * 2 * sizeof *acc);
    bool any = false, speech = false;
    for (int i = 0; i < MIXER_VOICES; i++) {
        const Voice *v = &mx->voices[i];
        if (v->active && (v->started || v->start < f + m)) {
            any = true;
            speech |= v->speech;
        }
    }
    float d0 = mx->duck;
    float d1 = speech ? approach(d0, DUCK_GAIN, (1 - DUCK_GAIN) * (float)m / (DUCK_ATTACK * AUDIO_RATE))
                      : approach(d0, 1.0f, (1 - DUCK_GAIN) * (float)m / (DUCK_RELEASE * AUDIO_RATE));
    mx->duck = d1;
    for (int i = 0; i < MIXER_VOICES && any; i++) {
        Voice *v = &mx->voices[i];
        if (!v->active || (!v->started && v->start >= f + m))
            continue;
        int off = 0;
        if (!v->started) {
            off = v->start > f ? (int)(v->start - f) : 0; /* the exact sample of its cue */
            v->started = true;
            v->pos = 0;
        }
        int64_t left = v->snd->frames - v->pos;
        int k = left < m - off ? (int)left : m - off;
        const float *src = v->snd->pcm + v->pos * v->snd->channels;
        float *dst = acc + off * 2;
        for (int j = 0; j < k; j++) {
            float g = v->speech ? 1.0f : d0 + (d1 - d0) * (float)(off + j) / (float)m;
            float l = src[j * v->snd->channels], r = src[j * v->snd->channels + v->snd->channels - 1];
            dst[2 * j] += l * g;
            dst[2 * j + 1] += r * g;
        }
        v->pos += k;
        if (v->pos >= v->snd->frames)
            v->active = false;
    }
    float g0 = mx->gain;
    float g1 = approach(g0, mx->gain_target, (float)m / (GAIN_RAMP * AUDIO_RATE));
    mx->gain = g1;
    for (int j = 0; j < m; j++) {
        float g = g0 + (g1 - g0) * (float)j / (float)m;
        out[2 * j] = to_s16(acc[2 * j] * g);
        out[2 * j + 1] = to_s16(acc[2 * j + 1] * g);
    }
    return any;
}

/* Mix_HookMusic's callback, on SDL's audio thread. SDL_mixer hands us the stream first
 * (silence), we fill it, and its own channels (unused) would add on top. */
static void SDLCALL mix_hook(void *userdata, Uint8 *stream, int len)
{
    Mixer *mx = userdata;
    int n = len / 4;
    Uint64 t0 = SDL_GetPerformanceCounter();
    SDL_LockMutex(mx->lock);
    int64_t f0 = mx->base + mx->rendered;
    bool busy = false;
    for (int b = 0; b < n; b += BLOCK)
        busy |= mix_block(mx, f0 + b, n - b < BLOCK ? n - b : BLOCK, (int16_t *)stream + 2 * b);
    mx->rendered += n;
    mx->last_cb = n;
    mx->cb_at = SDL_GetPerformanceCounter();
    if (busy) {
        mx->busy_ticks += mx->cb_at - t0;
        mx->busy_frames += n;
    }
    SDL_UnlockMutex(mx->lock);
}

Mixer *mixer_create(const char *disk_path, int extra_latency_ms)
{
    Mixer *mx = calloc(1, sizeof *mx);
    if (!mx)
        return NULL;
    mx->lock = SDL_CreateMutex();
    mx->api = SDL_CreateMutex();
    mx->disk_path = disk_path ? SDL_strdup(disk_path) : NULL;
    if (!mx->lock || !mx->api || (disk_path && !mx->disk_path)) {
        mixer_destroy(mx);
        return NULL;
    }
    mx->extra_latency_ms = extra_latency_ms > 0 ? extra_latency_ms : 0;
    mx->freq = SDL_GetPerformanceFrequency();
    mx->gain = mx->gain_target = 1.0f;
    mx->duck = 1.0f;
    SDL_strlcpy(mx->driver, "none", sizeof mx->driver);
    return mx;
}

void mixer_destroy(Mixer *mx)
{
    if (!mx)
        return;
    mixer_close(mx);
    if (mx->ever_opened)
        Mix_Quit(); /* the decoders SDL_mixer loaded on demand */
    if (mx->inited_audio)
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
    if (mx->lock)
        SDL_DestroyMutex(mx->lock);
    if (mx->api)
        SDL_DestroyMutex(mx->api);
    SDL_free(mx->disk_path);
    free(mx);
}

static int64_t ticks_to_frames(const Mixer *mx, Uint64 ticks)
{
    /* split so that hours of ticks times 48000 cannot overflow */
    return (int64_t)(ticks / mx->freq) * AUDIO_RATE + (int64_t)((ticks % mx->freq) * AUDIO_RATE / mx->freq);
}

static int64_t device_position(Mixer *mx, Uint64 now)
{
    int64_t el = now > mx->cb_at ? ticks_to_frames(mx, now - mx->cb_at) : 0;
    /* between callbacks time moves on by at most one buffer; a device that stops
     * calling back for a quarter second is stalled, and the clock moves on without it */
    if (el > mx->last_cb && el < AUDIO_RATE / 4)
        el = mx->last_cb;
    return mx->base + mx->rendered - mx->latency + el;
}

int64_t mixer_position(Mixer *mx)
{
    Uint64 now = SDL_GetPerformanceCounter();
    int64_t p;
    if (mx->open) {
        SDL_LockMutex(mx->lock);
        p = device_position(mx, now);
        SDL_UnlockMutex(mx->lock);
    } else {
        if (!mx->null_running) {
            mx->null_running = true;
            mx->null_at = now;
            mx->null_base = mx->last_pos;
        }
        p = mx->null_base + ticks_to_frames(mx, now - mx->null_at);
    }
    if (p < mx->last_pos)
        p = mx->last_pos;
    mx->last_pos = p;
    return p;
}

bool mixer_open(Mixer *mx)
{
    if (mx->open)
        return true;
    bool ok = false;
    SDL_LockMutex(mx->api);
    if (!SDL_WasInit(SDL_INIT_AUDIO)) {
        if (mx->disk_path)
            SDL_SetHintWithPriority(SDL_HINT_AUDIODRIVER, "disk", SDL_HINT_OVERRIDE);
        if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
            if (!mx->failing)
                log_warn("audio: no audio driver (%s); playing silently with captions", SDL_GetError());
            mx->failing = true;
            goto out;
        }
        mx->inited_audio = true;
    }
    const char *drv = SDL_GetCurrentAudioDriver();
    if (mx->disk_path && (!drv || strcmp(drv, "disk") != 0)) {
        log_error("audio: --audio-out needs SDL's disk driver, but audio already runs on '%s'", drv ? drv : "?");
        mx->failing = true;
        goto out;
    }
    bool virtual_device = drv && (strcmp(drv, "disk") == 0 || strcmp(drv, "dummy") == 0);
    int samples = mx->disk_path ? DISK_BUFFER : DEVICE_BUFFER;
    int64_t last = mixer_position(mx);
    SDL_LockMutex(mx->lock);
    if (mx->disk_path) {
        /* A recording has no listener: its clock runs MIXER_PREROLL ahead of what is
         * rendered, so a cue the frame loop finds up to that late (the first cue of a
         * play starts on the frame after the play did) still lands on its sample. The
         * first MIXER_PREROLL of the file come before t = 0 and are cut from the WAV. */
        mx->latency = -MIXER_PREROLL;
        mx->base = last - MIXER_PREROLL;
    } else {
        /* The dummy driver renders in real time with nothing queued after the callback;
         * a sound card plays one buffer while the next waits (2 buffers), plus whatever
         * the configuration adds (a Bluetooth speaker). */
        mx->latency = virtual_device ? 0 : 2 * samples + (int64_t)mx->extra_latency_ms * AUDIO_RATE / 1000;
        mx->base = last + mx->latency; /* the device's first frame is heard after the latency */
    }
    mx->rendered = 0;
    mx->last_cb = 0;
    mx->cb_at = SDL_GetPerformanceCounter();
    for (int i = 0; i < MIXER_VOICES; i++)
        mx->voices[i].active = false;
    SDL_UnlockMutex(mx->lock);
    /* hooked before the device starts, so the first frame it plays is ours */
    Mix_HookMusic(mix_hook, mx);
    if (Mix_OpenAudioDevice(AUDIO_RATE, AUDIO_S16SYS, 2, samples, mx->disk_path, 0) != 0) {
        if (!mx->failing)
            log_warn("audio: no audio device (%s); playing silently with captions", Mix_GetError());
        mx->failing = true;
        goto out;
    }
    Mix_HookMusic(mix_hook, mx);
    SDL_strlcpy(mx->driver, drv ? drv : "?", sizeof mx->driver);
    if (mx->failing)
        log_info("audio: device back (%s)", mx->driver);
    mx->failing = false;
    mx->open = true;
    mx->ever_opened = true;
    mx->null_running = false;
    ok = true;
out:
    SDL_UnlockMutex(mx->api);
    return ok;
}

void mixer_close(Mixer *mx)
{
    if (!mx->open)
        return;
    int64_t last = mixer_position(mx);
    SDL_LockMutex(mx->api);
    while (Mix_QuerySpec(NULL, NULL, NULL))
        Mix_CloseAudio();
    mx->open = false; /* under api: the loader checks it before decoding */
    SDL_UnlockMutex(mx->api);
    SDL_LockMutex(mx->lock);
    for (int i = 0; i < MIXER_VOICES; i++)
        mx->voices[i].active = false;
    SDL_UnlockMutex(mx->lock);
    mx->last_pos = last;
    SDL_strlcpy(mx->driver, "none", sizeof mx->driver);
}

bool mixer_is_open(const Mixer *mx)
{
    return mx->open;
}

const char *mixer_driver(const Mixer *mx)
{
    return mx->driver;
}

bool mixer_is_disk(const Mixer *mx)
{
    return mx->disk_path != NULL;
}

int64_t mixer_rendered(Mixer *mx)
{
    SDL_LockMutex(mx->lock);
    int64_t r = mx->rendered;
    SDL_UnlockMutex(mx->lock);
    return r;
}

bool mixer_play(Mixer *mx, const Sound *sound, int64_t frame, bool speech, uint32_t ticket)
{
    if (!mx->open || !sound)
        return false;
    SDL_LockMutex(mx->lock);
    int slot = -1;
    for (int i = 0; i < MIXER_VOICES && slot < 0; i++)
        if (!mx->voices[i].active)
            slot = i;
    if (slot < 0) {
        /* full: the oldest non-speech tail makes room; speech is never cut */
        int64_t oldest = -1;
        for (int i = 0; i < MIXER_VOICES; i++) {
            const Voice *v = &mx->voices[i];
            if (v->started && !v->speech && v->pos > oldest) {
                oldest = v->pos;
                slot = i;
            }
        }
    }
    if (slot >= 0)
        mx->voices[slot] = (Voice){ .snd = sound, .start = frame, .ticket = ticket, .active = true,
                                    .speech = speech };
    SDL_UnlockMutex(mx->lock);
    return slot >= 0;
}

int mixer_cancel_after(Mixer *mx, int64_t frame, uint32_t *tickets, int cap)
{
    int n = 0;
    SDL_LockMutex(mx->lock);
    for (int i = 0; i < MIXER_VOICES; i++) {
        Voice *v = &mx->voices[i];
        if (v->active && !v->started && v->start > frame) {
            v->active = false;
            if (n < cap)
                tickets[n] = v->ticket;
            n++;
        }
    }
    SDL_UnlockMutex(mx->lock);
    return n < cap ? n : cap;
}

bool mixer_busy(Mixer *mx)
{
    bool busy = false;
    SDL_LockMutex(mx->lock);
    for (int i = 0; i < MIXER_VOICES; i++)
        busy |= mx->voices[i].active;
    SDL_UnlockMutex(mx->lock);
    return busy;
}

void mixer_set_gain(Mixer *mx, float gain)
{
    SDL_LockMutex(mx->lock);
    mx->gain_target = gain < 0 ? 0 : gain;
    SDL_UnlockMutex(mx->lock);
}

Sound *mixer_decode(Mixer *mx, const char *path, bool *no_device)
{
    *no_device = false;
    SDL_LockMutex(mx->api);
    if (!mx->open) {
        *no_device = true;
        SDL_UnlockMutex(mx->api);
        return NULL;
    }
    /* Mix_LoadWAV converts to the opened format: 48 kHz, 16-bit, stereo */
    Mix_Chunk *chunk = Mix_LoadWAV(path);
    SDL_UnlockMutex(mx->api);
    if (!chunk) {
        log_warn("audio: %s does not decode (%s); it stays silent", path, Mix_GetError());
        return NULL;
    }
    Sound *s = sound_create(2, chunk->alen / 4);
    if (s) {
        const int16_t *src = (const int16_t *)chunk->abuf;
        for (int64_t i = 0; i < s->frames * 2; i++)
            s->pcm[i] = (float)src[i] / 32768.0f;
    } else {
        log_warn("audio: %s is empty or too big; it stays silent", path);
    }
    Mix_FreeChunk(chunk);
    return s;
}

double mixer_load(Mixer *mx)
{
    SDL_LockMutex(mx->lock);
    double secs = (double)mx->busy_ticks / (double)mx->freq;
    double audio = (double)mx->busy_frames / AUDIO_RATE;
    SDL_UnlockMutex(mx->lock);
    return audio > 0 ? secs / audio : 0;
}
