/* player: the state machine that plays a programme of moves. Pure C.
 *
 *   Player *p = player_create(&(PlayerConfig){ .loop = true, .ready_ms = 5000 });
 *   player_set_programme(p, moves, count, "Back knots", now);   // moves stay the caller's
 *   each frame:
 *       player_action(p, ACTION_NEXT, now);        // for every input action
 *       player_update(p, now);                     // step and move boundaries, cues
 *       while (player_poll_event(p, &ev)) ...      // to the event log and the audio
 *       player_snapshot(p, now, &snap);            // what the view and audio read
 *   player_destroy(p);
 *
 * Time enters only as now_ms, on the run's one clock. The position in a move is derived
 * from an anchor (where the move was, and when), never by adding frame deltas, and each
 * move starts at the exact millisecond the previous one ended, so a playlist looped for
 * a week does not drift. Between moves a "get ready" card runs for ready_ms; it is a
 * small timeline of its own (with 3-2-1 ticks) so audio treats it like any move.
 *
 * Events carry the run-clock time at which they were due (at_ms), which may be a little
 * before the now of the update that found them. */
#ifndef LIMBER_PLAYER_H
#define LIMBER_PLAYER_H

#include "model/move.h"
#include "player/action.h"

#include <stdbool.h>
#include <stdint.h>

typedef struct Player Player;

typedef struct PlayerConfig {
    bool loop;          /* after the last move, start again (window and kiosk) */
    bool step_mode;     /* start in step mode: each step waits for NEXT at its end */
    int64_t ready_ms;   /* the get-ready card before each move; 0: none */
} PlayerConfig;

/* One line of the menu; the caller owns the strings. */
typedef struct MenuEntry {
    bool is_playlist;
    const char *id, *title;
    const char *detail;    /* body areas, or the playlist's move count */
    const char *first_pose;/* for the thumbnail; NULL for a playlist or card */
    int64_t duration_ms;
} MenuEntry;

typedef enum PlayerScreen {
    PLAYER_SCREEN_EMPTY, /* nothing to play */
    PLAYER_SCREEN_READY, /* the get-ready card before snapshot.move */
    PLAYER_SCREEN_MOVE,  /* snapshot.move is playing */
    PLAYER_SCREEN_DONE   /* the programme ended (no loop) */
} PlayerScreen;

typedef enum PlayerEventKind {
    PLAYER_EVENT_READY,   /* a get-ready card begins (move_index: the move it announces) */
    PLAYER_EVENT_MOVE,    /* a move begins */
    PLAYER_EVENT_STEP,    /* a step begins */
    PLAYER_EVENT_CUE,     /* a cue is due (cue points into the running timeline) */
    PLAYER_EVENT_WAIT,    /* step mode: waiting for NEXT at the end of step_index */
    PLAYER_EVENT_PAUSE,
    PLAYER_EVENT_RESUME,
    PLAYER_EVENT_DONE,    /* the programme ended */
    PLAYER_EVENT_LOAD,    /* the menu asks to play menu_entry: the caller loads it */
    PLAYER_EVENT_ACTION   /* an action was taken (for the event log) */
} PlayerEventKind;

typedef struct PlayerEvent {
    PlayerEventKind kind;
    uint64_t at_ms;   /* run-clock time the event was due */
    int move_index;
    int step_index;   /* -1 when not about a step */
    const Cue *cue;   /* PLAYER_EVENT_CUE */
    const Move *timeline; /* the timeline the step or cue belongs to */
    int menu_entry;   /* PLAYER_EVENT_LOAD */
    Action action;    /* PLAYER_EVENT_ACTION */
} PlayerEvent;

typedef struct PlayerSnapshot {
    PlayerScreen screen;
    bool paused, step_mode, waiting, menu_open, help_open;
    const char *title;        /* the programme's */
    int move_index, move_count;
    const Move *move;         /* shown or announced; NULL when EMPTY */
    const Move *next_move;    /* after this one; NULL at the end without loop */
    const Move *timeline;     /* what is running: the move, or the get-ready card */
    uint64_t play_id;         /* changes whenever a timeline starts or jumps */
    int64_t t_ms;             /* position in timeline */
    TimelinePos pos;          /* timeline_at(timeline, t_ms), pinned while waiting */
    int64_t ready_left_ms;    /* READY: time left on the card */
    const MenuEntry *menu;
    int menu_count, menu_cursor;
} PlayerSnapshot;

Player *player_create(const PlayerConfig *cfg);
void player_destroy(Player *p); /* NULL is a no-op */

/* Plays moves[0..count) from the first, starting with its get-ready card. The array
 * and the moves must outlive the programme (until the next call or destroy). */
void player_set_programme(Player *p, const Move *const *moves, int count, const char *title,
                          uint64_t now_ms);

/* Swaps in a new version of the programme (a hot reload) without a jump: allowed only
 * between moves (on a get-ready card, or when done), where the screen shows no move
 * that could change under the viewer. The place is kept (the same move index, clamped;
 * the card's time). False, and nothing changed, while a move plays or when empty (then
 * use player_set_programme). */
bool player_swap_programme(Player *p, const Move *const *moves, int count, const char *title);

/* Starts at move_index (its get-ready card unless skip_ready). */
void player_start_move(Player *p, int move_index, bool skip_ready, uint64_t now_ms);

/* Menu lines; the caller owns them. */
void player_set_menu(Player *p, const MenuEntry *entries, int count);

void player_action(Player *p, Action a, uint64_t now_ms);
void player_update(Player *p, uint64_t now_ms);
bool player_poll_event(Player *p, PlayerEvent *out);
void player_snapshot(const Player *p, uint64_t now_ms, PlayerSnapshot *out);

/* Previous step restarts the current one when more than this far into it. */
enum { PLAYER_RESTART_MS = 1500 };

#endif
