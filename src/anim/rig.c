#include "anim/rig.h"

#include "anim/ease.h"

#include <math.h>
#include <string.h>

static const float DEG = 0.017453292519943295f;

void rig_solve(const Pose *p, RigFrame *out)
{
    const Skeleton *s = p->skel;
    out->skel = s;
    for (int i = 0; i < s->bone_count; i++) {
        const SkelBone *b = &s->bones[i];
        RigBone *r = &out->bone[i];
        if (b->parent < 0) {
            r->x0 = p->root_x;
            r->y0 = p->root_y;
            r->angle = b->rest + p->angle[i];
        } else {
            const RigBone *q = &out->bone[b->parent];
            float qa = q->angle * DEG, c = cosf(qa), sn = sinf(qa);
            float along = b->at * s->bones[b->parent].length;
            r->x0 = q->x0 + c * along - sn * b->offset;
            r->y0 = q->y0 + sn * along + c * b->offset;
            r->angle = q->angle + b->rest + p->angle[i];
        }
        float a = r->angle * DEG;
        r->x1 = r->x0 + cosf(a) * b->length;
        r->y1 = r->y0 + sinf(a) * b->length;
    }
}

void rig_blend(const Pose *a, const Pose *b, float t, Pose *out)
{
    const Skeleton *s = a->skel;
    Pose r = *a;
    r.name = NULL;
    r.base = NULL;
    r.root_x = a->root_x + (b->root_x - a->root_x) * t;
    r.root_y = a->root_y + (b->root_y - a->root_y) * t;
    for (int i = 0; i < s->bone_count; i++) {
        const SkelBone *sb = &s->bones[i];
        if (sb->max - sb->min >= 360)
            r.angle[i] = ease_angle_lerp(a->angle[i], b->angle[i], t);
        else
            r.angle[i] = a->angle[i] + (b->angle[i] - a->angle[i]) * t;
    }
    *out = r;
}

void rig_mirror(const Pose *p, Pose *out)
{
    const Skeleton *s = p->skel;
    Pose r = *p;
    r.root_x = -p->root_x;
    /* Reflected, a child's world angle must become 180 - (parent + rest + a); with the
     * parent already reflected that leaves -a - 2 * rest, which is -a for the usual rest
     * of 0 or 180 and -a + 180 for a foot set at 90 degrees to its shin. */
    for (int i = 0; i < s->bone_count; i++) {
        const SkelBone *b = &s->bones[i];
        float turn = b->parent < 0 ? 0 : fmodf(-2 * b->rest, 360.0f);
        if (turn <= -180)
            turn += 360;
        else if (turn > 180)
            turn -= 360;
        r.angle[i] = -p->angle[b->twin] + turn;
    }
    *out = r;
}

void rig_point(const RigBone *b, float along, float across, float *x, float *y)
{
    float a = b->angle * DEG, c = cosf(a), s = sinf(a);
    *x = b->x0 + c * along - s * across;
    *y = b->y0 + s * along + c * across;
}
