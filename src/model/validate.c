/* compile_check_names(): the names a move uses, checked against the content root. */
#include "model/compile.h"

#include <stdio.h>
#include <string.h>

typedef struct Checker {
    const ContentIndex *ix;
    bool synthesis;
    bool cards; /* figure none */
    const char *path;
    DiagList *d;
} Checker;

static const char *const kind_words[NAME_KIND_COUNT] = {
    [NAME_FIGURE] = "figure", [NAME_POSE] = "pose", [NAME_SOUND] = "sound",
    [NAME_CLIP] = "clip", [NAME_PROP] = "prop", [NAME_MOVE] = "move", [NAME_VOICE] = "voice",
};

static void check_name(const Checker *c, NameKind kind, const char *name, SrcPos at)
{
    if (!name)
        return;
    if (strchr(name, '/') || strchr(name, '\\')) {
        if (!content_path_is_inside(name))
            diag_add(c->d, DIAG_ERROR, c->path, at.line, at.col,
                     "'%.60s' leaves the content root: a path in a script is relative to the root and stays inside it",
                     name);
        else if (kind != NAME_SOUND)
            diag_add(c->d, DIAG_ERROR, c->path, at.line, at.col,
                     "a %s's name is a word, not a path: '%.60s'", kind_words[kind], name);
        else if (c->ix && !content_index_file_inside(c->ix, name))
            diag_add(c->d, DIAG_ERROR, c->path, at.line, at.col,
                     "no sound file '%.60s' in the content root", name);
        return;
    }
    if (!c->ix || content_index_has(c->ix, kind, name))
        return;
    const char *near = content_index_closest(c->ix, kind, name);
    if (near)
        diag_add(c->d, DIAG_ERROR, c->path, at.line, at.col, "unknown %s '%.60s' (did you mean '%s'?)",
                 kind_words[kind], name, near);
    else
        diag_add(c->d, DIAG_ERROR, c->path, at.line, at.col, "unknown %s '%.60s'", kind_words[kind], name);
}

/* The text as the side makes it, for the voice file lookup. */
static void side_variant(const char *text, const char *side, const char *other, char *out, size_t size)
{
    size_t n = 0;
    for (const char *p = text; *p && n + 1 < size;) {
        const char *with = NULL;
        size_t skip = 0;
        if (strncmp(p, "{side}", 6) == 0)
            with = side, skip = 6;
        else if (strncmp(p, "{other}", 7) == 0)
            with = other, skip = 7;
        if (with) {
            n += (size_t)snprintf(out + n, size - n, "%s", with);
            if (n >= size)
                n = size - 1;
            p += skip;
        } else {
            out[n++] = *p++;
        }
    }
    out[n] = '\0';
}

static void check_voice(const Checker *c, const AstCue *cue, bool in_sides)
{
    if (c->synthesis || !c->ix)
        return;
    static const char *const sides[2][2] = { { "right", "left" }, { "left", "right" } };
    for (int v = 0; v < (in_sides ? 2 : 1); v++) {
        char text[1024], key[96];
        side_variant(cue->value, sides[v][0], sides[v][1], text, sizeof text);
        content_voice_key(text, key, sizeof key);
        if (!content_index_has(c->ix, NAME_VOICE, key)) {
            diag_add(c->d, DIAG_WARNING, c->path, cue->value_pos.line, cue->value_pos.col,
                     "no recorded voice file voice/%s.wav (or .ogg, .flac, .mp3) and speech synthesis is off: this line stays silent",
                     key);
            return;
        }
    }
}

static void check_nodes(const Checker *c, const AstNode *n, bool in_sides)
{
    for (; n; n = n->next) {
        if (n->kind == AST_REPEAT || n->kind == AST_SIDES) {
            check_nodes(c, n->children, in_sides || n->kind == AST_SIDES);
            continue;
        }
        if (c->cards && (n->pose || n->cycle)) {
            SrcPos at = n->pose ? n->pose_pos : n->cycle_stmt;
            diag_add(c->d, DIAG_ERROR, c->path, at.line, at.col,
                     "this move has 'figure none': there is no figure to pose");
        } else {
            check_name(c, NAME_POSE, n->pose, n->pose_pos);
            for (int i = 0; i < n->cycle_count; i++)
                check_name(c, NAME_POSE, n->cycle[i], n->cycle_pos[i]);
        }
        if (n->cycle && !n->has_hold)
            diag_add(c->d, DIAG_ERROR, c->path, n->cycle_stmt.line, n->cycle_stmt.col,
                     "a cycle runs during the hold, and this step has none: add a hold");
        check_name(c, NAME_CLIP, n->clip, n->clip_pos);
        for (const AstProp *p = n->props; p; p = p->next)
            check_name(c, NAME_PROP, p->name, p->name_pos);
        for (const AstCue *q = n->cues; q; q = q->next) {
            if (q->kind == AST_CUE_SOUND)
                check_name(c, NAME_SOUND, q->value, q->value_pos);
            else
                check_voice(c, q, in_sides);
        }
    }
}

void compile_check_names(const AstMove *ast, const ContentIndex *ix, bool synthesis,
                         const char *path, DiagList *d)
{
    Checker c = { ix, synthesis, ast->figure && strcmp(ast->figure, "none") == 0, path, d };
    check_name(&c, NAME_FIGURE, ast->figure, ast->figure_pos);
    check_nodes(&c, ast->body, false);
}
