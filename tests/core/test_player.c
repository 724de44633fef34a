/* The player's state machine: boundaries, cues, pause, stepping, step mode, menu, and
 * every action in every state, on hand-built timelines with exact milliseconds. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "player/player.h"

/* Move A: step 0 [0,3000) pose 1000 + hold 2000, cues chime@0 tick@2000 bell@3000;
 *         step 1 [3000,5000) pose 2000, rep 1 of 2, right side, cue chime@3000;
 *         step 2 [5000,9000) pose 1000 + hold 3000, rep 2 of 2, left side, bell@9000. */
static Cue a_cues0[] = { { 0, CUE_SOUND, "chime", NULL, true }, { 2000, CUE_SOUND, "tick", NULL, false },
                         { 3000, CUE_SOUND, "bell", NULL, true } };
static Cue a_cues1[] = { { 3000, CUE_SAY, NULL, "Round up", false } };
static Cue a_cues2[] = { { 5000, CUE_SOUND, "chime", NULL, true }, { 9000, CUE_SOUND, "bell", NULL, true } };
static Step a_steps[] = {
    { .index = 0, .start_ms = 0, .end_ms = 3000, .pose_ms = 1000, .hold_ms = 2000, .caption = "a0", .pose = "stand",
      .cues = a_cues0, .cue_count = 3 },
    { .index = 1, .start_ms = 3000, .end_ms = 5000, .pose_ms = 2000, .caption = "a1", .pose = "cat", .rep = 1,
      .reps = 2, .side = SIDE_RIGHT, .cues = a_cues1, .cue_count = 1 },
    { .index = 2, .start_ms = 5000, .end_ms = 9000, .pose_ms = 1000, .hold_ms = 3000, .caption = "a2", .pose = "cow",
      .rep = 2, .reps = 2, .side = SIDE_LEFT, .cues = a_cues2, .cue_count = 2 },
};
static Move move_a = { .id = "a", .title = "A", .figure = "side", .duration_ms = 9000, .steps = a_steps, .step_count = 3 };

static Cue b_cues0[] = { { 0, CUE_SOUND, "chime", NULL, true }, { 4000, CUE_SOUND, "bell", NULL, true } };
static Step b_steps[] = {
    { .index = 0, .start_ms = 0, .end_ms = 4000, .pose_ms = 1000, .hold_ms = 3000, .caption = "b0", .pose = "stand",
      .cues = b_cues0, .cue_count = 2 },
};
static Move move_b = { .id = "b", .title = "B", .figure = "side", .duration_ms = 4000, .steps = b_steps, .step_count = 1 };

static const Move *const programme[] = { &move_a, &move_b };

typedef struct Log {
    PlayerEvent ev[512];
    int n;
} Log;

static void drain(Player *p, Log *log)
{
    PlayerEvent e;
    while (player_poll_event(p, &e))
        if (e.kind != PLAYER_EVENT_ACTION && log->n < 512)
            log->ev[log->n++] = e;
}

static Player *make(bool loop, bool step_mode, int64_t ready)
{
    Player *p = player_create(&(PlayerConfig){ .loop = loop, .step_mode = step_mode, .ready_ms = ready });
    player_set_programme(p, programme, 2, "Test", 0);
    return p;
}

static int count_kind(const Log *log, PlayerEventKind k)
{
    int n = 0;
    for (int i = 0; i < log->n; i++)
        n += log->ev[i].kind == k;
    return n;
}

static const PlayerEvent *find(const Log *log, PlayerEventKind k, int nth)
{
    for (int i = 0; i < log->n; i++)
        if (log->ev[i].kind == k && nth-- == 0)
            return &log->ev[i];
    return NULL;
}

