/* soak: weeks of unattended kiosk playback on a virtual clock, in minutes.
 *
 *   limber_soak --content DIR [--target ID] --duration 7d --fps 2 --reloads 50
 *               --bursts 40 --draw-every 10s --size 640x360 [--start-ms N]
 *
 * It wires the same modules as the app's headless kiosk loop (session, player, kiosk
 * supervisor with its idle return, input through the replay file path, the view on the
 * software renderer; no audio, as on any virtual clock) and drives them itself, so it
 * can do what a frame loop cannot be asked to: sample its own health every simulated
 * hour and reload the content on a schedule. Each reload rewrites one move file of the
 * content root (a caption changes, so the text cache meets new strings; every fifth
 * version is broken, so the "keep the last good" path runs too).
 *
 * At the end it checks, and exits 1 when one fails:
 *   - the last complete loop of the playlist: every get-ready card, move and step began
 *     at exactly loop start + the sum of what came before + the step's start_ms;
 *   - every loop after the last disturbance began exactly one loop length after the
 *     previous one (no drift, however many loops);
 *   - SDL's allocation count, open fds and RSS of the last day are no higher than those
 *     of the first (allocations and fds: equal peaks; RSS: within --rss-slack-kb).
 * --start-ms starts the run clock there (e.g. just before 2^32 ms) instead of at 0. */
#include "input/input.h"
#include "input/replay.h"
#include "kiosk/kiosk.h"
#include "model/files.h"
#include "platform/clock.h"
#include "kiosk/config.h"
#include "platform/log.h"
#include "player/player.h"
#include "script/duration.h"
#include "session.h"
#include "view/render.h"

#include <SDL.h>
#include <SDL_image.h>
#include <dirent.h>
#include <getopt.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LOOP_EVENTS 4096
#define HOUR_MS 3600000ull

typedef struct Options {
    const char *content, *target, *edit, *work;
    int64_t duration_ms, draw_every_ms;
    uint32_t fps;
    int reloads, bursts, width, height;
    bool no_flat; /* a short run (the clock wrap) checks the timing only */
    int variants; /* captions cycle through this many versions; 0: a new one each time */
    uint64_t start_ms;
    long rss_slack_kb;
} Options;

typedef struct LoopEvent {
    PlayerEventKind kind;
    uint64_t at;
    int move_index, step_index;
    int64_t step_start_ms, duration_ms; /* of the step; of the move (MOVE events) */
} LoopEvent;

typedef struct Loop {
    uint64_t start;
    int count;
    LoopEvent ev[MAX_LOOP_EVENTS];
} Loop;

typedef struct Health {
    uint64_t t_ms;
    int allocs, fds;
    long rss_kb, heap_kb; /* heap_kb: malloc's bytes in use (the core allocates with malloc) */
} Health;

typedef struct Soak {
    Options o;
    Session session;
    Player *player;
    Input *input;
    Replay *replay;
    Kiosk *kiosk;
    SDL_Window *window;
    SDL_Renderer *renderer;
    View *view;
    Config cfg;
    char *edit_original;
    Loop loops[2];         /* the one before, and the one in progress */
    int cur;
    uint64_t last_disturbance;
    uint64_t *loop_starts; /* loop starts after the last disturbance */
    size_t loop_start_count, loop_start_cap;
    Health *health;
    size_t health_count;
    long draws, actions, idle_resets, swaps;
    int reload_errors;
} Soak;

/* ---- health --------------------------------------------------------------------- */

static int count_fds(void)
{
    DIR *d = opendir("/proc/self/fd");
    if (!d)
        return -1;
    int n = 0;
    for (struct dirent *e; (e = readdir(d));)
        n += e->d_name[0] != '.';
    closedir(d);
    return n - 1; /* the one opendir holds */
}

static long rss_kb(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    char line[256];
    long kb = -1;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "VmRSS: %ld kB", &kb) == 1)
            break;
    fclose(f);
    return kb;
}

static void sample_health(Soak *s, uint64_t now)
{
    Health h = { .t_ms = now - s->o.start_ms, .allocs = SDL_GetNumAllocations(), .fds = count_fds(),
                 .rss_kb = rss_kb(), .heap_kb = (long)(mallinfo2().uordblks / 1024) };
    s->health[s->health_count++] = h;
    printf("health t=%.2fh allocs=%d fds=%d rss_kb=%ld heap_kb=%ld\n", (double)h.t_ms / HOUR_MS, h.allocs, h.fds,
           h.rss_kb, h.heap_kb);
    fflush(stdout);
}

