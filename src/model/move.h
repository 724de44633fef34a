/* move: a compiled move, the contract every layer above the script reads.
 *
 * A Move is a header (title, summary, areas, cautions, figure) and a timeline: its
 * steps with absolute start and end times in milliseconds from the move's start, and
 * each step's cues at absolute times. Everything is resolved: ranges by the level,
 * {side}/{other} replaced, repeat/sides unrolled, automatic cues added. A Move is
 * read-only once compiled; all of it lives in one arena, freed by move_destroy().
 *
 * Within a step starting at T: the pose move runs over [T, T+pose_ms), the hold over
 * [T+pose_ms, T+pose_ms+hold_ms), then any wait, until end_ms. A rest step has no
 * pose move: its hold_ms is the rest. timeline_at() answers "where are we at time t".
 */
#ifndef LIMBER_MOVE_H
#define LIMBER_MOVE_H

#include <stdbool.h>
#include <stdint.h>

typedef enum Level { LEVEL_EASY, LEVEL_STANDARD, LEVEL_HARD } Level;
typedef enum Side { SIDE_NONE, SIDE_RIGHT, SIDE_LEFT } Side;
typedef enum StepKind { STEP_KIND_STEP, STEP_KIND_REST, STEP_KIND_CARD } StepKind;
typedef enum Ease { EASE_LINEAR, EASE_IN, EASE_OUT, EASE_IN_OUT } Ease;
typedef enum CueKind { CUE_SOUND, CUE_SAY } CueKind;

typedef struct Cue {
    int64_t at_ms;    /* absolute, from the move's start */
    CueKind kind;
    const char *name; /* CUE_SOUND: "chime", "tick", "bell", a sounds/ file stem, or a
                         path inside the content root when it holds a '/' */
    const char *text; /* CUE_SAY: the words, {side} already replaced */
    bool is_auto;     /* added by the automatic cue rules, not written in the script */
} Cue;

typedef struct PropChange {
    const char *name; /* ball, roller, load, wall, mat, ... */
    const char *bone; /* attach to this bone; NULL: on the floor */
    bool hide;
} PropChange;

typedef struct Step {
    int index;
    StepKind kind;
    int64_t start_ms, end_ms;
    int64_t pose_ms;     /* length of the pose move (0 if none) */
    int64_t hold_ms;     /* length of the hold or rest (0 if none) */
    const char *caption; /* never NULL; {side} replaced; a bare rest says "Rest" */
    const char *note;    /* NULL if none */
    const char *pose;    /* NULL: the figure keeps the pose it has */
    Ease ease;
    const char *const *cycle; /* poses looped during the hold, or NULL */
    int cycle_count;
    int64_t cycle_ms;         /* each move of the cycle */
    const char *clip;         /* sprite-sheet clip, or NULL */
    bool clip_loop;
    const PropChange *props;
    int prop_count;
    int rep, reps; /* innermost repeat: "rep of reps"; 0 outside any repeat */
    Side side;
    int countdown; /* ticks on the last N seconds of the hold */
    const Cue *cues; /* sorted by at_ms */
    int cue_count;
    int line; /* line of the step statement in its file */
} Step;

typedef struct Move {
    const char *id;    /* file stem */
    const char *path;  /* as loaded */
    const char *title;
    const char *summary; /* may be NULL */
    const char *figure;  /* "side", "front", or "none" */
    const char *source;  /* may be NULL */
    const char *const *areas;
    int area_count;
    const char *const *equipment;
    int equipment_count;
    const char *const *cautions;
    int caution_count;
    bool cues_auto;
    Level level;
    int64_t duration_ms;
    const Step *steps;
    int step_count;
    struct Arena *arena; /* owns all of the above */
} Move;

void move_destroy(Move *m); /* NULL is a no-op */

const char *level_name(Level level);
bool level_parse(const char *name, Level *out);
const char *side_name(Side side); /* "right", "left", NULL for SIDE_NONE */

/* ---- timeline lookup ---------------------------------------------------------- */

typedef enum Phase { PHASE_POSE, PHASE_HOLD, PHASE_WAIT, PHASE_DONE } Phase;

typedef struct TimelinePos {
    int step;           /* index into steps; step_count - 1 when done */
    Phase phase;
    int64_t phase_start_ms, phase_end_ms;
    int64_t elapsed_ms; /* since the phase began */
    int64_t left_ms;    /* until the phase ends */
    float progress;     /* 0..1 within the phase */
    int rep, reps;
    Side side;
} TimelinePos;

/* Where the move is at t (clamped to [0, duration]); O(log steps). */
TimelinePos timeline_at(const Move *m, int64_t t_ms);

/* Index of the step running at t, by binary search. */
int timeline_step_at(const Move *m, int64_t t_ms);

#endif
