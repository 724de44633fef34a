/* The lexer: tokens, positions, strings, and every kind of bad byte. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "script/lexer.h"

typedef struct Lexed {
    Token t[64];
    int n;
    DiagList d;
} Lexed;

static void lex(Lexed *out, const char *src, size_t len)
{
    Lexer lx;
    diag_init(&out->d);
    lexer_init(&lx, src, len, "t.move", &out->d);
    out->n = 0;
    do
        out->t[out->n] = lexer_next(&lx);
    while (out->t[out->n++].kind != TOK_EOF && out->n < 64);
}

static void check(const Token *t, TokKind kind, const char *text, int line, int col)
{
    assert_int_equal(t->kind, kind);
    assert_int_equal(t->line, line);
    assert_int_equal(t->col, col);
    if (text) {
        assert_int_equal(t->len, strlen(text));
        assert_memory_equal(t->start, text, t->len);
    }
}

static void words_options_comments(void **state)
{
    (void)state;
    Lexed l;
    const char *src = "  pose cat 1.5s ease=in # a comment \"with quotes\"\nhold 20..30s\n";
    lex(&l, src, strlen(src));
    assert_int_equal(l.d.count, 0);
    check(&l.t[0], TOK_WORD, "pose", 1, 3);
    check(&l.t[1], TOK_WORD, "cat", 1, 8);
    check(&l.t[2], TOK_WORD, "1.5s", 1, 12);
    check(&l.t[3], TOK_WORD, "ease", 1, 17);
    check(&l.t[4], TOK_EQUALS, "=", 1, 21);
    check(&l.t[5], TOK_WORD, "in", 1, 22);
    check(&l.t[6], TOK_EOL, NULL, 1, 50);
    check(&l.t[7], TOK_WORD, "hold", 2, 1);
    check(&l.t[8], TOK_WORD, "20..30s", 2, 6);
    check(&l.t[9], TOK_EOL, NULL, 2, 13);
    check(&l.t[10], TOK_EOF, NULL, 3, 1);
    assert_int_equal(l.n, 11);
    diag_deinit(&l.d);
}

static void strings_and_escapes(void **state)
{
    (void)state;
    Lexed l;
    const char *src = "say \"a \\\"b\\\" \\\\ c\\nd #not a comment\"x";
    lex(&l, src, strlen(src));
    assert_int_equal(l.d.count, 0);
    check(&l.t[1], TOK_STRING, NULL, 1, 5);
    Arena *a = arena_create();
    assert_string_equal(lexer_string_value(&l.t[1], a), "a \"b\" \\ c\nd #not a comment");
    check(&l.t[2], TOK_WORD, "x", 1, 37); /* a word may follow a string directly */
    arena_destroy(a);
    diag_deinit(&l.d);
}

static void bom_crlf_tabs(void **state)
{
    (void)state;
    Lexed l;
    const char *src = "\xEF\xBB\xBFmove \"x\"\r\n\tstep\r\n";
    lex(&l, src, strlen(src));
    assert_int_equal(l.d.count, 0);
    check(&l.t[0], TOK_WORD, "move", 1, 1); /* columns start after the BOM */
    check(&l.t[1], TOK_STRING, "\"x\"", 1, 6);
    check(&l.t[2], TOK_EOL, NULL, 1, 10);
    check(&l.t[3], TOK_WORD, "step", 2, 2);
    check(&l.t[4], TOK_EOL, NULL, 2, 7);
    diag_deinit(&l.d);
}

/* An error skips the rest of its line, and the next line lexes normally. */
static void error_then_recover(const char *src, size_t len, int col, const char *msg)
{
    Lexed l;
    lex(&l, src, len);
    assert_int_equal(l.d.errors, 1);
    assert_int_equal(l.d.items[0].line, 1);
    assert_int_equal(l.d.items[0].col, col);
    assert_non_null(strstr(l.d.items[0].message, msg));
    int i = 0;
    while (l.t[i].kind != TOK_ERROR)
        i++;
    assert_int_equal(l.t[i].col, col);
    assert_int_equal(l.t[i + 1].kind, TOK_EOL);
    check(&l.t[i + 2], TOK_WORD, "next", 2, 1);
    diag_deinit(&l.d);
}

