/* ast: a parsed script, exactly as written: ranges unresolved, repeat and sides not
 * unrolled, names not yet checked against the content root. The parser builds it in
 * the caller's arena (strings decoded, positions kept for later diagnostics);
 * model/compile.c turns it into a Move, model/playlist.c into a Playlist.
 *
 * Lists are singly linked in the order written. The enums here mirror those of
 * model/move.h value for value (the script layer sits below the model and cannot
 * include it); compile.c checks that they agree. */
#ifndef LIMBER_AST_H
#define LIMBER_AST_H

#include <stdbool.h>
#include <stdint.h>

typedef struct SrcPos {
    int line, col;
} SrcPos;

typedef enum AstLevel { AST_LEVEL_EASY, AST_LEVEL_STANDARD, AST_LEVEL_HARD } AstLevel;
typedef enum AstSide { AST_SIDE_NONE, AST_SIDE_RIGHT, AST_SIDE_LEFT } AstSide;
typedef enum AstEase { AST_EASE_LINEAR, AST_EASE_IN, AST_EASE_OUT, AST_EASE_IN_OUT } AstEase;
typedef enum AstCueKind { AST_CUE_SOUND, AST_CUE_SAY } AstCueKind;

/* A count or a duration in ms; a range keeps both ends (low == high otherwise). */
typedef struct AstAmount {
    int64_t low, high;
    bool is_range;
    SrcPos pos;
} AstAmount;

typedef struct AstText {
    struct AstText *next;
    const char *text;
    SrcPos pos;
} AstText;

typedef enum AstAt {
    AST_AT_START,      /* the step's first frame (the default) */
    AST_AT_HOLD,       /* the hold's first frame */
    AST_AT_AFTER,      /* +ms after the step's start */
    AST_AT_BEFORE_END, /* end-ms before the step's end */
} AstAt;

typedef struct AstCue {
    struct AstCue *next;
    AstCueKind kind;
    const char *value; /* the sound's name or the words to say */
    SrcPos pos;        /* the statement */
    SrcPos value_pos;
    AstAt at;
    int64_t at_ms;
    SrcPos at_pos;
} AstCue;

typedef struct AstProp {
    struct AstProp *next;
    const char *name, *bone; /* bone NULL: on the floor */
    bool hide;
    SrcPos pos, name_pos;
} AstProp;

typedef enum AstKind { AST_STEP, AST_REST, AST_REPEAT, AST_SIDES } AstKind;

typedef struct AstNode {
    struct AstNode *next;
    AstKind kind;
    SrcPos pos;

    /* AST_STEP and AST_REST */
    const char *caption; /* NULL for a rest written without one */
    SrcPos caption_pos;
    const char *note;
    SrcPos note_pos;
    const char *pose; /* NULL: none */
    SrcPos pose_pos;
    int64_t pose_ms;
    AstEase ease;
    const char **cycle; /* cycle_count names, each at cycle_pos[i] */
    SrcPos *cycle_pos;
    int cycle_count;
    int64_t cycle_ms;
    SrcPos cycle_stmt;
    const char *clip; /* NULL: none */
    SrcPos clip_pos;
    bool clip_loop;
    AstProp *props;
    int prop_count;
    bool has_hold;   /* a rest always has one: its duration */
    AstAmount hold;
    SrcPos hold_stmt;
    int64_t wait_ms; /* 0: no wait */
    SrcPos wait_stmt;
    AstCue *cues;
    int countdown;   /* -1: the default */
    SrcPos countdown_pos;

    /* AST_REPEAT */
    AstAmount count;

    /* AST_SIDES */
    AstSide sides[2];
    int side_count;

    /* AST_REPEAT and AST_SIDES */
    struct AstNode *children;
    int depth; /* 1 for a block at the top level */
} AstNode;

typedef struct AstMove {
    const char *title; /* NULL when the file lacks its move statement */
    SrcPos pos;
    const char *summary;
    const char *source;
    const char *figure; /* NULL: not written (the compiler takes "side") */
    SrcPos figure_pos;
    AstText *areas, *equipment, *cautions;
    int area_count, equipment_count, caution_count;
    bool cues_auto;
    AstNode *body;
    int node_count; /* every node, blocks included */
} AstMove;

typedef struct AstPlay {
    struct AstPlay *next;
    const char *move_id;
    SrcPos pos, id_pos;
    int reps; /* 0: as written */
    bool has_level;
    AstLevel level;
} AstPlay;

typedef struct AstPlaylist {
    const char *title;
    SrcPos pos;
    AstLevel level; /* AST_LEVEL_STANDARD unless written */
    AstPlay *plays;
    int play_count;
} AstPlaylist;

#endif