static void plays_through_in_order(void **state)
{
    (void)state;
    Player *p = make(false, false, 2000);
    Log log = { 0 };
    /* Frames at an awkward 37 ms: events still carry their exact due times. */
    for (uint64_t t = 0; t <= 20000; t += 37) {
        player_update(p, t);
        drain(p, &log);
    }
    assert_int_equal(log.ev[0].kind, PLAYER_EVENT_READY);
    assert_int_equal(log.ev[0].at_ms, 0);
    const PlayerEvent *mv = find(&log, PLAYER_EVENT_MOVE, 0);
    assert_non_null(mv);
    assert_int_equal(mv->at_ms, 2000);
    /* Steps of A at 2000 + 0, 3000, 5000; B's ready at 11000, B at 13000. */
    assert_int_equal(find(&log, PLAYER_EVENT_STEP, 0)->at_ms, 2000);
    assert_int_equal(find(&log, PLAYER_EVENT_STEP, 1)->at_ms, 5000);
    assert_int_equal(find(&log, PLAYER_EVENT_STEP, 2)->at_ms, 7000);
    assert_int_equal(find(&log, PLAYER_EVENT_READY, 1)->at_ms, 11000);
    assert_int_equal(find(&log, PLAYER_EVENT_MOVE, 1)->at_ms, 13000);
    assert_int_equal(find(&log, PLAYER_EVENT_DONE, 0)->at_ms, 17000);
    /* Cues: A's 6 and B's 2, plus the ready cards' ticks (2 s card: ticks at 0 and 1 s). */
    int cues = count_kind(&log, PLAYER_EVENT_CUE);
    assert_int_equal(cues, 6 + 2 + 2 * 2);
    /* In order, each once. */
    uint64_t last = 0;
    for (int i = 0; i < log.n; i++) {
        assert_true(log.ev[i].at_ms >= last);
        last = log.ev[i].at_ms;
    }
    PlayerSnapshot s;
    player_snapshot(p, 20000, &s);
    assert_int_equal(s.screen, PLAYER_SCREEN_DONE);
    player_destroy(p);
}

static void loops_without_drift(void **state)
{
    (void)state;
    Player *p = make(true, false, 5000);
    Log log = { 0 };
    /* One loop is 5000 + 9000 + 5000 + 4000 = 23000 ms. A week of loops, sampled at
     * irregular frame times; only the last loop's events are kept. */
    const uint64_t loop_ms = 23000, loops = 7ull * 86400000 / loop_ms;
    uint64_t t = 0;
    uint64_t step = 16;
    while (t < loops * loop_ms) {
        player_update(p, t);
        PlayerEvent e;
        while (player_poll_event(p, &e))
            ;
        t += step;
        step = step == 16 ? 17 : step == 17 ? 33 : 16; /* uneven frames */
    }
    for (uint64_t end = t + loop_ms; t <= end; t += 16) {
        player_update(p, t);
        drain(p, &log);
    }
    const PlayerEvent *mv = find(&log, PLAYER_EVENT_MOVE, 0);
    assert_non_null(mv);
    /* Every move start lands exactly on the loop grid: no drift after a week. */
    assert_int_equal(mv->at_ms % loop_ms == 5000 || mv->at_ms % loop_ms == 19000, 1);
    const PlayerEvent *st = find(&log, PLAYER_EVENT_STEP, 0);
    assert_int_equal(st->at_ms % loop_ms == 5000 || st->at_ms % loop_ms == 19000, 1);
    player_destroy(p);
}

static void pause_freezes_and_shifts(void **state)
{
    (void)state;
    Player *p = make(false, false, 0);
    Log log = { 0 };
    player_update(p, 0);
    player_action(p, ACTION_PAUSE, 1500);
    PlayerSnapshot s;
    player_snapshot(p, 60000, &s);
    assert_true(s.paused);
    assert_int_equal(s.t_ms, 1500); /* frozen however long the pause */
    player_update(p, 60000);
    Log before = { 0 };
    drain(p, &before); /* the chime at 0 sounded before the pause */
    assert_int_equal(count_kind(&before, PLAYER_EVENT_CUE), 1);
    player_action(p, ACTION_PAUSE, 61500); /* resume after a 60 s pause */
    for (uint64_t t = 61500; t < 70000; t += 10) {
        player_update(p, t);
        drain(p, &log);
    }
    assert_int_equal(count_kind(&log, PLAYER_EVENT_RESUME), 1);
    /* The tick at 2000 was due 500 ms after the pause began: it sounds 500 ms after resume. */
    const PlayerEvent *tick = find(&log, PLAYER_EVENT_CUE, 0);
    assert_string_equal(tick->cue->name, "tick");
    assert_int_equal(tick->at_ms, 62000);
    assert_int_equal(find(&log, PLAYER_EVENT_STEP, 0)->at_ms, 63000);
    player_destroy(p);
}

