/* The cue scheduler on hand-built moves, with a simulated mixer that renders ahead of
 * the play position: every cue fires once, in order, on its exact frame, across pause
 * and resume, next/previous step, a jump into a hold, a loop, and stalls. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "audio/cues.h"

#include <string.h>

enum { RATE = 48000, FPM = RATE / 1000 }; /* frames per millisecond */

/* ---- a hand-built move: three steps, cues like the compiler makes -------------------
 * step 0 [0, 5000):     chime 0, tick 2000, 3000, 4000, bell 5000 (its end)
 * step 1 [5000, 11500): say 5000, tick 8500, 9500, 10500, bell 11500
 * step 2 [11500, 14000): sound blip 11500, say at end-1s 13000, bell 14000 */
static const Cue cues0[] = {
    { .at_ms = 0, .kind = CUE_SOUND, .name = "chime", .is_auto = true },
    { .at_ms = 2000, .kind = CUE_SOUND, .name = "tick" },
    { .at_ms = 3000, .kind = CUE_SOUND, .name = "tick" },
    { .at_ms = 4000, .kind = CUE_SOUND, .name = "tick" },
    { .at_ms = 5000, .kind = CUE_SOUND, .name = "bell", .is_auto = true },
};
static const Cue cues1[] = {
    { .at_ms = 5000, .kind = CUE_SAY, .text = "Round up" },
    { .at_ms = 8500, .kind = CUE_SOUND, .name = "tick" },
    { .at_ms = 9500, .kind = CUE_SOUND, .name = "tick" },
    { .at_ms = 10500, .kind = CUE_SOUND, .name = "tick" },
    { .at_ms = 11500, .kind = CUE_SOUND, .name = "bell", .is_auto = true },
};
static const Cue cues2[] = {
    { .at_ms = 11500, .kind = CUE_SOUND, .name = "blip" },
    { .at_ms = 13000, .kind = CUE_SAY, .text = "Almost there" },
    { .at_ms = 14000, .kind = CUE_SOUND, .name = "bell", .is_auto = true },
};
static const Step steps[] = {
    { .index = 0, .start_ms = 0, .end_ms = 5000, .pose_ms = 2000, .hold_ms = 3000, .caption = "a",
      .countdown = 3, .cues = cues0, .cue_count = 5 },
    { .index = 1, .start_ms = 5000, .end_ms = 11500, .pose_ms = 1500, .hold_ms = 5000, .caption = "b",
      .countdown = 3, .cues = cues1, .cue_count = 5 },
    { .index = 2, .start_ms = 11500, .end_ms = 14000, .pose_ms = 2500, .caption = "c",
      .cues = cues2, .cue_count = 3 },
};
static const Move move = { .id = "hand", .title = "Hand", .duration_ms = 14000, .steps = steps,
                           .step_count = 3 };
static const Cue *const all[] = { &cues0[0], &cues0[1], &cues0[2], &cues0[3], &cues0[4],
                                  &cues1[0], &cues1[1], &cues1[2], &cues1[3], &cues1[4],
                                  &cues2[0], &cues2[1], &cues2[2] };
enum { ALL = 13 };

/* ---- a simulated mixer: renders `latency` frames ahead of the play position --------
 * latency 0: the mixer renders what the clock reaches; a sound card renders a buffer
 * or two ahead, so a cue due at the very moment of a jump can be heard no sooner than
 * `latency` later, while cues queued ahead land exactly; the disk recording trails its
 * clock (negative latency) so that even a cue found a frame late lands exactly. */
typedef struct Voice { const Cue *cue; uint32_t ticket; int64_t start; bool started; } Voice;
typedef struct Heard { const Cue *cue; int64_t frame; bool late; } Heard;
typedef struct Sim {
    CueSched s;
    int64_t latency, rendered;
    Voice v[256];
    int nv;
    Heard heard[256];
    int nh;
    int fires;
} Sim;

