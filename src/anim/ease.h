/* ease: the easing curves a pose move follows (`pose NAME 2s ease=in_out`).
 *
 *   float f = ease_apply(EASE_IN_OUT, 0.25f);   // 0..1 in, 0..1 out, ends fixed
 *
 * linear is t; in starts slow (cubic); out ends slow; in_out is slow at both ends
 * (cubic), the default, which reads as a calm, deliberate movement. Input outside
 * [0, 1] is clamped. */
#ifndef LIMBER_EASE_H
#define LIMBER_EASE_H

#include "model/move.h"

float ease_apply(Ease ease, float t);

/* The shortest signed turn from degrees a to degrees b, in [-180, 180). */
float ease_angle_delta(float a, float b);

/* a + (b - a) * t, going the short way round for angles (350 -> 10 passes 0). */
float ease_angle_lerp(float a, float b, float t);

#endif
