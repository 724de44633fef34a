# --contact-sheet: every step of a move as the screen shows it, on one PNG with its
# caption and times. Golden on the stable tests/content; sizes, the path form, and
# clear errors.
source "$(dirname "$0")/lib.bash"
C="$SRC/tests/content"

expect_exit 0 "$LIMBER" --headless --content "$C" --size 960x540 --contact-sheet "$OUT/cat_cow.png" cat_cow
golden contact_cat_cow "$OUT/cat_cow.png"
# Three tiles of 480x270 a row (the 960x540 screen halved), 16 px apart.
file "$OUT/cat_cow.png" | grep -q '1504 x ' && pass "three 480-wide tiles a row" || fail "size: $(file "$OUT/cat_cow.png")"

# The path form is the same move; levels change the sheet (8 reps at standard, 10 hard).
expect_exit 0 "$LIMBER" --headless --size 960x540 --contact-sheet "$OUT/by_path.png" "$C/moves/cat_cow.move"
cmp -s "$OUT/by_path.png" "$OUT/cat_cow.png" && pass "path form, same sheet" || fail "the path form differs"
expect_exit 0 "$LIMBER" --headless --content "$C" --size 960x540 --level hard --contact-sheet "$OUT/hard.png" cat_cow
cmp -s "$OUT/hard.png" "$OUT/cat_cow.png" && fail "level changed nothing" || pass "hard level differs"

# Portrait: tiles 270x480 (four here: rep 1 of each side). A front-rig move with sides, a card move.
expect_exit 0 "$LIMBER" --headless --content "$C" --size 1080x1920 --contact-sheet "$OUT/side.png" side_stretch
file "$OUT/side.png" | grep -q '1160 x ' && pass "portrait tiles" || fail "portrait: $(file "$OUT/side.png")"
expect_exit 0 "$LIMBER" --headless --content "$C" --contact-sheet "$OUT/about.png" about
file "$OUT/about.png" | grep -q 'PNG image data, 1008 x ' && pass "card move: two tiles" || fail "card: $(file "$OUT/about.png")"

# Every shipped move draws.
for f in "$SRC"/assets/moves/*.move; do
  m=$(basename "$f" .move)
  expect_exit 0 "$LIMBER" --headless --content "$SRC/assets" --contact-sheet "$OUT/asset_$m.png" "$m"
done

# Mistakes.
expect_exit 2 "$LIMBER" --content "$C" --contact-sheet "$OUT/x.png" cat_cow
grep -q -- '--contact-sheet goes with --headless' "$OUT/stderr" && pass "needs --headless" || fail "$(cat "$OUT/stderr")"
expect_exit 2 "$LIMBER" --headless --content "$C" --contact-sheet "$OUT/x.png"
expect_exit 2 "$LIMBER" --headless --content "$C" --contact-sheet "$OUT/x.png" cat_cow about
expect_exit 2 "$LIMBER" --headless --content "$C" --check --contact-sheet "$OUT/x.png" cat_cow
expect_exit 1 "$LIMBER" --headless --content "$C" --contact-sheet "$OUT/x.png" cat_cwo
grep -q "no usable move 'cat_cwo'.*did you mean 'cat_cow'" "$OUT/stderr" && pass "did you mean" || fail "$(cat "$OUT/stderr")"
expect_exit 1 "$LIMBER" --headless --content "$C" --contact-sheet "$OUT/no/such/dir/x.png" cat_cow
[ -e "$OUT/x.png" ] && fail "a failed run wrote a sheet" || pass "no sheet on failure"
finish
