#include "audio/audio.h"

#include "audio/bank.h"
#include "audio/cues.h"
#include "audio/mixer.h"
#include "audio/synth.h"
#include "audio/voice.h"
#include "audio/wavout.h"
#include "platform/log.h"
#include "platform/paths.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A cue whose sound is still loading is offered again at the next frame while it is
 * at least this far ahead; closer than that it is skipped. */
#define READY_MARGIN_MS 30

struct Audio {
    char *language, *voice, *voice_name, *root, *wav_out;
    char raw_path[PATHS_MAX];
    int quiet_from, quiet_to;
    int volume;
    bool muted, quiet;
    float gain_sent;
    Mixer *mixer;
    SoundBank *bank;
    CueSched sched;
    ClockMap map;
    bool sched_failed_logged, full_logged;
    char status[256];
};

void audio_config_default(AudioConfig *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->volume = 80;
    cfg->voice = "auto";
    cfg->language = "en";
    cfg->speech_rate = 150;
    cfg->quiet_from_min = cfg->quiet_to_min = -1;
}

static int clamp_volume(int v)
{
    return v < 0 ? 0 : v > 100 ? 100 : v;
}

/* A perceptual taper: 50 is about half as loud as 100 (-12 dB), 0 is silence. */
static float volume_gain(int volume)
{
    float v = (float)volume / 100.0f;
    return v * v;
}

static void send_gain(Audio *a)
{
    float g = a->muted || a->quiet ? 0.0f : volume_gain(a->volume);
    if (g != a->gain_sent) {
        mixer_set_gain(a->mixer, g);
        a->gain_sent = g;
    }
}

Audio *audio_create(const AudioConfig *cfg, const char *content_root, const char *wav_out)
{
    AudioConfig defaults;
    if (!cfg) {
        audio_config_default(&defaults);
        cfg = &defaults;
    }
    Audio *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->language = SDL_strdup(cfg->language && *cfg->language ? cfg->language : "en");
    a->voice = SDL_strdup(cfg->voice && *cfg->voice ? cfg->voice : "auto");
    a->voice_name = cfg->voice_name ? SDL_strdup(cfg->voice_name) : NULL;
    a->root = SDL_strdup(content_root ? content_root : ".");
    a->wav_out = wav_out ? SDL_strdup(wav_out) : NULL;
    if (!a->language || !a->voice || !a->root || (cfg->voice_name && !a->voice_name) || (wav_out && !a->wav_out))
        goto fail;
    if (strcmp(a->voice, "auto") != 0 && strcmp(a->voice, "recorded") != 0 && strcmp(a->voice, "synth") != 0) {
        log_warn("audio: voice = %s is not auto, recorded or synth; using auto", a->voice);
        SDL_free(a->voice);
        if (!(a->voice = SDL_strdup("auto")))
            goto fail;
    }
    a->volume = clamp_volume(cfg->volume);
    a->muted = cfg->muted;
    a->quiet_from = cfg->quiet_from_min;
    a->quiet_to = cfg->quiet_to_min;
    a->gain_sent = -1;
    if (wav_out && !wavout_raw_path(wav_out, a->raw_path, sizeof a->raw_path)) {
        log_error("audio: --audio-out path too long");
        SDL_free(a->wav_out);
        a->wav_out = NULL;
    }
    a->mixer = mixer_create(a->wav_out ? a->raw_path : NULL, cfg->extra_latency_ms);
    if (!a->mixer)
        goto fail;
    mixer_open(a->mixer); /* false: the null backend, logged */
    if (a->wav_out && !mixer_is_open(a->mixer))
        log_error("audio: --audio-out %s: the disk driver did not open; no WAV will be written", a->wav_out);
    BankConfig bc = { .root = a->root, .voice_mode = a->voice, .language = a->language,
                      .voice_name = a->voice_name, .speech_rate = cfg->speech_rate };
    a->bank = bank_create(&bc, a->mixer);
    if (!a->bank)
        goto fail;
    cues_init(&a->sched, AUDIO_RATE);
    clockmap_init(&a->map, AUDIO_RATE);
    send_gain(a);
    return a;
fail:
    audio_destroy(a);
    return NULL;
}

