/* Aseprite sprite sheets: both frame forms, every direction, trimmed frames, errors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "anim/sheet.h"

/* As Aseprite 1.3 writes it with "Hash" frames and trimming on (frames out of order
 * in the image, one trimmed). */
static const char hash_json[] =
    "{ \"frames\": {\n"
    "   \"walk 0.aseprite\": { \"frame\": { \"x\": 0, \"y\": 0, \"w\": 32, \"h\": 32 }, \"rotated\": false,"
    "     \"trimmed\": false, \"spriteSourceSize\": { \"x\": 0, \"y\": 0, \"w\": 32, \"h\": 32 },"
    "     \"sourceSize\": { \"w\": 32, \"h\": 32 }, \"duration\": 100 },\n"
    "   \"walk 1.aseprite\": { \"frame\": { \"x\": 32, \"y\": 0, \"w\": 20, \"h\": 30 }, \"rotated\": false,"
    "     \"trimmed\": true, \"spriteSourceSize\": { \"x\": 6, \"y\": 2, \"w\": 20, \"h\": 30 },"
    "     \"sourceSize\": { \"w\": 32, \"h\": 32 }, \"duration\": 200 },\n"
    "   \"walk 2.aseprite\": { \"frame\": { \"x\": 0, \"y\": 32, \"w\": 32, \"h\": 32 }, \"rotated\": false,"
    "     \"trimmed\": false, \"spriteSourceSize\": { \"x\": 0, \"y\": 0, \"w\": 32, \"h\": 32 },"
    "     \"sourceSize\": { \"w\": 32, \"h\": 32 }, \"duration\": 300 },\n"
    "   \"walk 3.aseprite\": { \"frame\": { \"x\": 32, \"y\": 32, \"w\": 32, \"h\": 32 }, \"rotated\": false,"
    "     \"trimmed\": false, \"spriteSourceSize\": { \"x\": 0, \"y\": 0, \"w\": 32, \"h\": 32 },"
    "     \"sourceSize\": { \"w\": 32, \"h\": 32 }, \"duration\": 400 }\n"
    " },\n"
    " \"meta\": { \"app\": \"https://www.aseprite.org/\", \"version\": \"1.3.2-x64\", \"image\": \"walk.png\","
    "  \"format\": \"RGBA8888\", \"size\": { \"w\": 64, \"h\": 64 }, \"scale\": \"1\",\n"
    "  \"frameTags\": [\n"
    "   { \"name\": \"fwd\", \"from\": 0, \"to\": 3, \"direction\": \"forward\", \"color\": \"#000000ff\" },\n"
    "   { \"name\": \"back\", \"from\": 1, \"to\": 3, \"direction\": \"reverse\", \"color\": \"#000000ff\" },\n"
    "   { \"name\": \"pp\", \"from\": 0, \"to\": 2, \"direction\": \"pingpong\", \"color\": \"#000000ff\" },\n"
    "   { \"name\": \"ppr\", \"from\": 0, \"to\": 2, \"direction\": \"pingpong_reverse\", \"color\": \"#000000ff\" },\n"
    "   { \"name\": \"one\", \"from\": 2, \"to\": 2, \"direction\": \"pingpong\", \"color\": \"#000000ff\" }\n"
    "  ],\n"
    "  \"layers\": [ { \"name\": \"Layer 1\", \"opacity\": 255, \"blendMode\": \"normal\" } ], \"slices\": [] }\n"
    "}\n";

static Sheet *parse(const char *json, DiagList *d)
{
    diag_init(d);
    return sheet_parse(json, strlen(json), "sheets/walk.json", d);
}

static int seq(const Sheet *s, const char *tag, bool loop, int *out)
{
    const SheetTag *t = sheet_tag(s, tag);
    assert_non_null(t);
    return sheet_sequence(s, t, loop, out, 32);
}

