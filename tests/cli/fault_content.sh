# Broken content never stops the show: a sprite PNG missing or corrupt, a sprite sheet
# corrupt, a font corrupt, a sound corrupt; a content root on a read-only file system;
# a move file truncated again and again while the watcher reads it. Each run keeps
# playing (the same steps at the same milliseconds as with intact content), says each
# problem in one log line, and leaves every content file as it was.
source "$(dirname "$0")/lib.bash"

steps() { grep '"event":"step"' "$1" | sed 's/"caption":"[^"]*",\{0,1\}//'; }
checksums() { (cd "$1" && find . -type f | sort | xargs sha256sum); }

# ---- images, font, sound (virtual clock: exact times) ----------------------------------
cp -rL "$SRC/tests/content" "$OUT/clean"
cp -rL "$SRC/tests/content" "$OUT/broken"
b=$OUT/broken
head -c 100 /dev/urandom >"$b/figures/parts/head.png"   # corrupt
rm "$b/figures/parts/hand.png"                           # missing
head -c 50 /dev/urandom >"$b/sheets/heat.png"           # corrupt sheet image
mkdir -p "$b/fonts" "$b/sounds"
head -c 3000 /dev/urandom >"$b/fonts/Broken-Regular.ttf" # corrupt font
before=$(checksums "$b")
mkdir -p "$OUT/rec_clean" "$OUT/rec_broken"
run() { # run ROOT NAME: 60 s at 2 fps, every frame drawn
  "$LIMBER" --headless --content "$1" --fps 2 --duration 60s --record "$OUT/rec_$2" \
    --event-log "$OUT/$2.jsonl" test 2>"$OUT/$2.err"
}
expect_exit 0 run "$OUT/clean" clean
expect_exit 0 run "$b" broken
[ "$(ls "$OUT/rec_broken" | wc -l)" = 120 ] && pass "120 frames drawn with broken images and font" ||
  fail "$(ls "$OUT/rec_broken" | wc -l) frames"
[ -n "$(steps "$OUT/clean.jsonl")" ] && [ "$(steps "$OUT/clean.jsonl")" = "$(steps "$OUT/broken.jsonl")" ] &&
  pass "the same steps at the same ms as with intact content" || fail "the steps differ"
for f in figures/parts/head.png figures/parts/hand.png sheets/heat.png fonts/Broken-Regular.ttf; do
  n=$(grep -c "$f" "$OUT/broken.err" || true)
  [ "$n" = 1 ] && pass "one log line for $f" || fail "$n log lines for $f: $(grep "$f" "$OUT/broken.err" | head -3)"
done
n=$(wc -l <"$OUT/broken.err")
[ "$n" -le 6 ] && pass "$n log lines in all" || fail "$n log lines: $(sort "$OUT/broken.err" | uniq -c | sort -rn | head -3)"
# The missing part's place is drawn with a placeholder: the frame is not the clean one,
# and not empty either.
"$IMGDIFF" "$OUT/rec_clean/frame_000070.png" "$OUT/rec_broken/frame_000070.png" "$OUT/part.diff.png" >/dev/null 2>&1 &&
  fail "the broken figure looks like the intact one" || pass "the broken figure is drawn differently (placeholder)"
[ "$before" = "$(checksums "$b")" ] && pass "no content file changed" || fail "content files changed"

# ---- a sound and a voice line corrupt (real time: audio plays) ---------------------------
cp -rL "$SRC/tests/audio-content" "$OUT/audio"
mkdir -p "$OUT/audio/sounds" "$OUT/audio/voice"
head -c 4000 /dev/urandom >"$OUT/audio/sounds/whoosh.wav"
printf 'RIFF\x10\x00\x00\x00WAVE' >"$OUT/audio/voice/breathe_in.wav"
sed -i 's/^  say "Breathe in"/  say "Breathe in"\n  sound whoosh/' "$OUT/audio/moves/sync.move"
expect_exit 0 "$LIMBER" --headless --realtime --content "$OUT/audio" --duration 9s --fps 20 \
  --event-log "$OUT/audio.jsonl" sync
