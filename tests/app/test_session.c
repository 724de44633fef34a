/* The session's hot reload: a swap at a move boundary must not free the moves that the
 * player's queued events of that frame still point to (found by the truncation fault
 * test under ASan: the event journal read a freed move). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "session.h"

#include <string.h>

static bool owned_by(const Programme *prog, const Move *m)
{
    for (int i = 0; i < prog->count; i++)
        if (prog->moves[i] == m)
            return true;
    return false;
}

static void swap_keeps_queued_events_alive(void **state)
{
    (void)state;
    Session s;
    DiagList d;
    diag_init(&d);
    assert_true(session_open(&s, TESTS_DIR "/content", &d));
    Player *p = player_create(&(PlayerConfig){ .loop = true, .ready_ms = 5000 });
    assert_true(session_play(&s, p, "test", LEVEL_STANDARD, false, 0, &d));
    PlayerEvent ev;
    player_update(p, 10000); /* inside `about` (5 s .. 19 s) */
    while (player_poll_event(p, &ev)) {
    }
    const Move *about = s.playing.moves[0];
    assert_true(session_reload(&s, p, false, &d));
    assert_false(session_swap_due(&s, p, 10000)); /* a move plays: not now */
    /* One update across the end of `about`: its last step and cues, then the card. */
    player_update(p, 19500);
    assert_true(session_swap_due(&s, p, 19500));
    int old_events = 0;
    while (player_poll_event(p, &ev)) {
        if (!ev.timeline || strcmp(ev.timeline->id, "get_ready") == 0)
            continue;
        /* every event's move is still owned by the session (and readable) */
        assert_true(owned_by(&s.playing, ev.timeline) || owned_by(&s.retired, ev.timeline));
        old_events += ev.timeline == about;
        assert_non_null(ev.timeline->steps[ev.step_index >= 0 ? ev.step_index : 0].caption);
    }
    assert_true(old_events > 0);
    /* The next swap lets the retired version go. */
    assert_true(session_reload(&s, p, false, &d));
    assert_true(session_swap_due(&s, p, 19600));
    assert_false(owned_by(&s.retired, about));
    player_destroy(p);
    session_close(&s);
    diag_deinit(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(swap_keeps_queued_events_alive),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
