#include "script/parse_util.h"

#include "script/duration.h"
#include "script/parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void pu_init(Parser *p, const char *src, size_t len, const char *path, Arena *a, DiagList *d)
{
    lexer_init(&p->lx, src, len, path, d);
    p->a = a;
    p->d = d;
    p->path = path;
    p->oom = false;
}

SrcPos pu_pos(const Token *t)
{
    return (SrcPos){ t->line, t->col };
}

static void verror(Parser *p, SrcPos at, const char *fmt, va_list ap)
{
    char msg[400];
    vsnprintf(msg, sizeof msg, fmt, ap);
    diag_add(p->d, DIAG_ERROR, p->path, at.line, at.col, "%s", msg);
}

void pu_error(Parser *p, const Token *at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(p, pu_pos(at), fmt, ap);
    va_end(ap);
}

void pu_error_pos(Parser *p, SrcPos at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(p, at, fmt, ap);
    va_end(ap);
}

bool pu_check_size(Parser *p, const char *src, size_t len)
{
    if (len <= SCRIPT_FILE_MAX)
        return true;
    /* Point at the byte where the file passes the limit. */
    int line = 1;
    const char *s = src, *limit = src + SCRIPT_FILE_MAX, *line_start = src;
    for (const char *nl; (nl = memchr(s, '\n', (size_t)(limit - s))) != NULL; s = nl + 1) {
        line++;
        line_start = nl + 1;
    }
    pu_error_pos(p, (SrcPos){ line, (int)(limit - line_start) + 1 },
                 "file is larger than %d bytes (1 MB): a script this big is surely a mistake",
                 SCRIPT_FILE_MAX);
    return false;
}

static void drain_line(Parser *p, Line *ln)
{
    for (;;) {
        Token t = lexer_next(&p->lx);
        if (t.kind == TOK_EOL || t.kind == TOK_EOF) {
            ln->end = t;
            return;
        }
    }
}

bool pu_line(Parser *p, Line *ln)
{
    Token t;
    ln->nargs = ln->nopts = 0;
    ln->bad = false;
    do
        t = lexer_next(&p->lx);
    while (t.kind == TOK_EOL);
    if (t.kind == TOK_EOF)
        return false;
    ln->kw = t;
    ln->end = t;
    if (t.kind != TOK_WORD) {
        if (t.kind == TOK_STRING)
            pu_error(p, &t, "a line begins with a statement word such as step or say, not with text in quotes");
        else if (t.kind == TOK_EQUALS)
            pu_error(p, &t, "a line begins with a statement word such as step or say, not with '='");
        ln->bad = true;
        drain_line(p, ln);
        return true;
    }

    Token last = t;
    int args_at_last_option = 0;
    for (;;) {
        t = lexer_next(&p->lx);
        if (t.kind == TOK_EOL || t.kind == TOK_EOF)
            break;
        if (t.kind == TOK_ERROR) {
            ln->bad = true;
            continue;
        }
        if (ln->bad)
            continue;
        if (t.kind == TOK_EQUALS) {
            /* The word before '=' was pushed as a positional word: it is the key. */
            Token *key = ln->nargs > args_at_last_option ? &ln->args[ln->nargs - 1] : NULL;
            if (!key || key->kind != TOK_WORD || key->col + (int)key->len != t.col) {
                pu_error(p, &t, "'=' needs an option name right before it, like ease=in");
                ln->bad = true;
                continue;
            }
            Token v = lexer_next(&p->lx);
            if (v.kind == TOK_ERROR) {
                ln->bad = true;
                continue;
            }
            if ((v.kind != TOK_WORD && v.kind != TOK_STRING) || v.col != t.col + 1) {
                pu_error(p, key, "option '%.*s=' needs a value right after the '='",
                         (int)key->len, key->start);
                ln->bad = true;
                if (v.kind == TOK_EOL || v.kind == TOK_EOF)
                    break;
                continue;
            }
            if (ln->nopts == LINE_OPTS) {
                pu_error(p, key, "too many options on one line");
                ln->bad = true;
                continue;
            }
            ln->keys[ln->nopts] = *key;
            ln->vals[ln->nopts++] = v;
            ln->nargs--;
            args_at_last_option = ln->nargs;
            last = v;
            continue;
        }
        if (ln->nargs == LINE_ARGS) {
            pu_error(p, &t, "too many words on one line");
            ln->bad = true;
            continue;
        }
        ln->args[ln->nargs++] = t;
        last = t;
    }
    if (!ln->bad && ln->nopts > 0 && ln->nargs > args_at_last_option) {
        const Token *w = &ln->args[args_at_last_option];
        pu_error(p, w, "'%.*s' comes after an option: put options (key=value) at the end of the line",
                 (int)w->len, w->start);
        ln->bad = true;
    }
    /* "Missing" problems point one column past the last word. */
    ln->end = last;
    ln->end.col = last.col + (int)last.len + 1;
    return true;
}

