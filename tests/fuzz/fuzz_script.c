/* libFuzzer harness for the script layer: any bytes go through the lexer, both
 * parsers, the name checks and the compiler at every level, then the timeline lookup
 * and the diagnostic printer. Besides the sanitizers it checks the timeline's own
 * promises and aborts when one is broken. replay.c runs the same function over the
 * saved corpus in the normal build. */
#include "model/compile.h"
#include "model/playlist.h"
#include "script/parser.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static ContentIndex *index_once(void)
{
    static ContentIndex *ix;
    if (!ix) {
        static const char *const poses[] = { "stand", "all_fours", "cat", "cow", "lie_back", "reach_up" };
        ix = content_index_create(NULL, NULL);
        for (size_t i = 0; i < sizeof poses / sizeof *poses; i++)
            content_index_add(ix, NAME_POSE, poses[i]);
        content_index_add(ix, NAME_CLIP, "flame");
        content_index_add(ix, NAME_SOUND, "whoosh");
        content_index_add(ix, NAME_MOVE, "cat_cow");
        content_index_add(ix, NAME_MOVE, "ok");
        content_index_add(ix, NAME_VOICE, "round_up");
    }
    return ix;
}

static void check_timeline(const Move *m)
{
    if (m->step_count <= 0 || m->steps[m->step_count - 1].end_ms != m->duration_ms)
        abort();
    int64_t t = 0;
    for (int i = 0; i < m->step_count; i++) {
        const Step *s = &m->steps[i];
        if (s->index != i || s->start_ms != t || s->end_ms <= s->start_ms || !s->caption ||
            s->start_ms + s->pose_ms + s->hold_ms > s->end_ms)
            abort();
        for (int k = 0; k < s->cue_count; k++) {
            const Cue *q = &s->cues[k];
            if (q->at_ms < s->start_ms || q->at_ms > s->end_ms || (k && q->at_ms < s->cues[k - 1].at_ms))
                abort();
            if ((q->kind == CUE_SAY && !q->text) || (q->kind == CUE_SOUND && !q->name))
                abort();
        }
        TimelinePos a = timeline_at(m, s->start_ms), b = timeline_at(m, s->end_ms - 1);
        if (a.step != i || b.step != i || a.elapsed_ms != 0 || b.left_ms != 1)
            abort();
        t = s->end_ms;
    }
    TimelinePos done = timeline_at(m, m->duration_ms + 1);
    if (done.phase != PHASE_DONE || done.step != m->step_count - 1)
        abort();
}

static void print_all(const DiagList *d, const uint8_t *data, size_t size)
{
    static FILE *sink;
    if (!sink)
        sink = fopen("/dev/null", "w");
    for (size_t i = 0; sink && i < d->count; i++)
        diag_print_one(&d->items[i], sink, (const char *)data, size);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *src = (const char *)data;
    const ContentIndex *ix = index_once();
    DiagList d;
    diag_init(&d);
    static const Level levels[] = { LEVEL_EASY, LEVEL_STANDARD, LEVEL_HARD };
    for (int i = 0; i < 3; i++) {
        CompileOptions o;
        compile_options_default(&o);
        o.level = levels[i];
        o.synthesis = i != 1;
        o.reps_override = i == 2 && size ? data[0] % 4 : 0;
        DiagList level;
        diag_init(&level);
        Move *m = move_from_source(src, size, "fuzz", "fuzz.move", &o, ix, &level);
        if (m)
            check_timeline(m);
        else if (level.errors == 0)
            abort(); /* a move that fails must say why */
        move_destroy(m);
        diag_merge(&d, &level);
        diag_deinit(&level);
    }
    Arena *a = arena_create();
    size_t errors = d.errors;
    Playlist *p = playlist_from_source(src, size, "fuzz", "fuzz.playlist", ix, a, &d);
    if (!p && d.errors == errors)
        abort();
    arena_destroy(a);
    print_all(&d, data, size);
    diag_deinit(&d);
    return 0;
}
