# The kiosk window under a virtual X server: `limber --kiosk` covers the whole screen
# (xwininfo against the root window), the mouse cursor is hidden (tests/tools/xcursor.c
# reads it through XFixes), shows when the mouse moves and hides again after
# cursor_hide; real key presses of the exit chord held 2.5 s end it (exit_chord), one
# held 1 s does not.
source "$(dirname "$0")/lib.bash"
for tool in xvfb-run xdotool xwininfo; do
  command -v "$tool" >/dev/null || { fail "$tool is missing: scripts/setup --test installs it"; finish; }
done
[ -n "${XCURSOR:-}" ] || { fail "tests/tools/xcursor was not built (no x11/xfixes pkg-config)"; finish; }
# X11, D-Bus and Mesa keep memory until exit on their own (SDL 2.26 cannot shut libdbus
# down): leak checks belong to the dummy-driver tests, as in window_xvfb.sh.
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=0"
printf '[kiosk]\nidle_timeout = 0\ncursor_hide = 1s\n' >"$OUT/k.conf"
cat >"$OUT/drive.sh" <<DRIVE
set -u
env -u SDL_VIDEODRIVER "$LIMBER" --kiosk --config "$OUT/k.conf" --content "$SRC/tests/content" \
  --event-log "$OUT/ev.jsonl" test 2>"$OUT/limber.err" &
pid=\$!
# The window is made again when the renderer wants OpenGL: look for it once the
# programme plays (the event log's ready), not before.
for i in \$(seq 300); do grep -q '"event":"ready"' "$OUT/ev.jsonl" 2>/dev/null && break; sleep 0.1; done
wid=\$(timeout 20 xdotool search --sync --name '^limber\$' | head -1)
[ -n "\$wid" ] || { echo "no window"; kill \$pid; exit 1; }
sleep 1.5
"$XCURSOR" >"$OUT/cursor0.txt"          # no mouse motion yet: hidden from the start
xwininfo -root | awk '/Width:|Height:/{print \$2}' | paste -sd' ' >"$OUT/root.txt"
xwininfo -id "\$wid" | awk '/Absolute upper-left [XY]:|Width:|Height:/{print \$NF}' | paste -sd' ' >"$OUT/win.txt"
xdotool mousemove 100 100; sleep 0.3  # (the pointer starts in the middle)
"$XCURSOR" >"$OUT/cursor.txt"           # moved: shown
sleep 1.5
"$XCURSOR" >>"$OUT/cursor.txt"          # 1 s still: hidden again
# Keys through XTEST, as a keyboard types them, to the focused window.
xdotool windowfocus --sync "\$wid" 2>/dev/null
xdotool key alt+F4                      # no window manager here: only keys
xdotool keydown ctrl+alt+shift+q; sleep 1; xdotool keyup ctrl+alt+shift+q
sleep 0.5
kill -0 \$pid && echo "alive after a short chord" >"$OUT/alive.txt"
xdotool keydown ctrl+alt+shift+q; sleep 2.5; xdotool keyup ctrl+alt+shift+q
for i in \$(seq 50); do kill -0 \$pid 2>/dev/null || break; sleep 0.1; done
kill \$pid 2>/dev/null
wait \$pid
echo "limber exit status \$?"
DRIVE
if timeout 120 xvfb-run -a -s "-screen 0 1600x900x24" bash "$OUT/drive.sh" >"$OUT/drive.log" 2>&1; then
  pass "kiosk window opened and driven"
else
  fail "the window run failed: $(tail -3 "$OUT/drive.log") $(tail -3 "$OUT/limber.err" 2>/dev/null)"
fi
cat "$OUT/drive.log"
[ "$(cat "$OUT/root.txt" 2>/dev/null)" = "1600 900" ] && pass "the screen is 1600x900" || fail "root: $(cat "$OUT/root.txt")"
[ "$(cat "$OUT/win.txt" 2>/dev/null)" = "0 0 1600 900" ] && pass "the window covers the whole screen (0,0 1600x900)" \
  || fail "window x y w h: $(cat "$OUT/win.txt")"
grep -q ' hidden$' "$OUT/cursor0.txt" && pass "the cursor is hidden from the start" || fail "cursor at start: $(cat "$OUT/cursor0.txt")"
[ "$(awk '{print $2}' "$OUT/cursor.txt" | paste -sd' ')" = "visible hidden" ] \
  && pass "the mouse shows the cursor; still for 1 s, it hides again" || fail "cursor: $(cat "$OUT/cursor.txt")"
[ -f "$OUT/alive.txt" ] && pass "a chord held 1 s does not end it" || fail "ended by a short chord"
grep -q '"event":"exit","reason":"exit_chord"' "$OUT/ev.jsonl" && pass "the exit chord held 2.5 s ends it" \
  || fail "exit: $(tail -1 "$OUT/ev.jsonl")"
grep -q 'limber exit status 0' "$OUT/drive.log" && pass "exit status 0" || fail "exit status"
grep -q '"mode":"kiosk"' "$OUT/ev.jsonl" && pass "started in kiosk mode" || fail "mode"
finish