static void errors(void **state)
{
    (void)state;
    error_then_recover("say \"open\nnext", 14, 5, "unterminated string");
    error_then_recover("say \"open\r\nnext", 15, 5, "unterminated string");
    error_then_recover("say \"a\\tb\" x\nnext", 17, 7, "unknown escape");
    error_then_recover("step a\0b c\nnext", 15, 7, "NUL byte");
    error_then_recover("say \"\x01\"\nnext", 12, 6, "control character 0x01");
    error_then_recover("say \"\xff\"\nnext", 12, 6, "invalid UTF-8 (byte 0xFF)");
    error_then_recover("x # \xc3\nnext", 10, 5, "invalid UTF-8"); /* in a comment too */
    error_then_recover("\x7f\nnext", 6, 1, "control character 0x7F");

    size_t n = 5000;
    char *big = malloc(n + 6);
    memset(big, 'a', n);
    memcpy(big + n, "\nnext", 5);
    error_then_recover(big, n + 5, LEXER_LINE_MAX + 1, "longer than 4096 bytes");
    big[0] = '"';
    error_then_recover(big, n + 5, 1, "unterminated"); /* a string cut by the line end */
    memset(big, ' ', n - 1);
    error_then_recover(big, n + 5, LEXER_LINE_MAX + 1, "longer than 4096 bytes");
    free(big);
}

static void utf8(void **state)
{
    (void)state;
    struct { const char *s; size_t len, want; } cases[] = {
        { "a", 1, 1 },
        { "\xc3\xa9", 2, 2 },          /* é */
        { "\xe2\x82\xac", 3, 3 },      /* € */
        { "\xf0\x9f\x98\x80", 4, 4 },  /* an emoji */
        { "\xf4\x8f\xbf\xbf", 4, 4 },  /* U+10FFFF */
        { "\xc0\xaf", 2, 0 },          /* overlong '/' */
        { "\xc1\xbf", 2, 0 },
        { "\xe0\x80\xaf", 3, 0 },      /* overlong */
        { "\xf0\x80\x80\xaf", 4, 0 },  /* overlong */
        { "\xed\xa0\x80", 3, 0 },      /* a surrogate */
        { "\xf4\x90\x80\x80", 4, 0 },  /* past U+10FFFF */
        { "\xf5\x80\x80\x80", 4, 0 },
        { "\x80", 1, 0 },              /* a lone continuation byte */
        { "\xe2\x82", 2, 0 },          /* cut short by the end */
        { "\xe2\x28\xa1", 3, 0 },      /* a bad continuation byte */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const unsigned char *s = (const unsigned char *)cases[i].s;
        assert_int_equal(utf8_sequence(s, s + cases[i].len), cases[i].want);
    }
    Lexed l;
    const char *src = "caption \"Café, 20 €\"";
    lex(&l, src, strlen(src));
    assert_int_equal(l.d.count, 0);
    diag_deinit(&l.d);
}

static void token_is_exact(void **state)
{
    (void)state;
    Token t = { TOK_WORD, "steps", 4, 1, 1 };
    assert_true(token_is(&t, "step"));
    assert_false(token_is(&t, "steps"));
    assert_false(token_is(&t, "ste"));
    t.kind = TOK_STRING;
    assert_false(token_is(&t, "step"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(words_options_comments),
        cmocka_unit_test(strings_and_escapes),
        cmocka_unit_test(bom_crlf_tabs),
        cmocka_unit_test(errors),
        cmocka_unit_test(utf8),
        cmocka_unit_test(token_is_exact),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
