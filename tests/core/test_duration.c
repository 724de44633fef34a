/* Durations as authors and the command line write them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "script/duration.h"

static int64_t parse(const char *s)
{
    int64_t ms = -1;
    return duration_parse(s, strlen(s), &ms) ? ms : -1;
}

static void good_forms(void **state)
{
    (void)state;
    assert_int_equal(parse("500ms"), 500);
    assert_int_equal(parse("5s"), 5000);
    assert_int_equal(parse("1.5s"), 1500);
    assert_int_equal(parse("12.5s"), 12500);
    assert_int_equal(parse("2m"), 120000);
    assert_int_equal(parse("1m30s"), 90000);
    assert_int_equal(parse("1h"), 3600000);
    assert_int_equal(parse("0.0015s"), 2); /* rounds half up to the millisecond */
    assert_int_equal(parse("0s"), 0);
}

static void bad_forms(void **state)
{
    (void)state;
    assert_int_equal(parse(""), -1);
    assert_int_equal(parse("5"), -1);      /* a bare number: the unit is required */
    assert_int_equal(parse("-3s"), -1);
    assert_int_equal(parse("s"), -1);
    assert_int_equal(parse("5x"), -1);
    assert_int_equal(parse("30s1m"), -1);  /* units must fall */
    assert_int_equal(parse("1s1s"), -1);
    assert_int_equal(parse("5 s"), -1);
    assert_int_equal(parse("99999999999999999999s"), -1);
}

static void formats_round_trip(void **state)
{
    (void)state;
    static const int64_t values[] = { 0, 1, 500, 1500, 5000, 60000, 90000, 1234 };
    char buf[32];
    for (size_t i = 0; i < sizeof values / sizeof *values; i++)
        assert_int_equal(parse(duration_format(values[i], buf, sizeof buf)), values[i]);
    assert_string_equal(duration_format(90000, buf, sizeof buf), "1m30s");
    assert_string_equal(duration_format(1500, buf, sizeof buf), "1.5s");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(good_forms),
        cmocka_unit_test(bad_forms),
        cmocka_unit_test(formats_round_trip),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
