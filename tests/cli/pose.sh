# Pose mode: single poses and a sheet clip as golden frames, the contact sheet, mirroring,
# and clear errors for unknown poses, rigs and option mixes.
source "$(dirname "$0")/lib.bash"

for p in cat cow knees_to_chest roller_high squat_grasp side_bend; do
  expect_exit 0 "$LIMBER" --headless --size 640x360 --pose "$p" --screenshot "$OUT/pose_$p.png"
  golden "pose_$p" "$OUT/pose_$p.png"
done
expect_exit 0 "$LIMBER" --headless --size 640x360 --pose side_bend --mirror --screenshot "$OUT/pose_side_bend_left.png"
golden pose_side_bend_left "$OUT/pose_side_bend_left.png"
for t in 0ms 250ms 700ms; do
  expect_exit 0 "$LIMBER" --headless --size 320x180 --clip heat_pack --at "$t" --screenshot "$OUT/sheet_heat_$t.png"
  golden "sheet_heat_$t" "$OUT/sheet_heat_$t.png"
done
cmp -s "$OUT/sheet_heat_0ms.png" "$OUT/sheet_heat_250ms.png" && fail "the clip does not move" || pass "the clip moves"

# The same pose twice gives the same pixels; mirrored it differs.
expect_exit 0 "$LIMBER" --headless --size 640x360 --pose cat --screenshot "$OUT/again.png"
cmp -s "$OUT/again.png" "$OUT/pose_cat.png" && pass "same pose, same pixels" || fail "two renders differ"
expect_exit 0 "$LIMBER" --headless --size 640x360 --pose cat --mirror --screenshot "$OUT/cat_left.png"
cmp -s "$OUT/cat_left.png" "$OUT/pose_cat.png" && fail "mirror changed nothing" || pass "mirror differs"

# The contact sheet has every pose of the library, and only the front ones with --rig.
expect_exit 0 "$LIMBER" --headless --pose-sheet "$OUT/sheet.png"
n=$(grep -h '^pose ' "$SRC"/assets/poses/*.pose | wc -l)
rows=$(( (n + 4) / 5 ))
file "$OUT/sheet.png" | grep -q "1920 x $((rows * 300))" && pass "sheet of $n poses" || fail "sheet size: $(file "$OUT/sheet.png")"
expect_exit 0 "$LIMBER" --headless --pose-sheet "$OUT/front.png" --rig front
file "$OUT/front.png" | grep -q "1920 x 300" && pass "front sheet is one row" || fail "front sheet: $(file "$OUT/front.png")"

# Mistakes.
expect_exit 1 "$LIMBER" --headless --pose kat --screenshot "$OUT/x.png"
grep -q "unknown pose 'kat' (did you mean 'cat'?)" "$OUT/stderr" && pass "did you mean" || fail "message: $(cat "$OUT/stderr")"
expect_exit 1 "$LIMBER" --headless --pose cat --rig front --screenshot "$OUT/x.png"
grep -q "is for the 'side' rig" "$OUT/stderr" && pass "rig mismatch" || fail "message: $(cat "$OUT/stderr")"
expect_exit 2 "$LIMBER" --headless --pose cat --rig back --screenshot "$OUT/x.png"
expect_exit 2 "$LIMBER" --pose-sheet "$OUT/x.png"
expect_exit 2 "$LIMBER" --headless --pose cat
expect_exit 2 "$LIMBER" --headless --pose cat --pose-sheet "$OUT/x.png"
expect_exit 1 "$LIMBER" --headless --clip nope --screenshot "$OUT/x.png"

# Broken pose files are reported compiler-style and the rest still renders.
mkdir -p "$OUT/root/moves" "$OUT/root/poses"
cp -r "$SRC/assets/figures" "$SRC/assets/props" "$OUT/root/"
cp "$SRC/assets/poses/side.pose" "$OUT/root/poses/"
printf 'pose bad from stand\n  shin_near 40\n  elbow 3\npose loop from loop\n' > "$OUT/root/poses/z.pose"
expect_exit 0 "$LIMBER" --headless --content "$OUT/root" --pose cat --screenshot "$OUT/x.png"
grep -q "poses/z.pose:2:13: error: angle 40 for 'shin_near' is out of its range" "$OUT/stderr" && pass "range error" || fail "stderr: $(cat "$OUT/stderr")"
grep -q "poses/z.pose:3:3: error: unknown joint 'elbow'" "$OUT/stderr" && pass "joint error" || fail "stderr: $(cat "$OUT/stderr")"
grep -q "poses/z.pose:4:16: error: pose 'loop' inherits from itself" "$OUT/stderr" && pass "cycle error" || fail "stderr: $(cat "$OUT/stderr")"
finish