static void sim_init(Sim *sim)
{
    memset(sim, 0, sizeof *sim);
    cues_init(&sim->s, RATE);
    sim->latency = 0;
}

/* Renders everything up to `to`: voices whose start lies before it begin, in order. */
static void sim_render(Sim *sim, int64_t to)
{
    for (;;) {
        int best = -1;
        for (int i = 0; i < sim->nv; i++)
            if (!sim->v[i].started && sim->v[i].start < to && (best < 0 || sim->v[i].start < sim->v[best].start))
                best = i;
        if (best < 0)
            break;
        sim->v[best].started = true;
        assert_true(sim->nh < 256);
        sim->heard[sim->nh++] = (Heard){ sim->v[best].cue, sim->v[best].start, false };
    }
    if (to > sim->rendered)
        sim->rendered = to;
}

static void sim_step(Sim *sim, const Move *m, uint64_t play, int64_t move_t, bool running, int64_t now_ms)
{
    int64_t now_frame = now_ms * FPM;
    sim_render(sim, now_frame + sim->latency);
    CueSchedOut out;
    assert_true(cues_update(&sim->s, m, play, move_t, running, now_ms, now_frame, &out));
    if (out.cancel) {
        int k = 0;
        for (int i = 0; i < sim->nv; i++) {
            if (!sim->v[i].started && sim->v[i].start > out.cancel_after)
                cues_cancelled(&sim->s, sim->v[i].ticket);
            else
                sim->v[k++] = sim->v[i];
        }
        sim->nv = k;
    }
    for (int i = 0; i < out.fire_count; i++) {
        const CueFire *f = &out.fires[i];
        assert_true(f->late == (f->frame < now_frame));
        if (i > 0)
            assert_true(f->cue->at_ms >= out.fires[i - 1].cue->at_ms);
        assert_true(sim->nv < 256);
        /* a voice queued for a frame the mixer has passed starts on the next buffer */
        int64_t start = f->frame < sim->rendered ? sim->rendered : f->frame;
        sim->v[sim->nv++] = (Voice){ f->cue, f->ticket, start, false };
        sim->fires++;
    }
}

/* Plays [from_t, to_t) of the move's timeline at 30 fps starting at app time now. */
static int64_t sim_play(Sim *sim, const Move *m, uint64_t play, int64_t from_t, int64_t to_t, int64_t now,
                        int64_t frame_ms)
{
    for (int64_t t = from_t; t < to_t; t += frame_ms, now += frame_ms)
        sim_step(sim, m, play, t, true, now);
    return now;
}

static int heard_index(const Sim *sim, const Cue *c, int nth)
{
    for (int i = 0; i < sim->nh; i++)
        if (sim->heard[i].cue == c && nth-- == 0)
            return i;
    return -1;
}

static int heard_count(const Sim *sim, const Cue *c)
{
    int n = 0;
    for (int i = 0; i < sim->nh; i++)
        n += sim->heard[i].cue == c;
    return n;
}

/* ---- tests ------------------------------------------------------------------------ */

static void continuous_play_is_exact(void **state)
{
    (void)state;
    static const int64_t rates[] = { 16, 17, 33, 50 };
    for (size_t r = 0; r < 2 * sizeof rates / sizeof *rates; r++) {
        Sim sim;
        sim_init(&sim);
        sim.latency = r % 2 ? 2048 : 0;
        int64_t origin = 1234; /* the app clock does not start with the move */
        sim_play(&sim, &move, 1, 0, 14100, origin, rates[r / 2]);
        sim_render(&sim, INT64_MAX);
        assert_int_equal(sim.nh, ALL);
        for (int i = 0; i < ALL; i++) {
            assert_ptr_equal(sim.heard[i].cue, all[i]); /* in order, once each */
            /* the chime due on the play's first frame cannot beat the latency */
            int64_t late = i == 0 ? sim.latency : 0;
            assert_int_equal(sim.heard[i].frame, (origin + all[i]->at_ms) * FPM + late);
        }
        assert_int_equal(sim.fires, ALL);
        cues_deinit(&sim.s);
    }
}