SrcPos pu_end_pos(const Line *ln)
{
    return pu_pos(&ln->end);
}

const Token *pu_arg(Parser *p, const Line *ln, int i, const char *what, const char *usage)
{
    if (i < ln->nargs)
        return &ln->args[i];
    pu_error_pos(p, pu_end_pos(ln), "missing %s: write %s", what, usage);
    return NULL;
}

bool pu_max_args(Parser *p, const Line *ln, int max, const char *usage)
{
    if (ln->nargs <= max)
        return true;
    const Token *t = &ln->args[max];
    pu_error(p, t, "unexpected %s'%.*s': write %s", t->kind == TOK_STRING ? "text " : "",
             (int)(t->len > 40 ? 40 : t->len), t->start, usage);
    return false;
}

bool pu_check_options(Parser *p, const Line *ln, const char *const *keys)
{
    bool ok = true;
    for (int i = 0; i < ln->nopts; i++) {
        const Token *k = &ln->keys[i];
        bool known = false;
        size_t count = 0;
        for (const char *const *kp = keys; kp && *kp; kp++, count++)
            known |= token_is(k, *kp);
        if (known) {
            for (int j = 0; j < i; j++)
                if (ln->keys[j].len == k->len && memcmp(ln->keys[j].start, k->start, k->len) == 0) {
                    pu_error(p, k, "option '%.*s' is given twice", (int)k->len, k->start);
                    ok = false;
                }
            continue;
        }
        ok = false;
        char word[65];
        const char *near = NULL;
        if (k->len < sizeof word && keys) {
            memcpy(word, k->start, k->len);
            word[k->len] = '\0';
            near = diag_closest(word, keys, count);
        }
        if (!keys)
            pu_error(p, k, "'%.*s' takes no options such as '%.*s='", (int)ln->kw.len,
                     ln->kw.start, (int)(k->len > 40 ? 40 : k->len), k->start);
        else if (near)
            pu_error(p, k, "unknown option '%.*s' for '%.*s' (did you mean '%s'?)",
                     (int)(k->len > 40 ? 40 : k->len), k->start, (int)ln->kw.len, ln->kw.start, near);
        else
            pu_error(p, k, "unknown option '%.*s' for '%.*s'", (int)(k->len > 40 ? 40 : k->len),
                     k->start, (int)ln->kw.len, ln->kw.start);
    }
    return ok;
}

char *pu_string(Parser *p, const Token *t, const char *what, const char *usage)
{
    if (t->kind != TOK_STRING) {
        pu_error(p, t, "expected %s in double quotes: write %s", what, usage);
        return NULL;
    }
    char *s = lexer_string_value(t, p->a);
    if (!s)
        p->oom = true;
    return s;
}

char *pu_word(Parser *p, const Token *t, const char *what, const char *usage)
{
    if (t->kind != TOK_WORD) {
        pu_error(p, t, "expected %s as a word, without quotes: write %s", what, usage);
        return NULL;
    }
    char *s = arena_strndup(p->a, t->start, t->len);
    if (!s)
        p->oom = true;
    return s;
}

static bool is_bare_number(const char *s, size_t len)
{
    size_t digits = 0, dots = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] >= '0' && s[i] <= '9')
            digits++;
        else if (s[i] == '.')
            dots++;
        else
            return false;
    }
    return digits > 0 && dots <= 1;
}

