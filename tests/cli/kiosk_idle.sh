# Kiosk idle return on the virtual clock, with a 5 s idle_timeout from --config.
# Someone starts the first move (a key at 1 s) and walks away in its 8 s hold: 5 s
# later "Slowly release" shows and is said (a `say` cue of the release timeline), and
# the loop starts again only when that hold is over, at 9 s, not in the next step.
# Idle on the get-ready card (no hold) resets at once.
source "$(dirname "$0")/lib.bash"
C="$SRC/tests/content"
printf '[kiosk]\nidle_timeout = 5s\n' >"$OUT/k.conf"
run() { # NAME REPLAY-LINES...
  local name=$1; shift
  printf '%s\n' "$@" >"$OUT/$name.txt"
  expect_exit 0 "$LIMBER" --content "$C" --headless --kiosk --config "$OUT/k.conf" --size 640x360 \
    --duration 25s --event-log "$OUT/$name.jsonl" --replay "$OUT/$name.txt" test
}
has() { grep -q "$2" "$OUT/$1.jsonl" && pass "$3" || fail "$3 (no $2 in $1.jsonl)"; }
hasnt() { ! grep -q "$2" "$OUT/$1.jsonl" && pass "$3" || fail "$3 ($2 in $1.jsonl)"; }

run hold '1s key Right'
has hold '"t_ms":1000,"event":"step","move":"about","index":0' "the key starts the move; its 8 s hold runs 1 s to 9 s"
has hold '"t_ms":6000,"event":"idle","phase":"release"' "idle 5 s after the key, during the hold: release"
has hold '"t_ms":6000,"event":"cue","move":"release","step":0,"at_ms":0,"kind":"say","text":"Slowly release","auto":true' \
  "\"Slowly release\" is said (a say cue at the release)"
has hold '"t_ms":9000,"event":"idle","phase":"reset"' "the reset waits for the hold's end at 9 s"
has hold '"t_ms":9000,"event":"ready","move":"about","move_index":0' "the loop starts again from its first move"
# Nothing between the release and the reset: no earlier reset, no next step under the message.
between=$(awk -F'"t_ms":' '{split($2,a,","); t=a[1]+0} t>6000 && t<9000 && /"event":"(idle|step|ready)"/' "$OUT/hold.jsonl")
[ -z "$between" ] && pass "nothing starts while the hold is released" || fail "during the release: $between"
n=$(grep -c '"event":"idle"' "$OUT/hold.jsonl")
[ "$n" = 2 ] && pass "one release, one reset: the unattended loop is left alone after" || fail "$n idle events"

# The message on screen, 1 s into the release.
expect_exit 0 "$LIMBER" --content "$C" --headless --kiosk --config "$OUT/k.conf" --size 1280x720 \
  --at 7s --screenshot "$OUT/release.png" --replay "$OUT/hold.txt" test
golden kiosk_release "$OUT/release.png"

# Input during the release: they are back, the move goes on; the next idle is counted
# from that input and releases the next hold (step 1: 9 s to 15 s).
run back '1s key Right' '7s key M' '7.1s key M'  # mute and unmute: attended, no pause
has back '"t_ms":6000,"event":"idle","phase":"release"' "release begins"
hasnt back '"t_ms":9000,"event":"idle","phase":"reset"' "a key during the release cancels the reset"
has back '"t_ms":9000,"event":"step","move":"about","index":1' "the move goes on to its next step"
has back '"t_ms":12100,"event":"idle","phase":"release"' "idle again 5 s after the last key, in step 1's hold"
# That hold ends 2.9 s later, at 15 s: the message stays its 3 s minimum, to 15.1 s.
has back '"t_ms":15100,"event":"idle","phase":"reset"' "reset after the hold, once the message has shown 3 s"

# Idle where no hold runs (the get-ready card before the second move, 19 s to 24 s):
# reset at once, no message.
run card '18.5s key F1' '18.6s key F1'
has card '"t_ms":23600,"event":"idle","phase":"reset"' "idle on the get-ready card resets exactly 5 s after the last key"
hasnt card '"phase":"release"' "no release without a hold"
hasnt card '"move":"release"' "nothing said"
finish
