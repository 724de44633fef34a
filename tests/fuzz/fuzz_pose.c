/* libFuzzer harness for the pose parser: any bytes are a .pose file added to a library
 * that already holds a few good poses (so `from` can reach them), then resolved; every
 * pose that survives is solved, blended and mirrored on its rig. It aborts when the
 * library breaks its own promises: a pose found by name is the pose at its index, a
 * pose has a skeleton, a solved bone is a finite number. replay.c runs it over the
 * saved corpus in the normal build. */
#include "anim/rig.h"
#include "model/poses.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char base[] = "pose stand rig=side\n  root 0 0.95\n"
                           "pose all_fours from stand\n  root -0.2 0.5\n  pelvis -80 lumbar 0 thorax 0\n"
                           "pose cat from all_fours\n  lumbar -20 thorax -35 neck -35\n"
                           "pose wave rig=front\n";

static void check_pose(const PoseLib *lib, int i)
{
    const Pose *p = poselib_at(lib, i);
    if (!p || !p->name || !p->skel || poselib_find(lib, p->name) != p)
        abort();
    RigFrame f;
    rig_solve(p, &f);
    for (int b = 0; b < p->skel->bone_count; b++)
        if (!isfinite(f.bone[b].x0) || !isfinite(f.bone[b].y0) || !isfinite(f.bone[b].x1) || !isfinite(f.bone[b].y1))
            abort();
    Pose mixed, mirrored;
    const Pose *other = poselib_at(lib, 0);
    if (other && other->skel == p->skel) {
        rig_blend(p, other, 0.37f, &mixed);
        rig_mirror(&mixed, &mirrored);
        rig_solve(&mirrored, &f);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *sink;
    if (!sink)
        sink = fopen("/dev/null", "w");
    DiagList d;
    diag_init(&d);
    PoseLib *lib = poselib_create();
    poselib_add_text(lib, "poses/base.pose", base, sizeof base - 1, &d);
    if (d.errors)
        abort(); /* the base library is good */
    poselib_add_text(lib, "poses/fuzz.pose", (const char *)data, size, &d);
    poselib_resolve(lib, &d);
    for (int i = 0; i < poselib_count(lib); i++)
        check_pose(lib, i);
    for (size_t i = 0; sink && i < d.count; i++)
        diag_print_one(&d.items[i], sink, (const char *)data, size);
    poselib_destroy(lib);
    diag_deinit(&d);
    return 0;
}
