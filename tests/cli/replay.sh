# Input without hands: keys as SDL events, pad buttons through an SDL virtual game
# controller (plugged, unplugged, plugged again), taps, a swipe and a long press, each
# checked in the event log; then step mode; then the menu and help overlays as frames.
source "$(dirname "$0")/lib.bash"
C="$SRC/tests/content"
cat >"$OUT/in.txt" <<'IN'
1s key Right          # ready card -> the card move starts
2s pad dpright        # first pad use plugs the virtual pad in: next step
3s tap 0.9 0.5        # right third: next (past the last step: the next move's card)
4s tap 0.5 0.5        # middle: pause
5s pad a              # resume
6s swipe 0.8 0.5 0.2 0.5   # swipe left: next move
7s pad unplug
8s press 0.5 0.5 1s   # long press: the menu
10s key Down          # menu cursor down (to the first move, "about")
10.5s pad dpdown      # the pad replugs; d-pad down walks the menu: cat_cow
11s key Return        # play it
IN
expect_exit 0 "$LIMBER" --content "$C" --headless --size 640x360 --duration 15s --event-log "$OUT/ev.jsonl" --replay "$OUT/in.txt" test
ev() { grep -q "$1" "$OUT/ev.jsonl" && pass "$2" || fail "$2 (no $1)"; }
ev '"t_ms":1000,"event":"action","action":"next","device":"keyboard"' "key Right is NEXT"
ev '"event":"action","action":"next","device":"pad"' "pad d-pad right is NEXT through the virtual controller"
ev '"t_ms":2033,"event":"step","move":"about","index":1' "the pad's NEXT started step 1"
ev '"t_ms":3000,"event":"action","action":"next","device":"touch"' "a tap in the right third is NEXT"
ev '"t_ms":4000,"event":"pause"' "a tap in the middle pauses"
ev '"t_ms":5000,"event":"resume"' "pad A resumes"
ev '"action":"next_move","device":"touch"' "a swipe left is NEXT_MOVE"
ev '"t_ms":8800,"event":"action","action":"menu","device":"touch"' "a 0.8 s press opens the menu"
ev '"event":"action","action":"down","device":"pad"' "after unplug and replug the pad walks the menu"
ev '"t_ms":11000,"event":"load","target":"cat_cow"' "Return plays the chosen move"
ev '"event":"ready","move":"cat_cow","move_index":0' "the chosen move is announced"
grep -q 'controller disconnected' "$OUT/stderr" && pass "unplug logged" || fail "no unplug log"

# Step mode: each step waits for NEXT at its end.
cat >"$OUT/step.txt" <<'IN'
20s key space
IN
expect_exit 0 "$LIMBER" --content "$C" --headless --size 320x180 --duration 25s --step-mode --event-log "$OUT/step.jsonl" --replay "$OUT/step.txt" about
grep -q '"t_ms":13000,"event":"wait","move":"about","index":0' "$OUT/step.jsonl" && pass "waits at the end of step 0 (5 s card + 8 s)" || fail "no wait at 13000"
grep -q '"t_ms":20000,"event":"step","move":"about","index":1' "$OUT/step.jsonl" && pass "Space continues" || fail "no step 1 at 20000"

# A bad replay file: one line, the place, exit 2.
printf '1s key Right\n2s pad triangle\n' >"$OUT/bad.txt"
expect_exit 2 "$LIMBER" --content "$C" --headless --duration 5s --replay "$OUT/bad.txt" test
grep -q 'bad.txt:2:8: error: unknown pad button' "$OUT/stderr" && pass "bad replay line located" || fail "message: $(cat "$OUT/stderr")"

# The overlays, as frames: the menu (opened with Esc, cursor moved) and the help.
printf '1s key Escape\n1.5s key Down\n1.6s key Down\n' >"$OUT/menu.txt"
expect_exit 0 "$LIMBER" --content "$C" --headless --size 1920x1080 --at 2s --screenshot "$OUT/menu.png" --replay "$OUT/menu.txt" test
golden overlay_menu "$OUT/menu.png"
printf '1s pad back\n' >"$OUT/help.txt"
expect_exit 0 "$LIMBER" --content "$C" --headless --size 1920x1080 --at 2s --screenshot "$OUT/help.png" --replay "$OUT/help.txt" test
golden overlay_help_pad "$OUT/help.png"
printf '24.5s key space\n' >"$OUT/pause.txt"
expect_exit 0 "$LIMBER" --content "$C" --headless --size 1080x1920 --at 26s --screenshot "$OUT/pause.png" --replay "$OUT/pause.txt" test
golden overlay_pause_portrait "$OUT/pause.png"
finish
