# The shipped moves carry MOVES.md's numbers: every hold and count, at easy (the low
# end), standard (the midpoint) and hard (the high end). The timeline dump puts one
# step on each line, so grep and sed read it; no python needed.
source "$(dirname "$0")/lib.bash"
A="$SRC/assets/moves"

# dump MOVE LEVEL: the timeline, one step a line, in $OUT/MOVE.LEVEL.json
dump() {
  "$LIMBER" --dump-timeline "$A/$1.move" --level "$2" >"$OUT/$1.$2.json" 2>"$OUT/stderr" ||
    fail "dump $1 $2: $(cat "$OUT/stderr")"
}
# field NAME FILE [FILTER]: the value of NAME in each step line matching FILTER
field() {
  grep -F -- "${3:-\"index\":}" "$2" | sed -n "s/.*\"$1\":\\(\"[^\"]*\"\\|[0-9a-z]*\\).*/\\1/p"
}
# expect WHAT GOT WANT
expect() { if [ "$2" = "$3" ]; then pass "$1: $2"; else fail "$1: got '$2', wanted '$3'"; fi; }
# holds MOVE LEVEL POSE: the distinct holds of the steps moving to POSE, and their count
holds() { field hold_ms "$OUT/$1.$2.json" "\"pose\":\"$3\"" | sort -u | tr '\n' ' ' | sed 's/ $//'; }
count() { grep -cF -- "\"pose\":\"$3\"" "$OUT/$1.$2.json"; }

for level in easy standard hard; do
  for m in cat_cow side_stretch knee_to_chest abdominal_draw_in trigger_release trigger_release_wall foam_roll; do
    dump $m $level
  done
done

# Cat / cow: 5 s in each, alternating 5..10 times.
for level in easy:5 standard:8 hard:10; do
  l=${level%:*} n=${level#*:}
  expect "cat_cow $l cat holds" "$(holds cat_cow $l cat)" 5000
  expect "cat_cow $l cow holds" "$(holds cat_cow $l cow)" 5000
  expect "cat_cow $l rounds" "$(count cat_cow $l cat)/$(count cat_cow $l cow)" "$n/$n"
  expect "cat_cow $l reps field" "$(field reps "$OUT/cat_cow.$l.json" '"pose":"cat"' | sort -u)" "$n"
done

# The stretch rule: 20..30 s, 3 times; the side stretch 3 times on each side.
for level in easy:20000 standard:25000 hard:30000; do
  l=${level%:*} h=${level#*:}
  expect "side_stretch $l holds" "$(holds side_stretch $l side_bend)" "$h"
  expect "side_stretch $l right" "$(grep -F '"pose":"side_bend"' "$OUT/side_stretch.$l.json" | grep -cF '"side":"right"')" 3
  expect "side_stretch $l left" "$(grep -F '"pose":"side_bend"' "$OUT/side_stretch.$l.json" | grep -cF '"side":"left"')" 3
  expect "knee_to_chest $l holds" "$(holds knee_to_chest $l knees_to_chest)" "$h"
  expect "knee_to_chest $l times" "$(count knee_to_chest $l knees_to_chest)" 3
done
grep -qF '"note":"Knee pain? Hold behind your thighs."' "$OUT/knee_to_chest.easy.json" &&
  pass "knee-pain grip noted" || fail "knee-pain grip missing"

# Draw-in: hold 3..5 s, 10..20 times.
for level in easy:3000:10 standard:4000:15 hard:5000:20; do
  IFS=: read -r l h n <<<"$level"
  expect "draw_in $l holds" "$(holds abdominal_draw_in $l draw_in)" "$h"
  expect "draw_in $l times" "$(count abdominal_draw_in $l draw_in)" "$n"
done

# Ball pressure 30..45 s, never over 60 s; on the floor and at the wall.
for level in easy:30000 standard:38000 hard:45000; do
  l=${level%:*} h=${level#*:}
  for m in trigger_release trigger_release_wall; do
    longest=$(field hold_ms "$OUT/$m.$l.json" | sort -n | tail -n 1)
    expect "$m $l pressure" "$longest" "$h"
    [ "$longest" -le 60000 ] && pass "$m $l: at most 60 s" || fail "$m $l: $longest ms on the ball"
  done
done
grep -qF 'Tape two' "$OUT/trigger_release.easy.json" && pass "two-ball variant noted" || fail "two balls missing"

# Rolling 1..2 min (the step that cycles), then 30..45 s on a tender spot.
for level in easy:60000:30000 standard:90000:38000 hard:120000:45000; do
  IFS=: read -r l roll spot <<<"$level"
  expect "foam_roll $l rolling" "$(field hold_ms "$OUT/foam_roll.$l.json" '"cycle":')" "$roll"
  expect "foam_roll $l tender spot" "$(field hold_ms "$OUT/foam_roll.$l.json" 'Tender spot')" "$spot"
done
grep -qF '"cycle":["roller_roll","roller_high"]' "$OUT/foam_roll.easy.json" && pass "rolls with hips lifted" ||
  fail "rolling cycle"
grep -qF 'tilt onto it' "$OUT/foam_roll.easy.json" && pass "one-side tilt noted" || fail "tilt missing"
finish
