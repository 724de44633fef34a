/* poses: the skeletons the figure is built on and the library of named poses.
 *
 *   DiagList d; diag_init(&d);
 *   PoseLib *lib = poselib_load("assets", &d);   // reads assets/poses/NAME.pose
 *   const Pose *p = poselib_find(lib, "cat");     // NULL if unknown or broken
 *   printf("%s is for the %s rig\n", p->name, p->skel->name);
 *   poselib_destroy(lib);                         // frees every Pose; NULL is a no-op
 *
 * A skeleton (rig) is a fixed table of bones compiled into the program: `side` (the
 * figure seen from its right side, facing +x) and `front` (facing the viewer). A pose
 * gives each bone an angle in degrees, counterclockwise as the viewer sees it, relative
 * to where the bone sits on its parent when every angle is 0 (the rig's rest: standing
 * straight, arms hanging). The root bone (`pelvis`) takes its angle from upright, and
 * `root X Y` places the root joint (the hip) in stage metres (floor at y = 0).
 *
 * A .pose file is lines of text (docs/poses.md is the reference):
 *   pose cat from all_fours      # a pose may start from another and change some joints
 *     lumbar -20 thorax -18      # NAME ANGLE pairs, any number per line
 *     neck -35
 *     prop ball                  # shown with the pose in previews (--pose, the sheet)
 * All problems (unknown joint, angle out of the bone's range, unknown or circular
 * `from`, duplicate name) go into the DiagList as path:line:col errors, paths relative
 * to the content root; a pose with an error, and every pose built on it, is left out.
 * Pure C: no SDL, no printing. */
#ifndef LIMBER_POSES_H
#define LIMBER_POSES_H

#include "script/diag.h"

#include <stdbool.h>
#include <stddef.h>

enum { SKEL_MAX_BONES = 24 };

/* How a bone is shaded: far limbs darker, behind the body; near limbs lighter, in front. */
typedef enum BoneShade { SHADE_FAR, SHADE_BODY, SHADE_NEAR } BoneShade;

typedef struct SkelBone {
    const char *name;
    int parent;         /* index of an earlier bone; -1 for the root */
    float length;       /* metres, joint to joint */
    float rest;         /* degrees: its direction relative to the parent's at angle 0 */
    float at;           /* where on the parent it starts: 0 parent's start .. 1 its end */
    float offset;       /* metres sideways from the parent's line (+ = counterclockwise side) */
    float min, max;     /* the angles a pose may give it */
    int layer;          /* draw group, back to front; a group is outlined as one shape */
    BoneShade shade;
    int twin;           /* the mirror-image bone (front rig right <-> left), else itself */
    const char *part;   /* skin part drawn along it */
} SkelBone;

typedef struct Skeleton {
    const char *name;        /* "side", "front" */
    const SkelBone *bones;   /* parents before children */
    int bone_count;
    int layer_count;
    bool has_twins;          /* mirroring swaps twins: a side switch can move smoothly */
    const char *rest_pose;   /* the pose a move starts from when its first step has none */
} Skeleton;

/* The compiled-in rigs; NULL if there is none by that name. */
const Skeleton *skeleton_find(const char *name);
int skeleton_count(void);
const Skeleton *skeleton_at(int i);
/* Index of a bone by name, or -1. */
int skeleton_bone(const Skeleton *s, const char *name);

typedef struct Pose {
    const char *name;     /* NULL for a pose computed on the fly (a blend) */
    const Skeleton *skel;
    float root_x, root_y; /* the root joint, stage metres */
    float angle[SKEL_MAX_BONES];
    const char *path;     /* where it was written (relative to the content root) */
    int line;
    const char *base;     /* the `from` pose, or NULL */
    const char *props[4]; /* `prop NAME [on BONE]`: props shown with it in previews */
    const char *prop_bones[4]; /* NULL: the prop's usual place */
    int prop_count;
} Pose;

/* The rest pose of a skeleton: every angle 0, standing on the floor. */
void pose_rest(const Skeleton *s, Pose *out);

typedef struct PoseLib PoseLib;

/* Reads every CONTENT/poses/NAME.pose in name order and resolves inheritance. Returns
 * NULL only when out of memory; a missing folder is an error in diags and an empty
 * library. */
PoseLib *poselib_load(const char *content_root, DiagList *diags);

/* The same in steps, for tests and tools: add texts, then resolve once. */
PoseLib *poselib_create(void);
void poselib_add_text(PoseLib *lib, const char *path, const char *text, size_t len, DiagList *diags);
void poselib_resolve(PoseLib *lib, DiagList *diags);

void poselib_destroy(PoseLib *lib);

/* Lookups on a resolved library, by binary search; names are sorted. */
const Pose *poselib_find(const PoseLib *lib, const char *name);
int poselib_count(const PoseLib *lib);
const char *poselib_name(const PoseLib *lib, int i);
const Pose *poselib_at(const PoseLib *lib, int i);

#endif
