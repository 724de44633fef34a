#include "modes/dump.h"

#include "model/compile.h"
#include "model/content.h"
#include "model/files.h"
#include "modes/report.h"
#include "script/parser.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void add_string_or_null(cJSON *o, const char *key, const char *s)
{
    if (s)
        cJSON_AddStringToObject(o, key, s);
    else
        cJSON_AddNullToObject(o, key);
}

static void add_int_or_null(cJSON *o, const char *key, int v)
{
    if (v)
        cJSON_AddNumberToObject(o, key, v);
    else
        cJSON_AddNullToObject(o, key);
}

static const char *const kind_names[] = { "step", "rest", "card" };
static const char *const ease_names[] = { "linear", "in", "out", "in_out" };

static cJSON *cue_json(const Cue *q)
{
    cJSON *c = cJSON_CreateObject();
    cJSON_AddNumberToObject(c, "at_ms", (double)q->at_ms);
    if (q->kind == CUE_SAY) {
        cJSON_AddStringToObject(c, "kind", "say");
        cJSON_AddStringToObject(c, "text", q->text);
    } else {
        cJSON_AddStringToObject(c, "kind", "sound");
        cJSON_AddStringToObject(c, "name", q->name);
    }
    cJSON_AddBoolToObject(c, "auto", q->is_auto);
    return c;
}

/* The fields of SCRIPT_FORMAT.md's example in its order; the rest only when set. */
static cJSON *step_json(const Step *s)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "index", s->index);
    cJSON_AddNumberToObject(o, "start_ms", (double)s->start_ms);
    cJSON_AddNumberToObject(o, "end_ms", (double)s->end_ms);
    cJSON_AddStringToObject(o, "kind", kind_names[s->kind]);
    cJSON_AddStringToObject(o, "caption", s->caption);
    add_string_or_null(o, "pose", s->pose);
    cJSON_AddNumberToObject(o, "pose_ms", (double)s->pose_ms);
    cJSON_AddNumberToObject(o, "hold_ms", (double)s->hold_ms);
    add_int_or_null(o, "rep", s->rep);
    add_int_or_null(o, "reps", s->reps);
    add_string_or_null(o, "side", side_name(s->side));
    if (s->note)
        cJSON_AddStringToObject(o, "note", s->note);
    if (s->pose && s->ease != EASE_IN_OUT)
        cJSON_AddStringToObject(o, "ease", ease_names[s->ease]);
    if (s->cycle_count) {
        cJSON *cycle = cJSON_AddArrayToObject(o, "cycle");
        for (int i = 0; i < s->cycle_count; i++)
            cJSON_AddItemToArray(cycle, cJSON_CreateString(s->cycle[i]));
        cJSON_AddNumberToObject(o, "cycle_ms", (double)s->cycle_ms);
    }
    if (s->clip) {
        cJSON_AddStringToObject(o, "clip", s->clip);
        cJSON_AddBoolToObject(o, "clip_loop", s->clip_loop);
    }
    if (s->prop_count) {
        cJSON *props = cJSON_AddArrayToObject(o, "props");
        for (int i = 0; i < s->prop_count; i++) {
            cJSON *p = cJSON_CreateObject();
            cJSON_AddStringToObject(p, "name", s->props[i].name);
            add_string_or_null(p, "bone", s->props[i].bone);
            cJSON_AddBoolToObject(p, "hide", s->props[i].hide);
            cJSON_AddItemToArray(props, p);
        }
    }
    cJSON *cues = cJSON_AddArrayToObject(o, "cues");
    for (int i = 0; i < s->cue_count; i++)
        cJSON_AddItemToArray(cues, cue_json(&s->cues[i]));
    return o;
}

static cJSON *move_json(const Move *m)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "id", m->id);
    cJSON_AddStringToObject(o, "title", m->title);
    cJSON_AddStringToObject(o, "level", level_name(m->level));
    cJSON_AddNumberToObject(o, "duration_ms", (double)m->duration_ms);
    cJSON *steps = cJSON_AddArrayToObject(o, "steps");
    for (int i = 0; i < m->step_count; i++)
        cJSON_AddItemToArray(steps, step_json(&m->steps[i]));
    return o;
}

/* One JSON object, laid out for a reader: the header on the first line, then one line
 * for each item of the list under list_key. */
static int print_json(cJSON *o, const char *list_key)
{
    cJSON *list = cJSON_DetachItemFromObjectCaseSensitive(o, list_key);
    char *head = o ? cJSON_PrintUnformatted(o) : NULL;
    bool ok = head && list && strlen(head) >= 2;
    if (ok) {
        size_t n = strlen(head);
        printf("%.*s%s\"%s\":[", (int)(n - 1), head, n > 2 ? "," : "", list_key);
        const cJSON *item;
        bool first = true;
        cJSON_ArrayForEach(item, list) {
            char *text = cJSON_PrintUnformatted(item);
            ok &= text != NULL;
            printf("%s\n  %s", first ? "" : ",", text ? text : "null");
            cJSON_free(text);
            first = false;
        }
        puts("\n]}");
    }
    cJSON_free(head);
    cJSON_Delete(list);
    cJSON_Delete(o);
    if (!ok)
        fputs("limber: out of memory\n", stderr);
    return ok ? 0 : 1;
}

