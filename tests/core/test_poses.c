/* The pose library: syntax, inheritance, diagnostics, and the shipped poses. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "anim/rig.h"
#include "model/poses.h"

static PoseLib *load_text(const char *text, DiagList *d)
{
    PoseLib *lib = poselib_create();
    assert_non_null(lib);
    diag_init(d);
    poselib_add_text(lib, "poses/t.pose", text, strlen(text), d);
    poselib_resolve(lib, d);
    return lib;
}

/* True when some diagnostic is at line:col and its message contains text. */
static bool has_diag(const DiagList *d, int line, int col, const char *text)
{
    for (size_t i = 0; i < d->count; i++)
        if (d->items[i].line == line && d->items[i].col == col && strstr(d->items[i].message, text) &&
            strcmp(d->items[i].path, "poses/t.pose") == 0)
            return true;
    for (size_t i = 0; i < d->count; i++)
        printf("  got %s:%d:%d: %s\n", d->items[i].path, d->items[i].line, d->items[i].col, d->items[i].message);
    return false;
}

static void inheritance(void **state)
{
    (void)state;
    DiagList d;
    PoseLib *lib = load_text("# a comment\n"
                             "pose b from a   # defined before its base\n"
                             "  neck -20\n"
                             "pose a rig=side\n"
                             "  root 0.1 0.5\n"
                             "  pelvis -80 thigh 80  # pairs, several per line\n"
                             "\n"
                             "pose f rig=front\n"
                             "  upper_arm -30\n",
                             &d);
    assert_int_equal(d.count, 0);
    assert_int_equal(poselib_count(lib), 3);
    assert_string_equal(poselib_name(lib, 0), "a"); /* sorted */
    const Pose *a = poselib_find(lib, "a"), *b = poselib_find(lib, "b"), *f = poselib_find(lib, "f");
    assert_non_null(a);
    assert_non_null(b);
    assert_null(poselib_find(lib, "c"));
    const Skeleton *s = skeleton_find("side");
    assert_ptr_equal(b->skel, s);
    assert_string_equal(b->base, "a");
    assert_int_equal(b->line, 2);
    assert_true(fabsf(b->root_x - 0.1f) < 1e-6f && fabsf(b->root_y - 0.5f) < 1e-6f);
    assert_true(b->angle[skeleton_bone(s, "pelvis")] == -80);
    assert_true(b->angle[skeleton_bone(s, "thigh_near")] == 80); /* `thigh` sets both */
    assert_true(b->angle[skeleton_bone(s, "thigh_far")] == 80);
    assert_true(b->angle[skeleton_bone(s, "neck")] == -20);
    assert_true(a->angle[skeleton_bone(s, "neck")] == 0); /* the base is untouched */
    const Skeleton *fs = skeleton_find("front");
    assert_ptr_equal(f->skel, fs);
    assert_true(f->angle[skeleton_bone(fs, "upper_arm_r")] == -30);
    assert_true(f->angle[skeleton_bone(fs, "upper_arm_l")] == 30); /* mirrored */
    poselib_destroy(lib);
    diag_deinit(&d);
}

static void errors_have_positions(void **state)
{
    (void)state;
    DiagList d;
    PoseLib *lib = load_text("pose a rig=side\n"
                             "  thig_near 30\n"      /* 2:3 unknown joint */
                             "pose b from a\n"
                             "  shin_near 40\n"      /* 4:13 knee bent the wrong way */
                             "pose c from kat\n"     /* 5:13 unknown base */
                             "pose cat rig=side\n"
                             "pose d from e\n"       /* a cycle d -> e -> d */
                             "pose e from d\n"
                             "pose cat rig=side\n"   /* 9:6 duplicate */
                             "pose g rig=sid\n"      /* 10:12 unknown rig */
                             "pose h from cat rig=front\n" /* 11:22 rig differs from base */
                             "  neck x\n"            /* 12:8 not a number */
                             "neck 3\n",             /* fine: part of h, but h has errors */
                             &d);
    assert_true(has_diag(&d, 2, 3, "unknown joint 'thig_near' in the 'side' rig (did you mean 'thigh_near'?)"));
    assert_true(has_diag(&d, 4, 13, "angle 40 for 'shin_near' is out of its range (-165 to 5 degrees)"));
    assert_true(has_diag(&d, 5, 13, "unknown pose 'kat' (did you mean 'cat'?)"));
    assert_true(has_diag(&d, 8, 13, "inherits from itself") || has_diag(&d, 7, 13, "inherits from itself"));
    assert_true(has_diag(&d, 9, 6, "pose 'cat' is already defined at poses/t.pose:6"));
    assert_true(has_diag(&d, 10, 12, "unknown rig 'sid'"));
    assert_true(has_diag(&d, 12, 8, "expected a number, found 'x'"));
    assert_true(d.errors >= 8);
    /* Broken poses, and poses built on them, are left out; the good one stays. */
    assert_null(poselib_find(lib, "a"));
    assert_null(poselib_find(lib, "b"));
    assert_null(poselib_find(lib, "d"));
    assert_null(poselib_find(lib, "e"));
    assert_non_null(poselib_find(lib, "cat"));
    assert_int_equal(poselib_count(lib), 1);
    poselib_destroy(lib);
    diag_deinit(&d);

    lib = load_text("  neck 3\npose x from x\n", &d);
    assert_true(has_diag(&d, 1, 3, "before any 'pose NAME' line"));
    assert_true(has_diag(&d, 2, 13, "pose 'x' inherits from itself"));
    assert_int_equal(poselib_count(lib), 0);
    poselib_destroy(lib);
    diag_deinit(&d);
}

static const char *const required[] = {
    "stand", "all_fours", "cat", "cow", "supine", "supine_knees_bent", "knees_to_chest",
    "knees_to_chest_thighs", "draw_in", "ball_release", "roller_low", "roller_high", "roller_side",
    "wall_lean", "hinge", "squat_grasp", "stand_load", "stand_front", "hand_on_hip", "side_bend",
};

static void shipped_library(void **state)
{
    (void)state;
    DiagList d;
    diag_init(&d);
    PoseLib *lib = poselib_load(ASSETS_DIR, &d);
    assert_non_null(lib);
    for (size_t i = 0; i < d.count; i++)
        printf("%s:%d:%d: %s\n", d.items[i].path, d.items[i].line, d.items[i].col, d.items[i].message);
    assert_int_equal(d.count, 0);
    for (size_t i = 0; i < sizeof required / sizeof required[0]; i++) {
        const Pose *p = poselib_find(lib, required[i]);
        if (!p)
            fail_msg("missing pose %s", required[i]);
        const char *rig = strstr(required[i], "front") || strstr(required[i], "hip") || strstr(required[i], "side_bend")
                              ? "front" : "side";
        assert_string_equal(p->skel->name, rig);
        /* Every pose is grounded: no joint below the floor, and something on it. */
        RigFrame f;
        rig_solve(p, &f);
        float low = 10;
        for (int b = 0; b < p->skel->bone_count; b++) {
            low = fminf(low, fminf(f.bone[b].y0, f.bone[b].y1));
            if (f.bone[b].y0 < -0.005f || f.bone[b].y1 < -0.005f)
                fail_msg("pose %s: %s goes through the floor", p->name, p->skel->bones[b].name);
        }
        if (low > 0.15f)
            fail_msg("pose %s floats %.2f m above the floor", p->name, (double)low);
    }
    poselib_destroy(lib);
    diag_deinit(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(inheritance),
        cmocka_unit_test(errors_have_positions),
        cmocka_unit_test(shipped_library),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
