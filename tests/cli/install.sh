# `cmake --install` puts the binary and the default content under a prefix, and the
# installed binary finds its content there without being told.
source "$(dirname "$0")/lib.bash"
prefix="$OUT/prefix"
cmake --install "$BUILD" --prefix "$prefix" >"$OUT/install.log" 2>&1 && pass "installed" || fail "cmake --install: $(tail -3 "$OUT/install.log")"
[ -x "$prefix/bin/limber" ] && pass "bin/limber" || fail "no bin/limber"
[ -d "$prefix/share/limber/moves" ] && [ -d "$prefix/share/limber/poses" ] && pass "share/limber holds the content" || fail "no content"
# Run it from elsewhere, so nothing next to a build can be found instead.
cd /
expect_exit 0 "$prefix/bin/limber" --headless --size 320x180 --at 1s --screenshot "$OUT/shot.png" --event-log "$OUT/ev.jsonl"
grep -q "\"content\":\"$prefix/share/limber\"" "$OUT/ev.jsonl" && pass "found its content under the prefix" || fail "content: $(head -1 "$OUT/ev.jsonl")"
finish
