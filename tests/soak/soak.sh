#!/usr/bin/env bash
# soak.sh OUTDIR [--valgrind] SOAK-OPTIONS...: runs limber_soak on a writable copy of
# tests/content (it rewrites a move file for its reloads and puts it back at the end),
# under valgrind with --valgrind (0 bytes definitely or possibly lost, no errors).
set -euo pipefail
: "${SOAK:?run through ctest}" "${SRC:?}"
out=$1
shift
valgrind=()
if [ "${1:-}" = --valgrind ]; then
  shift
  valgrind=(valgrind --quiet --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,possible
    --errors-for-leak-kinds=definite,possible --track-fds=no
    --suppressions="$SRC/tests/soak/valgrind.supp" --log-file="$out/valgrind.log")
fi
rm -rf "$out"
mkdir -p "$out"
cp -rL "$SRC/tests/content" "$out/content"
before=$(cd "$out/content" && find . -type f | sort | xargs sha256sum)
rc=0
"${valgrind[@]}" "$SOAK" --content "$out/content" --work "$out" --target test \
  --edit "$out/content/moves/cat_cow.move" "$@" || rc=$?
if [ ${#valgrind[@]} -gt 0 ]; then
  cat "$out/valgrind.log"
  [ "$rc" = 99 ] && echo "FAIL: valgrind found errors or leaks (above)"
fi
after=$(cd "$out/content" && find . -type f | sort | xargs sha256sum)
[ "$before" = "$after" ] || { echo "FAIL: the content root changed"; rc=1; }
exit "$rc"
