#include "script/duration.h"

#include <stdio.h>
#include <string.h>

#define DURATION_MAX_MS (1000LL * 3600 * 1000)

/* Unit rank: a later part must have a smaller unit (1m30s, not 30s1m). */
static int unit_of(const char *s, size_t len, size_t *i, int64_t *scale)
{
    size_t left = len - *i;
    if (left >= 2 && s[*i] == 'm' && s[*i + 1] == 's') {
        *i += 2;
        *scale = 1;
        return 1;
    }
    switch (left ? s[*i] : 0) {
    case 's': *i += 1; *scale = 1000; return 2;
    case 'm': *i += 1; *scale = 60000; return 3;
    case 'h': *i += 1; *scale = 3600000; return 4;
    default: return 0;
    }
}

bool duration_parse(const char *s, size_t len, int64_t *out_ms)
{
    size_t i = 0;
    int64_t total = 0;
    int last_rank = 5;
    if (len == 0)
        return false;
    while (i < len) {
        /* A number: digits, optionally a '.' and more digits. Integer arithmetic
         * in thousandths keeps 1.5s exact. */
        int64_t whole = 0, frac = 0, frac_scale = 1;
        size_t digits = 0;
        while (i < len && s[i] >= '0' && s[i] <= '9') {
            whole = whole * 10 + (s[i++] - '0');
            digits++;
            if (whole > DURATION_MAX_MS)
                return false;
        }
        if (i < len && s[i] == '.') {
            i++;
            while (i < len && s[i] >= '0' && s[i] <= '9') {
                if (frac_scale < 1000000) {
                    frac = frac * 10 + (s[i] - '0');
                    frac_scale *= 10;
                }
                i++;
                digits++;
            }
        }
        if (digits == 0)
            return false;
        int64_t scale;
        int rank = unit_of(s, len, &i, &scale);
        if (rank == 0 || rank >= last_rank)
            return false;
        last_rank = rank;
        total += whole * scale + (frac * scale * 2 + frac_scale) / (2 * frac_scale);
        if (total > DURATION_MAX_MS)
            return false;
    }
    *out_ms = total;
    return true;
}

char *duration_format(int64_t ms, char *buf, size_t size)
{
    if (ms % 1000 != 0 && ms < 60000) {
        if (ms < 1000 || ms % 100 != 0)
            snprintf(buf, size, "%lldms", (long long)ms);
        else
            snprintf(buf, size, "%lld.%llds", (long long)(ms / 1000), (long long)(ms % 1000 / 100));
    } else if (ms >= 60000 && ms % 1000 == 0) {
        long long m = ms / 60000, sec = ms % 60000 / 1000;
        if (sec)
            snprintf(buf, size, "%lldm%llds", m, sec);
        else
            snprintf(buf, size, "%lldm", m);
    } else if (ms % 1000 == 0) {
        snprintf(buf, size, "%llds", (long long)(ms / 1000));
    } else {
        snprintf(buf, size, "%lldms", (long long)ms);
    }
    return buf;
}
