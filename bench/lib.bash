# Shared by bench/*.sh (sourced). Everything here runs on the machine's own display
# server only through Xvfb: the numbers do not depend on a desktop.

# in_xvfb SCRIPT ARGS...: re-runs the calling script under a 1920x1080 Xvfb once.
in_xvfb() {
  if [ -z "${BENCH_IN_XVFB:-}" ]; then
    command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: scripts/setup --bench" >&2; exit 2; }
    BENCH_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" bash "$@"
  fi
}

# The content the benchmarks play: the default content and playlist once it exists,
# else the test content root's playlist. BENCH_TARGET=cat_cow (a move or playlist of
# assets/) measures another part: back_knots opens with a minute of still cards.
bench_content() {
  if [ -n "${BENCH_TARGET:-}" ]; then
    BENCH_ROOT=${BENCH_ROOT:-$SRC/assets}
  elif [ -f "$SRC/assets/playlists/back_knots.playlist" ]; then
    BENCH_ROOT=$SRC/assets BENCH_TARGET=back_knots
  else
    BENCH_ROOT=$SRC/tests/content BENCH_TARGET=test
  fi
}

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.1f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# cpu_ticks PID: utime + stime in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
hwm_kb() { awk '/^VmHWM/ { print $2 }' "/proc/$1/status"; }

# The software renderer straight to the X11 framebuffer (no GL): what mpv --vo=x11
# does too. Without these, SDL on Xvfb renders through Mesa's llvmpipe.
SOFTWARE_ENV=(SDL_RENDER_DRIVER=software SDL_FRAMEBUFFER_ACCELERATION=0)

# gen_root DIR N: a content root of N generated moves (the shipped poses, figures,
# props and sheets linked in) and a playlist `one` that plays only the first.
gen_root() {
  local dir=$1 n=$2 d
  mkdir -p "$dir/moves" "$dir/playlists"
  for d in poses figures props sheets; do ln -sfn "$SRC/assets/$d" "$dir/$d"; done
  printf 'playlist "One"\nplay move_0\n' >"$dir/playlists/one.playlist"
  for ((i = 0; i < n; i++)); do
    cat >"$dir/moves/move_$i.move" <<MOVE
move "Move number $i"
summary "A generated move for the benchmark."
area upper-back lower-back
equipment none
figure side
caution "Move slowly and stop if you feel sharp pain."

step "Get on your hands and knees, hands under shoulders, knees under hips."
  pose all_fours 2s
  hold 3s

repeat 5..10
  step "Round your back toward the ceiling and tuck your chin ($i)."
    pose cat 1.5s
    hold 5s
    say "Round up"
  step "Let your belly sink, arch your back and look up."
    pose cow 1.5s ease=out
    hold 5s
end
MOVE
  done
}
