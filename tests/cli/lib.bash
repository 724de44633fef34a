# Shared by the tests/cli/*.sh tests (sourced, not a test itself: it has no main part).
# LIMBER, IMGDIFF, SRC and OUT come from ctest's environment.
set -euo pipefail
: "${LIMBER:?run through ctest}" "${SRC:?}" "${OUT:?}"
rm -rf "$OUT"
mkdir -p "$OUT"
fails=0
pass() { echo "ok: $*"; }
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
# expect_exit CODE CMD...: runs CMD, checks its exit code, keeps stderr in $OUT/stderr
expect_exit() {
  local want=$1 got=0
  shift
  "$@" >"$OUT/stdout" 2>"$OUT/stderr" || got=$?
  if [ "$got" = "$want" ]; then pass "exit $want: $*"; else fail "exit $got, wanted $want: $*"; cat "$OUT/stderr"; fi
}
# golden NAME ACTUAL.png: compares with tests/golden/NAME.png; LIMBER_BLESS=1 rewrites it.
golden() {
  local name=$1 actual=$2 expected="$SRC/tests/golden/$1.png"
  if [ "${LIMBER_BLESS:-0}" = 1 ]; then cp "$actual" "$expected"; pass "blessed $name"; return; fi
  if "$IMGDIFF" "$expected" "$actual" "$OUT/$name.diff.png"; then pass "golden $name"
  else fail "golden $name (actual: $actual, diff: $OUT/$name.diff.png)"; fi
}
finish() {
  if [ "$fails" -gt 0 ]; then echo "$fails failed"; exit 1; fi
  echo "all passed"
}
