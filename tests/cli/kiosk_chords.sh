# Kiosk mode ends only with the exit chord (or SIGTERM/SIGINT, tests/cli/kiosk_signals.sh):
# Ctrl+Alt+Shift+Q held 2 s or Back+Start held 3 s on a pad quit with reason
# exit_chord at exactly the end of the hold; a chord let go early does nothing; window
# close (SDL_QUIT, what Alt+F4 sends), Alt+F4 as keys, Ctrl+Q and Esc never quit, and
# Esc opens the menu. Outside kiosk mode the same close and Ctrl+Q do quit.
source "$(dirname "$0")/lib.bash"
C="$SRC/tests/content"
run() { # NAME ARGS... (replay lines from $OUT/NAME.txt)
  local name=$1; shift
  expect_exit 0 "$LIMBER" --content "$C" --headless --size 320x180 --duration 30s \
    --event-log "$OUT/$name.jsonl" --replay "$OUT/$name.txt" "$@" test
}
has() { grep -q "$2" "$OUT/$1.jsonl" && pass "$3" || fail "$3 (no $2 in $1.jsonl)"; }
hasnt() { ! grep -q "$2" "$OUT/$1.jsonl" && pass "$3" || fail "$3 ($2 in $1.jsonl)"; }

cat >"$OUT/keys.txt" <<'IN'
2s key Ctrl+Alt+Shift+Q 2.5s
IN
run keys --kiosk
has keys '"t_ms":4000,"event":"exit","reason":"exit_chord"' "Ctrl+Alt+Shift+Q held from 2 s quits at 4 s"
grep -q 'exit: exit_chord' "$OUT/stderr" && pass "the exit is logged" || fail "no exit log line"

cat >"$OUT/pad.txt" <<'IN'
1s pad a               # plug the virtual pad in (and pause: a is pause)
1.5s pad a             # resume
3s pad back+start 3.5s
IN
run pad --kiosk
has pad '"t_ms":6000,"event":"exit","reason":"exit_chord"' "Back+Start held from 3 s quits at 6 s"

cat >"$OUT/early.txt" <<'IN'
1s key Ctrl+Alt+Shift+Q 1.9s   # let go 0.1 s too early
4s pad back+start 2.9s
8s key Ctrl+Alt+Shift 3s        # not the whole chord
12s pad back 4s
IN
run early --kiosk
has early '"t_ms":30000,"event":"exit","reason":"end"' "chords let go early or incomplete do not quit"

cat >"$OUT/close.txt" <<'IN'
1s quit                # the window manager's close, or Alt+F4
2s key Alt+F4
3s key Ctrl+Q
5s key Escape
IN
run close --kiosk
has close '"t_ms":1000,"event":"ignored_quit"' "window close is ignored (and logged)"
has close '"t_ms":5000,"event":"action","action":"menu","device":"keyboard"' "Esc opens the menu"
has close '"t_ms":30000,"event":"exit","reason":"end"' "neither Alt+F4, Ctrl+Q nor Esc quit"
grep -q 'window close ignored (exit chord: Ctrl+Alt+Shift+Q held)' "$OUT/stderr" \
  && pass "the log says how to leave" || fail "no hint in the log"

# Outside kiosk mode: no chords, and closing does quit.
run keys
has keys '"t_ms":2000,"event":"exit","reason":"key"' "without --kiosk Ctrl(+Alt+Shift)+Q quits at once"
run close
has close '"t_ms":1000,"event":"exit","reason":"quit"' "without --kiosk the window close quits"

# Replay lines with chords and holds are checked like the others.
printf '1s key Ctrl+Hyper+Q 2s\n' >"$OUT/bad.txt"
expect_exit 2 "$LIMBER" --content "$C" --headless --duration 5s --replay "$OUT/bad.txt" test
grep -q 'bad.txt:1:13: error: unknown key name' "$OUT/stderr" && pass "an unknown key in a chord is located" \
  || fail "message: $(cat "$OUT/stderr")"
printf '1s pad back+start forever\n' >"$OUT/bad.txt"
expect_exit 2 "$LIMBER" --content "$C" --headless --duration 5s --replay "$OUT/bad.txt" test
grep -q 'bad.txt:1:19: error: expected how long to hold' "$OUT/stderr" && pass "a bad hold length is located" \
  || fail "message: $(cat "$OUT/stderr")"
finish