static void next_and_prev_steps(void **state)
{
    (void)state;
    Player *p = make(false, false, 0);
    Log log = { 0 };
    PlayerSnapshot s;
    player_update(p, 0);
    drain(p, &log);
    player_action(p, ACTION_NEXT, 500); /* step 0 -> step 1 */
    drain(p, &log);
    player_snapshot(p, 500, &s);
    assert_int_equal(s.pos.step, 1);
    assert_int_equal(s.t_ms, 3000);
    assert_int_equal(s.pos.rep, 1);
    assert_int_equal(s.pos.reps, 2);
    assert_int_equal(s.pos.side, SIDE_RIGHT);
    /* The jump announces step 1 and its say at its start, once. */
    const PlayerEvent *st = find(&log, PLAYER_EVENT_STEP, 1);
    assert_int_equal(st->step_index, 1);
    assert_int_equal(st->at_ms, 500);
    assert_int_equal(count_kind(&log, PLAYER_EVENT_CUE), 2); /* chime@0, say@3000 */

    player_action(p, ACTION_PREV, 1000); /* 0.5 s into step 1: back to step 0 */
    player_snapshot(p, 1000, &s);
    assert_int_equal(s.pos.step, 0);
    player_action(p, ACTION_PREV, 3000); /* 2 s into step 0: restart it */
    player_snapshot(p, 3000, &s);
    assert_int_equal(s.pos.step, 0);
    assert_int_equal(s.t_ms, 0);
    player_action(p, ACTION_NEXT, 3100);
    player_action(p, ACTION_NEXT, 3200);
    player_snapshot(p, 3200, &s);
    assert_int_equal(s.pos.step, 2);
    assert_int_equal(s.pos.side, SIDE_LEFT);
    player_action(p, ACTION_NEXT, 3300); /* past the last step: the next move */
    player_snapshot(p, 3300, &s);
    assert_int_equal(s.screen, PLAYER_SCREEN_MOVE); /* ready_ms is 0: no card */
    assert_int_equal(s.move_index, 1);
    player_action(p, ACTION_PREV, 3400); /* back past the first step: A's last step */
    player_snapshot(p, 3400, &s);
    assert_int_equal(s.move_index, 0);
    assert_int_equal(s.pos.step, 2);
    player_destroy(p);
}

static void step_mode_waits(void **state)
{
    (void)state;
    Player *p = make(false, true, 0);
    Log log = { 0 };
    for (uint64_t t = 0; t <= 10000; t += 20) {
        player_update(p, t);
        drain(p, &log);
    }
    PlayerSnapshot s;
    player_snapshot(p, 10000, &s);
    assert_true(s.waiting);
    assert_int_equal(s.pos.step, 0);
    assert_int_equal(s.pos.left_ms, 0);
    const PlayerEvent *w = find(&log, PLAYER_EVENT_WAIT, 0);
    assert_int_equal(w->at_ms, 3000);
    /* The bell at the step's end sounded before the wait; step 1 has not begun. */
    assert_int_equal(count_kind(&log, PLAYER_EVENT_CUE), 3);
    assert_int_equal(count_kind(&log, PLAYER_EVENT_STEP), 1);
    player_action(p, ACTION_PAUSE, 12000); /* ▶ continues */
    drain(p, &log);
    assert_int_equal(count_kind(&log, PLAYER_EVENT_STEP), 2);
    assert_int_equal(find(&log, PLAYER_EVENT_STEP, 1)->at_ms, 12000);
    player_update(p, 14000); /* step 1 lasts 2 s: waits again */
    drain(p, &log);
    player_snapshot(p, 14000, &s);
    assert_true(s.waiting);
    assert_int_equal(s.pos.step, 1);
    player_action(p, ACTION_STEP_MODE, 15000); /* auto mode: carries on by itself */
    player_update(p, 18000);
    drain(p, &log);
    player_snapshot(p, 18000, &s);
    assert_false(s.waiting);
    assert_int_equal(s.pos.step, 2);
    assert_int_equal(s.t_ms, 5000 + 3000);
    player_update(p, 19000); /* A ends without waiting: B begins at once (no card) */
    player_snapshot(p, 19000, &s);
    assert_int_equal(s.move_index, 1);
    player_destroy(p);
}

static MenuEntry menu[] = {
    { true, "all", "All", "2 moves", NULL, 13000 },
    { false, "a", "A", "back", "stand", 9000 },
    { false, "b", "B", "back", "stand", 4000 },
};

