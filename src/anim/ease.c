#include "anim/ease.h"

#include <math.h>

float ease_apply(Ease ease, float t)
{
    if (!(t > 0)) /* also catches NaN */
        return 0;
    if (t >= 1)
        return 1;
    switch (ease) {
    case EASE_IN:
        return t * t * t;
    case EASE_OUT: {
        float u = 1 - t;
        return 1 - u * u * u;
    }
    case EASE_IN_OUT:
        if (t < 0.5f)
            return 4 * t * t * t;
        else {
            float u = -2 * t + 2;
            return 1 - u * u * u / 2;
        }
    case EASE_LINEAR:
    default:
        return t;
    }
}

float ease_angle_delta(float a, float b)
{
    float d = fmodf(b - a, 360.0f);
    if (d < -180.0f)
        d += 360.0f;
    else if (d >= 180.0f)
        d -= 360.0f;
    return d;
}

float ease_angle_lerp(float a, float b, float t)
{
    return a + ease_angle_delta(a, b) * t;
}