static void pause_and_resume(void **state)
{
    (void)state;
    Sim sim;
    sim_init(&sim);
    /* play to 4950 (the bell at 5000 and the say at 5000 are queued, not started) */
    int64_t now = sim_play(&sim, &move, 1, 0, 4950, 0, 33);
    int64_t pause_t = 4950; /* the position the player shows on the paused frame */
    sim_step(&sim, &move, 1, pause_t, false, now);
    /* ten seconds of paused frames */
    for (int i = 0; i < 300; i++) {
        now += 33;
        sim_step(&sim, &move, 1, pause_t, false, now);
    }
    sim_render(&sim, now * FPM + sim.latency);
    assert_int_equal(heard_count(&sim, &cues0[4]), 0); /* the bell waits for the resume */
    assert_int_equal(heard_count(&sim, &cues0[3]), 1);
    int64_t resume = now + 33;
    sim_play(&sim, &move, 1, pause_t, 14100, resume, 33);
    sim_render(&sim, INT64_MAX);
    assert_int_equal(sim.nh, ALL);
    for (int i = 0; i < ALL; i++) {
        assert_ptr_equal(sim.heard[i].cue, all[i]);
        int64_t want = all[i]->at_ms < pause_t ? all[i]->at_ms : resume + all[i]->at_ms - pause_t;
        assert_int_equal(sim.heard[i].frame, want * FPM);
    }
    cues_deinit(&sim.s);
}

static void pause_lets_due_cue_sound(void **state)
{
    (void)state;
    Sim sim;
    sim_init(&sim);
    sim.latency = 0; /* nothing is rendered ahead: the pause decides the bell's fate */
    /* the paused frame shows 5000, 10 ms past the clock's advance (within tolerance):
     * the bell and the say queued for 5000 are due, not cancelled */
    int64_t now = sim_play(&sim, &move, 1, 0, 4990, 0, 10);
    sim_step(&sim, &move, 1, 5000, false, now);
    sim_step(&sim, &move, 1, 5000, false, now + 10);
    sim_step(&sim, &move, 1, 5000, false, now + 20);
    sim_render(&sim, (now + 20) * FPM);
    assert_int_equal(heard_count(&sim, &cues0[4]), 1);
    assert_int_equal(heard_count(&sim, &cues1[0]), 1);
    assert_int_equal(heard_index(&sim, &cues0[4], 0) + 1, heard_index(&sim, &cues1[0], 0));
    /* the resume does not repeat them */
    sim_play(&sim, &move, 1, 5000, 6000, now + 1000, 10);
    sim_render(&sim, INT64_MAX);
    assert_int_equal(heard_count(&sim, &cues0[4]), 1);
    assert_int_equal(heard_count(&sim, &cues1[0]), 1);
    cues_deinit(&sim.s);
}

static void next_step_skips_and_sounds_start(void **state)
{
    (void)state;
    Sim sim;
    sim_init(&sim);
    /* at 2600 the user presses next: the player jumps to step 1's start (5000) */
    int64_t now = sim_play(&sim, &move, 1, 0, 2600, 0, 20);
    sim_play(&sim, &move, 1, 5000, 6000, now, 20);
    sim_render(&sim, INT64_MAX);
    assert_int_equal(heard_count(&sim, &cues0[1]), 1);  /* 2000, before the jump */
    assert_int_equal(heard_count(&sim, &cues0[2]), 0);  /* 3000, skipped */
    assert_int_equal(heard_count(&sim, &cues0[3]), 0);  /* 4000, skipped */
    assert_int_equal(heard_count(&sim, &cues0[4]), 1);  /* the bell at 5000 sounds with the say */
    assert_int_equal(heard_count(&sim, &cues1[0]), 1);
    int i = heard_index(&sim, &cues1[0], 0);
    assert_int_equal(sim.heard[i].frame, now * FPM); /* at the jump, not late */
    cues_deinit(&sim.s);
    /* with a sound card's latency the say comes as soon as it can, never before */
    sim_init(&sim);
    sim.latency = 2048;
    now = sim_play(&sim, &move, 1, 0, 2600, 0, 20);
    sim_play(&sim, &move, 1, 5000, 6000, now, 20);
    sim_render(&sim, INT64_MAX);
    i = heard_index(&sim, &cues1[0], 0);
    assert_int_equal(sim.heard[i].frame, now * FPM + 2048);
    assert_int_equal(heard_count(&sim, &cues0[2]), 0);
    cues_deinit(&sim.s);
}