static void menu_pauses_and_loads(void **state)
{
    (void)state;
    Player *p = make(false, false, 0);
    player_set_menu(p, menu, 3);
    Log log = { 0 };
    player_update(p, 0);
    player_action(p, ACTION_MENU, 1000);
    PlayerSnapshot s;
    player_snapshot(p, 5000, &s);
    assert_true(s.menu_open);
    assert_true(s.paused);
    assert_int_equal(s.t_ms, 1000);
    player_action(p, ACTION_DOWN, 5000);
    player_action(p, ACTION_DOWN, 5100);
    player_action(p, ACTION_DOWN, 5200); /* wraps to the top */
    player_action(p, ACTION_UP, 5300);   /* and back to the bottom */
    player_snapshot(p, 5300, &s);
    assert_int_equal(s.menu_cursor, 2);
    player_action(p, ACTION_SELECT, 6000);
    PlayerEvent e;
    bool loaded = false;
    while (player_poll_event(p, &e))
        if (e.kind == PLAYER_EVENT_LOAD) {
            loaded = true;
            assert_int_equal(e.menu_entry, 2);
        }
    assert_true(loaded);
    player_snapshot(p, 6000, &s);
    assert_false(s.menu_open);
    assert_false(s.paused);
    /* Esc backs out of the menu and restores a pause that was there before. */
    player_action(p, ACTION_PAUSE, 7000);
    player_action(p, ACTION_MENU, 7100);
    player_action(p, ACTION_MENU, 7200);
    player_snapshot(p, 7200, &s);
    assert_false(s.menu_open);
    assert_true(s.paused);
    (void)log;
    player_destroy(p);
}

/* Every action in every state keeps the player consistent. */
static void every_action_in_every_state(void **state)
{
    (void)state;
    for (int st = 0; st < 8; st++) {
        for (int a = ACTION_NONE; a < ACTION_COUNT; a++) {
            Player *p = player_create(&(PlayerConfig){ .loop = st & 1, .step_mode = st == 4, .ready_ms = 3000 });
            player_set_menu(p, menu, 3);
            if (st != 0)
                player_set_programme(p, programme, 2, "T", 0);
            uint64_t t = 0;
            switch (st) {
            case 2: t = 1000; break;                                    /* ready card */
            case 3: t = 4500; break;                                    /* in a move */
            case 4: t = 7000; break;                                    /* step mode, waiting */
            case 5: t = 40000; break;                                   /* done (no loop) */
            case 6: t = 4500; player_update(p, t); player_action(p, ACTION_PAUSE, t); break;
            case 7: t = 4500; player_update(p, t); player_action(p, ACTION_HELP, t); break;
            default: break;
            }
            player_update(p, t);
            player_action(p, (Action)a, t + 10);
            for (uint64_t u = t + 10; u < t + 30000; u += 250) {
                player_update(p, u);
                PlayerSnapshot s;
                player_snapshot(p, u, &s);
                PlayerEvent e;
                while (player_poll_event(p, &e))
                    ;
                if (s.screen == PLAYER_SCREEN_MOVE || s.screen == PLAYER_SCREEN_READY) {
                    assert_non_null(s.timeline);
                    assert_true(s.pos.step >= 0 && s.pos.step < s.timeline->step_count);
                    assert_true(s.t_ms >= 0 && s.t_ms <= s.timeline->duration_ms);
                    assert_true(s.move_index >= 0 && s.move_index < 2);
                }
            }
            player_destroy(p);
        }
    }
}

static void empty_programme(void **state)
{
    (void)state;
    Player *p = player_create(&(PlayerConfig){ .loop = true, .ready_ms = 5000 });
    player_set_programme(p, NULL, 0, "Nothing", 0);
    player_update(p, 1000);
    player_action(p, ACTION_NEXT, 1000);
    PlayerSnapshot s;
    player_snapshot(p, 1000, &s);
    assert_int_equal(s.screen, PLAYER_SCREEN_EMPTY);
    assert_null(s.move);
    player_destroy(p);
    player_destroy(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(plays_through_in_order),
        cmocka_unit_test(loops_without_drift),
        cmocka_unit_test(pause_freezes_and_shifts),
        cmocka_unit_test(next_and_prev_steps),
        cmocka_unit_test(step_mode_waits),
        cmocka_unit_test(menu_pauses_and_loads),
        cmocka_unit_test(every_action_in_every_state),
        cmocka_unit_test(empty_programme),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
