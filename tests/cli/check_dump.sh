# --dump-timeline: the compiled timeline as JSON, compared with expected files in
# tests/scripts/expected/ (LIMBER_BLESS=1 rewrites them). cat_cow is SCRIPT_FORMAT.md's
# example, and its numbers must be the format page's.
source "$(dirname "$0")/lib.bash"
cd "$SRC/tests/scripts"

golden_text() {
  local want="expected/$1"
  if [ "${LIMBER_BLESS:-0}" = 1 ]; then mkdir -p "$(dirname "$want")"; cp "$2" "$want"; pass "blessed $1"; return; fi
  if diff -u "$want" "$2" >"$OUT/diff"; then pass "golden $1"; else fail "golden $1"; cat "$OUT/diff"; fi
}

expect_exit 0 "$LIMBER" --dump-timeline good/moves/cat_cow.move
golden_text dump/cat_cow.json "$OUT/stdout"
cp "$OUT/stdout" "$OUT/cat_cow.json"
# The format page's numbers, field by field (the dump puts one step on each line).
has() { grep -qF -- "$1" "$OUT/cat_cow.json" && pass "has $1" || fail "missing $1"; }
has '{"id":"cat_cow","title":"Cat / Cow","level":"standard","duration_ms":109000,"steps":['
has '{"index":0,"start_ms":0,"end_ms":5000,"kind":"step","caption":"Get on your hands and knees, hands under shoulders, knees under hips.","pose":"all_fours","pose_ms":2000,"hold_ms":3000,"rep":null,"reps":null,"side":null,"cues":[{"at_ms":0,"kind":"sound","name":"chime","auto":true},{"at_ms":2000,"kind":"sound","name":"tick","auto":false},{"at_ms":3000,"kind":"sound","name":"tick","auto":false},{"at_ms":4000,"kind":"sound","name":"tick","auto":false},{"at_ms":5000,"kind":"sound","name":"bell","auto":true}]}'
has '{"index":1,"start_ms":5000,"end_ms":11500,"kind":"step","caption":"Round your back toward the ceiling and tuck your chin.","pose":"cat","pose_ms":1500,"hold_ms":5000,"rep":1,"reps":8,"side":null,"cues":[{"at_ms":5000,"kind":"say","text":"Round up","auto":false},{"at_ms":8500,"kind":"sound","name":"tick","auto":false},{"at_ms":9500,"kind":"sound","name":"tick","auto":false},{"at_ms":10500,"kind":"sound","name":"tick","auto":false},{"at_ms":11500,"kind":"sound","name":"bell","auto":true}]}'
[ "$(grep -c '"index":' "$OUT/cat_cow.json")" = 17 ] && pass "17 steps" || fail "step count"
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$OUT/cat_cow.json" 2>/dev/null &&
  pass "valid JSON" || { command -v python3 >/dev/null && fail "invalid JSON"; }

for level in easy hard; do
  expect_exit 0 "$LIMBER" --dump-timeline good/moves/cat_cow.move --level $level
  golden_text "dump/cat_cow.$level.json" "$OUT/stdout"
done
grep -qF '"level":"easy","duration_ms":70000' expected/dump/cat_cow.easy.json && pass "easy: 5 reps" || fail "easy duration"
grep -qF '"level":"hard","duration_ms":135000' expected/dump/cat_cow.hard.json && pass "hard: 10 reps" || fail "hard duration"

for f in side_stretch foam_roll safety; do
  expect_exit 0 "$LIMBER" --dump-timeline good/moves/$f.move
  golden_text "dump/$f.json" "$OUT/stdout"
done
expect_exit 0 "$LIMBER" --dump-timeline good/playlists/routine.playlist
golden_text dump/routine.json "$OUT/stdout"
expect_exit 0 "$LIMBER" --dump-timeline good/playlists/gentle.playlist --level hard
golden_text dump/gentle.hard.json "$OUT/stdout"

# A file with errors: its problems on stderr, nothing on stdout, exit 1.
expect_exit 1 "$LIMBER" --dump-timeline bad/moves/bare_number.move
[ ! -s "$OUT/stdout" ] && grep -qF "bad/moves/bare_number.move:3:14: error: '2' needs a unit" "$OUT/stderr" &&
  pass "errors on stderr" || fail "dump of a bad file: $(cat "$OUT/stderr")"
expect_exit 1 "$LIMBER" --dump-timeline bad/playlists/unknown_move.playlist
grep -qF "unknown move 'okk' (did you mean 'ok'?)" "$OUT/stderr" && pass "playlist errors" || fail "playlist dump"
# A playlist whose move is broken: the move is left out, the playlist still dumps.
expect_exit 0 "$LIMBER" --dump-timeline bad/playlists/reps.playlist
grep -qF '"id":"ok","level":"standard","reps":3,"title":"A good move among bad ones"' "$OUT/stdout" &&
  pass "playlist with reps" || fail "reps dump: $(cat "$OUT/stdout")"
finish
