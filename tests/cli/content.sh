# The shipped content (assets/): it checks clean (no errors, no warnings), every move
# the routine needs is there with its header, and the default playlist plays the
# facts' order (MOVES.md), then the credits.
source "$(dirname "$0")/lib.bash"
A="$SRC/assets"

expect_exit 0 "$LIMBER" --check "$A"
summary=$(tail -n 1 "$OUT/stdout")
[ "$summary" = "11 moves, 1 playlist: 0 errors, 0 warnings" ] && pass "clean: $summary" || fail "check: $summary"
grep -q 'warning:\|error:' "$OUT/stdout" && fail "diagnostics: $(cat "$OUT/stdout")" || pass "no diagnostics"

# Every move has a title, a summary, areas, equipment and a caution; cards have no figure.
for m in safety heat trigger_release trigger_release_wall foam_roll side_stretch knee_to_chest cat_cow \
         abdominal_draw_in safe_lift credits; do
  f="$A/moves/$m.move"
  [ -f "$f" ] || { fail "no $m.move"; continue; }
  for word in move summary area equipment figure caution source; do
    grep -q "^$word " "$f" || fail "$m: no '$word' line"
  done
  pass "$m: header"
done
for m in safety heat credits; do
  grep -q '^figure none$' "$A/moves/$m.move" && pass "$m is a card" || fail "$m: not a card"
done
grep -q '^figure front$' "$A/moves/side_stretch.move" && pass "side stretch faces us" || fail "side_stretch figure"
grep -qi 'not medical advice' "$A/moves/credits.move" && pass "credits: not medical advice" || fail "credits: no disclaimer"
grep -q '^  clip heat_' "$A/moves/heat.move" && pass "heat card has its picture" || fail "heat: no clip"

# The default playlist: MOVES.md's order, then the credits; it is what a bare run plays.
expect_exit 0 "$LIMBER" --dump-timeline "$A/playlists/back_knots.playlist"
order=$(grep -o '"index":[0-9]*,"id":"[a-z_]*"' "$OUT/stdout" | sed 's/.*"id":"//; s/"$//' | tr '\n' ' ')
want="safety heat trigger_release foam_roll side_stretch knee_to_chest cat_cow abdominal_draw_in safe_lift credits "
[ "$order" = "$want" ] && pass "playlist order" || fail "playlist order: $order"
grep -q '"left_out":true' "$OUT/stdout" && fail "a move is left out" || pass "nothing left out"
grep -q 'trigger_release_wall' "$OUT/stdout" && fail "the wall variant is in the playlist" || pass "wall variant in the menu only"

# A headless run with no target plays the routine: its first move is the safety card.
expect_exit 0 "$LIMBER" --headless --content "$A" --size 320x180 --duration 6s --fps 2 --event-log "$OUT/run.jsonl"
grep -q '"event":"move","move":"safety","move_index":0' "$OUT/run.jsonl" && pass "bare run starts the routine" ||
  fail "bare run: $(grep '"event":"move"' "$OUT/run.jsonl" | head -1)"
finish
