# --check over the corpus in tests/scripts: a good content root, and a root of bad
# files, each compared with its expected output (tests/scripts/expected/; run with
# LIMBER_BLESS=1 to rewrite them, then read the diff before committing).
source "$(dirname "$0")/lib.bash"
cd "$SRC/tests/scripts"

# golden_text NAME ACTUAL: compares ACTUAL with tests/scripts/expected/NAME.
golden_text() {
  local want="expected/$1"
  if [ "${LIMBER_BLESS:-0}" = 1 ]; then mkdir -p "$(dirname "$want")"; cp "$2" "$want"; pass "blessed $1"; return; fi
  if diff -u "$want" "$2" >"$OUT/diff"; then pass "golden $1"; else fail "golden $1"; cat "$OUT/diff"; fi
}
# check_golden NAME ARGS...: runs --check ARGS, appends the exit code, compares.
check_golden() {
  local name=$1 code=0
  shift
  timeout 20 "$LIMBER" --check "$@" >"$OUT/actual" 2>&1 || code=$?
  echo "exit $code" >>"$OUT/actual"
  golden_text "$name" "$OUT/actual"
}

before=$(find good bad -type f -exec sha256sum {} + | sort)

check_golden good.txt good
grep -q '^exit 0$' expected/good.txt && pass "good root exits 0" || fail "good root exit"
grep -q '0 errors' expected/good.txt && pass "good root has no errors" || fail "good root errors"

check_golden bad.txt bad
for f in bad/moves/*.move bad/playlists/*.playlist; do
  check_golden "$f.txt" "$f"
done

# Every bad file makes an error (reps.playlist only warns, ok.move is fine).
for f in bad/moves/*.move bad/playlists/*.playlist; do
  case "$f" in bad/moves/ok.move | bad/playlists/reps.playlist) continue ;; esac
  grep -q ': error: ' "expected/$f.txt" && grep -q '^exit 1$' "expected/$f.txt" ||
    fail "$f has no error in its expected output"
done

# Several paths at once: their problems, then one summary for all of them.
expect_exit 1 "$LIMBER" --check good bad/moves/bare_number.move bad/playlists/unknown_move.playlist
tail -n 1 "$OUT/stdout" | grep -qx '8 moves, 3 playlists: 5 errors, 3 warnings' &&
  pass "one summary for several paths" || fail "summary: $(tail -n 1 "$OUT/stdout")"

# A folder that is not a root is searched for roots: tests/scripts holds two.
expect_exit 1 "$LIMBER" --check .
tail -n 1 "$OUT/stdout" | grep -q '^28 moves, 8 playlists: ' && pass "roots found below a folder" ||
  fail "search: $(tail -n 1 "$OUT/stdout")"

after=$(find good bad -type f -exec sha256sum {} + | sort)
[ "$before" = "$after" ] && pass "no content file changed" || fail "a content file changed"
finish
