/* The statements of a .playlist file (SCRIPT_FORMAT.md, "A playlist"). */
#include "script/parse_util.h"
#include "script/parser.h"

#include <string.h>

const char *const parse_playlist_statements[] = { "playlist", "level", "play" };
const size_t parse_playlist_statement_count = 3;

typedef struct PlaylistParser {
    Parser p;
    AstPlaylist *pl;
    AstPlay **tail;
    int statements;
    SrcPos level_pos;
} PlaylistParser;

static bool level_of(Parser *p, const Token *t, AstLevel *out)
{
    if (t->kind == TOK_WORD && parse_level_word(t->start, t->len, out))
        return true;
    pu_error(p, t, "a level is easy, standard or hard");
    return false;
}

static void st_playlist(PlaylistParser *pp, const Line *ln)
{
    static const char usage[] = "playlist \"TITLE\"";
    if (pp->pl->title) {
        pu_error(&pp->p, &ln->kw, "second 'playlist' statement (the first is on line %d)", pp->pl->pos.line);
        return;
    }
    if (pp->statements > 1) {
        pu_error(&pp->p, &ln->kw, "'playlist' must be the first statement of the file");
        return;
    }
    const Token *t = pu_arg(&pp->p, ln, 0, "the title", usage);
    if (!t || !pu_max_args(&pp->p, ln, 1, usage) || !pu_check_options(&pp->p, ln, NULL))
        return;
    pp->pl->title = pu_string(&pp->p, t, "the title", usage);
    pp->pl->pos = pu_pos(&ln->kw);
}

static void st_level(PlaylistParser *pp, const Line *ln)
{
    static const char usage[] = "level easy|standard|hard";
    if (pp->level_pos.line) {
        pu_error(&pp->p, &ln->kw, "'level' is given twice (first on line %d)", pp->level_pos.line);
        return;
    }
    const Token *t = pu_arg(&pp->p, ln, 0, "the level", usage);
    if (!t || !pu_max_args(&pp->p, ln, 1, usage) || !pu_check_options(&pp->p, ln, NULL))
        return;
    if (level_of(&pp->p, t, &pp->pl->level))
        pp->level_pos = pu_pos(&ln->kw);
}

static void st_play(PlaylistParser *pp, const Line *ln)
{
    static const char usage[] = "play ID [reps=N] [level=easy|standard|hard]";
    static const char *const keys[] = { "reps", "level", NULL };
    const Token *t = pu_arg(&pp->p, ln, 0, "the move's id", usage);
    if (!t || !pu_max_args(&pp->p, ln, 1, usage) || !pu_check_options(&pp->p, ln, keys))
        return;
    AstPlay play = { .pos = pu_pos(&ln->kw), .id_pos = pu_pos(t) };
    for (int i = 0; i < ln->nopts; i++) {
        const Token *v = &ln->vals[i];
        int64_t n;
        if (token_is(&ln->keys[i], "reps")) {
            if (!pu_count(&pp->p, v, 1, SCRIPT_COUNT_MAX, &n))
                return;
            play.reps = (int)n;
        } else {
            if (!level_of(&pp->p, v, &play.level))
                return;
            play.has_level = true;
        }
    }
    if (!(play.move_id = pu_word(&pp->p, t, "the move's id", usage)))
        return;
    AstPlay *n = arena_alloc(pp->p.a, sizeof *n);
    if (!n) {
        pp->p.oom = true;
        return;
    }
    *n = play;
    *pp->tail = n;
    pp->tail = &n->next;
    pp->pl->play_count++;
}

AstPlaylist *parse_playlist(const char *src, size_t len, const char *path, Arena *a, DiagList *d)
{
    PlaylistParser pp = { 0 };
    size_t errors_before = d->errors;
    pu_init(&pp.p, src, len, path, a, d);
    pp.pl = arena_alloc(a, sizeof *pp.pl);
    if (!pp.pl)
        return NULL;
    pp.pl->level = AST_LEVEL_STANDARD;
    pp.tail = &pp.pl->plays;
    if (!pu_check_size(&pp.p, src, len))
        return pp.pl;

    Line ln;
    while (!pp.p.oom && pu_line(&pp.p, &ln)) {
        pp.statements++;
        if (ln.bad)
            continue;
        bool first_ok = token_is(&ln.kw, "playlist");
        if (pp.statements == 1 && !first_ok)
            pu_error(&pp.p, &ln.kw, "a playlist file begins with playlist \"TITLE\": add it above this line");
        if (token_is(&ln.kw, "playlist"))
            st_playlist(&pp, &ln);
        else if (token_is(&ln.kw, "level"))
            st_level(&pp, &ln);
        else if (token_is(&ln.kw, "play"))
            st_play(&pp, &ln);
        else
            pu_unknown_statement(&pp.p, &ln.kw, "playlist", parse_playlist_statements,
                                 parse_playlist_statement_count);
    }
    if (pp.p.oom)
        return NULL;
    if (pp.statements == 0)
        pu_error_pos(&pp.p, (SrcPos){ 1, 1 }, "empty playlist file: write playlist \"TITLE\" and at least one play");
    else if (pp.pl->title && pp.pl->play_count == 0 && d->errors == errors_before)
        pu_error_pos(&pp.p, pp.pl->pos, "the playlist plays nothing: add a line such as play cat_cow");
    return pp.pl;
}