void audio_destroy(Audio *a)
{
    if (!a)
        return;
    bool recorded = a->mixer && a->wav_out && mixer_is_open(a->mixer);
    if (recorded) /* the recording trails the clock: let it reach the run's last moment */
        SDL_Delay(MIXER_PREROLL * 1000 / AUDIO_RATE + 2 * 20);
    mixer_close(a->mixer); /* stops the device: the voices' sounds are no longer read */
    int64_t rendered = recorded ? mixer_rendered(a->mixer) : 0;
    mixer_destroy(a->mixer);
    if (recorded)
        wavout_finish(a->raw_path, a->wav_out, AUDIO_RATE, 2, MIXER_PREROLL, rendered);
    bank_destroy(a->bank);
    cues_deinit(&a->sched);
    SDL_free(a->language);
    SDL_free(a->voice);
    SDL_free(a->voice_name);
    SDL_free(a->root);
    SDL_free(a->wav_out);
    free(a);
}

void audio_prepare(Audio *a, const Move *m)
{
    if (!a || !m)
        return;
    for (int i = 0; i < m->step_count; i++) {
        const Step *st = &m->steps[i];
        for (int j = 0; j < st->cue_count; j++) {
            const Cue *c = &st->cues[j];
            if (c->kind == CUE_SAY)
                bank_want_line(a->bank, c->text);
            else
                bank_want_sound(a->bank, c->name);
        }
    }
}

bool audio_wait_ready(Audio *a, int timeout_ms)
{
    return a && bank_wait_idle(a->bank, timeout_ms);
}

static bool in_quiet_hours(const Audio *a, int minute)
{
    int from = a->quiet_from, to = a->quiet_to;
    if (from < 0 || to < 0 || minute < 0 || from == to)
        return false;
    return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}

/* Queues one fire; a sound still loading is retried while there is time. */
static void play_fire(Audio *a, const CueFire *f, int64_t now_frame)
{
    const Cue *c = f->cue;
    bool line = c->kind == CUE_SAY;
    const char *key = line ? c->text : c->name;
    if (!key || !*key)
        return;
    BankState state;
    const Sound *s = line ? bank_line(a->bank, key, &state) : bank_sound(a->bank, key, &state);
    if (!s) {
        if (state == BANK_UNKNOWN) /* audio_prepare() was not called for this move */
            line ? bank_want_line(a->bank, key) : bank_want_sound(a->bank, key);
        if (state == BANK_UNKNOWN || state == BANK_WANTED) {
            if (f->frame - now_frame > (int64_t)READY_MARGIN_MS * AUDIO_RATE / 1000)
                cues_retry(&a->sched, f->ticket);
            else if (mixer_is_open(a->mixer) && bank_first_warning(a->bank, line, key))
                log_warn("audio: %s \"%s\" was not ready in time; skipped", line ? "line" : "sound", key);
        }
        return; /* missing or broken: logged once by the loader; the caption shows */
    }
    if (!mixer_play(a->mixer, s, f->frame, line, f->ticket) && mixer_is_open(a->mixer) && !a->full_logged) {
        log_warn("audio: more than %d sounds at once; one was dropped", MIXER_VOICES);
        a->full_logged = true;
    }
}

void audio_update(Audio *a, const Move *m, uint64_t play_id, int64_t move_t_ms, bool running,
                  uint64_t app_now_ms, int minute_of_day)
{
    if (!a)
        return;
    a->quiet = in_quiet_hours(a, minute_of_day);
    send_gain(a);
    int64_t now_frame = clockmap_update(&a->map, (int64_t)app_now_ms, mixer_position(a->mixer));
    CueSchedOut out;
    if (!cues_update(&a->sched, m, play_id, move_t_ms, running, (int64_t)app_now_ms, now_frame, &out)) {
        if (!a->sched_failed_logged)
            log_error("audio: out of memory for the cues of %s; it plays silently", m && m->id ? m->id : "a move");
        a->sched_failed_logged = true;
    }
    if (out.cancel) {
        uint32_t tickets[MIXER_VOICES];
        int n = mixer_cancel_after(a->mixer, out.cancel_after, tickets, MIXER_VOICES);
        for (int i = 0; i < n; i++)
            cues_cancelled(&a->sched, tickets[i]);
    }
    for (int i = 0; i < out.fire_count; i++)
        play_fire(a, &out.fires[i], now_frame);
}