cp "$OUT/stderr" "$OUT/audio.err"
grep -q '"event":"cue".*"name":"whoosh"' "$OUT/audio.jsonl" && pass "the corrupt sound's cue came on time" ||
  fail "no whoosh cue"
grep -q '"event":"step","move":"sync","index":1' "$OUT/audio.jsonl" && pass "played on past the broken sound" ||
  fail "did not reach step 2"
for f in whoosh breathe_in; do
  n=$(grep -c "$f" "$OUT/audio.err" || true)
  [ "$n" -le 1 ] && pass "$n log line for $f" || fail "$n log lines for $f: $(grep "$f" "$OUT/audio.err")"
done

# ---- a read-only content root (a tmpfs remounted read-only, in a private namespace) -----
cat >"$OUT/ro.sh" <<RO
set -eu
mkdir -p "$OUT/ro"
mount -t tmpfs -o size=64m tmpfs "$OUT/ro"
cp -rL "$SRC/tests/content/." "$OUT/ro/"
mount -o remount,ro "$OUT/ro"
touch "$OUT/ro/probe" 2>/dev/null && { echo "the root is writable"; exit 3; }
"$LIMBER" --headless --realtime --kiosk --content "$OUT/ro" --duration 8s --fps 20 \
  --event-log "$OUT/ro.jsonl" test 2>"$OUT/ro.err" &
pid=\$!
sleep 2
kill -HUP \$pid   # a reload from the read-only root
wait \$pid
RO
if command -v unshare >/dev/null && [ "$(id -u)" = 0 ]; then
  expect_exit 0 unshare -m bash "$OUT/ro.sh"
  grep -q '"event":"reload","why":"SIGHUP","ok":true' "$OUT/ro.jsonl" && pass "reloaded from the read-only root" ||
    fail "no reload: $(grep reload "$OUT/ro.jsonl")"
  grep -q '"event":"step","move":"about","index":0' "$OUT/ro.jsonl" && pass "played from the read-only root" ||
    fail "no steps"
  grep -qi 'error' "$OUT/ro.err" && fail "errors: $(grep -i error "$OUT/ro.err")" || pass "no error lines"
else
  fail "the read-only test needs root and unshare (mount a tmpfs read-only)"
fi

# ---- a move file truncated again and again while the watcher reads it -------------------
cp -rL "$SRC/tests/content" "$OUT/trunc"
t=$OUT/trunc/moves/cat_cow.move
cp "$t" "$OUT/cat_cow.orig"
before=$(checksums "$OUT/trunc")
"$LIMBER" --headless --realtime --content "$OUT/trunc" --duration 26s --fps 20 \
  --event-log "$OUT/trunc.jsonl" test 2>"$OUT/trunc.err" &
pid=$!
size=$(stat -c %s "$t")
for i in $(seq 40); do
  head -c $((size * (i % 9 + 1) / 10)) "$OUT/cat_cow.orig" >"$t"  # cut mid-statement
  sleep 0.05
  : >"$t"                                                         # empty
  sleep 0.05
  cp "$OUT/cat_cow.orig" "$t"
  sleep 0.1
done
rc=0
wait $pid || rc=$?
[ "$rc" = 0 ] && pass "exit 0 after 120 truncations" || fail "exit $rc: $(tail -3 "$OUT/trunc.err")"
n=$(grep -c '"event":"reload"' "$OUT/trunc.jsonl" || true)
[ "$n" -ge 2 ] && pass "$n reloads while truncated" || fail "$n reloads"
grep -q '"event":"move","move":"cat_cow"' "$OUT/trunc.jsonl" && pass "cat_cow played on (the last good version)" ||
  fail "cat_cow did not play: $(grep '"move"' "$OUT/trunc.jsonl")"
[ "$before" = "$(checksums "$OUT/trunc")" ] && pass "no content file lost or changed" || fail "content files changed"
finish
