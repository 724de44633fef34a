# Headless mode: a first-screen golden frame, the same pixels every time, numbered
# frames from --record, and the event log's start and exit.
source "$(dirname "$0")/lib.bash"

expect_exit 0 "$LIMBER" --headless --size 1280x720 --at 12.5s --screenshot "$OUT/a.png" --event-log "$OUT/ev.jsonl"
golden first_screen "$OUT/a.png"

expect_exit 0 "$LIMBER" --headless --size 1280x720 --at 12.5s --screenshot "$OUT/b.png"
cmp -s "$OUT/a.png" "$OUT/b.png" && pass "same command, same pixels" || fail "two runs differ"

head -1 "$OUT/ev.jsonl" | grep -q '"t_ms":0,"event":"start"' && pass "start event" || fail "no start event"
tail -1 "$OUT/ev.jsonl" | grep -q '"t_ms":12500,"event":"exit"' && pass "exit at 12500 ms" || fail "exit event: $(tail -1 "$OUT/ev.jsonl")"

mkdir -p "$OUT/rec"
expect_exit 0 "$LIMBER" --headless --size 320x180 --record "$OUT/rec" --fps 10 --duration 3s --event-log "$OUT/rec.jsonl"
n=$(ls "$OUT/rec" | wc -l)
[ "$n" = 30 ] && pass "30 frames for 3 s at 10 fps" || fail "$n frames for 3 s at 10 fps"
[ -f "$OUT/rec/frame_000000.png" ] && [ -f "$OUT/rec/frame_000029.png" ] && pass "numbered frames" || fail "frame names"
tail -1 "$OUT/rec.jsonl" | grep -q '"t_ms":3000,"event":"exit"' && pass "record ends at 3000 ms" || fail "record exit: $(tail -1 "$OUT/rec.jsonl")"

# Portrait works too (a sanity check of size handling; the layout has its own goldens).
expect_exit 0 "$LIMBER" --headless --size 720x1280 --screenshot "$OUT/portrait.png"
file "$OUT/portrait.png" 2>/dev/null | grep -q '720 x 1280' && pass "portrait size" || { command -v file >/dev/null || pass "no file(1)"; }
finish
