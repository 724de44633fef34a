# Faults while it runs: no audio device at all; the audio device failing mid-move (the
# disk driver writing to /dev/full); a controller pulled out mid-hold; the process
# stopped and continued (SIGSTOP/SIGCONT). Each run keeps playing and exits cleanly.
source "$(dirname "$0")/lib.bash"

# steps_exact LOG: every step began at its move's start + the step's start_ms.
steps_exact() {
  jq -rs '[foreach .[] as $e ({}; if $e.event == "move" then .start = $e.t_ms else . end;
      if $e.event == "step" and .start != null then ($e.t_ms - .start - $e.start_ms) else empty end)]
    | map(select(. != 0)) | length' "$1"
}

# ---- no audio device ----------------------------------------------------------------------
expect_exit 0 env SDL_AUDIODRIVER=no_such_driver "$LIMBER" --headless --realtime --content "$SRC/tests/content" \
  --duration 8s --fps 20 --event-log "$OUT/none.jsonl" test
grep -q '"event":"step","move":"about","index":0' "$OUT/none.jsonl" && pass "played without an audio device" ||
  fail "no steps without audio"
grep -qi 'audio' "$OUT/stderr" && pass "said so: $(grep -i audio "$OUT/stderr" | head -1)" || fail "no word about the audio"

# ---- the audio device fails mid-move ---------------------------------------------------------
expect_exit 0 env SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=/dev/full "$LIMBER" --headless --realtime \
  --content "$SRC/tests/audio-content" --duration 10s --fps 20 --event-log "$OUT/full.jsonl" sync
grep -q '"event":"step","move":"sync","index":1' "$OUT/full.jsonl" && pass "played on after the device failed" ||
  fail "stopped: $(tail -2 "$OUT/full.jsonl")"
[ "$(steps_exact "$OUT/full.jsonl")" = 0 ] && pass "steps on time" || fail "steps late"
grep -q 'audio device went away' "$OUT/stderr" && pass "said the device went away" || fail "no word of the failure"
# Besides SDL's own notice about its disk driver and the test root's missing props:
n=$(grep -v -e 'disk i/o' -e 'Writing to file' -e 'props/' "$OUT/stderr" | wc -l)
[ "$n" -le 2 ] && pass "$n log lines" || fail "$n log lines: $(sort "$OUT/stderr" | uniq -c | sort -rn | head -3)"

# ---- a controller pulled out mid-hold (virtual clock) -------------------------------------
# cat_cow begins at 24 s (about: 14 s, two 5 s get-ready cards); its first hold is 26-29 s.
cat >"$OUT/pad.replay" <<'R'
20s pad dpup
27s pad unplug
40s pad plug
41s pad dpdown
R
expect_exit 0 "$LIMBER" --headless --content "$SRC/tests/content" --replay "$OUT/pad.replay" --duration 60s \
  --fps 10 --event-log "$OUT/pad.jsonl" test
grep -q 'controller disconnected' "$OUT/stderr" && pass "the unplug was seen" || fail "no unplug: $(cat "$OUT/stderr")"
grep -q '"event":"step","move":"cat_cow","index":1' "$OUT/pad.jsonl" && pass "the hold ran out and the next step began" ||
  fail "stuck after the unplug"
grep -q '"event":"pause"' "$OUT/pad.jsonl" && fail "paused on the unplug" || pass "no pause on the unplug"
[ "$(steps_exact "$OUT/pad.jsonl")" = 0 ] && pass "steps exact to the ms around the unplug" || fail "steps moved"
grep -q '"action":"volume_down","device":"pad"' "$OUT/pad.jsonl" && pass "the pad works again after plugging in" ||
  fail "the pad did not come back: $(grep action "$OUT/pad.jsonl")"

# ---- SIGSTOP / SIGCONT --------------------------------------------------------------------
"$LIMBER" --headless --realtime --content "$SRC/tests/content" --duration 12s --fps 20 \
  --event-log "$OUT/stop.jsonl" test 2>"$OUT/stop.err" &
pid=$!
sleep 3
kill -STOP $pid
sleep 3
kill -CONT $pid
rc=0
wait $pid || rc=$?
[ "$rc" = 0 ] && pass "exit 0 after SIGSTOP/SIGCONT" || fail "exit $rc: $(tail -3 "$OUT/stop.err")"
grep -q '"event":"exit","reason":"end"' "$OUT/stop.jsonl" && pass "ran to its end" || fail "no clean end"
# Stopped from 3 s to 6 s: the cues due at 10 and 11 s came after it.
[ "$(jq -s 'map(select(.event == "cue" and .t_ms >= 10000)) | length' "$OUT/stop.jsonl")" = 2 ] && pass "played on after SIGCONT" ||
  fail "no cues after SIGCONT"
[ "$(steps_exact "$OUT/stop.jsonl")" = 0 ] && pass "steps kept their times on the timeline" || fail "steps moved"
finish