/* Input, a reload, an idle return: the loops before it do not count for the drift. */
static void disturb(Soak *s, uint64_t now)
{
    s->last_disturbance = now;
    s->loop_start_count = 0;
}

/* ---- content edits -------------------------------------------------------------- */

/* Version k of the edited move: the first caption gets "(k) " in front of it; every
 * fifth version also ends with a statement the parser rejects. */
static bool write_version(Soak *s, int k)
{
    const char *orig = s->edit_original;
    const char *cap = strstr(orig, "step \"");
    FILE *f = fopen(s->o.edit, "wb");
    if (!f)
        return false;
    if (cap) {
        size_t head = (size_t)(cap - orig) + 6;
        fwrite(orig, 1, head, f);
        fprintf(f, "(%d) %s", s->o.variants ? k % s->o.variants : k, orig + head);
    } else {
        fputs(orig, f);
    }
    if (k % 5 == 4)
        fputs("\nstep \"broken on purpose\"\n  hold forever\n", f);
    return fclose(f) == 0;
}

static void reload(Soak *s, int k, uint64_t now)
{
    if (s->o.edit && !write_version(s, k))
        fprintf(stderr, "soak: cannot write %s\n", s->o.edit);
    DiagList d;
    diag_init(&d);
    bool figures_too = k % 10 == 9; /* now and then the poses and figures too */
    if (!session_reload(&s->session, s->player, figures_too, &d))
        fprintf(stderr, "soak: reload %d failed\n", k);
    if (figures_too)
        view_set_anim(s->view, s->session.anim);
    s->reload_errors += d.errors > 0;
    diag_deinit(&d);
    disturb(s, now);
}

/* ---- input bursts ---------------------------------------------------------------- */

/* Someone walks up, pokes at every device for a few seconds and walks away; the kiosk's
 * idle return takes it back to the loop. The replay's virtual pad stays plugged in
 * after the first burst: SDL 2.26 adds a controller mapping (about a dozen allocations,
 * inside libSDL2, freed at SDL_Quit) each time a *virtual* joystick is attached, which
 * would hide our own allocation count. Unplugging mid-hold is tests/cli/fault_*.sh's. */
static bool write_replay(const Soak *s, const char *path)
{
    static const struct {
        int64_t dt;
        const char *what;
    } burst[] = {
        { 0, "key Right" },           { 300, "key Right" },       { 700, "key Left" },
        { 1000, "key Space" },        { 2500, "key Space" },      { 3000, "pad dpright" },
        { 3600, "pad a" },            { 4200, "pad b" },          { 4800, "tap 0.8 0.5" },
        { 5400, "swipe 0.8 0.5 0.2 0.5" }, { 6500, "press 0.5 0.5 1s" }, { 8500, "key Escape" },
        { 9000, "tap 0.5 0.5" },      { 9500, "tap 0.5 0.5" },
    };
    FILE *f = fopen(path, "w");
    if (!f)
        return false;
    fprintf(f, "# %d input bursts, written by limber_soak\n", s->o.bursts);
    int64_t span = s->o.duration_ms * 3 / 4; /* the last quarter stays undisturbed */
    for (int b = 0; b < s->o.bursts; b++) {
        int64_t at = span * (b + 1) / (s->o.bursts + 1) + 777 * (b % 7); /* from the run's start */
        for (size_t i = 0; i < SDL_arraysize(burst); i++)
            fprintf(f, "%lldms %s\n", (long long)(at + burst[i].dt), burst[i].what);
    }
    return fclose(f) == 0;
}

/* ---- loops ------------------------------------------------------------------------ */

static void note_loop_start(Soak *s, uint64_t at)
{
    s->cur ^= 1;
    s->loops[s->cur].start = at;
    s->loops[s->cur].count = 0;
    if (s->loop_start_count == s->loop_start_cap) {
        s->loop_start_cap = s->loop_start_cap ? 2 * s->loop_start_cap : 1024;
        s->loop_starts = realloc(s->loop_starts, s->loop_start_cap * sizeof *s->loop_starts);
    }
    s->loop_starts[s->loop_start_count++] = at;
}