static void hash_form_and_directions(void **state)
{
    (void)state;
    DiagList d;
    Sheet *s = parse(hash_json, &d);
    assert_non_null(s);
    assert_int_equal(d.count, 0);
    assert_string_equal(s->image, "sheets/walk.png");
    assert_int_equal(s->frame_count, 4);
    assert_int_equal(s->frames[1].x, 32);
    assert_int_equal(s->frames[1].w, 20);
    assert_int_equal(s->frames[1].off_x, 6);
    assert_int_equal(s->frames[1].off_y, 2);
    assert_int_equal(s->frames[1].full_w, 32);
    assert_int_equal(s->frames[3].duration_ms, 400);
    assert_int_equal(s->tag_count, 5);

    int q[32], n;
    n = seq(s, "fwd", true, q);
    assert_int_equal(n, 4);
    assert_true(q[0] == 0 && q[1] == 1 && q[2] == 2 && q[3] == 3);
    n = seq(s, "back", true, q); /* `to` is inclusive */
    assert_int_equal(n, 3);
    assert_true(q[0] == 3 && q[1] == 2 && q[2] == 1);
    n = seq(s, "pp", true, q); /* 0 1 2 1, then round again: no end frame twice */
    assert_int_equal(n, 4);
    assert_true(q[0] == 0 && q[1] == 1 && q[2] == 2 && q[3] == 1);
    n = seq(s, "pp", false, q); /* once: back to the start */
    assert_int_equal(n, 5);
    assert_int_equal(q[4], 0);
    n = seq(s, "ppr", true, q);
    assert_int_equal(n, 4);
    assert_true(q[0] == 2 && q[1] == 1 && q[2] == 0 && q[3] == 1);
    n = seq(s, "one", true, q);
    assert_int_equal(n, 1);

    /* Timing: fwd is 100+200+300+400 = 1000 ms a pass. */
    const SheetTag *fwd = sheet_tag(s, "fwd");
    assert_int_equal(sheet_clip_ms(s, fwd, true), 1000);
    assert_int_equal(sheet_frame_at(s, fwd, 0, true), 0);
    assert_int_equal(sheet_frame_at(s, fwd, 99, true), 0);
    assert_int_equal(sheet_frame_at(s, fwd, 100, true), 1);
    assert_int_equal(sheet_frame_at(s, fwd, 299, true), 1);
    assert_int_equal(sheet_frame_at(s, fwd, 300, true), 2);
    assert_int_equal(sheet_frame_at(s, fwd, 999, true), 3);
    assert_int_equal(sheet_frame_at(s, fwd, 1000, true), 0);    /* loops */
    assert_int_equal(sheet_frame_at(s, fwd, 1000, false), 3);   /* once: holds the last */
    assert_int_equal(sheet_frame_at(s, fwd, 987654, false), 3);
    const SheetTag *back = sheet_tag(s, "back");
    assert_int_equal(sheet_frame_at(s, back, 0, true), 3);
    assert_int_equal(sheet_frame_at(s, back, 400, true), 2);
    assert_int_equal(sheet_frame_at(s, back, 700, true), 1);
    const SheetTag *pp = sheet_tag(s, "pp"); /* 0:100 1:200 2:300 1:200 = 800 */
    assert_int_equal(sheet_clip_ms(s, pp, true), 800);
    assert_int_equal(sheet_frame_at(s, pp, 650, true), 1);
    assert_int_equal(sheet_frame_at(s, pp, 800, true), 0);
    assert_int_equal(sheet_frame_at(s, pp, 900, false), 0);
    assert_null(sheet_tag(s, "nope"));
    sheet_destroy(s);
    diag_deinit(&d);
}

