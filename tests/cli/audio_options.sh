# The audio options of the command line: --audio-out records the mix of a headless run
# (the app-level WAV test comes with the player's wiring); bad use is one line, exit 2.
source "$(dirname "$0")/lib.bash"

expect_exit 0 "$LIMBER" --help
grep -q -- '--audio-out FILE' "$OUT/stdout" && pass "help lists --audio-out" || fail "help text"
expect_exit 2 "$LIMBER" --audio-out "$OUT/a.wav"
[ "$(wc -l <"$OUT/stderr")" = 1 ] && grep -qF -- "--audio-out goes with --headless" "$OUT/stderr" &&
  pass "--audio-out without --headless" || fail "message: $(cat "$OUT/stderr")"
expect_exit 2 "$LIMBER" --headless --audio-out
grep -qF -- "--audio-out needs a value" "$OUT/stderr" && pass "--audio-out needs a value" || fail "message: $(cat "$OUT/stderr")"
finish
