/* The two skeletons compiled into the program (declared in model/poses.h): their
 * bones, lengths, rest angles and joint limits. The pose library (poses.c) names
 * poses over these. */
#include "model/poses.h"

#include <string.h>

/* ---- the skeletons ------------------------------------------------------------ */

/* Adult proportions (about 1.76 m): hip joint 0.95 m up when standing, shoulder 1.45 m.
 * Angle ranges are generous joint limits: wide enough for every pose a move needs,
 * narrow enough to catch a sign slip (a knee bent forward). */
#define B(n, p, len, rest, at, off, lo, hi, layer, shade, twin, part) \
    { n, p, len, rest, at, off, lo, hi, layer, shade, twin, part }

static const SkelBone side_bones[] = {
    /*  name            parent len  rest  at    off  min   max   layer shade       twin part */
    B("pelvis",         -1, 0.12f,  90, 0,    0, -360,  360, 2, SHADE_BODY, 0,  "pelvis"),
    B("lumbar",          0, 0.17f,   0, 1,    0,  -60,   45, 2, SHADE_BODY, 1,  "lumbar"),
    B("thorax",          1, 0.24f,   0, 1,    0,  -50,   40, 2, SHADE_BODY, 2,  "thorax"),
    B("neck",            2, 0.10f,   0, 1,    0,  -70,   70, 2, SHADE_BODY, 3,  "neck"),
    B("head",            3, 0.21f,   0, 1,    0,  -50,   50, 2, SHADE_BODY, 4,  "head"),
    B("upper_arm_far",   2, 0.30f, 180, 0.9f, 0, -100,  200, 0, SHADE_FAR,  5,  "upper_arm"),
    B("forearm_far",     5, 0.26f,   0, 1,    0,   -5,  160, 0, SHADE_FAR,  6,  "forearm"),
    B("hand_far",        6, 0.09f,   0, 1,    0,  -90,   90, 0, SHADE_FAR,  7,  "hand"),
    B("thigh_far",       0, 0.44f, 180, 0,    0,  -45,  150, 1, SHADE_FAR,  8,  "thigh"),
    B("shin_far",        8, 0.43f,   0, 1,    0, -165,    5, 1, SHADE_FAR,  9,  "shin"),
    B("foot_far",        9, 0.16f,  90, 1,    0,  -90,   45, 1, SHADE_FAR,  10, "foot"),
    B("thigh_near",      0, 0.44f, 180, 0,    0,  -45,  150, 3, SHADE_NEAR, 11, "thigh"),
    B("shin_near",      11, 0.43f,   0, 1,    0, -165,    5, 3, SHADE_NEAR, 12, "shin"),
    B("foot_near",      12, 0.16f,  90, 1,    0,  -90,   45, 3, SHADE_NEAR, 13, "foot"),
    B("upper_arm_near",  2, 0.30f, 180, 0.9f, 0, -100,  200, 4, SHADE_NEAR, 14, "upper_arm"),
    B("forearm_near",   14, 0.26f,   0, 1,    0,   -5,  160, 4, SHADE_NEAR, 15, "forearm"),
    B("hand_near",      15, 0.09f,   0, 1,    0,  -90,   90, 4, SHADE_NEAR, 16, "hand"),
};

/* Facing the viewer: the figure's right (suffix _r) is on the viewer's left, which is
 * the counterclockwise side of an upright spine, hence the positive offsets. */
static const SkelBone front_bones[] = {
    B("pelvis",         -1, 0.12f,  90, 0,    0,     -360, 360, 1, SHADE_BODY, 0,  "pelvis_front"),
    B("lumbar",          0, 0.17f,   0, 1,    0,      -45,  45, 1, SHADE_BODY, 1,  "lumbar_front"),
    B("thorax",          1, 0.24f,   0, 1,    0,      -40,  40, 1, SHADE_BODY, 2,  "thorax_front"),
    B("neck",            2, 0.10f,   0, 1,    0,      -45,  45, 1, SHADE_BODY, 3,  "neck"),
    B("head",            3, 0.21f,   0, 1,    0,      -40,  40, 1, SHADE_BODY, 4,  "head_front"),
    B("upper_arm_r",     2, 0.30f, 180, 0.9f, 0.19f, -185,  40, 2, SHADE_NEAR, 8,  "upper_arm"),
    B("forearm_r",       5, 0.26f,   0, 1,    0,     -160,  90, 2, SHADE_NEAR, 9,  "forearm"),
    B("hand_r",          6, 0.09f,   0, 1,    0,      -90,  90, 2, SHADE_NEAR, 10, "hand"),
    B("upper_arm_l",     2, 0.30f, 180, 0.9f, -0.19f, -40, 185, 2, SHADE_NEAR, 5,  "upper_arm"),
    B("forearm_l",       8, 0.26f,   0, 1,    0,      -90, 160, 2, SHADE_NEAR, 6,  "forearm"),
    B("hand_l",          9, 0.09f,   0, 1,    0,      -90,  90, 2, SHADE_NEAR, 7,  "hand"),
    B("thigh_r",         0, 0.44f, 180, 0,    0.09f,  -60,  30, 0, SHADE_BODY, 14, "thigh"),
    B("shin_r",         11, 0.43f,   0, 1,    0,      -30,  30, 0, SHADE_BODY, 15, "shin_front"),
    B("foot_r",         12, 0.08f,   0, 1,    0,      -45,  45, 0, SHADE_BODY, 16, "foot_front"),
    B("thigh_l",         0, 0.44f, 180, 0,   -0.09f,  -30,  60, 0, SHADE_BODY, 11, "thigh"),
    B("shin_l",         14, 0.43f,   0, 1,    0,      -30,  30, 0, SHADE_BODY, 12, "shin_front"),
    B("foot_l",         15, 0.08f,   0, 1,    0,      -45,  45, 0, SHADE_BODY, 13, "foot_front"),
};
#undef B

static const Skeleton skeletons[] = {
    { "side", side_bones, (int)(sizeof side_bones / sizeof side_bones[0]), 5, false, "stand" },
    { "front", front_bones, (int)(sizeof front_bones / sizeof front_bones[0]), 3, true, "stand_front" },
};
enum { SKELETON_COUNT = (int)(sizeof skeletons / sizeof skeletons[0]) };

const Skeleton *skeleton_find(const char *name)
{
    for (int i = 0; name && i < SKELETON_COUNT; i++)
        if (strcmp(skeletons[i].name, name) == 0)
            return &skeletons[i];
    return NULL;
}

int skeleton_count(void)
{
    return SKELETON_COUNT;
}

const Skeleton *skeleton_at(int i)
{
    return i >= 0 && i < SKELETON_COUNT ? &skeletons[i] : NULL;
}

int skeleton_bone(const Skeleton *s, const char *name)
{
    for (int i = 0; s && name && i < s->bone_count; i++)
        if (strcmp(s->bones[i].name, name) == 0)
            return i;
    return -1;
}

/* Standing: the soles of the feet on the floor. Both rigs share leg proportions. */
void pose_rest(const Skeleton *s, Pose *out)
{
    memset(out, 0, sizeof *out);
    out->skel = s;
    out->root_y = 0.95f;
}

