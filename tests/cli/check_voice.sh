# With `voice = recorded` in the config (no speech synthesis), every `say` without a
# recording is a --check warning; with synthesis it is fine.
source "$(dirname "$0")/lib.bash"
printf '[sound]\nvoice = recorded\n' >"$OUT/recorded.conf"
expect_exit 0 "$LIMBER" --check --config "$OUT/recorded.conf" "$SRC/tests/content"
grep -q 'cat_cow.move:16:9: warning: no recorded voice file voice/round_up.wav' "$OUT/stdout" && pass "missing recording warned at its line" || fail "$(cat "$OUT/stdout")"
tail -1 "$OUT/stdout" | grep -q '0 errors, 2 warnings' && pass "two warnings" || fail "$(tail -1 "$OUT/stdout")"
printf '[sound]\nvoice = auto\n' >"$OUT/auto.conf"
expect_exit 0 "$LIMBER" --check --config "$OUT/auto.conf" "$SRC/tests/content"
tail -1 "$OUT/stdout" | grep -q '0 errors, 0 warnings' && pass "synthesis on: no warnings" || fail "$(tail -1 "$OUT/stdout")"
finish
