/* sheet: frame-by-frame sprite sheets as Aseprite exports them (File > Export Sprite
 * Sheet, JSON data), played as clips: a clip is a frame tag, by name.
 *
 *   DiagList d; diag_init(&d);
 *   Sheet *s = sheet_load("assets", "sheets/heat.json", &d);  // NULL on error, in d
 *   const SheetTag *tag = sheet_tag(s, "heat_pack");
 *   int frame = sheet_frame_at(s, tag, t_ms, true);            // index into s->frames
 *   sheet_destroy(s);
 *
 * Both of Aseprite's frame forms are read: "frames" as an array of objects with a
 * "filename", or as a hash keyed by file name (in file order). Each frame has its
 * "frame" rectangle in the image, its "duration" in ms and, when trimmed, its
 * "spriteSourceSize" and "sourceSize". meta.frameTags give name, from, to (inclusive)
 * and direction: forward, reverse, pingpong or pingpong_reverse. A sheet with no tags
 * has one clip, named after the file's stem, of all its frames. Pure C over cJSON. */
#ifndef LIMBER_SHEET_H
#define LIMBER_SHEET_H

#include "script/diag.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum SheetDir { SHEET_FORWARD, SHEET_REVERSE, SHEET_PINGPONG, SHEET_PINGPONG_REVERSE } SheetDir;

typedef struct SheetFrame {
    int x, y, w, h;       /* in the image */
    int duration_ms;
    int off_x, off_y;     /* where the trimmed frame sits in the untrimmed one */
    int full_w, full_h;   /* the untrimmed size: every frame of a clip shares one box */
} SheetFrame;

typedef struct SheetTag {
    char *name;
    int from, to; /* inclusive */
    SheetDir dir;
} SheetTag;

typedef struct Sheet {
    char *image;          /* the PNG, relative to the content root */
    int image_w, image_h; /* meta.size */
    SheetFrame *frames;
    int frame_count;
    SheetTag *tags;
    int tag_count;
} Sheet;

/* path names the JSON in messages and locates the image (meta.image, beside it). */
Sheet *sheet_parse(const char *json, size_t len, const char *path, DiagList *diags);
Sheet *sheet_load(const char *content_root, const char *rel_path, DiagList *diags);
void sheet_destroy(Sheet *s);

const SheetTag *sheet_tag(const Sheet *s, const char *name);

/* Frames in one pass of the clip and its length: forward from..to; reverse to..from;
 * pingpong from..to..from+1, so that looping never shows an end frame twice. Played
 * once, a pingpong clip ends back on `from`. */
int sheet_sequence(const Sheet *s, const SheetTag *tag, bool loop, int *out, int cap);
int64_t sheet_clip_ms(const Sheet *s, const SheetTag *tag, bool loop);

/* The frame shown t_ms after the clip starts: looping, or once and then held on the
 * last frame. */
int sheet_frame_at(const Sheet *s, const SheetTag *tag, int64_t t_ms, bool loop);

#endif