static void previous_step_replays(void **state)
{
    (void)state;
    Sim sim;
    sim_init(&sim);
    /* in step 1 at 9000 the user goes back to its start: the say sounds again */
    int64_t now = sim_play(&sim, &move, 1, 0, 9000, 0, 25);
    now = sim_play(&sim, &move, 1, 5000, 11600, now, 25);
    sim_render(&sim, INT64_MAX);
    assert_int_equal(heard_count(&sim, &cues1[0]), 2);
    assert_int_equal(heard_count(&sim, &cues1[1]), 2); /* 8500: once before, once after */
    assert_int_equal(heard_count(&sim, &cues1[2]), 1); /* 9500: only after the jump */
    int second = heard_index(&sim, &cues1[0], 1);
    assert_int_equal(sim.heard[second].frame, 9000 * FPM);
    int tick = heard_index(&sim, &cues1[2], 0);
    assert_int_equal(sim.heard[tick].frame, (9000 + 4500) * FPM);
    cues_deinit(&sim.s);
}

static void jump_into_hold_plays_no_past_tick(void **state)
{
    (void)state;
    Sim sim;
    sim_init(&sim);
    /* a new play that starts mid-hold (a replay seek): 9700 is past the 8500 and 9500
     * ticks; 10500 and the bell are ahead */
    int64_t now = 500;
    sim_play(&sim, &move, 7, 9700, 14100, now, 33);
    sim_render(&sim, INT64_MAX);
    assert_int_equal(heard_count(&sim, &cues1[1]), 0);
    assert_int_equal(heard_count(&sim, &cues1[2]), 0);
    assert_int_equal(heard_count(&sim, &cues1[3]), 1);
    assert_int_equal(sim.heard[heard_index(&sim, &cues1[3], 0)].frame, (now + 800) * FPM);
    /* the same within a play: jump from 6000 to 9520 */
    cues_deinit(&sim.s);
    sim_init(&sim);
    now = sim_play(&sim, &move, 1, 5000, 6000, 0, 33);
    sim_play(&sim, &move, 1, 9520, 14100, now, 33);
    sim_render(&sim, INT64_MAX);
    assert_int_equal(heard_count(&sim, &cues1[1]), 0);
    assert_int_equal(heard_count(&sim, &cues1[2]), 0); /* 20 ms past: not played late */
    assert_int_equal(heard_count(&sim, &cues1[3]), 1);
    cues_deinit(&sim.s);
}

static void loop_keeps_end_bell_and_restarts(void **state)
{
    (void)state;
    Sim sim;
    sim_init(&sim);
    sim.latency = 0; /* the end bell is still queued when play 2 begins */
    int64_t now = 0;
    for (int64_t t = 0; t <= 14000; t += 20, now += 20)
        sim_step(&sim, &move, 1, t, true, now);
    now -= 20;
    sim_step(&sim, &move, 2, 0, true, now); /* same app time: the restart */
    sim_play(&sim, &move, 2, 20, 14100, now + 20, 20);
    sim_render(&sim, INT64_MAX);
    assert_int_equal(sim.nh, 2 * ALL);
    for (int i = 0; i < 2 * ALL; i++) {
        assert_ptr_equal(sim.heard[i].cue, all[i % ALL]);
        int64_t want = (i < ALL ? 0 : 14000) + all[i % ALL]->at_ms;
        assert_int_equal(sim.heard[i].frame, want * FPM); /* no drift across the loop */
    }
    cues_deinit(&sim.s);
}

