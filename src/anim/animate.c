/* animate: a move's timeline turned into the figure's pose and a draw list. */
#include "anim/anim_internal.h"

#include "anim/ease.h"
#include "anim/rig.h"

#include <math.h>
#include <string.h>

/* The step running at t (the last one at the end). The same answer as
 * timeline_step_at(); kept here so the sampler depends only on Move's data. */
static int step_at_time(const Move *m, int64_t t)
{
    int lo = 0, hi = m->step_count - 1;
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (m->steps[mid].start_ms <= t)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

static int skel_index(const Skeleton *s)
{
    for (int i = 0; i < skeleton_count(); i++)
        if (skeleton_at(i) == s)
            return i;
    return -1;
}

/* A pose by name for this rig; NULL if unknown or written for another rig. */
static const Pose *pose_for(const Anim *a, const Skeleton *s, const char *name)
{
    const Pose *p = name ? poselib_find(a->lib, name) : NULL;
    return p && p->skel == s ? p : NULL;
}

/* The pose as drawn on this side: rigs with twins mirror the pose itself. */
static void effective(const Pose *p, Side side, Pose *out)
{
    if (side == SIDE_LEFT && p->skel->has_twins)
        rig_mirror(p, out);
    else
        *out = *p;
}

static void rest_of(const Anim *a, const Skeleton *s, Pose *out)
{
    const Pose *p = pose_for(a, s, s->rest_pose);
    if (p)
        *out = *p;
    else
        pose_rest(s, out);
}

/* During a step's hold: from the held pose through the cycle's poses, round and round. */
static void cycle_at(const Anim *a, const Skeleton *s, const Step *st, const Pose *held, int64_t h,
                     Pose *out)
{
    *out = *held;
    if (!st->cycle || st->cycle_count <= 0 || st->cycle_ms <= 0)
        return;
    int n = st->cycle_count;
    int first = st->pose && strcmp(st->cycle[0], st->pose) == 0 && n > 1 ? 1 : 0;
    int64_t i = h / st->cycle_ms;
    float f = (float)(h - i * st->cycle_ms) / (float)st->cycle_ms;
    Pose from, to;
    if (i == 0) {
        from = *held;
    } else {
        const Pose *p = pose_for(a, s, st->cycle[(first + i - 1) % n]);
        if (!p)
            return;
        effective(p, st->side, &from);
    }
    const Pose *q = pose_for(a, s, st->cycle[(first + i) % n]);
    if (!q)
        return;
    effective(q, st->side, &to);
    rig_blend(&from, &to, ease_apply(EASE_IN_OUT, f), out);
}

/* The figure lt ms into step k, given the pose it started the step in. */
static void step_at(const Anim *a, const Skeleton *s, const Step *st, const Pose *start, int64_t lt,
                    Pose *out)
{
    const Pose *p = pose_for(a, s, st->pose);
    Pose target;
    if (p)
        effective(p, st->side, &target);
    else
        target = *start;
    if (lt < st->pose_ms && p) {
        float f = (float)lt / (float)st->pose_ms;
        rig_blend(start, &target, ease_apply(st->ease, f), out);
        return;
    }
    int64_t h = lt - st->pose_ms;
    if (h > st->hold_ms)
        h = st->hold_ms;
    if (st->cycle && st->kind == STEP_KIND_STEP)
        cycle_at(a, s, st, &target, h < 0 ? 0 : h, out);
    else
        *out = target;
}

/* The pose the figure is in when step k begins. */
static void start_of(const Anim *a, const Skeleton *s, const Move *m, int k, Pose *out)
{
    /* Walk back to the last step that sets a pose: its end is known without its start. */
    int j = k - 1;
    while (j >= 0 && !pose_for(a, s, m->steps[j].pose))
        j--;
    if (j < 0) {
        /* Nothing before sets a pose: the first posed step's own pose, or the rest pose. */
        int f = 0;
        while (f < m->step_count && !pose_for(a, s, m->steps[f].pose))
            f++;
        if (f < m->step_count)
            effective(pose_for(a, s, m->steps[f].pose), m->steps[f].side, out);
        else
            rest_of(a, s, out);
        j = 0;
        if (k == 0)
            return;
        Pose tmp = *out;
        step_at(a, s, &m->steps[0], &tmp, m->steps[0].end_ms - m->steps[0].start_ms, out);
        j = 1;
    } else {
        Pose first;
        effective(pose_for(a, s, m->steps[j].pose), m->steps[j].side, &first);
        step_at(a, s, &m->steps[j], &first, m->steps[j].end_ms - m->steps[j].start_ms, out);
        j++;
    }
    for (; j < k; j++) {
        Pose tmp = *out;
        step_at(a, s, &m->steps[j], &tmp, m->steps[j].end_ms - m->steps[j].start_ms, out);
    }
}

bool animate_sample(const Anim *a, const Move *m, int64_t t, Pose *pose, bool *mirrored)
{
    if (!a || !m || m->step_count <= 0)
        return false;
    const Skeleton *s = skeleton_find(m->figure);
    if (!s)
        return false;
    if (t < 0)
        t = 0;
    if (t > m->duration_ms)
        t = m->duration_ms;
    int k = step_at_time(m, t);
    if (k < 0)
        k = 0;
    if (k >= m->step_count)
        k = m->step_count - 1;
    const Step *st = &m->steps[k];
    Pose start;
    start_of(a, s, m, k, &start);
    step_at(a, s, st, &start, t - st->start_ms, pose);
    *mirrored = st->side == SIDE_LEFT && !s->has_twins;
    return true;
}

/* ---- the draw list ------------------------------------------------------------ */

static void push_part(DrawList *out, const RigBone *b, const PartPlace *pp, int sprite, DrawKind kind,
                      const uint8_t rgba[4], int z)
{
    DrawItem it = { .kind = kind, .sprite = sprite, .z = z };
    float ux, uy, vx, vy;
    rig_point(b, pp->o[0], pp->o[1], &it.ox, &it.oy);
    rig_point(b, pp->u[0], pp->u[1], &ux, &uy);
    rig_point(b, pp->v[0], pp->v[1], &vx, &vy);
    it.ux = ux - it.ox;
    it.uy = uy - it.oy;
    it.vx = vx - it.ox;
    it.vy = vy - it.oy;
    it.r = rgba[0];
    it.g = rgba[1];
    it.b = rgba[2];
    it.a = rgba[3];
    drawlist_push(out, &it);
}

/* An upright image filling the box centred on (cx, cy). */
static void push_box(DrawList *out, DrawKind kind, int sprite, float cx, float cy, float w, float h, int z)
{
    DrawItem it = { .kind = kind, .sprite = sprite, .z = z, .r = 255, .g = 255, .b = 255, .a = 255 };
    it.ox = cx - w / 2;
    it.oy = cy + h / 2;
    it.ux = w;
    it.vy = -h;
    drawlist_push(out, &it);
}

static void emit_figure(const Anim *a, const RigSkin *skin, const RigFrame *f, DrawList *out)
{
    const Skeleton *s = f->skel;
    float lo = 1e9f, hi = -1e9f;
    for (int i = 0; i < s->bone_count; i++) {
        const PartPlace *pp = &skin->part[i];
        const RigBone *b = &f->bone[i];
        int z = s->bones[i].layer * 100 + i;
        if (pp->halo >= 0)
            push_part(out, b, pp, pp->halo, DRAW_HALO, skin->halo, z);
        if (pp->fill >= 0)
            push_part(out, b, pp, pp->fill, DRAW_PART, skin->shade[s->bones[i].shade], z + 50);
        float r = pp->depth / 2;
        lo = fminf(lo, fminf(b->x0, b->x1) - r);
        hi = fmaxf(hi, fmaxf(b->x0, b->x1) + r);
    }
    /* A soft shadow on the floor under the figure grounds it, standing or lying. */
    if (hi > lo)
        push_box(out, DRAW_PROP, a->shadow_sprite, (lo + hi) / 2, 0, hi - lo + 0.2f, 0.07f, -90);
}

typedef struct PropState {
    bool shown;
    const char *bone;
} PropState;

static void emit_prop(const Anim *a, int i, const char *bone_name, const RigSkin *skin, const RigFrame *f,
                      DrawList *out)
{
    const PropDef *p = &anim_props[i];
    const Skeleton *s = f->skel;
    int sprite = a->prop_sprite[i];
    int bone = skeleton_bone(s, bone_name ? bone_name : p->bone);
    if (bone < 0)
        bone = skeleton_bone(s, p->bone);
    float x, y;
    switch (p->kind) {
    case PROP_MAT:
        push_box(out, DRAW_PROP, sprite, 0, p->h / 2 - 0.012f, p->w, p->h, p->z);
        return;
    case PROP_WALL:
    case PROP_BACK:
    case PROP_UNDER: {
        if (bone < 0)
            return;
        const RigBone *b = &f->bone[bone];
        float gap = p->kind == PROP_WALL ? anim_props[2].w + p->w / 2 : p->w / 2;
        /* The back is the counterclockwise side of a spine bone on a figure facing +x. */
        rig_point(b, p->along * s->bones[bone].length, skin->part[bone].depth / 2 + gap, &x, &y);
        if (p->kind == PROP_WALL)
            y = p->h / 2;
        else if (p->kind == PROP_UNDER || y < p->h / 2)
            y = p->h / 2; /* rests on the floor */
        push_box(out, DRAW_PROP, sprite, x, y, p->w, p->h, p->z);
        return;
    }
    case PROP_HELD:
        if (bone_name && bone >= 0) {
            const RigBone *b = &f->bone[bone];
            x = b->x1;
            y = b->y1 - p->h / 2 + 0.05f;
        } else {
            /* On the floor just in front of the shins, where a squat reaches it. */
            int foot = skeleton_bone(s, "foot_near");
            x = foot >= 0 ? f->bone[foot].x0 + 0.15f : 0.5f;
            y = p->h / 2;
        }
        push_box(out, DRAW_PROP, sprite, x, y, p->w, p->h, p->z);
        return;
    }
}

static void emit_clip(const Anim *a, const char *name, bool loop, int64_t t, bool card, DrawList *out)
{
    const SheetTag *tag = NULL;
    const Sheet *sh = anim_clip(a, name, &tag);
    if (!sh)
        return;
    int sprite = -1;
    for (int i = 0; i < a->sheet_count; i++)
        if (a->sheets[i] == sh)
            sprite = a->sheet_sprite[i];
    const SheetFrame *fr = &sh->frames[sheet_frame_at(sh, tag, t, loop)];
    float height = card ? 1.0f : 0.6f, k = height / (float)fr->full_h;
    float left = card ? -(float)fr->full_w * k / 2 : 1.0f;
    DrawItem it = { .kind = DRAW_CLIP, .sprite = sprite, .z = 1000, .r = 255, .g = 255, .b = 255, .a = 255 };
    it.src_x = fr->x;
    it.src_y = fr->y;
    it.src_w = fr->w;
    it.src_h = fr->h;
    it.ox = left + (float)fr->off_x * k;
    it.oy = height - (float)fr->off_y * k;
    it.ux = (float)fr->w * k;
    it.vy = -(float)fr->h * k;
    drawlist_push(out, &it);
}

static void emit_pose(const Anim *a, const Pose *p, bool mirrored, const PropState *props, DrawList *out)
{
    int si = skel_index(p->skel);
    if (si < 0 || !a->skins[si].loaded)
        return;
    const RigSkin *skin = &a->skins[si];
    RigFrame f;
    rig_solve(p, &f);
    int before = out->count;
    emit_figure(a, skin, &f, out);
    for (int i = 0; props && i < anim_prop_count; i++)
        if (props[i].shown)
            emit_prop(a, i, props[i].bone, skin, &f, out);
    if (mirrored) {
        DrawList *tail = out;
        for (int i = before; i < tail->count; i++) {
            DrawItem *d = &tail->items[i];
            d->ox = -d->ox;
            d->ux = -d->ux;
            d->vx = -d->vx;
            d->flip = !d->flip;
        }
    }
}

static void props_at(const Move *m, int k, PropState *props)
{
    memset(props, 0, sizeof(PropState) * (size_t)anim_prop_count);
    for (int j = 0; j <= k; j++)
        for (int c = 0; c < m->steps[j].prop_count; c++) {
            const PropChange *pc = &m->steps[j].props[c];
            for (int i = 0; i < anim_prop_count; i++)
                if (strcmp(anim_props[i].name, pc->name) == 0) {
                    props[i].shown = !pc->hide;
                    props[i].bone = pc->bone;
                }
        }
}

bool animate_move(const Anim *a, const Move *m, int64_t t, DrawList *out)
{
    drawlist_clear(out);
    if (!a || !m || m->step_count <= 0)
        return false;
    if (t < 0)
        t = 0;
    if (t > m->duration_ms)
        t = m->duration_ms;
    int k = step_at_time(m, t);
    if (k < 0 || k >= m->step_count)
        return false;
    PropState props[8];
    props_at(m, k, props);
    Pose p;
    bool mirrored = false;
    bool figure = animate_sample(a, m, t, &p, &mirrored);
    if (figure)
        emit_pose(a, &p, mirrored, props, out);
    const Step *st = &m->steps[k];
    if (st->clip)
        emit_clip(a, st->clip, st->clip_loop, t - st->start_ms, !figure, out);
    drawlist_sort(out);
    return out->count > 0;
}

bool animate_pose(const Anim *a, const Pose *p, bool mirrored, DrawList *out)
{
    drawlist_clear(out);
    if (!a || !p)
        return false;
    Pose q;
    effective(p, mirrored ? SIDE_LEFT : SIDE_RIGHT, &q);
    PropState props[8];
    memset(props, 0, sizeof props);
    for (int k = 0; k < p->prop_count; k++)
        for (int i = 0; i < anim_prop_count; i++)
            if (strcmp(anim_props[i].name, p->props[k]) == 0) {
                props[i].shown = true;
                props[i].bone = p->prop_bones[k];
            }
    emit_pose(a, &q, mirrored && !p->skel->has_twins, props, out);
    drawlist_sort(out);
    return out->count > 0;
}

static StageBox pad(StageBox b)
{
    if (stagebox_is_empty(b))
        return b;
    const float m = 0.05f;
    return (StageBox){ b.x0 - m, b.y0 - m, b.x1 + m, b.y1 + m };
}

static const unsigned BOUND_KINDS = 1u << DRAW_PART | 1u << DRAW_HALO | 1u << DRAW_PROP | 1u << DRAW_CLIP;

StageBox animate_pose_bounds(const Anim *a, const Pose *p)
{
    DrawList dl;
    StageBox box = stagebox_empty();
    for (int mir = 0; mir < 2; mir++)
        if (animate_pose(a, p, mir, &dl))
            box = stagebox_union(box, drawlist_bounds(&dl, BOUND_KINDS));
    return pad(box);
}

StageBox animate_move_bounds(const Anim *a, const Move *m)
{
    StageBox box = stagebox_empty();
    if (!a || !m)
        return box;
    DrawList dl;
    for (int k = 0; k < m->step_count; k++) {
        const Step *st = &m->steps[k];
        int64_t times[40];
        int n = 0;
        /* A blend can pass outside both of its ends (an arm swinging through), so the
         * pose move is sampled along its way, and a cycle through two rounds. */
        for (int i = 0; i <= 8; i++)
            times[n++] = st->start_ms + st->pose_ms * i / 8;
        int64_t hold0 = st->start_ms + st->pose_ms;
        if (st->cycle && st->cycle_ms > 0)
            for (int64_t t = hold0 + st->cycle_ms / 4; t < hold0 + st->hold_ms && n < 39;
                 t += st->cycle_ms / 4 > 0 ? st->cycle_ms / 4 : 1)
                if (t - hold0 <= 2 * (int64_t)(st->cycle_count + 1) * st->cycle_ms)
                    times[n++] = t;
        times[n++] = st->end_ms - 1 > st->start_ms ? st->end_ms - 1 : st->start_ms;
        for (int i = 0; i < n; i++)
            if (animate_move(a, m, times[i], &dl))
                box = stagebox_union(box, drawlist_bounds(&dl, BOUND_KINDS));
    }
    return pad(box);
}