static bool is_whole(const char *s, size_t len)
{
    if (len == 0)
        return false;
    for (size_t i = 0; i < len; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

static const char *find_range(const char *s, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++)
        if (s[i] == '.' && s[i + 1] == '.')
            return s + i;
    return NULL;
}

static int clip_len(size_t len)
{
    return (int)(len > 40 ? 40 : len);
}

bool pu_duration(Parser *p, const Token *t, int64_t *ms)
{
    if (t->kind == TOK_WORD && duration_parse(t->start, t->len, ms))
        return true;
    if (t->kind == TOK_WORD && is_bare_number(t->start, t->len))
        pu_error(p, t, "'%.*s' needs a unit: write %.*ss or %.*sms", clip_len(t->len), t->start,
                 clip_len(t->len), t->start, clip_len(t->len), t->start);
    else if (t->kind == TOK_WORD && find_range(t->start, t->len))
        pu_error(p, t, "'%.*s' is a range, but only one duration fits here", clip_len(t->len),
                 t->start);
    else
        pu_error(p, t, "'%.*s' is not a duration: write it like 1.5s, 500ms or 1m30s",
                 clip_len(t->len), t->start);
    return false;
}

bool pu_count(Parser *p, const Token *t, int64_t min, int64_t max, int64_t *out)
{
    if (t->kind != TOK_WORD || !is_whole(t->start, t->len)) {
        pu_error(p, t, "'%.*s' is not a whole number", clip_len(t->len), t->start);
        return false;
    }
    int64_t v = 0;
    for (size_t i = 0; i < t->len; i++) {
        v = v * 10 + (t->start[i] - '0');
        if (v > max)
            break;
    }
    if (v < min || v > max) {
        pu_error(p, t, "%.*s is out of range: write a number from %lld to %lld", clip_len(t->len),
                 t->start, (long long)min, (long long)max);
        return false;
    }
    *out = v;
    return true;
}

/* One end of a range: a count, or a duration whose unit may be borrowed from the high
 * end ("20..30s" is 20s..30s). */
static bool range_end(const char *s, size_t len, bool duration, const char *unit, int64_t *out)
{
    if (!duration) {
        if (!is_whole(s, len) || len > 9)
            return false;
        *out = 0;
        for (size_t i = 0; i < len; i++)
            *out = *out * 10 + (s[i] - '0');
        return true;
    }
    if (duration_parse(s, len, out))
        return true;
    if (!unit || !is_bare_number(s, len) || len > 32)
        return false;
    char buf[40];
    snprintf(buf, sizeof buf, "%.*s%s", (int)len, s, unit);
    return duration_parse(buf, strlen(buf), out);
}

/* The unit of a single-unit duration such as "30s" or "90ms", else NULL. */
static const char *single_unit(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.'))
        i++;
    size_t n = len - i;
    if (n == 2 && memcmp(s + i, "ms", 2) == 0)
        return "ms";
    if (n == 1 && (s[i] == 's' || s[i] == 'm' || s[i] == 'h'))
        return s[i] == 's' ? "s" : s[i] == 'm' ? "m" : "h";
    return NULL;
}

bool pu_amount(Parser *p, const Token *t, bool duration, bool allow_range, int64_t min,
               int64_t max, AstAmount *out)
{
    const char *what = duration ? "a duration (like 5s)" : "a whole number";
    if (t->kind != TOK_WORD) {
        pu_error(p, t, "expected %s%s, not text in quotes", what, allow_range ? " or a range" : "");
        return false;
    }
    out->pos = pu_pos(t);
    const char *dots = find_range(t->start, t->len);
    if (!dots) {
        out->is_range = false;
        if (duration) {
            if (!pu_duration(p, t, &out->low))
                return false;
        } else if (!is_whole(t->start, t->len)) {
            pu_error(p, t, "'%.*s' is not a count: write a whole number like 5 or a range like 5..10",
                     clip_len(t->len), t->start);
            return false;
        } else if (!pu_count(p, t, min, max, &out->low)) {
            return false;
        }
        out->high = out->low;
        if (duration && out->low > max) {
            pu_error(p, t, "'%.*s' is too long", clip_len(t->len), t->start);
            return false;
        }
        return true;
    }
    if (!allow_range) {
        pu_error(p, t, "'%.*s' is a range, but only one value fits here", clip_len(t->len), t->start);
        return false;
    }
    const char *lo = t->start, *hi = dots + 2, *end = t->start + t->len;
    size_t lo_len = (size_t)(dots - lo), hi_len = (size_t)(end - hi);
    out->is_range = true;
    if (!range_end(hi, hi_len, duration, NULL, &out->high) ||
        !range_end(lo, lo_len, duration, single_unit(hi, hi_len), &out->low)) {
        if (duration && is_bare_number(hi, hi_len) && is_bare_number(lo, lo_len))
            pu_error(p, t, "'%.*s' needs a unit: write %.*ss", clip_len(t->len), t->start,
                     clip_len(t->len), t->start);
        else if (duration)
            pu_error(p, t, "'%.*s' is not a range of durations: write it like 20..30s or 1m..90s",
                     clip_len(t->len), t->start);
        else
            pu_error(p, t, "'%.*s' is not a count: write a whole number like 5 or a range like 5..10",
                     clip_len(t->len), t->start);
        return false;
    }
    if (out->low > out->high) {
        pu_error(p, t, "range '%.*s' runs backwards: write the low end first", clip_len(t->len),
                 t->start);
        return false;
    }
    if (out->low < min || out->high > max) {
        if (duration)
            pu_error(p, t, "range '%.*s' is too long", clip_len(t->len), t->start);
        else
            pu_error(p, t, "range '%.*s' is out of range: counts go from %lld to %lld",
                     clip_len(t->len), t->start, (long long)min, (long long)max);
        return false;
    }
    return true;
}

const char *pu_unknown_statement(Parser *p, const Token *kw, const char *kind,
                          const char *const *names, size_t count)
{
    char word[65];
    const char *near = NULL;
    if (kw->len < sizeof word) {
        memcpy(word, kw->start, kw->len);
        word[kw->len] = '\0';
        near = diag_closest(word, names, count);
    }
    if (near)
        pu_error(p, kw, "unknown statement '%.*s' in a %s (did you mean '%s'?)", clip_len(kw->len),
                 kw->start, kind, near);
    else
        pu_error(p, kw, "unknown statement '%.*s' in a %s", clip_len(kw->len), kw->start, kind);
    return near;
}