void audio_set_volume(Audio *a, int volume)
{
    if (!a)
        return;
    a->volume = clamp_volume(volume);
    send_gain(a);
}

void audio_toggle_mute(Audio *a)
{
    if (!a)
        return;
    a->muted = !a->muted;
    send_gain(a);
}

int audio_volume(const Audio *a)
{
    return a ? a->volume : 0;
}

bool audio_muted(const Audio *a)
{
    return a && a->muted;
}

bool audio_quiet(const Audio *a)
{
    return a && a->quiet;
}

void audio_handle_event(Audio *a, const SDL_Event *e)
{
    if (!a || !e)
        return;
    if (e->type == SDL_AUDIODEVICEREMOVED && !e->adevice.iscapture && mixer_is_open(a->mixer)) {
        log_warn("audio: the audio device went away; playing silently with captions until one comes back");
        mixer_close(a->mixer);
        bank_device_changed(a->bank, false);
    } else if (e->type == SDL_AUDIODEVICEADDED && !e->adevice.iscapture && !mixer_is_open(a->mixer) && !a->wav_out) {
        if (mixer_open(a->mixer)) {
            bank_device_changed(a->bank, true);
            send_gain(a);
        }
    }
}

const char *audio_status(Audio *a)
{
    if (!a)
        return "audio off";
    int loading, silent;
    bank_counts(a->bank, &loading, &silent);
    int n;
    if (mixer_is_open(a->mixer))
        n = snprintf(a->status, sizeof a->status, "audio %s 48 kHz, volume %d%s%s", mixer_driver(a->mixer),
                     a->volume, a->muted ? ", muted" : "", a->quiet ? ", quiet hours" : "");
    else
        n = snprintf(a->status, sizeof a->status, "audio off (no device), captions only");
    if (n > 0 && (size_t)n < sizeof a->status && loading)
        n += snprintf(a->status + n, sizeof a->status - (size_t)n, ", %d loading", loading);
    if (n > 0 && (size_t)n < sizeof a->status && silent)
        snprintf(a->status + n, sizeof a->status - (size_t)n, ", %d silent (see log)", silent);
    return a->status;
}

uint64_t audio_clock_ms(Audio *a)
{
    if (!a)
        return 0;
    int64_t p = mixer_position(a->mixer);
    return p > 0 ? (uint64_t)p * 1000 / AUDIO_RATE : 0;
}

uint64_t audio_clock_source(void *audio)
{
    Audio *a = audio;
    if (!a)
        return 0;
    int64_t p = mixer_position(a->mixer);
    /* microseconds: 48000 frames are 1e6 us, so 1 frame is 125/6 us */
    return p > 0 ? (uint64_t)p * 125 / 6 : 0;
}

double audio_mix_load(const Audio *a)
{
    return a ? mixer_load(a->mixer) : 0;
}

static bool parse_clock(const char *s, int *minute, const char **end)
{
    char *e;
    long h = strtol(s, &e, 10);
    if (e == s || *e != ':' || h < 0 || h > 24 || e - s > 2)
        return false;
    const char *m = e + 1;
    long mm = strtol(m, &e, 10);
    if (e - m != 2 || mm < 0 || mm > 59 || (h == 24 && mm != 0))
        return false;
    *minute = (int)(h * 60 + mm) % (24 * 60);
    *end = e;
    return true;
}

bool audio_parse_quiet(const char *text, int *from_min, int *to_min)
{
    const char *p = text, *e;
    int from, to;
    while (*p == ' ')
        p++;
    if (strcmp(p, "none") == 0 || strcmp(p, "off") == 0 || *p == '\0') {
        *from_min = *to_min = -1;
        return true;
    }
    if (!parse_clock(p, &from, &e))
        return false;
    while (*e == ' ')
        e++;
    if (*e++ != '-')
        return false;
    while (*e == ' ')
        e++;
    if (!parse_clock(e, &to, &e))
        return false;
    while (*e == ' ')
        e++;
    if (*e)
        return false;
    *from_min = from;
    *to_min = to;
    return true;
}

bool audio_can_synthesize(const AudioConfig *cfg)
{
    return speech_compiled() && !(cfg && cfg->voice && strcmp(cfg->voice, "recorded") == 0);
}
