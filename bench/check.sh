# --check over generated content roots of 100, 1,000 and 10,000 moves (and a playlist
# of all of them). Target: 1,000 moves in under 0.5 s; the time per move should stay
# flat as the content grows (parsing and compiling are linear).
set -euo pipefail
: "${LIMBER:?run through scripts/bench}" "${WORK:?}"

make_root() { # make_root DIR N
  local dir=$1 n=$2
  mkdir -p "$dir/moves" "$dir/playlists" "$dir/poses"
  printf 'pose stand\npose all_fours\npose cat\npose cow\npose reach_up\npose lean\n' >"$dir/poses/bench.pose"
  echo 'playlist "Everything"' >"$dir/playlists/all.playlist"
  for ((i = 0; i < n; i++)); do
    cat >"$dir/moves/move_$i.move" <<MOVE
# Generated move $i: a header, a repeat, both sides and a rest.
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
  step "Round your back toward the ceiling and tuck your chin."
    pose cat 1.5s
    hold 5s
    say "Round up"
  step "Let your belly sink, arch your back and look up."
    pose cow 1.5s ease=out
    hold 5s
    say "Arch and look up" at hold
end

sides right left
  step "Reach your {side} arm up and lean to the {other} side."
    pose reach_up 2s
    hold 20..30s
    countdown 5
  rest 10s "Now the {other} side"
end
MOVE
    echo "play move_$i" >>"$dir/playlists/all.playlist"
  done
}

best_of_3() { # prints the fastest of three runs in seconds
  local best=999999999999 t0 t1
  for _ in 1 2 3; do
    t0=$(date +%s%N)
    "$LIMBER" --check "$1" >"$WORK/out" || { cat "$WORK/out" | tail -5; exit 1; }
    t1=$(date +%s%N)
    [ $((t1 - t0)) -lt "$best" ] && best=$((t1 - t0))
  done
  echo "$best"
}

printf '%8s %10s %10s %12s\n' moves bytes seconds "us/move"
missed=0
for n in 100 1000 10000; do
  make_root "$WORK/root_$n" "$n"
  ns=$(best_of_3 "$WORK/root_$n")
  bytes=$(cat "$WORK/root_$n"/moves/*.move | wc -c)
  printf '%8d %10d %10s %12d\n' "$n" "$bytes" "$(awk -v t="$ns" 'BEGIN { printf "%.3f", t / 1e9 }')" $((ns / 1000 / n))
  tail -n 1 "$WORK/out" | grep -q ": 0 errors, 0 warnings$" || { echo "unexpected problems: $(tail -n 1 "$WORK/out")"; missed=1; }
  [ "$n" = 1000 ] && [ "$ns" -ge 500000000 ] && { echo "MISSED: 1000 moves took over 0.5 s"; missed=1; }
done
[ "$missed" = 0 ] && echo "target met: 1,000 moves under 0.5 s"
exit "$missed"
