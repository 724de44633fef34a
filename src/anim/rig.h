/* rig: a pose made into bone positions (forward kinematics), poses blended and mirrored.
 *
 *   Pose p;
 *   rig_blend(a, b, ease_apply(EASE_IN_OUT, 0.3f), &p);  // a and b of the same skeleton
 *   rig_mirror(&p, &p);                                  // the left-side picture
 *   RigFrame f;
 *   rig_solve(&p, &f);                                   // f.bone[i]: joint to joint
 *
 * Units are the stage's: metres, x to the right, y up, the floor at y = 0. A bone's
 * world angle is its parent's plus its rest plus the pose's angle; the root's is its
 * rest plus the pose's. Blending goes the short way round for a bone whose range is a
 * full turn or more (the root: 350 to 10 degrees passes through 0) and straight
 * through the range for a joint, which is how a limb really moves. Mirroring is about
 * the vertical line x = 0: angles change sign, x changes sign, and on a rig with twins
 * (front) the right and left limbs trade places, so a mirrored pose is again a pose of
 * the same rig and blends smoothly with unmirrored ones. Everything here is by value,
 * allocation free, and fast enough to run for every frame. */
#ifndef LIMBER_RIG_H
#define LIMBER_RIG_H

#include "model/poses.h"

typedef struct RigBone {
    float x0, y0; /* the joint it turns about */
    float x1, y1; /* its far end, where its children attach */
    float angle;  /* world direction, degrees counterclockwise from +x */
} RigBone;

typedef struct RigFrame {
    const Skeleton *skel;
    RigBone bone[SKEL_MAX_BONES];
} RigFrame;

void rig_solve(const Pose *p, RigFrame *out);

/* out = a + (b - a) * t per angle and root position. a and b must share a skeleton;
 * out may alias either. */
void rig_blend(const Pose *a, const Pose *b, float t, Pose *out);

/* out = the mirror image of p; out may alias p. */
void rig_mirror(const Pose *p, Pose *out);

/* A point fixed to a bone: `along` metres from its joint toward its end, `across`
 * metres to its counterclockwise side. */
void rig_point(const RigBone *b, float along, float across, float *x, float *y);

#endif