static void new_play_first_frame_late(void **state)
{
    (void)state;
    Sim sim;
    sim_init(&sim);
    /* the first update of a play comes 17 ms into it: the chime still sounds; a
     * recording that trails its clock (the disk driver) places it on its own frame... */
    sim.latency = -100 * FPM;
    sim_play(&sim, &move, 3, 17, 1000, 100, 17);
    sim_render(&sim, INT64_MAX);
    assert_int_equal(heard_count(&sim, &cues0[0]), 1);
    assert_int_equal(sim.heard[0].frame, (100 - 17) * FPM);
    cues_deinit(&sim.s);
    /* ...one that has starts it at once; 120 ms late is too late for a cue */
    sim_init(&sim);
    sim_step(&sim, NULL, 0, 0, false, 100);
    sim_play(&sim, &move, 3, 17, 1000, 100, 17);
    sim_render(&sim, INT64_MAX);
    assert_int_equal(sim.heard[0].frame, 100 * FPM);
    cues_deinit(&sim.s);
    sim_init(&sim);
    sim_play(&sim, &move, 3, 120, 1000, 100, 17);
    sim_render(&sim, INT64_MAX);
    assert_int_equal(heard_count(&sim, &cues0[0]), 0);
    cues_deinit(&sim.s);
}

static void stall_drops_stale_cues(void **state)
{
    (void)state;
    Sim sim;
    sim_init(&sim);
    /* a 600 ms stall of the frame loop from 1800: the tick at 2000 is 400 ms stale */
    int64_t now = sim_play(&sim, &move, 1, 0, 1800, 0, 16);
    sim_play(&sim, &move, 1, 2400, 3500, now + 600, 16);
    sim_render(&sim, INT64_MAX);
    assert_int_equal(heard_count(&sim, &cues0[1]), 0);
    assert_int_equal(heard_count(&sim, &cues0[2]), 1);
    /* a short stall (100 ms) plays the cue at once instead */
    cues_deinit(&sim.s);
    sim_init(&sim);
    sim.s.lookahead_ms = 20; /* so that the stall really hides the cue */
    sim.latency = 0;
    now = sim_play(&sim, &move, 1, 0, 1990, 0, 10);
    sim_play(&sim, &move, 1, 2090, 2200, now + 100, 10);
    sim_render(&sim, INT64_MAX);
    int i = heard_index(&sim, &cues0[1], 0);
    assert_true(i >= 0);
    assert_int_equal(sim.heard[i].frame, (now + 100) * FPM);
    cues_deinit(&sim.s);
}

static void no_move_cancels(void **state)
{
    (void)state;
    Sim sim;
    sim_init(&sim);
    int64_t now = sim_play(&sim, &move, 1, 0, 1900, 0, 20);
    sim_step(&sim, NULL, 0, 0, false, now);
    sim_play(&sim, NULL, 0, 0, 1000, now, 20);
    sim_render(&sim, INT64_MAX);
    assert_int_equal(heard_count(&sim, &cues0[1]), 0);
    assert_int_equal(sim.nh, 1);
    cues_deinit(&sim.s);
}

static void retry_offers_again(void **state)
{
    (void)state;
    CueSched s;
    cues_init(&s, RATE);
    CueSchedOut out;
    assert_true(cues_update(&s, &move, 1, 1700, true, 0, 0, &out));
    assert_int_equal(out.fire_count, 0);
    assert_true(cues_update(&s, &move, 1, 1850, true, 150, 150 * FPM, &out));
    assert_int_equal(out.fire_count, 1);
    assert_ptr_equal(out.fires[0].cue, &cues0[1]);
    assert_int_equal(out.fires[0].frame, 300 * FPM);
    cues_retry(&s, out.fires[0].ticket); /* its sound was not loaded yet */
    assert_true(cues_update(&s, &move, 1, 1900, true, 200, 200 * FPM, &out));
    assert_int_equal(out.fire_count, 1);
    assert_ptr_equal(out.fires[0].cue, &cues0[1]);
    assert_int_equal(out.fires[0].frame, 300 * FPM);
    uint32_t old = out.fires[0].ticket;
    /* the first fire's ticket is stale now: it re-arms nothing */
    cues_cancelled(&s, old - 1);
    assert_true(cues_update(&s, &move, 1, 1910, true, 210, 210 * FPM, &out));
    assert_int_equal(out.fire_count, 0);
    cues_deinit(&s);
}

