# limber against the alternative: looping a video of the same playlist in mpv.
#   bench/cpu.sh [SECONDS]     (default 60: one minute of playback each)
# limber records the playlist itself (--record, 1920x1080, 30 fps), ffmpeg turns the
# frames into H.264 (libx264), and both then play for SECONDS in a 1920x1080 window on
# the same Xvfb, one after the other: limber with the software renderer (and, for the
# record, with SDL's default, Mesa's llvmpipe GL on Xvfb), mpv with --vo=x11 (software
# too). CPU seconds per minute from /proc/PID/stat after a 3 s settling time, peak RSS
# from VmHWM. Targets: limber's CPU at most a quarter of mpv's, its RSS at most half.
set -euo pipefail
: "${LIMBER:?run through scripts/bench}" "${SRC:?}" "${WORK:?}"
source "$SRC/bench/lib.bash"
in_xvfb "$0" "$@"
secs=${1:-60}
bench_content
for tool in mpv ffmpeg; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: scripts/setup --bench" >&2; exit 2; }
done
export SDL_AUDIODRIVER=dummy
tick=$(getconf CLK_TCK)

# The recording: as long as the playback, so mpv loops nothing limber would not.
mkdir -p "$WORK/frames"
t0=$(date +%s%N)
"$LIMBER" --headless --content "$BENCH_ROOT" --size 1920x1080 --fps 30 --duration "${secs}s" \
  --record "$WORK/frames" "$BENCH_TARGET" 2>/dev/null
t1=$(date +%s%N)
ffmpeg -loglevel error -y -framerate 30 -i "$WORK/frames/frame_%06d.png" -c:v libx264 -preset medium -crf 20 \
  -pix_fmt yuv420p "$WORK/playlist.mp4"
t2=$(date +%s%N)
echo "recorded ${secs}s of $BENCH_TARGET: $(ls "$WORK/frames" | wc -l) frames in $(((t1 - t0) / 1000000)) ms," \
  "H.264 $(($(stat -c %s "$WORK/playlist.mp4") / 1024)) kB in $(((t2 - t1) / 1000000)) ms"
rm -rf "$WORK/frames"

measure() { # measure NAME CMD...: prints "NAME cpu_s_per_min peak_rss_kb"
  local name=$1 pid a b
  shift
  "$@" >/dev/null 2>&1 &
  pid=$!
  sleep 3
  a=$(cpu_ticks $pid)
  sleep "$secs"
  b=$(cpu_ticks $pid)
  local kb
  kb=$(hwm_kb $pid)
  kill $pid
  wait $pid 2>/dev/null || true
  awk -v n="$name" -v a="$a" -v b="$b" -v t="$tick" -v s="$secs" -v kb="$kb" \
    'BEGIN { printf "%s %.2f %d\n", n, (b - a) / t * 60 / s, kb }'
}
{
  measure limber env "${SOFTWARE_ENV[@]}" "$LIMBER" --content "$BENCH_ROOT" --size 1920x1080 "$BENCH_TARGET"
  measure limber_gl "$LIMBER" --content "$BENCH_ROOT" --size 1920x1080 "$BENCH_TARGET"
  measure mpv mpv --no-config --vo=x11 --hwdec=no --no-audio --loop-file=inf --geometry=1920x1080+0+0 \
    --no-osc --really-quiet "$WORK/playlist.mp4"
} >"$WORK/results"
printf '%-10s %14s %14s\n' player "CPU s/min" "peak RSS kB"
while read -r n c k; do printf '%-10s %14s %14s\n' "$n" "$c" "$k"; done <"$WORK/results"
read -r _ lc lk < <(grep '^limber ' "$WORK/results")
read -r _ gc gk < <(grep '^limber_gl ' "$WORK/results")
read -r _ mc mk < <(grep '^mpv ' "$WORK/results")
awk -v lc="$lc" -v mc="$mc" -v lk="$lk" -v mk="$mk" -v gc="$gc" -v gk="$gk" 'BEGIN {
  printf "limber/mpv: CPU %.3f, RSS %.3f (software renderer); with llvmpipe GL: CPU %.3f, RSS %.3f\n",
    lc / mc, lk / mk, gc / mc, gk / mk
  exit !(lc / mc <= 0.25 && lk / mk <= 0.5) }' && echo "targets met" || { echo "MISSED: CPU over 1/4 or RSS over 1/2 of mpv's"; exit 1; }