static void note_event(Soak *s, const PlayerEvent *ev)
{
    if (ev->kind == PLAYER_EVENT_READY && ev->move_index == 0)
        note_loop_start(s, ev->at_ms);
    if (ev->kind != PLAYER_EVENT_READY && ev->kind != PLAYER_EVENT_MOVE && ev->kind != PLAYER_EVENT_STEP) {
        if (ev->kind != PLAYER_EVENT_CUE)
            disturb(s, ev->at_ms); /* pause, resume, wait, done */
        return;
    }
    Loop *l = &s->loops[s->cur];
    if (l->count == MAX_LOOP_EVENTS)
        return;
    LoopEvent *e = &l->ev[l->count++];
    *e = (LoopEvent){ .kind = ev->kind, .at = ev->at_ms, .move_index = ev->move_index,
                      .step_index = ev->step_index };
    if (ev->kind == PLAYER_EVENT_STEP)
        e->step_start_ms = ev->timeline->steps[ev->step_index].start_ms;
    if (ev->kind == PLAYER_EVENT_MOVE)
        e->duration_ms = ev->timeline->duration_ms;
}

/* The last complete loop: READY(i) at r, MOVE(i) at r + ready, STEP(j) at move start +
 * start_ms, READY(i+1) at move start + duration; the next loop at the end of the last
 * move. Returns the loop's length, or -1 after printing what was off. */
static int64_t check_last_loop(const Soak *s, int64_t ready_ms, int moves)
{
    const Loop *l = &s->loops[s->cur ^ 1], *next = &s->loops[s->cur];
    if (!l->count) {
        printf("FAIL: no complete loop\n");
        return -1;
    }
    uint64_t expect = l->start, move_start = 0;
    int seen_moves = 0, steps = 0, bad = 0;
    for (int i = 0; i < l->count; i++) {
        const LoopEvent *e = &l->ev[i];
        uint64_t want = e->kind == PLAYER_EVENT_READY ? expect
                        : e->kind == PLAYER_EVENT_MOVE ? expect + (uint64_t)ready_ms
                                                       : move_start + (uint64_t)e->step_start_ms;
        if (e->at != want) {
            printf("FAIL: last loop: event %d (kind %d, move %d, step %d) at %llu, wanted %llu\n", i, e->kind,
                   e->move_index, e->step_index, (unsigned long long)e->at, (unsigned long long)want);
            bad++;
        }
        if (e->kind == PLAYER_EVENT_MOVE) {
            move_start = e->at;
            expect = e->at + (uint64_t)e->duration_ms;
            seen_moves++;
        }
        steps += e->kind == PLAYER_EVENT_STEP;
    }
    if (next->start != expect) {
        printf("FAIL: the next loop began at %llu, wanted %llu\n", (unsigned long long)next->start,
               (unsigned long long)expect);
        bad++;
    }
    if (seen_moves != moves) {
        printf("FAIL: the last loop played %d moves of %d\n", seen_moves, moves);
        bad++;
    }
    printf("last loop: began at %llu ms, %d moves, %d steps, every boundary %s\n", (unsigned long long)l->start,
           seen_moves, steps, bad ? "NOT exact" : "exact to the ms");
    return bad ? -1 : (int64_t)(expect - l->start);
}

static bool check_no_drift(const Soak *s, int64_t loop_ms)
{
    size_t n = s->loop_start_count;
    for (size_t i = 1; i < n; i++) {
        if (s->loop_starts[i] - s->loop_starts[i - 1] != (uint64_t)loop_ms) {
            printf("FAIL: loop %zu after the last disturbance began %llu ms after the one before, not %lld\n", i,
                   (unsigned long long)(s->loop_starts[i] - s->loop_starts[i - 1]), (long long)loop_ms);
            return false;
        }
    }
    if (n < 2) {
        printf("FAIL: only %zu loops after the last disturbance; run longer\n", n);
        return false;
    }
    printf("no drift: %zu loops after the last disturbance, each exactly %lld ms\n", n, (long long)loop_ms);
    return true;
}

/* Peaks of the first and the last day (or first and last sixth for shorter runs),
 * leaving out the first hour (or twelfth): caches fill there. */