/* The example sheet shipped in assets/ is in Aseprite's "Array" form. */
static void array_form_from_a_file(void **state)
{
    (void)state;
    DiagList d;
    diag_init(&d);
    Sheet *s = sheet_load(ASSETS_DIR, "sheets/heat.json", &d);
    assert_non_null(s);
    assert_int_equal(d.count, 0);
    assert_string_equal(s->image, "sheets/heat.png");
    assert_int_equal(s->frame_count, 8);
    assert_int_equal(s->frames[3].x, 3 * 128);
    const SheetTag *t = sheet_tag(s, "heat_pack");
    assert_non_null(t);
    assert_int_equal(t->from, 0);
    assert_int_equal(t->to, 7);
    assert_int_equal(sheet_frame_at(s, t, 120 * 5 + 1, true), 5);
    const SheetTag *g = sheet_tag(s, "heat_glow");
    assert_int_equal(g->dir, SHEET_PINGPONG);
    assert_int_equal(sheet_clip_ms(s, g, true), 8 * 120);
    sheet_destroy(s);
    diag_deinit(&d);
}

static void untagged_and_broken(void **state)
{
    (void)state;
    DiagList d;
    /* No tags: one clip named after the file, of every frame. */
    Sheet *s = parse("{\"frames\":[{\"filename\":\"a\",\"frame\":{\"x\":0,\"y\":0,\"w\":4,\"h\":4},\"duration\":50},"
                     "{\"filename\":\"b\",\"frame\":{\"x\":4,\"y\":0,\"w\":4,\"h\":4}}],"
                     "\"meta\":{\"image\":\"w.png\",\"size\":{\"w\":8,\"h\":4}}}",
                     &d);
    assert_non_null(s);
    const SheetTag *t = sheet_tag(s, "walk");
    assert_non_null(t);
    assert_int_equal(t->to, 1);
    assert_int_equal(s->frames[1].duration_ms, 100); /* Aseprite's default */
    sheet_destroy(s);
    diag_deinit(&d);

    const char *bad[] = {
        "not json",
        "{\"frames\":[]}",
        "{\"frames\":[{\"frame\":{\"x\":0,\"y\":0,\"w\":4,\"h\":4}}],\"meta\":{\"image\":\"../x.png\",\"size\":{\"w\":4,\"h\":4}}}",
        "{\"frames\":[{\"frame\":{\"x\":2,\"y\":0,\"w\":4,\"h\":4}}],\"meta\":{\"image\":\"x.png\",\"size\":{\"w\":4,\"h\":4}}}",
        "{\"frames\":[{\"frame\":{\"x\":0,\"y\":0,\"w\":4,\"h\":4}}],\"meta\":{\"image\":\"x.png\",\"size\":{\"w\":4,\"h\":4},"
        "\"frameTags\":[{\"name\":\"t\",\"from\":0,\"to\":1,\"direction\":\"forward\"}]}}",
        "{\"frames\":[{\"frame\":{\"x\":0,\"y\":0,\"w\":4,\"h\":4}}],\"meta\":{\"image\":\"x.png\",\"size\":{\"w\":4,\"h\":4},"
        "\"frameTags\":[{\"name\":\"t\",\"from\":0,\"to\":0,\"direction\":\"sideways\"}]}}",
        "{\"frames\":[{\"frame\":{\"x\":0,\"y\":0,\"w\":4,\"h\":4},\"rotated\":true}],\"meta\":{\"image\":\"x.png\",\"size\":{\"w\":4,\"h\":4}}}",
        /* numbers beyond int are no sizes (found by the fuzzer: the cast was undefined) */
        "{\"frames\":[{\"frame\":{\"x\":0,\"y\":0,\"w\":1e60,\"h\":4}}],\"meta\":{\"image\":\"x.png\",\"size\":{\"w\":4,\"h\":4}}}",
        "{\"frames\":[{\"frame\":{\"x\":0,\"y\":0,\"w\":4294967300,\"h\":4}}],\"meta\":{\"image\":\"x.png\",\"size\":{\"w\":4,\"h\":4}}}",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        s = parse(bad[i], &d);
        assert_null(s);
        assert_int_equal(d.errors, 1);
        assert_string_equal(d.items[0].path, "sheets/walk.json");
        diag_deinit(&d);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hash_form_and_directions),
        cmocka_unit_test(array_form_from_a_file),
        cmocka_unit_test(untagged_and_broken),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
