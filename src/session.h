/* session: what is loaded and what is playing: the content root (its moves and
 * playlists, the pose library, the figures), the programme compiled from the chosen
 * playlist or move, and the menu. It also does the hot reload: the content is loaded
 * again, keeping the last good version of any file that broke, the programme is
 * compiled anew, and the new version is handed to the player at the next boundary
 * between moves, so what is on screen never changes under a viewer.
 *
 *   Session s;
 *   session_open(&s, root, &diags);                  // poses, figures, content, menu
 *   session_play(&s, player, target, level, level_set, now, &diags);
 *   on a content change:  session_reload(&s, figures_too, &diags);
 *   every frame:          session_swap_due(&s, player, now);   // swaps when it may
 *   session_close(&s);
 *
 * Everything here is the caller's struct; the moves handed to the player stay alive
 * until the player has let go of them, and one swap or play longer: the player's queued
 * events of that frame may still name them. */
#ifndef LIMBER_SESSION_H
#define LIMBER_SESSION_H

#include "anim/animate.h"
#include "model/content.h"
#include "model/poses.h"
#include "player/player.h"
#include "player/programme.h"
#include "script/diag.h"

#include <stdbool.h>
#include <stdint.h>

typedef struct Session {
    const char *root;
    Content *content;
    PoseLib *poses;
    Anim *anim;
    MenuEntry *menu;
    int menu_count;
    Programme playing;   /* what the player holds */
    Programme pending;   /* a newer version, waiting for the next boundary */
    Programme retired;   /* the one before the last swap or play: events the player
                            queued before it (this frame's) still point into it */
    bool has_pending;
    char target[256];    /* what was asked for ("" : the default) */
    Level level;
    bool level_set;
    int generation;      /* counts reloads, for the status overlay */
} Session;

bool session_open(Session *s, const char *root, DiagList *diags);
void session_close(Session *s);

/* Compiles target (NULL: the default) and starts it on the player from its beginning. */
bool session_play(Session *s, Player *p, const char *target, Level level, bool level_set, uint64_t now,
                  DiagList *diags);

/* Loads the content again (and the poses and figures when figures_too); the programme
 * is compiled anew into `pending`. The menu is rebuilt at once. */
bool session_reload(Session *s, Player *p, bool figures_too, DiagList *diags);

/* Hands a pending programme to the player if it is between moves. True when swapped. */
bool session_swap_due(Session *s, Player *p, uint64_t now);

#endif