static bool check_flat(const Soak *s)
{
    uint64_t total = (uint64_t)s->o.duration_ms, day = total >= 2 * 24 * HOUR_MS ? 24 * HOUR_MS : total / 6;
    uint64_t warm = SDL_min(HOUR_MS, total / 12);
    Health first = { 0 }, last = { 0 };
    for (size_t i = 0; i < s->health_count; i++) {
        const Health *h = &s->health[i];
        Health *into = h->t_ms > warm && h->t_ms <= warm + day ? &first : h->t_ms > total - day ? &last : NULL;
        if (!into)
            continue;
        into->allocs = SDL_max(into->allocs, h->allocs);
        into->fds = SDL_max(into->fds, h->fds);
        into->rss_kb = SDL_max(into->rss_kb, h->rss_kb);
        into->heap_kb = SDL_max(into->heap_kb, h->heap_kb);
    }
    printf("first day peak: allocs=%d fds=%d rss_kb=%ld heap_kb=%ld; last day peak: allocs=%d fds=%d rss_kb=%ld "
           "heap_kb=%ld\n",
           first.allocs, first.fds, first.rss_kb, first.heap_kb, last.allocs, last.fds, last.rss_kb, last.heap_kb);
    bool ok = first.allocs > 0 && last.allocs <= first.allocs && last.fds <= first.fds &&
              last.heap_kb <= first.heap_kb && last.rss_kb <= first.rss_kb + s->o.rss_slack_kb;
    if (!ok)
        printf("FAIL: allocations, fds or RSS grew from the first day to the last\n");
    return ok;
}

/* ---- the loop ---------------------------------------------------------------------- */

static void play(Soak *s, uint64_t now)
{
    DiagList d;
    diag_init(&d);
    if (!session_play(&s->session, s->player, s->o.target, LEVEL_STANDARD, false, now, &d))
        fprintf(stderr, "soak: nothing to play\n");
    diag_deinit(&d);
}

static void on_action(Soak *s, Action a, uint64_t now)
{
    if (a == ACTION_NONE)
        return;
    kiosk_attended(s->kiosk, now);
    s->actions++;
    disturb(s, now);
    if (a != ACTION_QUIT && a != ACTION_STATUS && a != ACTION_MUTE && a != ACTION_VOLUME_UP &&
        a != ACTION_VOLUME_DOWN)
        player_action(s->player, a, now);
}

static void update(Soak *s, uint64_t now)
{
    replay_feed(s->replay, now - s->o.start_ms); /* replay times count from the start: at most 1000 h */
    SDL_Event e;
    while (SDL_PollEvent(&e)) {
        if (kiosk_event(s->kiosk, &e, now))
            continue;
        on_action(s, input_event(s->input, &e, now), now);
    }
    on_action(s, input_poll(s->input, now), now);
    player_update(s->player, now);
    PlayerSnapshot snap;
    player_snapshot(s->player, now, &snap);
    bool hold = snap.screen == PLAYER_SCREEN_MOVE && !snap.paused && !snap.waiting && snap.pos.phase == PHASE_HOLD;
    KioskTick t;
    kiosk_update(s->kiosk, now, hold, now + (uint64_t)(snap.pos.left_ms > 0 ? snap.pos.left_ms : 0), &t);
    if (t.idle == IDLE_RESET) {
        s->idle_resets++;
        disturb(s, now);
        play(s, now);
    }
    if (session_swap_due(&s->session, s->player, now))
        s->swaps++;
    PlayerEvent ev;
    while (player_poll_event(s->player, &ev)) {
        if (ev.kind == PLAYER_EVENT_LOAD) {
            disturb(s, now);
            play(s, now);
            continue;
        }
        note_event(s, &ev);
    }
}

static void draw(Soak *s, uint64_t now)
{
    PlayerSnapshot snap;
    player_snapshot(s->player, now, &snap);
    ViewState vs = { .now_ms = now, .snap = &snap, .device = input_last_device(s->input),
                     .content_root = s->session.root, .volume = 80 };
    SDL_GetRendererOutputSize(s->renderer, &vs.width, &vs.height);
    view_draw(s->view, &vs);
    SDL_RenderPresent(s->renderer);
    kiosk_presented(s->kiosk, now);
    s->draws++;
}

