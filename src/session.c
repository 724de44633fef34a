#include "session.h"

#include <stdio.h>
#include <string.h>

static void load_figures(Session *s, DiagList *diags)
{
    /* The pose library's own problems are reported by the content's load (its index
     * checks pose names against the same library): not twice. */
    DiagList quiet;
    diag_init(&quiet);
    s->poses = poselib_load(s->root, &quiet);
    diag_deinit(&quiet);
    s->anim = s->poses ? anim_create(s->root, s->poses, diags) : NULL;
}

/* The playing programme steps down; the one retired before it goes. Events the player
 * queued this frame (a step's cue at a move's last millisecond, then the get-ready card
 * on which the swap happens) point into the old moves until the caller polls them. */
static void retire(Session *s)
{
    programme_deinit(&s->retired);
    s->retired = s->playing;
    memset(&s->playing, 0, sizeof s->playing);
}

bool session_open(Session *s, const char *root, DiagList *diags)
{
    memset(s, 0, sizeof *s);
    s->root = root;
    load_figures(s, diags);
    s->content = content_load(root, diags);
    if (!s->content)
        return false;
    s->menu_count = programme_menu(s->content, &s->menu);
    return true;
}

void session_close(Session *s)
{
    programme_deinit(&s->playing);
    programme_deinit(&s->pending);
    programme_deinit(&s->retired);
    programme_menu_free(s->menu, s->menu_count);
    content_destroy(s->content);
    anim_destroy(s->anim);
    poselib_destroy(s->poses);
    memset(s, 0, sizeof *s);
}

bool session_play(Session *s, Player *p, const char *target, Level level, bool level_set, uint64_t now,
                  DiagList *diags)
{
    Programme next;
    if (!programme_load(&next, s->content, target, level, level_set, diags))
        return false;
    snprintf(s->target, sizeof s->target, "%s", target ? target : "");
    s->level = level;
    s->level_set = level_set;
    player_set_programme(p, (const Move *const *)next.moves, next.count, next.title, now);
    retire(s);
    programme_deinit(&s->pending);
    s->has_pending = false;
    s->playing = next;
    player_set_menu(p, s->menu, s->menu_count);
    return true;
}

bool session_reload(Session *s, Player *p, bool figures_too, DiagList *diags)
{
    Content *fresh = content_reload(s->content, s->root, diags);
    if (!fresh)
        return false;
    /* The menu points into the content: rebuild it before the old content goes. */
    MenuEntry *menu = NULL;
    int menu_count = programme_menu(fresh, &menu);
    player_set_menu(p, menu, menu_count);
    programme_menu_free(s->menu, s->menu_count);
    s->menu = menu;
    s->menu_count = menu_count;
    content_destroy(s->content);
    s->content = fresh;
    if (figures_too) {
        /* Moves on screen keep drawing: the view takes the new Anim at once and any
         * pose a playing move names is looked up in the new library. */
        PoseLib *old_poses = s->poses;
        Anim *old_anim = s->anim;
        load_figures(s, diags);
        anim_destroy(old_anim);
        poselib_destroy(old_poses);
    }
    Programme next;
    if (!programme_load(&next, s->content, s->target[0] ? s->target : NULL, s->level, s->level_set, diags)) {
        /* Everything it played is gone: play nothing at the next boundary. */
        memset(&next, 0, sizeof next);
    }
    programme_deinit(&s->pending);
    s->pending = next;
    s->has_pending = true;
    s->generation++;
    return true;
}

bool session_swap_due(Session *s, Player *p, uint64_t now)
{
    if (!s->has_pending)
        return false;
    PlayerSnapshot snap;
    player_snapshot(p, now, &snap);
    if (snap.screen == PLAYER_SCREEN_MOVE)
        return false; /* wait for the next boundary */
    const Move *const *moves = (const Move *const *)s->pending.moves;
    if (snap.screen == PLAYER_SCREEN_EMPTY)
        player_set_programme(p, moves, s->pending.count, s->pending.title, now);
    else
        player_swap_programme(p, moves, s->pending.count, s->pending.title);
    retire(s);
    s->playing = s->pending;
    memset(&s->pending, 0, sizeof s->pending);
    s->has_pending = false;
    return true;
}
