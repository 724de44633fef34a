# --export-voice-script: every spoken line once, with its recording's file name, and
# whether the content root already has that recording.
source "$(dirname "$0")/lib.bash"
expect_exit 0 "$LIMBER" --export-voice-script --content "$SRC/tests/content"
grep -qP '^round_up\.wav\tmissing\tcat_cow\tRound up$' "$OUT/stdout" && pass "a line without a recording" || fail "$(cat "$OUT/stdout")"
[ "$(grep -vc '^#' "$OUT/stdout")" = 2 ] && pass "two lines, each once" || fail "rows: $(grep -vc '^#' "$OUT/stdout")"
expect_exit 0 "$LIMBER" --export-voice-script --content "$SRC/tests/scripts/good"
grep -qP '^round_up\.[a-z0-9]+\trecorded\t' "$OUT/stdout" && pass "an existing recording is marked recorded" || fail "$(cat "$OUT/stdout")"
# The config's language names the folder the recordings go in.
printf '[sound]\nlanguage = de\n' >"$OUT/de.conf"
expect_exit 0 "$LIMBER" --export-voice-script --content "$SRC/tests/content" --config "$OUT/de.conf"
grep -q 'voice/de/' "$OUT/stdout" && pass "the config's language" || fail "$(head -5 "$OUT/stdout")"
expect_exit 2 "$LIMBER" --export-voice-script cat_cow
finish
