/* programme: what to play, compiled from a content root. Pure C.
 *
 *   Programme prog;
 *   if (programme_load(&prog, content, "back_knots", LEVEL_STANDARD, false, &diags)) {
 *       player_set_programme(player, (const Move *const *)prog.moves, prog.count, prog.title, now);
 *       ...
 *       programme_deinit(&prog);     // frees the compiled moves
 *   }
 *
 * A target is a playlist id, a move id, or the path of a .playlist or .move file in the
 * content root; NULL means the default playlist (back_knots, else the first playlist,
 * else every move in id order). A move that does not compile is left out (its errors
 * go to diags) and the rest plays. The level comes from the playlist unless level_set,
 * and a playlist entry's own level= wins over both. */
#ifndef LIMBER_PROGRAMME_H
#define LIMBER_PROGRAMME_H

#include "model/content.h"
#include "model/move.h"
#include "player/player.h"
#include "script/diag.h"

#include <stdbool.h>

typedef struct Programme {
    char *id;     /* the playlist's or move's id */
    char *title;
    Move **moves; /* owned */
    int count;
    int failed;   /* entries left out because they did not compile or were missing */
} Programme;

bool programme_load(Programme *p, const Content *c, const char *target, Level level, bool level_set,
                    DiagList *diags);
void programme_deinit(Programme *p);

/* The default target's id (see above), or NULL when the content has nothing. */
const char *programme_default_target(const Content *c);

/* The menu: every playlist, then every move; strings point into c and `storage`.
 * Returns the count; *out is freed with programme_menu_free(). */
int programme_menu(const Content *c, MenuEntry **out);
void programme_menu_free(MenuEntry *entries, int count);

#endif
