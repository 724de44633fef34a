/* The move-level sampler: poses over a timeline, easing, cycles, sides, props, clips. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <string.h>

#include "anim/animate.h"
#include "anim/ease.h"
#include "anim/rig.h"

static PoseLib *lib;
static Anim *anim;

static int setup(void **state)
{
    (void)state;
    DiagList d;
    diag_init(&d);
    lib = poselib_load(ASSETS_DIR, &d);
    anim = anim_create(ASSETS_DIR, lib, &d);
    int errors = (int)d.errors;
    diag_deinit(&d);
    return lib && anim && errors == 0 ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    anim_destroy(anim);
    poselib_destroy(lib);
    return 0;
}

static Step step(int64_t start, const char *pose, int64_t pose_ms, int64_t hold_ms)
{
    Step s = { .kind = STEP_KIND_STEP, .start_ms = start, .end_ms = start + pose_ms + hold_ms,
               .pose_ms = pose_ms, .hold_ms = hold_ms, .caption = "", .pose = pose, .ease = EASE_IN_OUT };
    return s;
}

static Move move_of(const char *figure, Step *steps, int n)
{
    for (int i = 0; i < n; i++)
        steps[i].index = i;
    Move m = { .id = "t", .title = "t", .figure = figure, .steps = steps, .step_count = n,
               .duration_ms = steps[n - 1].end_ms };
    return m;
}

static const Pose *P(const char *name)
{
    const Pose *p = poselib_find(lib, name);
    assert_non_null(p);
    return p;
}

static void assert_pose(const Pose *got, const Pose *want)
{
    for (int i = 0; i < want->skel->bone_count; i++)
        if (fabsf(got->angle[i] - want->angle[i]) > 1e-3f)
            fail_msg("bone %s: %g, wanted %g", want->skel->bones[i].name, (double)got->angle[i],
                     (double)want->angle[i]);
    assert_true(fabsf(got->root_x - want->root_x) < 1e-4f && fabsf(got->root_y - want->root_y) < 1e-4f);
}

static void assert_blend(const Pose *got, const char *a, const char *b, float t)
{
    Pose want;
    rig_blend(P(a), P(b), t, &want);
    assert_pose(got, &want);
}

static const char *const roll[] = { "roller_low", "roller_high" };
static const PropChange roller_on = { "roller", NULL, false };

static void poses_over_time(void **state)
{
    (void)state;
    Step s[5] = {
        step(0, "all_fours", 2000, 3000),
        step(5000, "cat", 1500, 5000),
        { .kind = STEP_KIND_REST, .start_ms = 11500, .end_ms = 13500, .hold_ms = 2000, .caption = "Rest" },
        step(13500, "supine", 1000, 4000),
        step(18500, NULL, 0, 1000),
    };
    s[3].cycle = roll;
    s[3].cycle_count = 2;
    s[3].cycle_ms = 1000;
    s[3].props = &roller_on;
    s[3].prop_count = 1;
    Move m = move_of("side", s, 5);
    Pose p;
    bool mir;
    assert_true(animate_sample(anim, &m, 0, &p, &mir));
    assert_false(mir);
    assert_pose(&p, P("all_fours")); /* the first step starts in its own pose */
    animate_sample(anim, &m, 4000, &p, &mir);
    assert_pose(&p, P("all_fours"));
    animate_sample(anim, &m, 5000, &p, &mir); /* the next starts where the last ended */
    assert_pose(&p, P("all_fours"));
    animate_sample(anim, &m, 5000 + 375, &p, &mir); /* a quarter through, eased in_out */
    assert_blend(&p, "all_fours", "cat", ease_apply(EASE_IN_OUT, 0.25f));
    animate_sample(anim, &m, 5000 + 750, &p, &mir);
    assert_blend(&p, "all_fours", "cat", 0.5f);
    animate_sample(anim, &m, 7000, &p, &mir);
    assert_pose(&p, P("cat"));
    animate_sample(anim, &m, 12000, &p, &mir); /* a rest keeps the pose */
    assert_pose(&p, P("cat"));
    /* The cycle: supine -> roller_low -> roller_high -> roller_low, 1 s each. */
    animate_sample(anim, &m, 14500, &p, &mir);
    assert_pose(&p, P("supine"));
    animate_sample(anim, &m, 15000, &p, &mir);
    assert_blend(&p, "supine", "roller_low", 0.5f);
    animate_sample(anim, &m, 15500, &p, &mir);
    assert_pose(&p, P("roller_low"));
    animate_sample(anim, &m, 16000, &p, &mir);
    assert_blend(&p, "roller_low", "roller_high", 0.5f);
    animate_sample(anim, &m, 17000, &p, &mir);
    assert_blend(&p, "roller_high", "roller_low", 0.5f);
    /* A step with no pose carries on from wherever the cycle left the figure. */
    animate_sample(anim, &m, 18500, &p, &mir);
    Pose end;
    animate_sample(anim, &m, 18499, &end, &mir);
    assert_pose(&p, &end);
    assert_pose(&p, P("roller_high")); /* the hold ended as the 4th move completed */
    /* Past the end is the end. */
    animate_sample(anim, &m, 999999, &end, &mir);
    assert_pose(&end, &p);

    /* Props accumulate: the roller is drawn from its step on, not before. */
    DrawList dl;
    int roller = -1;
    for (int i = 0; i < anim_sprite_count(anim); i++)
        if (strcmp(anim_sprite_path(anim, i), "props/roller.png") == 0)
            roller = i;
    assert_true(roller >= 0);
    bool seen = false;
    assert_true(animate_move(anim, &m, 1000, &dl));
    for (int i = 0; i < dl.count; i++)
        seen |= dl.items[i].sprite == roller;
    assert_false(seen);
    assert_true(animate_move(anim, &m, 19000, &dl));
    for (int i = 0; i < dl.count; i++)
        seen |= dl.items[i].sprite == roller && dl.items[i].kind == DRAW_PROP;
    assert_true(seen);
    /* Back to front. */
    for (int i = 1; i < dl.count; i++)
        assert_true(dl.items[i - 1].z <= dl.items[i].z);
    /* Everything drawn lies in the move's bounds. */
    StageBox box = animate_move_bounds(anim, &m);
    for (int64_t t = 0; t <= m.duration_ms; t += 250) {
        animate_move(anim, &m, t, &dl);
        StageBox b = drawlist_bounds(&dl, 1u << DRAW_PART | 1u << DRAW_HALO);
        assert_true(b.x0 >= box.x0 - 0.02f && b.x1 <= box.x1 + 0.02f);
        assert_true(b.y0 >= box.y0 - 0.02f && b.y1 <= box.y1 + 0.02f);
    }
}

