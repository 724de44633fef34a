# A window resize storm under a virtual X server: sixty sizes in three seconds, from
# 64x64 to 1920x1080, landscape and portrait. The window keeps drawing and playing.
source "$(dirname "$0")/lib.bash"
for tool in xvfb-run xdotool; do
  command -v "$tool" >/dev/null || { fail "$tool is missing: scripts/setup --test installs it"; finish; }
done
# Under ASan the software renderer: Mesa's llvmpipe (SDL's GL on Xvfb) leaks from a
# module it unloads at exit, which LeakSanitizer can neither name nor suppress.
render=()
[ "${LIMBER_SANITIZED:-0}" = 1 ] && render=(SDL_RENDER_DRIVER=software SDL_FRAMEBUFFER_ACCELERATION=0)
cat >"$OUT/drive.sh" <<DRIVE
set -u
env -u SDL_VIDEODRIVER SDL_AUDIODRIVER=dummy ${render[*]} "$LIMBER" --content "$SRC/tests/content" --event-log "$OUT/ev.jsonl" test \
  2>"$OUT/limber.err" &
pid=\$!
wid=\$(timeout 20 xdotool search --sync --name '^limber\$' | head -1)
[ -n "\$wid" ] || { echo "no window"; kill \$pid; exit 1; }
sleep 0.5
for i in \$(seq 60); do
  w=\$(( (i * 397) % 1857 + 64 )); h=\$(( (i * 211) % 1017 + 64 ))
  xdotool windowsize "\$wid" \$w \$h
  sleep 0.05
done
xdotool windowsize "\$wid" 1280 720
sleep 6
kill -0 \$pid || { echo "limber died in the storm"; exit 1; }
xdotool key --window "\$wid" ctrl+q
for i in \$(seq 50); do kill -0 \$pid 2>/dev/null || break; sleep 0.1; done
wait \$pid
DRIVE
if timeout 120 xvfb-run -a -s "-screen 0 1920x1080x24" bash "$OUT/drive.sh" >"$OUT/drive.log" 2>&1; then
  pass "survived sixty resizes and quit cleanly"
else
  fail "the storm run failed: $(tail -3 "$OUT/drive.log") $(tail -3 "$OUT/limber.err" 2>/dev/null)"
fi
grep -q '"event":"exit","reason":"key"' "$OUT/ev.jsonl" && pass "Ctrl+Q quit after the storm" || fail "no clean exit"
# The storm takes about three seconds from 0.5 s; about's first step begins at 5 s.
grep -q '"event":"step","move":"about","index":0' "$OUT/ev.jsonl" && pass "played on through the storm" ||
  fail "no step after the storm"
n=$(grep -c . "$OUT/limber.err" || true)
[ "$n" -le 2 ] && pass "$n log lines" || fail "$n log lines: $(sort "$OUT/limber.err" | uniq -c | sort -rn | head -3)"
finish
