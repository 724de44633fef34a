# docs/script-format.md is the authors' reference: every statement of the parser has
# its own section there, with an example, and the reference's full examples check clean.
source "$(dirname "$0")/lib.bash"
doc="$SRC/docs/script-format.md"
words=$(sed -n '/^const char \*const parse_move_statements\[\] = {/,/^};/p' "$SRC/src/script/parse_move.c" |
  grep -o '"[a-z]*"' | tr -d '"')
[ "$(echo "$words" | wc -w)" -gt 20 ] && pass "read the statement list" || fail "statement list: $words"
for w in $words; do
  case "$w" in end) continue ;; esac # 'end' closes repeat and sides, documented with them
  grep -q "^### \`$w\b" "$doc" && pass "section for $w" || fail "no section for '$w'"
done
for w in playlist level play; do
  grep -q "^| \`$w\b" "$doc" && pass "row for $w" || fail "no row for '$w'"
done

# The first example of the reference, as a file in a root with its poses.
mkdir -p "$OUT/root/moves" "$OUT/root/poses"
printf 'pose all_fours\npose cat\npose cow\n' >"$OUT/root/poses/p.pose"
awk '/^```$/ { if (on) exit; next } /^move "Cat \/ Cow"$/ { on = 1 } on' "$doc" >"$OUT/root/moves/cat_cow.move"
[ "$(wc -l <"$OUT/root/moves/cat_cow.move")" -gt 15 ] && pass "extracted the example" || fail "example not found"
expect_exit 0 "$LIMBER" --check "$OUT/root"
grep -qx '1 move, 0 playlists: 0 errors, 0 warnings' "$OUT/stdout" && pass "the example checks clean" ||
  fail "example: $(cat "$OUT/stdout")"
expect_exit 0 "$LIMBER" --dump-timeline "$OUT/root/moves/cat_cow.move"
head -n 3 "$OUT/stdout" >"$OUT/dump_head"
grep -F -f "$OUT/dump_head" "$doc" >/dev/null && [ "$(grep -cF -f "$OUT/dump_head" "$doc")" -ge 3 ] &&
  pass "the dump in the reference is the real one" || fail "the reference's dump differs from the program's"
finish