static void many_cues_spill_to_next_update(void **state)
{
    (void)state;
    enum { N = 150 };
    static Cue many[N];
    for (int i = 0; i < N; i++)
        many[i] = (Cue){ .at_ms = 100 + i, .kind = CUE_SOUND, .name = "tick" };
    Step st = { .start_ms = 0, .end_ms = 1000, .caption = "x", .cues = many, .cue_count = N };
    Move m = { .id = "many", .title = "Many", .duration_ms = 1000, .steps = &st, .step_count = 1 };
    CueSched s;
    cues_init(&s, RATE);
    s.lookahead_ms = 400;
    CueSchedOut out;
    int seen = 0;
    for (int64_t t = 0; t < 1000; t += 20) {
        assert_true(cues_update(&s, &m, 1, t, true, t, t * FPM, &out));
        for (int i = 0; i < out.fire_count; i++, seen++) {
            assert_ptr_equal(out.fires[i].cue, &many[seen]);
            assert_int_equal(out.fires[i].frame, many[seen].at_ms * FPM);
        }
    }
    assert_int_equal(seen, N);
    cues_deinit(&s);
}

static void clockmap_tracks_min_and_snaps(void **state)
{
    (void)state;
    ClockMap c;
    clockmap_init(&c, RATE);
    /* readings taken 0..5 ms after the frame's time: the map settles on the closest */
    assert_int_equal(clockmap_update(&c, 1000, 1000 * FPM + 5 * FPM), 1005 * FPM);
    assert_int_equal(clockmap_update(&c, 1016, 1016 * FPM + 1 * FPM), 1017 * FPM);
    int64_t f = clockmap_update(&c, 1033, 1033 * FPM + 4 * FPM);
    assert_true(f >= 1034 * FPM && f < 1034 * FPM + FPM / 2); /* rises slowly */
    /* a device reopened: the position restarts, the map snaps */
    assert_int_equal(clockmap_update(&c, 1050, 10), 10);
    assert_int_equal(clockmap_update(&c, 1066, 10 + 16 * FPM), 10 + 16 * FPM);
    /* an audio clock that runs 0.1% fast is followed within a millisecond */
    clockmap_init(&c, RATE);
    int64_t worst = 0;
    for (int64_t ms = 0; ms < 60000; ms += 16) {
        int64_t truth = ms * FPM + ms * FPM / 1000;
        int64_t err = clockmap_update(&c, ms, truth) - truth;
        if (ms > 5000 && (err > worst || -err > worst))
            worst = err < 0 ? -err : err;
    }
    assert_true(worst <= FPM);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(continuous_play_is_exact),
        cmocka_unit_test(pause_and_resume),
        cmocka_unit_test(pause_lets_due_cue_sound),
        cmocka_unit_test(next_step_skips_and_sounds_start),
        cmocka_unit_test(previous_step_replays),
        cmocka_unit_test(jump_into_hold_plays_no_past_tick),
        cmocka_unit_test(loop_keeps_end_bell_and_restarts),
        cmocka_unit_test(new_play_first_frame_late),
        cmocka_unit_test(stall_drops_stale_cues),
        cmocka_unit_test(no_move_cancels),
        cmocka_unit_test(retry_offers_again),
        cmocka_unit_test(many_cues_spill_to_next_update),
        cmocka_unit_test(clockmap_tracks_min_and_snaps),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
