# Sound in sync, measured: a move with cues that never overlap plays twice (kiosk
# loop) in real time through SDL's disk driver into a WAV; every cue the event log says
# was due must be heard within 20 ms of that time (the WAV and the log share t = 0),
# and the second loop lands where the first did (no drift).
source "$(dirname "$0")/lib.bash"
export SDL_AUDIODRIVER=disk
expect_exit 0 "$LIMBER" --content "$SRC/tests/audio-content" --headless --kiosk --size 320x180 \
  --audio-out "$OUT/sync.wav" --duration 21s --event-log "$OUT/ev.jsonl" sync
"$ONSETS" "$OUT/sync.wav" >"$OUT/onsets.txt" || fail "onsets could not read the WAV"
grep '"event":"cue"' "$OUT/ev.jsonl" | sed 's/.*"t_ms":\([0-9]*\).*/\1/' >"$OUT/cues.txt"
n=$(wc -l <"$OUT/cues.txt")
[ "$n" = 14 ] && pass "14 cues due in two loops" || fail "$n cues due, wanted 14"
worst=0 missing=0
while read -r due; do
  best=$(awk -v d="$due" 'BEGIN{b=1e9} {e=$1-d; if (e<0) e=-e; if (e<b) b=e} END{print b}' "$OUT/onsets.txt")
  if [ "$best" -gt 20 ]; then missing=$((missing + 1)); echo "cue at $due ms: nearest onset $best ms away"; fi
  [ "$best" -gt "$worst" ] && worst=$best
done <"$OUT/cues.txt"
[ "$missing" = 0 ] && pass "every cue heard within 20 ms (worst $worst ms)" || fail "$missing cues not heard within 20 ms"
# The loop: each cue of the second play is 10 s after its twin in the first.
drift=$(paste <(head -7 "$OUT/cues.txt") <(sed -n '8,14p' "$OUT/cues.txt") | awk '{d=$2-$1-10000; if (d<0) d=-d; if (d>m) m=d} END{print m+0}')
[ "$drift" -le 1 ] && pass "second loop exactly 10 s after the first (off by $drift ms)" || fail "loop drift $drift ms"
finish
