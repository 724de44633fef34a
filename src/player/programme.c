#include "player/programme.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *dup_string(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

/* "playlists/back_knots.playlist" -> "back_knots", with the kind from the extension. */
static void target_stem(const char *target, char *out, size_t size, bool *is_playlist, bool *is_move)
{
    const char *base = strrchr(target, '/');
    base = base ? base + 1 : target;
    snprintf(out, size, "%s", base);
    *is_playlist = *is_move = false;
    char *dot = strrchr(out, '.');
    if (dot && strcmp(dot, ".playlist") == 0) {
        *is_playlist = true;
        *dot = '\0';
    } else if (dot && strcmp(dot, ".move") == 0) {
        *is_move = true;
        *dot = '\0';
    }
}

const char *programme_default_target(const Content *c)
{
    if (content_playlist(c, "back_knots"))
        return "back_knots";
    if (content_playlist_count(c) > 0)
        return content_playlist_at(c, 0)->id;
    if (content_move_count(c) > 0)
        return NULL; /* every move, in id order */
    return NULL;
}

static bool push(Programme *p, Move *m)
{
    Move **grown = realloc(p->moves, (size_t)(p->count + 1) * sizeof *grown);
    if (!grown) {
        move_destroy(m);
        return false;
    }
    p->moves = grown;
    p->moves[p->count++] = m;
    return true;
}

bool programme_load(Programme *p, const Content *c, const char *target, Level level, bool level_set,
                    DiagList *diags)
{
    memset(p, 0, sizeof *p);
    if (!c)
        return false;
    char stem[256];
    bool want_playlist = false, want_move = false;
    if (!target)
        target = programme_default_target(c);
    if (target)
        target_stem(target, stem, sizeof stem, &want_playlist, &want_move);

    const Playlist *pl = target && !want_move ? content_playlist(c, stem) : NULL;
    if (pl) {
        for (int i = 0; i < pl->entry_count; i++) {
            const PlaylistEntry *e = &pl->entries[i];
            Level lv = e->has_level ? e->level : level_set ? level : e->level;
            Move *m = content_compile_move(c, e->move_id, lv, e->reps, diags);
            if (!m || !push(p, m))
                p->failed++;
        }
        p->id = dup_string(pl->id);
        p->title = dup_string(pl->title ? pl->title : pl->id);
    } else if (target && !want_playlist && content_move_info(c, stem)) {
        Move *m = content_compile_move(c, stem, level, 0, diags);
        if (m && push(p, m)) {
            p->id = dup_string(stem);
            p->title = dup_string(m->title);
        }
    } else if (!target) {
        for (int i = 0; i < content_move_count(c); i++) {
            Move *m = content_compile_move(c, content_move_id(c, i), level, 0, diags);
            if (!m || !push(p, m))
                p->failed++;
        }
        p->id = dup_string("all");
        p->title = dup_string("All moves");
    }
    if (p->count == 0) {
        programme_deinit(p);
        return false;
    }
    return p->id && p->title;
}

void programme_deinit(Programme *p)
{
    for (int i = 0; i < p->count; i++)
        move_destroy(p->moves[i]);
    free(p->moves);
    free(p->id);
    free(p->title);
    memset(p, 0, sizeof *p);
}

int programme_menu(const Content *c, MenuEntry **out)
{
    *out = NULL;
    if (!c)
        return 0;
    int np = content_playlist_count(c), nm = content_move_count(c);
    MenuEntry *e = calloc((size_t)(np + nm) + 1, sizeof *e);
    if (!e)
        return 0;
    int n = 0;
    for (int i = 0; i < np; i++) {
        const Playlist *pl = content_playlist_at(c, i);
        int64_t total = 0;
        int good = 0;
        for (int k = 0; k < pl->entry_count; k++) {
            const MoveInfo *mi = content_move_info(c, pl->entries[k].move_id);
            if (mi) {
                total += mi->duration_ms;
                good++;
            }
        }
        char detail[64];
        snprintf(detail, sizeof detail, "%d move%s", good, good == 1 ? "" : "s");
        e[n++] = (MenuEntry){ .is_playlist = true, .id = pl->id, .title = pl->title ? pl->title : pl->id,
                              .detail = dup_string(detail), .duration_ms = total };
    }
    for (int i = 0; i < nm; i++) {
        const MoveInfo *mi = content_move_info(c, content_move_id(c, i));
        if (!mi)
            continue;
        char detail[256] = "";
        size_t len = 0;
        for (int k = 0; k < mi->area_count && len < sizeof detail; k++)
            len += (size_t)snprintf(detail + len, sizeof detail - len, "%s%s", k ? ", " : "", mi->areas[k]);
        e[n++] = (MenuEntry){ .id = mi->id, .title = mi->title, .detail = dup_string(detail),
                              .first_pose = mi->first_pose, .duration_ms = mi->duration_ms };
    }
    *out = e;
    return n;
}

void programme_menu_free(MenuEntry *entries, int count)
{
    if (!entries)
        return;
    for (int i = 0; i < count; i++)
        free((char *)entries[i].detail);
    free(entries);
}
