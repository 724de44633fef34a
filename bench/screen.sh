# The screen's cost (issue 5's targets): one frame (view_draw + present) at 1920x1080
# with the software renderer, median over a real playlist (under 4 ms); then the
# windowed process under Xvfb, /proc/PID/stat over 10 s: paused (a replay presses
# Space) under 1% of a core, during a still hold under 5%.
set -euo pipefail
: "${LIMBER:?run through scripts/bench}" "${SRC:?}" "${WORK:?}"
source "$SRC/bench/lib.bash"
in_xvfb "$0" "$@"
bench_content
build=$(dirname "$LIMBER")
flags=$(pkg-config --cflags --libs sdl2 SDL2_mixer SDL2_ttf SDL2_image libcjson inih fontconfig)
extra=$(pkg-config --libs espeak-ng libsystemd 2>/dev/null || true)
cc -O2 -std=c11 -D_GNU_SOURCE -I"$SRC/src" "$SRC/bench/screen_bench.c" -o "$WORK/screen_bench" \
  "$build/liblimber_app.a" "$build/liblimber_core.a" $flags $extra -lm -lpthread
missed=0
"$WORK/screen_bench" "$BENCH_ROOT" "$BENCH_TARGET" 1920 1080 || { echo "MISSED: a frame over 4 ms"; missed=1; }

export SDL_AUDIODRIVER=dummy
tick=$(getconf CLK_TCK)
cpu_share() { # cpu_share START_S SECONDS REPLAY: % of a core of a window run over [START, START+SECONDS)
  local pid a b
  env "${SOFTWARE_ENV[@]}" "$LIMBER" --content "$BENCH_ROOT" --size 1920x1080 --replay "$3" "$BENCH_TARGET" \
    >/dev/null 2>&1 &
  pid=$!
  sleep "$1"
  a=$(cpu_ticks $pid)
  sleep "$2"
  b=$(cpu_ticks $pid)
  kill $pid
  wait $pid 2>/dev/null || true
  awk -v a="$a" -v b="$b" -v t="$tick" -v s="$2" 'BEGIN { printf "%.2f", (b - a) / t / s * 100 }'
}
# Paused from 2 s (on the first get-ready card).
printf '2s key space\n' >"$WORK/pause.replay"
paused=$(cpu_share 4 10 "$WORK/pause.replay")
# A still hold: the longest step of the programme whose figure stands still (no cycle,
# which the foam roll's rolling has), measured inside it.
"$LIMBER" --content "$BENCH_ROOT" --dump-timeline "$BENCH_ROOT/playlists/$BENCH_TARGET.playlist" >/dev/null 2>&1 || true
"$LIMBER" --headless --content "$BENCH_ROOT" --event-log "$WORK/ev.jsonl" --duration 10m --fps 10 "$BENCH_TARGET" 2>/dev/null
read -r start len < <(jq -rs '[ .[] | select(.event == "step") ] as $s | [ .[] | select(.event == "move") ] as $m |
  [ range(0; $s | length - 1) | select($s[.].cycle != true) | { t: $s[.].t_ms, next: $s[. + 1].t_ms } ] | max_by(.next - .t) | "\(.t) \(.next - .t)"' "$WORK/ev.jsonl")
: >"$WORK/none.replay"
# The step's pose change comes first (at most a few seconds); measure its last 10 s.
from=$(awk -v s="$start" -v l="$len" 'BEGIN { printf "%.1f", (s + l) / 1000 - 11 }')
hold=$(cpu_share "$from" 10 "$WORK/none.replay")
echo "paused: $paused% of a core; still hold ($(awk -v s="$start" -v l="$len" 'BEGIN { printf "%.0f-%.0f s", s / 1000, (s + l) / 1000 }'), last 10 s): $hold% of a core"
awk -v p="$paused" 'BEGIN { exit !(p < 1) }' || { echo "MISSED: paused over 1% of a core"; missed=1; }
awk -v h="$hold" 'BEGIN { exit !(h < 5) }' || { echo "MISSED: still hold over 5% of a core"; missed=1; }
[ "$missed" = 0 ] && echo "targets met"
exit "$missed"