static bool run(Soak *s, const char *root)
{
    const Options *o = &s->o;
    char replay_path[4096];
    snprintf(replay_path, sizeof replay_path, "%s/soak.replay", o->work);
    char err[512];
    if (!write_replay(s, replay_path) || !(s->replay = replay_load(replay_path, err, sizeof err))) {
        fprintf(stderr, "soak: replay: %s\n", err);
        return false;
    }
    DiagList d;
    diag_init(&d);
    bool opened = session_open(&s->session, root, &d);
    diag_deinit(&d);
    if (!opened)
        return false;
    s->window = SDL_CreateWindow("soak", 0, 0, o->width, o->height, SDL_WINDOW_HIDDEN);
    s->renderer = s->window ? SDL_CreateRenderer(s->window, -1, SDL_RENDERER_SOFTWARE) : NULL;
    if (!s->renderer)
        return false;
    SDL_SetRenderDrawBlendMode(s->renderer, SDL_BLENDMODE_BLEND);
    s->view = view_create(s->renderer, root, s->session.anim);
    s->input = input_create(root);
    config_default(&s->cfg);
    s->kiosk = kiosk_create(&s->cfg, true, false, s->window, root, o->start_ms);
    s->player = player_create(&(PlayerConfig){ .loop = true, .ready_ms = 5000 });
    if (!s->view || !s->input || !s->kiosk || !s->player)
        return false;
    play(s, o->start_ms);

    uint64_t end = o->start_ms + (uint64_t)o->duration_ms, next_health = o->start_ms, next_draw = o->start_ms;
    uint64_t health_every = SDL_min(HOUR_MS, (uint64_t)o->duration_ms / 24);
    int reloads_done = 0;
    int64_t reload_span = o->duration_ms * 3 / 4;
    for (uint64_t frame = 0;; frame++) {
        uint64_t now = o->start_ms + clock_frame_ms(o->fps, frame);
        if (now >= end)
            break;
        while (reloads_done < o->reloads &&
               now >= o->start_ms + (uint64_t)(reload_span * (reloads_done + 1) / (o->reloads + 1)))
            reload(s, reloads_done++, now);
        update(s, now);
        if (now >= next_draw || s->last_disturbance == now) {
            draw(s, now);
            next_draw = now + (uint64_t)o->draw_every_ms;
        }
        if (now >= next_health) {
            sample_health(s, now);
            next_health += health_every;
        }
    }
    sample_health(s, end);
    printf("simulated %.1f h at %u fps: %ld frames drawn, %ld actions, %ld idle returns, %d reloads (%d with "
           "errors), %ld swaps\n",
           (double)o->duration_ms / HOUR_MS, o->fps, s->draws, s->actions, s->idle_resets, reloads_done,
           s->reload_errors, s->swaps);
    bool ok = true;
    if (s->actions == 0 && o->bursts > 0) {
        printf("FAIL: the input bursts gave no actions\n");
        ok = false;
    }
    if (s->idle_resets < o->bursts) {
        printf("FAIL: %ld idle returns for %d bursts\n", s->idle_resets, o->bursts);
        ok = false;
    }
    int64_t loop_ms = check_last_loop(s, 5000, s->session.playing.count);
    ok = ok && loop_ms > 0 && check_no_drift(s, loop_ms);
    if (loop_ms > 0 && s->loop_start_count) {
        uint64_t a = s->loop_starts[0], b = s->loop_starts[s->loop_start_count - 1], wrap = 1ull << 32;
        printf("undisturbed loops from %llu to %llu ms\n", (unsigned long long)a, (unsigned long long)b);
        if (o->start_ms && o->start_ms < wrap && !(a < wrap && b > wrap)) {
            printf("FAIL: the undisturbed loops do not pass 2^32 ms; move --start-ms\n");
            ok = false;
        }
    }
    return (o->no_flat || check_flat(s)) && ok;
}

static void cleanup(Soak *s)
{
    kiosk_destroy(s->kiosk, "end");
    player_destroy(s->player);
    view_destroy(s->view);
    session_close(&s->session);
    input_destroy(s->input);
    replay_destroy(s->replay);
    if (s->renderer)
        SDL_DestroyRenderer(s->renderer);
    if (s->window)
        SDL_DestroyWindow(s->window);
    if (s->o.edit && s->edit_original) {
        /* leave the content root as it was */
        FILE *f = fopen(s->o.edit, "wb");
        if (f) {
            fputs(s->edit_original, f);
            fclose(f);
        }
    }
    free(s->edit_original);
    free(s->loop_starts);
    free(s->health);
}