static void sides(void **state)
{
    (void)state;
    /* Side rig: the left side is the whole picture reflected, from the step boundary. */
    Step s[2] = { step(0, "cow", 1000, 1000), step(2000, "cow", 1000, 1000) };
    s[0].side = SIDE_RIGHT;
    s[1].side = SIDE_LEFT;
    Move m = move_of("side", s, 2);
    Pose p;
    bool mir;
    animate_sample(anim, &m, 1999, &p, &mir);
    assert_false(mir);
    animate_sample(anim, &m, 2000, &p, &mir);
    assert_true(mir);
    DrawList a, b;
    animate_move(anim, &m, 3500, &a);
    animate_pose(anim, P("cow"), false, &b);
    assert_int_equal(a.count, b.count);
    for (int i = 0; i < a.count; i++) {
        assert_true(fabsf(a.items[i].ox + b.items[i].ox) < 1e-4f);
        assert_true(fabsf(a.items[i].oy - b.items[i].oy) < 1e-4f);
        assert_true(a.items[i].flip != b.items[i].flip);
    }

    /* Front rig: the left side's pose is the mirrored one, reached smoothly. */
    Step f[2] = { step(0, "side_bend", 1000, 1000), step(2000, "hand_on_hip", 1000, 1000) };
    f[0].side = SIDE_RIGHT;
    f[1].side = SIDE_LEFT;
    Move fm = move_of("front", f, 2);
    animate_sample(anim, &fm, 2000, &p, &mir);
    assert_false(mir);
    assert_pose(&p, P("side_bend")); /* no jump at the boundary */
    animate_sample(anim, &fm, 3500, &p, &mir);
    Pose want;
    rig_mirror(P("hand_on_hip"), &want);
    assert_pose(&p, &want);
    Pose half;
    animate_sample(anim, &fm, 2500, &half, &mir);
    rig_blend(P("side_bend"), &want, 0.5f, &want);
    assert_pose(&half, &want);
}

static void clips_and_cards(void **state)
{
    (void)state;
    Step s[1] = { { .kind = STEP_KIND_CARD, .start_ms = 0, .end_ms = 10000, .hold_ms = 10000, .caption = "Heat",
                    .clip = "heat_pack", .clip_loop = true } };
    Move m = move_of("none", s, 1);
    DrawList dl;
    Pose p;
    bool mir;
    assert_false(animate_sample(anim, &m, 0, &p, &mir)); /* no figure */
    assert_true(animate_move(anim, &m, 250, &dl));
    assert_int_equal(dl.count, 1);
    const DrawItem *it = &dl.items[0];
    assert_int_equal(it->kind, DRAW_CLIP);
    assert_string_equal(anim_sprite_path(anim, it->sprite), "sheets/heat.png");
    assert_int_equal(it->src_x, 2 * 128); /* 250 ms at 120 ms a frame: the third frame */
    assert_int_equal(it->src_w, 128);
    assert_true(fabsf(it->oy - 1.0f) < 1e-4f && fabsf(it->vy + 1.0f) < 1e-4f); /* 1 m tall, on the floor */
    animate_move(anim, &m, 960 + 250, &dl); /* it loops */
    assert_int_equal(dl.items[0].src_x, 2 * 128);
    StageBox box = animate_move_bounds(anim, &m);
    assert_true(box.x0 < -0.45f && box.x1 > 0.45f && box.y1 > 1.0f);
    /* An unknown clip or figure draws nothing and does not crash. */
    s[0].clip = "nope";
    assert_false(animate_move(anim, &m, 0, &dl));
    Step e[1] = { step(0, "no_such_pose", 1000, 0) };
    Move em = move_of("side", e, 1);
    assert_true(animate_sample(anim, &em, 500, &p, &mir));
    assert_pose(&p, P("stand")); /* the rest pose */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(poses_over_time),
        cmocka_unit_test(sides),
        cmocka_unit_test(clips_and_cards),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