static int dump_move(const char *file, const char *src, size_t len, const char *root, Level level)
{
    char id[256];
    files_stem(file, id, sizeof id);
    DiagList d;
    diag_init(&d);
    ContentIndex *ix = root ? content_index_create(root, NULL) : NULL;
    CompileOptions o;
    compile_options_default(&o);
    o.level = level;
    Move *m = move_from_source(src, len, id, file, &o, ix, &d);
    report_print(&d, stderr);
    int code = m ? print_json(move_json(m), "steps") : 1;
    move_destroy(m);
    content_index_destroy(ix);
    diag_deinit(&d);
    return code;
}

static cJSON *entry_json(const Content *c, const PlaylistEntry *e, Level level, int index, int64_t *t,
                         DiagList *d)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "index", index);
    cJSON_AddStringToObject(o, "id", e->move_id);
    cJSON_AddStringToObject(o, "level", level_name(level));
    add_int_or_null(o, "reps", e->reps);
    Move *m = content_compile_move(c, e->move_id, level, e->reps, d);
    if (!m) {
        cJSON_AddBoolToObject(o, "left_out", true);
        return o;
    }
    cJSON_AddStringToObject(o, "title", m->title);
    cJSON_AddNumberToObject(o, "start_ms", (double)*t);
    cJSON_AddNumberToObject(o, "duration_ms", (double)m->duration_ms);
    cJSON_AddNumberToObject(o, "step_count", m->step_count);
    *t += m->duration_ms;
    move_destroy(m);
    return o;
}

static int dump_playlist(const char *file, const char *src, size_t len, const char *root, Level level,
                         bool level_given)
{
    char id[256];
    files_stem(file, id, sizeof id);
    DiagList all, d;
    diag_init(&all);
    diag_init(&d);
    Content *c = content_load(root, &all);
    Arena *a = arena_create();
    Playlist *p = c && a ? playlist_from_source(src, len, id, file, content_index(c), a, &d) : NULL;
    int code = 1;
    if (p) {
        if (level_given)
            p->level = level;
        /* Only the problems of the moves this playlist plays matter here. */
        for (size_t i = 0; i < all.count; i++)
            for (int k = 0; k < p->entry_count; k++) {
                char stem[256];
                files_stem(all.items[i].path, stem, sizeof stem);
                if (strcmp(stem, p->entries[k].move_id) == 0 && report_script_kind(all.items[i].path) == 'm') {
                    diag_add(&d, all.items[i].severity, all.items[i].path, all.items[i].line,
                             all.items[i].col, "%s", all.items[i].message);
                    break;
                }
            }
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "id", p->id);
        add_string_or_null(o, "title", p->title);
        cJSON_AddStringToObject(o, "level", level_name(p->level));
        int64_t t = 0;
        cJSON *moves = cJSON_CreateArray();
        DiagList scratch;
        diag_init(&scratch);
        for (int i = 0; i < p->entry_count; i++)
            cJSON_AddItemToArray(moves, entry_json(c, &p->entries[i],
                                                   p->entries[i].has_level ? p->entries[i].level : p->level,
                                                   i, &t, &scratch));
        diag_deinit(&scratch);
        cJSON_AddNumberToObject(o, "duration_ms", (double)t);
        cJSON_AddItemToObject(o, "moves", moves);
        report_print(&d, stderr);
        code = print_json(o, "moves");
    } else {
        report_print(&d, stderr);
    }
    arena_destroy(a);
    content_destroy(c);
    diag_deinit(&d);
    diag_deinit(&all);
    return code;
}

int dump_run(const char *file, const char *content_dir, Level level, bool level_given)
{
    char kind = report_script_kind(file);
    if (!files_is_file(file) || !kind) {
        fprintf(stderr, "limber: --dump-timeline: '%s' is not a .move or .playlist file\n", file);
        return 2;
    }
    char root[4096];
    bool have_root = report_root_for(file, content_dir, root, sizeof root);
    if (kind == 'p' && !have_root) {
        fprintf(stderr, "limber: --dump-timeline: no content root for '%s' (give --content DIR)\n", file);
        return 2;
    }
    size_t len;
    char *src = files_read(file, SCRIPT_FILE_MAX, &len);
    if (!src) {
        fprintf(stderr, "limber: --dump-timeline: cannot read '%s'\n", file);
        return 1;
    }
    int code = kind == 'm' ? dump_move(file, src, len, have_root ? root : NULL, level)
                           : dump_playlist(file, src, len, root, level, level_given);
    free(src);
    return code;
}
