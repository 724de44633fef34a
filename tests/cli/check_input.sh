# --check on input no editor should produce: each gives an error at the right line and
# column and exit 1, never a crash or a hang. The files are made here (a 10 MB file
# does not belong in git).
source "$(dirname "$0")/lib.bash"
root="$OUT/root"
mkdir -p "$root/moves" "$root/poses"
echo "pose stand" >"$root/poses/p.pose"
m="$root/moves"

printf 'move "NUL"\nstep "a\0b"\n  hold 1s\n' >"$m/nul.move"
printf 'move "Bad UTF-8 \xff"\nstep "x"\n  hold 1s\n' >"$m/utf8.move"
printf 'move "Overlong"\nstep "\xc0\xaf"\n  hold 1s\n' >"$m/overlong.move"
printf 'move "Surrogate"\nstep "x"\n  say "\xed\xa0\x80"\n  hold 1s\n' >"$m/surrogate.move"
printf 'move "Cut"\nstep "x"\n  hold 1s\n  say "\xe2\x82' >"$m/cut.move"
printf 'move "Bell"\nstep "x\a"\n  hold 1s\n' >"$m/control.move"
printf 'move "Unterminated at the end of the file' >"$m/eof_string.move"
head -c 100000 /dev/zero | tr '\0' a >"$OUT/a100k"
{ printf 'move "Long line"\nstep "'; cat "$OUT/a100k"; printf '"\n  hold 1s\n'; } >"$m/long_line.move"
{ printf 'move "Big"\n'; head -c 10485760 < <(yes '  # a comment line that takes up some room in the file'); } >"$m/big.move"

want() { # want FILE "line:col: error: text"
  local f=$1 msg=$2 code=0
  timeout 20 "$LIMBER" --check "$m/$f" >"$OUT/out" 2>&1 || code=$?
  if [ "$code" = 1 ] && grep -qF -- "$m/$f:$msg" "$OUT/out"; then pass "$f: $msg"
  else fail "$f (exit $code), wanted '$msg':"; head -c 2000 "$OUT/out"; fi
}
want nul.move "2:8: error: NUL byte"
want utf8.move "1:17: error: invalid UTF-8 (byte 0xFF)"
want overlong.move "2:7: error: invalid UTF-8 (byte 0xC0)"
want surrogate.move "3:8: error: invalid UTF-8 (byte 0xED)"
want cut.move "4:8: error: invalid UTF-8 (byte 0xE2)"
want control.move "2:8: error: control character 0x07"
want eof_string.move "1:6: error: unterminated string"
want long_line.move "2:4097: error: line is longer than 4096 bytes"
# The first byte past 1 MB (offset 1048576): line 1 is 11 bytes, then lines of 55 bytes,
# so 1048565 = 19064 * 55 + 45: line 2 + 19064, column 46.
want big.move "19066:46: error: file is larger than 1048576 bytes"

# Printed source lines are valid UTF-8 whatever the file holds.
"$LIMBER" --check "$m/utf8.move" >"$OUT/out" || true
iconv -f UTF-8 -t UTF-8 "$OUT/out" >/dev/null && pass "output is valid UTF-8" || fail "output is not UTF-8"
# The 100 kB line prints a window around the column, not the whole line.
"$LIMBER" --check "$m/long_line.move" >"$OUT/out" || true
[ "$(wc -c <"$OUT/out")" -lt 1000 ] && pass "long line printed short" || fail "long line flooded the output"

# What an editor may save and is fine: a BOM, CRLF line ends, no newline at the end,
# tabs for indentation.
rm -f "$m"/*.move
printf '\xef\xbb\xbfmove "BOM and CRLF"\r\nstep "x"\r\n\tpose stand\r\n\thold 1s' >"$m/crlf.move"
expect_exit 0 timeout 20 "$LIMBER" --check "$root"
grep -qx '1 move, 0 playlists: 0 errors, 0 warnings' "$OUT/stdout" && pass "BOM, CRLF, tabs" ||
  fail "crlf: $(cat "$OUT/stdout")"
# ... and its columns count from after the BOM.
printf '\xef\xbb\xbfmove "BOM"\r\nstep "x"\r\n  pose sit\r\n  hold 1s\r\n' >"$m/crlf.move"
expect_exit 1 "$LIMBER" --check "$m/crlf.move"
grep -qF "crlf.move:3:8: error: unknown pose 'sit'" "$OUT/stdout" && pass "columns after a BOM" ||
  fail "bom columns: $(cat "$OUT/stdout")"
finish
