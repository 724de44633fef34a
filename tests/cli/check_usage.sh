# The command line of --check and --dump-timeline: usage errors are one line and exit 2.
source "$(dirname "$0")/lib.bash"
cd "$SRC/tests/scripts"

bad() { # bad "expected message part" args...
  local msg=$1
  shift
  expect_exit 2 "$LIMBER" "$@"
  if [ "$(wc -l <"$OUT/stderr")" = 1 ] && grep -qF -- "$msg" "$OUT/stderr" && [ ! -s "$OUT/stdout" ]; then
    pass "one line: $msg"
  else fail "message for $*: $(cat "$OUT/stderr")"; fi
}
bad "'nowhere' does not exist" --check nowhere
bad "'good/poses/basic.pose' is not a .move or .playlist file" --check good/poses/basic.pose
bad "'good/nothing' does not exist" --check good/moves/cat_cow.move good/nothing
bad "no content root, .move or .playlist file in 'good/figures'" --check good/figures
bad "--level: 'medium'" --dump-timeline good/moves/cat_cow.move --level medium
bad "separate modes" --check good --dump-timeline good/moves/cat_cow.move
bad "not a .move or .playlist file" --dump-timeline good/poses/basic.pose
bad "not a .move or .playlist file" --dump-timeline missing.move
bad "one FILE, not also 'x'" --dump-timeline good/moves/cat_cow.move x
bad "--dump-timeline needs a value" --dump-timeline

expect_exit 0 "$LIMBER" --help
grep -q -- '--check' "$OUT/stdout" && grep -q -- '--dump-timeline' "$OUT/stdout" && pass "help lists the modes" ||
  fail "help text"

# --content names the root a lone file is checked against.
expect_exit 1 "$LIMBER" --check --content good/sheets good/moves/cat_cow.move
grep -qF "unknown pose 'all_fours'" "$OUT/stdout" && pass "--content for a lone file" || fail "--content: $(cat "$OUT/stdout")"
expect_exit 0 "$LIMBER" --check --content good good/moves/cat_cow.move
# With no PATH, --check checks the content root.
expect_exit 0 "$LIMBER" --check --content good
grep -qx '7 moves, 2 playlists: 0 errors, 3 warnings' "$OUT/stdout" && pass "no PATH: the content root" ||
  fail "no PATH: $(cat "$OUT/stdout")"
finish
