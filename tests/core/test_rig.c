/* The rig: forward kinematics, blending, mirroring. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <string.h>

#include "anim/rig.h"

#define NEAR(a, b) assert_true(fabsf((a) - (b)) < 1e-3f)

static const Skeleton *side(void)
{
    const Skeleton *s = skeleton_find("side");
    assert_non_null(s);
    return s;
}

static int bone(const Skeleton *s, const char *name)
{
    int i = skeleton_bone(s, name);
    assert_true(i >= 0);
    return i;
}

static void rest_pose_stands_on_the_floor(void **state)
{
    (void)state;
    const Skeleton *s = side();
    Pose p;
    pose_rest(s, &p);
    RigFrame f;
    rig_solve(&p, &f);
    const RigBone *pelvis = &f.bone[bone(s, "pelvis")], *head = &f.bone[bone(s, "head")];
    const RigBone *shin = &f.bone[bone(s, "shin_near")], *foot = &f.bone[bone(s, "foot_near")];
    NEAR(pelvis->angle, 90); /* upright */
    NEAR(pelvis->x0, 0);
    NEAR(pelvis->y0, 0.95f);
    NEAR(shin->angle, 270); /* the leg hangs straight down */
    NEAR(shin->y1, 0.08f);  /* ankle height: the sole on the floor */
    NEAR(foot->angle, 360); /* the foot points forward, +x */
    NEAR(foot->y1, 0.08f);
    /* Adult proportions: the crown at about 1.75 m. */
    assert_true(head->y1 > 1.70f && head->y1 < 1.80f);
    NEAR(head->x1, 0);
}

static void forward_kinematics(void **state)
{
    (void)state;
    const Skeleton *s = side();
    Pose p;
    pose_rest(s, &p);
    p.root_x = 0.5f;
    p.root_y = 1;
    int thigh = bone(s, "thigh_near"), shin = bone(s, "shin_near");
    p.angle[thigh] = 90;  /* hip flexed 90: thigh straight forward */
    p.angle[shin] = -90;  /* knee bent 90: shin straight down again */
    RigFrame f;
    rig_solve(&p, &f);
    const SkelBone *tb = &s->bones[thigh], *sb = &s->bones[shin];
    NEAR(f.bone[thigh].x0, 0.5f);
    NEAR(f.bone[thigh].y0, 1);
    NEAR(f.bone[thigh].x1, 0.5f + tb->length);
    NEAR(f.bone[thigh].y1, 1);
    NEAR(f.bone[shin].x0, f.bone[thigh].x1); /* a child starts at its parent's end */
    NEAR(f.bone[shin].x1, 0.5f + tb->length);
    NEAR(f.bone[shin].y1, 1 - sb->length);
    /* Turning the root turns everything about the hip. */
    p.angle[0] = -90; /* lean the torso forward to horizontal */
    rig_solve(&p, &f);
    NEAR(f.bone[bone(s, "thorax")].angle, 0);
    NEAR(f.bone[bone(s, "thorax")].y1, 1);
    /* The shoulder sits 0.9 along the thorax. */
    const RigBone *th = &f.bone[bone(s, "thorax")];
    const RigBone *ua = &f.bone[bone(s, "upper_arm_near")];
    NEAR(ua->x0, th->x0 + 0.9f * s->bones[bone(s, "thorax")].length);
    float x, y;
    rig_point(th, 0.1f, 0.05f, &x, &y);
    NEAR(x, th->x0 + 0.1f);
    NEAR(y, th->y0 + 0.05f);
}

static void blending(void **state)
{
    (void)state;
    const Skeleton *s = side();
    Pose a, b, m;
    pose_rest(s, &a);
    pose_rest(s, &b);
    int knee = bone(s, "shin_near");
    b.angle[knee] = -100;
    b.root_x = 1;
    rig_blend(&a, &b, 0.25f, &m);
    NEAR(m.angle[knee], -25);
    NEAR(m.root_x, 0.25f);
    rig_blend(&a, &b, 0, &m);
    assert_memory_equal(m.angle, a.angle, sizeof a.angle);
    rig_blend(&a, &b, 1, &m);
    assert_memory_equal(m.angle, b.angle, sizeof b.angle);
    /* The root wraps: 350 -> 10 passes through 0 (upright stays near upright). */
    a.angle[0] = 350;
    b.angle[0] = 10;
    rig_blend(&a, &b, 0.5f, &m);
    NEAR(fmodf(m.angle[0], 360), 0);
    /* A joint goes straight through its range, never round the back of it. */
    int shoulder = bone(s, "upper_arm_near");
    a.angle[shoulder] = -80;
    b.angle[shoulder] = 170;
    rig_blend(&a, &b, 0.5f, &m);
    NEAR(m.angle[shoulder], 45);
    /* out may alias an input. */
    rig_blend(&a, &b, 1, &a);
    NEAR(a.angle[shoulder], 170);
}

static void mirroring(void **state)
{
    (void)state;
    const Skeleton *s = side();
    Pose p, q;
    pose_rest(s, &p);
    p.root_x = 0.3f;
    p.angle[0] = -30;
    p.angle[bone(s, "thigh_near")] = 40;
    p.angle[bone(s, "foot_near")] = -20;
    rig_mirror(&p, &q);
    RigFrame a, b;
    rig_solve(&p, &a);
    rig_solve(&q, &b);
    for (int i = 0; i < s->bone_count; i++) {
        NEAR(b.bone[i].x0, -a.bone[i].x0);
        NEAR(b.bone[i].y0, a.bone[i].y0);
        NEAR(b.bone[i].x1, -a.bone[i].x1);
        NEAR(b.bone[i].y1, a.bone[i].y1);
    }
    /* Twice is the original. */
    Pose r;
    rig_mirror(&q, &r);
    rig_solve(&r, &b);
    for (int i = 0; i < s->bone_count; i++)
        NEAR(b.bone[i].x1, a.bone[i].x1);

    /* On the front rig the twins trade places: the mirrored right arm is the left. */
    const Skeleton *fr = skeleton_find("front");
    assert_non_null(fr);
    assert_true(fr->has_twins);
    pose_rest(fr, &p);
    int ar = skeleton_bone(fr, "upper_arm_r"), al = skeleton_bone(fr, "upper_arm_l");
    p.angle[ar] = -90; /* right arm out to the side, on the viewer's left */
    rig_mirror(&p, &q);
    NEAR(q.angle[al], 90);
    NEAR(q.angle[ar], 0);
    rig_solve(&p, &a);
    rig_solve(&q, &b);
    NEAR(a.bone[ar].x1, -b.bone[al].x1);
    NEAR(a.bone[ar].y1, b.bone[al].y1);
    assert_true(a.bone[ar].x1 < -0.4f); /* the right hand is far out on the viewer's left */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rest_pose_stands_on_the_floor),
        cmocka_unit_test(forward_kinematics),
        cmocka_unit_test(blending),
        cmocka_unit_test(mirroring),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
