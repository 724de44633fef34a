# Start-up: time from exec to the first presented frame (median of 20) in a 1920x1080
# window under Xvfb, with SDL's default renderer (OpenGL, here Mesa's llvmpipe) and
# with the software renderer; then start-up time and peak RSS with 10, 100 and 1,000
# moves in the content root, one of them playing. Targets: first frame under 150 ms;
# memory does not grow with the moves that are not playing (1,000 moves: at most 1 MB
# over 10 moves).
set -euo pipefail
: "${LIMBER:?run through scripts/bench}" "${SRC:?}" "${WORK:?}"
source "$SRC/bench/lib.bash"
in_xvfb "$0" "$@"
bench_content
cc -O2 -DFIRST_FRAME_SHIM -shared -fPIC "$SRC/bench/first_frame.c" -o "$WORK/shim.so" -ldl
cc -O2 "$SRC/bench/first_frame.c" -o "$WORK/first_frame"
export SDL_AUDIODRIVER=dummy
first() { "$WORK/first_frame" "$WORK/shim.so" "$WORK/ff.out" "$@" 2>/dev/null; }
runs() { # runs N ENV... -- ARGS: prints "median_ms median_rss_kb"
  local n=$1 i
  shift
  for ((i = 0; i < n; i++)); do first env "$@"; done >"$WORK/runs"
  echo "$(cut -d' ' -f1 <"$WORK/runs" | median) $(cut -d' ' -f2 <"$WORK/runs" | median)"
}
missed=0
echo "content: $BENCH_ROOT, playlist $BENCH_TARGET"
read -r gl_ms gl_kb < <(runs 20 "$LIMBER" --content "$BENCH_ROOT" --size 1920x1080 "$BENCH_TARGET")
read -r sw_ms sw_kb < <(runs 20 "${SOFTWARE_ENV[@]}" "$LIMBER" --content "$BENCH_ROOT" --size 1920x1080 "$BENCH_TARGET")
printf 'first frame, default renderer (llvmpipe GL): %s ms (median of 20), RSS then %s kB\n' "$gl_ms" "$gl_kb"
printf 'first frame, software renderer:              %s ms (median of 20), RSS then %s kB\n' "$sw_ms" "$sw_kb"
awk -v a="$gl_ms" -v b="$sw_ms" 'BEGIN { exit !(a < 150 && b < 150) }' || { echo "MISSED: first frame over 150 ms"; missed=1; }

printf '%8s %12s %14s %16s\n' moves "first ms" "RSS kB (first)" "peak RSS kB (10s)"
base=
for n in 10 100 1000; do
  gen_root "$WORK/root_$n" "$n"
  read -r ms kb < <(runs 5 "${SOFTWARE_ENV[@]}" "$LIMBER" --content "$WORK/root_$n" --size 1920x1080 one)
  # Peak over 10 s of headless playback of the one move (virtual clock, every frame drawn).
  mkdir -p "$WORK/rec"
  /usr/bin/time -f '%M' -o "$WORK/time_$n" "$LIMBER" --headless --content "$WORK/root_$n" --size 1920x1080 \
    --fps 5 --duration 10s --screenshot "$WORK/last.png" --at 9s one 2>/dev/null
  peak=$(cat "$WORK/time_$n")
  printf '%8d %12s %14s %16s\n' "$n" "$ms" "$kb" "$peak"
  [ -z "$base" ] && base=$peak
  [ "$n" = 1000 ] && [ $((peak - base)) -gt 1024 ] && { echo "MISSED: 1,000 moves use $((peak - base)) kB more than 10"; missed=1; }
done
[ "$missed" = 0 ] && echo "targets met"
exit "$missed"
