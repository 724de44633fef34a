# The real window under a virtual X server: real key presses (xdotool) reach it and
# step the demonstration, and a capture of the screen shows it drawn.
source "$(dirname "$0")/lib.bash"
# X11, D-Bus and Mesa keep memory until exit on their own: leak checks belong to the
# dummy-driver tests (DESIGN.md), so LeakSanitizer is off for this one real window.
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=0"
for tool in xvfb-run xdotool import; do
  command -v "$tool" >/dev/null || { fail "$tool is missing: scripts/setup --test installs it"; finish; }
done
cat >"$OUT/drive.sh" <<DRIVE
set -u
env -u SDL_VIDEODRIVER "$LIMBER" --content "$SRC/tests/content" --event-log "$OUT/ev.jsonl" test 2>"$OUT/limber.err" &
pid=\$!
wid=\$(timeout 20 xdotool search --sync --name '^limber\$' | head -1)
[ -n "\$wid" ] || { echo "no window"; kill \$pid; exit 1; }
sleep 1
xdotool windowfocus --sync "\$wid" 2>/dev/null
xdotool key --window "\$wid" Right
sleep 0.5
xdotool key --window "\$wid" Right
sleep 1
import -window root "$OUT/screen.png"
xdotool key --window "\$wid" ctrl+q
for i in \$(seq 50); do kill -0 \$pid 2>/dev/null || break; sleep 0.1; done
kill \$pid 2>/dev/null
wait \$pid
DRIVE
if timeout 120 xvfb-run -a -s "-screen 0 1280x720x24" bash "$OUT/drive.sh" >"$OUT/drive.log" 2>&1; then
  pass "window opened, keys sent, closed with Ctrl+Q"
else
  fail "the window run failed: $(tail -3 "$OUT/drive.log") $(tail -3 "$OUT/limber.err" 2>/dev/null)"
fi
n=$(grep -c '"action":"next","device":"keyboard"' "$OUT/ev.jsonl" 2>/dev/null || true)
[ "$n" = 2 ] && pass "two Right presses became two NEXT actions" || fail "$n NEXT actions"
grep -q '"event":"step","move":"about","index":1' "$OUT/ev.jsonl" && pass "the second step began" || fail "no step 1"
grep -q '"event":"exit","reason":"key"' "$OUT/ev.jsonl" && pass "Ctrl+Q quit" || fail "no clean exit"
# The capture is the real window's picture: the caution banner's amber is in it.
if [ -f "$OUT/screen.png" ] && convert "$OUT/screen.png" -crop 1x1+640+10 -format '%[fx:int(255*r)],%[fx:int(255*g)]' info: | grep -qE '^2[34][0-9],1[6-9][0-9]$'; then
  pass "the window shows the screen"
else
  fail "capture: $(convert "$OUT/screen.png" -crop 1x1+640+10 -format '%[fx:int(255*r)],%[fx:int(255*g)],%[fx:int(255*b)]' info: 2>&1)"
fi
finish
