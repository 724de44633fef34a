# Headless mode: golden frames of the screen (landscape, portrait, small), the same
# pixels every time, numbered frames from --record, and the event log's timing.
source "$(dirname "$0")/lib.bash"
C="$SRC/tests/content"
# tests/content/playlists/test.playlist: ready 5 s, about (card, 14 s), ready 5 s,
# cat_cow reps=2 (31 s, from 24 s), ready 5 s, side_stretch level=easy (147 s, from 60 s).
shot() { # shot NAME SIZE TIME
  expect_exit 0 "$LIMBER" --content "$C" --headless --size "$2" --at "$3" --screenshot "$OUT/$1.png" test
  golden "$1" "$OUT/$1.png"
}
shot screen_ready_card 1920x1080 2s
shot screen_card 1920x1080 7s
shot screen_ready_figure 1920x1080 22s
shot screen_hold 1920x1080 31.5s
shot screen_left_side 1920x1080 150s
shot screen_portrait 1080x1920 31.5s
shot screen_portrait_front 1080x1920 70s
shot screen_small 800x480 31.5s

expect_exit 0 "$LIMBER" --content "$C" --headless --size 1920x1080 --at 31.5s --screenshot "$OUT/again.png" test
cmp -s "$OUT/screen_hold.png" "$OUT/again.png" && pass "same command, same pixels" || fail "two runs differ"

# A content root with nothing to play: the first screen says so.
# (at a fixed path: the screen names the folder, and the golden must not depend on
# where the build is)
empty=/tmp/limber-test-empty
rm -rf "$empty" && mkdir -p "$empty/moves"
expect_exit 0 "$LIMBER" --content "$empty" --headless --size 1280x720 --screenshot "$OUT/empty.png"
golden first_screen_empty "$OUT/empty.png"

# The event log: exact times on the virtual clock.
expect_exit 0 "$LIMBER" --content "$C" --headless --size 320x180 --duration 60s --event-log "$OUT/ev.jsonl" test
head -1 "$OUT/ev.jsonl" | grep -q '"t_ms":0,"event":"start"' && pass "start event" || fail "no start event"
grep -q '"t_ms":24000,"event":"move","move":"cat_cow"' "$OUT/ev.jsonl" && pass "cat_cow starts at 24000" || fail "cat_cow start"
grep -q '"t_ms":29000,"event":"step","move":"cat_cow","index":1' "$OUT/ev.jsonl" && pass "step 1 at 29000" || fail "step 1 time"
grep -q '"t_ms":35500,"event":"cue","move":"cat_cow","step":1,"at_ms":11500,"kind":"sound","name":"bell"' "$OUT/ev.jsonl" \
  && pass "bell at 35500" || fail "bell time"
tail -1 "$OUT/ev.jsonl" | grep -q '"t_ms":60000,"event":"exit"' && pass "exit at 60000 ms" || fail "exit: $(tail -1 "$OUT/ev.jsonl")"
# A headless run without --duration ends with its content.
expect_exit 0 "$LIMBER" --content "$C" --headless --size 320x180 --fps 5 --event-log "$OUT/end.jsonl" cat_cow
grep -q '"event":"done"' "$OUT/end.jsonl" && pass "content end ends the run" || fail "no done event"
tail -1 "$OUT/end.jsonl" | grep -q '"t_ms":114000,"event":"exit"' && pass "ends at 5 s + 109 s (8 reps at standard)" || fail "end: $(tail -1 "$OUT/end.jsonl")"

# --screenshot with --duration and no --at: the last frame of the run.
expect_exit 0 "$LIMBER" --content "$C" --headless --size 320x180 --duration 2s --screenshot "$OUT/end.png" --event-log "$OUT/end2.jsonl" test
[ -s "$OUT/end.png" ] && pass "a screenshot at the end of --duration" || fail "no screenshot with --duration"

mkdir -p "$OUT/rec"
expect_exit 0 "$LIMBER" --content "$C" --headless --size 320x180 --record "$OUT/rec" --fps 10 --duration 3s test
n=$(ls "$OUT/rec" | wc -l)
[ "$n" = 30 ] && pass "30 frames for 3 s at 10 fps" || fail "$n frames for 3 s at 10 fps"
[ -f "$OUT/rec/frame_000000.png" ] && [ -f "$OUT/rec/frame_000029.png" ] && pass "numbered frames" || fail "frame names"
expect_exit 2 "$LIMBER" --content "$C" --headless nosuchmove
grep -q "nosuchmove" "$OUT/stderr" && pass "unknown target named" || fail "unknown target message"
finish
