#include "model/playlist.h"

#include "script/parser.h"

Playlist *playlist_from_source(const char *src, size_t len, const char *id, const char *path,
                               const ContentIndex *ix, Arena *a, DiagList *d)
{
    size_t errors = d->errors;
    AstPlaylist *ast = parse_playlist(src, len, path, a, d);
    if (!ast)
        return NULL;
    for (const AstPlay *p = ast->plays; p && ix; p = p->next) {
        if (content_index_has(ix, NAME_MOVE, p->move_id))
            continue;
        const char *near = content_index_closest(ix, NAME_MOVE, p->move_id);
        if (near)
            diag_add(d, DIAG_ERROR, path, p->id_pos.line, p->id_pos.col,
                     "unknown move '%.60s' (did you mean '%s'?)", p->move_id, near);
        else
            diag_add(d, DIAG_ERROR, path, p->id_pos.line, p->id_pos.col,
                     "unknown move '%.60s': there is no moves/%.60s.move", p->move_id, p->move_id);
    }
    if (d->errors != errors)
        return NULL;

    Playlist *pl = arena_alloc(a, sizeof *pl);
    PlaylistEntry *entries = arena_alloc(a, (size_t)ast->play_count * sizeof *entries);
    if (!pl || (ast->play_count && !entries))
        return NULL;
    pl->id = arena_strdup(a, id ? id : "");
    pl->path = arena_strdup(a, path ? path : "");
    pl->title = ast->title;
    pl->level = (Level)ast->level;
    int i = 0;
    for (const AstPlay *p = ast->plays; p; p = p->next, i++)
        entries[i] = (PlaylistEntry){ p->move_id, p->reps, p->has_level ? (Level)p->level : pl->level,
                                      p->has_level, p->pos.line };
    pl->entries = entries;
    pl->entry_count = ast->play_count;
    return pl->id && pl->path ? pl : NULL;
}