static bool parse_time(const char *arg, int64_t *out)
{
    size_t n = strlen(arg);
    if (n > 1 && arg[n - 1] == 'd') { /* days, for soak lengths */
        char *endp;
        long days = strtol(arg, &endp, 10);
        *out = days * 24 * (int64_t)HOUR_MS;
        return endp == arg + n - 1 && days > 0 && days < 400;
    }
    return duration_parse(arg, n, out);
}

static int usage(void)
{
    fprintf(stderr, "usage: limber_soak --content DIR --work DIR [--target ID] [--edit FILE] [--duration 1d]\n"
                    "       [--fps 2] [--reloads 10] [--bursts 8] [--draw-every 10s] [--size 640x360]\n"
                    "       [--start-ms N] [--rss-slack-kb 1024] [--variants N] [--timing-only]\n");
    return 2;
}

int main(int argc, char **argv)
{
    static Soak soak;
    Soak *s = &soak;
    s->o = (Options){ .duration_ms = 24 * (int64_t)HOUR_MS, .draw_every_ms = 10000, .fps = 2, .reloads = 10,
                      .bursts = 8, .width = 640, .height = 360, .rss_slack_kb = 1024 };
    static const struct option opts[] = {
        { "content", required_argument, NULL, 'c' }, { "target", required_argument, NULL, 't' },
        { "edit", required_argument, NULL, 'e' },    { "duration", required_argument, NULL, 'd' },
        { "fps", required_argument, NULL, 'f' },     { "reloads", required_argument, NULL, 'r' },
        { "bursts", required_argument, NULL, 'b' },  { "draw-every", required_argument, NULL, 'D' },
        { "size", required_argument, NULL, 's' },    { "start-ms", required_argument, NULL, 'S' },
        { "work", required_argument, NULL, 'w' },    { "rss-slack-kb", required_argument, NULL, 'R' },
        { "variants", required_argument, NULL, 'v' },  { "timing-only", no_argument, NULL, 'T' },
        { NULL, 0, NULL, 0 },
    };
    for (int c; (c = getopt_long(argc, argv, "", opts, NULL)) != -1;) {
        switch (c) {
        case 'c': s->o.content = optarg; break;
        case 't': s->o.target = optarg; break;
        case 'e': s->o.edit = optarg; break;
        case 'w': s->o.work = optarg; break;
        case 'd': if (!parse_time(optarg, &s->o.duration_ms)) return usage(); break;
        case 'D': if (!parse_time(optarg, &s->o.draw_every_ms)) return usage(); break;
        case 'f': s->o.fps = (uint32_t)atoi(optarg); break;
        case 'r': s->o.reloads = atoi(optarg); break;
        case 'b': s->o.bursts = atoi(optarg); break;
        case 'S': s->o.start_ms = strtoull(optarg, NULL, 10); break;
        case 'R': s->o.rss_slack_kb = atol(optarg); break;
        case 'v': s->o.variants = atoi(optarg); break;
        case 'T': s->o.no_flat = true; break;
        case 's': if (sscanf(optarg, "%dx%d", &s->o.width, &s->o.height) != 2) return usage(); break;
        default: return usage();
        }
    }
    if (!s->o.content || !s->o.work || s->o.fps == 0 || s->o.duration_ms <= 0)
        return usage();
    if (s->o.edit && !(s->edit_original = files_read(s->o.edit, 1 << 22, &(size_t){ 0 }))) {
        fprintf(stderr, "soak: cannot read %s\n", s->o.edit);
        return 2;
    }
    s->health = calloc((size_t)SDL_max(s->o.duration_ms / (int64_t)HOUR_MS, 24) + 4, sizeof *s->health);
    SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    SDL_SetHint(SDL_HINT_JOYSTICK_ALLOW_BACKGROUND_EVENTS, "1");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS | SDL_INIT_GAMECONTROLLER) != 0) {
        fprintf(stderr, "soak: SDL: %s\n", SDL_GetError());
        return 1;
    }
    log_init(false);
    char root[4096];
    snprintf(root, sizeof root, "%s", s->o.content);
    Uint64 t0 = SDL_GetPerformanceCounter();
    bool ok = run(s, root);
    double secs = (double)(SDL_GetPerformanceCounter() - t0) / (double)SDL_GetPerformanceFrequency();
    cleanup(s);
    log_deinit();
    IMG_Quit();
    SDL_Quit();
    printf("%s in %.1f s of wall time\n", ok ? "PASS" : "FAIL", secs);
    return ok ? 0 : 1;
}
