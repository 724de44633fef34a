/* animate: a whole move sampled at one moment: the figure, its props and any clip, as
 * a DrawList. Pure C; the view (view/sprites.h) draws the list.
 *
 *   DiagList d; diag_init(&d);
 *   PoseLib *lib = poselib_load(root, &d);
 *   Anim *a = anim_create(root, lib, &d);      // skins, prop and sheet data; lib is borrowed
 *   StageBox box = animate_move_bounds(a, move); // once per move: frame the view on it
 *   DrawList dl;
 *   animate_move(a, move, t_ms, &dl);            // every frame
 *   anim_destroy(a); poselib_destroy(lib);
 *
 * Stage units are metres, x to the right with 0 at the middle of the figure's space, y
 * up, the floor at y = 0 (drawlist.h). The sprite ids in a DrawList index
 * anim_sprite_path(): image files relative to the content root, for the view to load.
 *
 * How a move animates, from its compiled timeline (model/move.h): each step starts
 * from the pose the figure had at the end of the previous step (the first step from
 * its own pose, else the rig's rest pose `stand` / `stand_front`), eases to
 * step->pose over pose_ms with step->ease, then during the hold runs step->cycle: from
 * the held pose to cycle[0], cycle[1], ... and round again, each move cycle_ms long
 * with ease in_out (a leading cycle pose equal to the step's pose is skipped, as the
 * figure is already there). A step without a pose keeps the figure where it is. On
 * SIDE_LEFT the figure is the mirror image: the front rig turns its right and left
 * limbs into each other, so it moves smoothly into the other side's pose; the side rig
 * turns round at once at the step boundary. Props shown and hidden by the steps up to
 * the current one are drawn: mat on the floor, ball against the back of a bone (default
 * thorax), roller on the floor under a bone, wall behind the back, load on the floor or
 * in the hands (`prop load on hand_near`). A step's clip plays from the step's start:
 * on a card it fills the stage (1 m tall, centred on x = 0, from the floor up); beside
 * a figure it stands on the floor to the figure's right (0.6 m tall, at x = 1.0). */
#ifndef LIMBER_ANIMATE_H
#define LIMBER_ANIMATE_H

#include "anim/drawlist.h"
#include "anim/sheet.h"
#include "model/move.h"
#include "model/poses.h"
#include "script/diag.h"

#include <stdbool.h>
#include <stdint.h>

typedef struct Anim Anim;

/* Loads CONTENT/figures/<rig>.skin for every rig, the props and every
 * CONTENT/sheets/NAME.json. Problems go to diags (a missing skin leaves that rig's
 * figure out; a broken sheet leaves its clips out). NULL only when out of memory. */
Anim *anim_create(const char *content_root, const PoseLib *lib, DiagList *diags);
void anim_destroy(Anim *a);

const PoseLib *anim_poses(const Anim *a);
int anim_sprite_count(const Anim *a);
const char *anim_sprite_path(const Anim *a, int sprite); /* relative to the content root */

/* The sheet and tag that play clip `name`, or NULL. */
const Sheet *anim_clip(const Anim *a, const char *name, const SheetTag **tag);

/* The figure's pose at t (clamped into the move) and whether it is drawn mirrored;
 * false when the move has no figure. The pose is in authored space for the side rig
 * (mirrored then means the whole figure is reflected) and already mirrored for rigs
 * with twins. */
bool animate_sample(const Anim *a, const Move *m, int64_t t_ms, Pose *pose, bool *mirrored);

/* Clears out and fills it with everything on the stage at t, sorted back to front.
 * False (and an empty list) when the move has nothing to draw at t. */
bool animate_move(const Anim *a, const Move *m, int64_t t_ms, DrawList *out);

/* One pose alone, with its floor shadow: --pose and the contact sheet. */
bool animate_pose(const Anim *a, const Pose *p, bool mirrored, DrawList *out);

/* The box that holds everything the move ever draws (every pose it reaches, both
 * sides, props and clips), with a small margin: frame the view on it once per move so
 * the camera never jumps. */
StageBox animate_move_bounds(const Anim *a, const Move *m);
StageBox animate_pose_bounds(const Anim *a, const Pose *p);

#endif
