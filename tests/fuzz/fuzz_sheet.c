/* libFuzzer harness for the sprite-sheet JSON (Aseprite's export): any bytes go through
 * sheet_parse; a sheet that parses is played: every clip's sequence, length and the
 * frame at many times, looping and once. It aborts when a frame index falls outside
 * the sheet, a tag's range is not inside it, or a failure says nothing. replay.c runs
 * it over the saved corpus in the normal build. */
#include "anim/sheet.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static void play(const Sheet *s)
{
    static int seq[4096];
    for (int i = 0; i < s->tag_count; i++) {
        const SheetTag *tag = &s->tags[i];
        if (tag->from < 0 || tag->to >= s->frame_count || tag->from > tag->to || sheet_tag(s, tag->name) == NULL)
            abort();
        for (int loop = 0; loop < 2; loop++) {
            int n = sheet_sequence(s, tag, loop, seq, (int)(sizeof seq / sizeof *seq));
            for (int k = 0; k < n && k < (int)(sizeof seq / sizeof *seq); k++)
                if (seq[k] < tag->from || seq[k] > tag->to)
                    abort();
            int64_t len = sheet_clip_ms(s, tag, loop);
            if (len < 0)
                abort();
            static const int64_t times[] = { -1, 0, 1, 99, 1000, 123456, INT32_MAX, (int64_t)1 << 40 };
            for (size_t t = 0; t < sizeof times / sizeof *times; t++) {
                int f = sheet_frame_at(s, tag, times[t], loop);
                if (f < tag->from || f > tag->to)
                    abort();
            }
            for (int64_t t = 0; len > 0 && t < len * 2 && t < 100000; t += len / 7 + 1) {
                int f = sheet_frame_at(s, tag, t, loop);
                if (f < tag->from || f > tag->to)
                    abort();
            }
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    DiagList d;
    diag_init(&d);
    Sheet *s = sheet_parse((const char *)data, size, "sheets/fuzz.json", &d);
    if (s)
        play(s);
    else if (d.errors == 0)
        abort(); /* a sheet that fails must say why */
    sheet_destroy(s);
    diag_deinit(&d);
    return 0;
}
