# "Slowly release" is heard, not only shown: a kiosk run in real time records its mix
# to a WAV (SDL's disk driver). A move without cues holds 8 s; a key starts it at 1 s
# (skipping the get-ready card before its ticks) and nobody touches anything after:
# at 6 s the release begins, and the recording's only sound is the spoken line,
# starting within 20 ms of the `say` cue in the event log and lasting like words do.
source "$(dirname "$0")/lib.bash"
export SDL_AUDIODRIVER=disk
T="$OUT/content"
cp -rL "$SRC/tests/audio-content" "$T"
printf 'move "Long"\nfigure none\ncues off\n\nstep "Hold it"\n  hold 8s\n' >"$T/moves/long.move"
printf '[kiosk]\nidle_timeout = 5s\n' >"$OUT/k.conf"
printf '1s key Right\n' >"$OUT/in.txt"
expect_exit 0 "$LIMBER" --content "$T" --headless --kiosk --config "$OUT/k.conf" --size 320x180 \
  --audio-out "$OUT/release.wav" --duration 10s --event-log "$OUT/ev.jsonl" --replay "$OUT/in.txt" long
grep -q '"t_ms":6000,"event":"cue","move":"release","step":0,"at_ms":0,"kind":"say","text":"Slowly release"' "$OUT/ev.jsonl" \
  && pass "the release's say cue is due at 6 s" || fail "no say cue at 6000: $(grep release "$OUT/ev.jsonl")"
grep -q '"t_ms":9000,"event":"idle","phase":"reset"' "$OUT/ev.jsonl" && pass "reset at the hold's end" || fail "no reset at 9000"
"$ONSETS" "$OUT/release.wav" >"$OUT/onsets.txt" || fail "onsets could not read the WAV"
n=$(wc -l <"$OUT/onsets.txt")
on=$(head -1 "$OUT/onsets.txt")
[ "$n" = 1 ] && pass "one sound in the recording" || fail "$n onsets: $(paste -sd' ' "$OUT/onsets.txt")"
[ -n "$on" ] && [ "$on" -ge 5980 ] && [ "$on" -le 6020 ] && pass "it starts at $on ms (due 6000)" || fail "onset at ${on:-none}"
if command -v sox >/dev/null; then
  rms() { sox "$OUT/release.wav" -n trim "$1" "$2" stat 2>&1 | awk '/RMS +amplitude/{print $3}'; }
  words=$(rms 6.4 0.3) after=$(rms 7.5 1.4)
  awk -v w="$words" -v a="$after" 'BEGIN{exit !(w > 0.005 && a < 0.001)}' \
    && pass "a line of speech: still sounding 0.4 s in (RMS $words), silent after (RMS $after)" \
    || fail "not a spoken line: RMS 6.4-6.7 s $words, 7.5-8.9 s $after"
else
  fail "sox is missing: scripts/setup --test installs it"
fi
finish
