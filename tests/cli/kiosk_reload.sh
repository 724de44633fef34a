# Hot reload end to end, on the real clock (the watcher follows real time): limber
# loops a playlist of three short moves from a copy of tests/content while this script
# edits the files, each step synchronized on the event log:
#  1. a plain save of a.move's caption: `reload` within 1 s; the playing move finishes
#     as it was and the new caption is on the move's next start;
#  2. a syntax error saved into b.move: content_error with file and line, the last good
#     b keeps playing, the status notice shows (golden frame at the end);
#  3. an atomic save of c.move (write a temporary file, rename it over): picked up;
#  4. c.move deleted while c plays: it plays to its end and leaves the playlist there;
#  5. a new moves/d.move: the menu has one entry more.
# The edit-to-`reload` latency of each is printed.
source "$(dirname "$0")/lib.bash"
T="$OUT/content"
cp -rL "$SRC/tests/content" "$T"
move() { # TITLE CAPTION HOLD: a move script on stdout
  printf 'move "%s"\nfigure none\ncues off\n\nstep "%s"\n  hold %s\n' "$1" "$2" "$3"
}
move A "A one" 2s >"$T/moves/a.move"
move B "B one" 1s >"$T/moves/b.move"
move C "C one" 1s >"$T/moves/c.move"
printf 'playlist "Hot"\nplay a\nplay b\nplay c\n' >"$T/playlists/hot.playlist"
printf '[kiosk]\nidle_timeout = 0\n' >"$OUT/k.conf"
EV="$OUT/ev.jsonl"
: >"$EV"

now_ms() { echo $(($(date +%s%N) / 1000000)); }
wait_for() { # PATTERN SECONDS [MIN-COUNT]: polls the event log
  local i
  for i in $(seq $(($2 * 100))); do
    [ "$(grep -c -- "$1" "$EV")" -ge "${3:-1}" ] && return 0
    sleep 0.01
  done
  return 1
}
reloads=0
# edited NAME: waits for the next `reload` event, prints and checks the latency.
edited() {
  local t0=$1 name=$2
  reloads=$((reloads + 1))
  if wait_for '"event":"reload"' 3 "$reloads"; then
    local ms=$(($(now_ms) - t0))
    echo "latency $name: $ms ms (edit to reload event)"
    echo "$ms" >>"$OUT/latency.txt"
    [ "$ms" -lt 1000 ] && pass "$name: reloaded within 1 s ($ms ms)" || fail "$name: reload after $ms ms"
  else
    fail "$name: no reload event"
  fi
}

"$LIMBER" --content "$T" --config "$OUT/k.conf" --headless --realtime --kiosk --size 640x360 \
  --at 27s --screenshot "$OUT/end.png" --event-log "$EV" hot 2>"$OUT/stderr" &
pid=$!

wait_for '"event":"move","move":"a"' 10 || fail "a did not start"
# 1. A plain save (truncate and write: IN_CLOSE_WRITE) while a plays.
t0=$(now_ms); move A "A two" 2s >"$T/moves/a.move"; edited "$t0" "plain save"
grep -q '"event":"reload","why":"moves/a.move","ok":true' "$EV" && pass "the reload names the file" || fail "reload: $(grep reload "$EV")"
# 2. A syntax error (an unterminated string on line 5).
t0=$(now_ms); printf 'move "B"\nfigure none\ncues off\n\nstep "B broken\n  hold 1s\n' >"$T/moves/b.move"; edited "$t0" "broken save"
grep -q "\"event\":\"content_error\",\"file\":\"[^\"]*moves/b.move\",\"line\":5," "$EV" && pass "content_error with b.move line 5" \
  || fail "content_error: $(grep content_error "$EV")"
grep -q 'moves/b.move:5:[0-9]*: error' "$OUT/stderr" && pass "the error is in the log as file:line:col" || fail "no log line"
# 3. An atomic save: a temporary file renamed over c.move (IN_MOVED_TO).
t0=$(now_ms); move C "C two" 1s >"$T/moves/.c.move.tmp"; mv "$T/moves/.c.move.tmp" "$T/moves/c.move"; edited "$t0" "atomic rename"
grep -q '"event":"reload","why":"moves/c.move"' "$EV" && pass "one reload for the rename, of c.move" || fail "reload: $(grep reload "$EV" | tail -1)"

# a's first play finished as it was; b plays its last good version; c the new one.
wait_for '"event":"move","move":"c"' 25 || fail "c did not start"
grep -q '"event":"step","move":"a","index":0,"start_ms":0,"caption":"A one"' "$EV" && pass "a played to its end as it was" || fail "a's first play"
grep -q '"caption":"A two"' "$EV" && fail "the new a showed while the old played" || pass "no new caption under a playing move"
grep -q '"event":"step","move":"b","index":0,"start_ms":0,"caption":"B one"' "$EV" && pass "broken b: the last good version plays" || fail "b's play"
grep -q '"event":"step","move":"c","index":0,"start_ms":0,"caption":"C two"' "$EV" && pass "renamed c: the new version plays" || fail "c's play"

# 4. Delete c while it plays.
t0=$(now_ms); rm "$T/moves/c.move"; edited "$t0" "delete"
grep -q '"event":"reload","why":"moves/c.move","ok":true,"moves":2' "$EV" && pass "after the delete the playlist has 2 moves" \
  || fail "reload: $(grep reload "$EV" | tail -1)"
# 5. A new move file: the menu grows by one.
menu_before=$(grep '"event":"reload"' "$EV" | tail -1 | sed 's/.*"menu":\([0-9]*\).*/\1/')
t0=$(now_ms); move D "D one" 1s >"$T/moves/d.move"; edited "$t0" "new file"
menu_after=$(grep '"event":"reload"' "$EV" | tail -1 | sed 's/.*"menu":\([0-9]*\).*/\1/')
[ "$menu_after" = $((menu_before + 1)) ] && pass "the new move is in the menu ($menu_before -> $menu_after entries)" \
  || fail "menu entries $menu_before -> $menu_after"

wait "$pid" && pass "the run ends cleanly" || fail "exit status $?"
# c was not cut short: the swap came at its end, a second after it began.
c_at=$(grep '"event":"move","move":"c"' "$EV" | sed 's/.*"t_ms":\([0-9]*\).*/\1/')
swap_at=$(grep '"event":"swap"' "$EV" | tail -1 | sed 's/.*"t_ms":\([0-9]*\).*/\1/')
[ "$swap_at" -ge $((c_at + 1000)) ] && [ "$swap_at" -le $((c_at + 1100)) ] \
  && pass "the deleted c played to its end; the new playlist took over then ($c_at -> $swap_at ms)" \
  || fail "c began at $c_at, the swap came at $swap_at"
grep -q '"event":"ready","move":"a","move_index":0' "$EV" && pass "the loop goes on with a" || fail "no a after c"
grep -q '"event":"step","move":"a","index":0,"start_ms":0,"caption":"A two"' "$EV" && pass "a's next start shows the new caption" \
  || fail "a's second play: $(grep '"move":"a"' "$EV" | tail -2)"
awk -v s="$swap_at" -F'"t_ms":' '{split($2,a,",")} a[1]+0>=s && /"event":"ready","move":"c"/{bad=1} END{exit bad}' "$EV" \
  && pass "c is not announced again" || fail "c came back"
! grep -q '"event":"content_error".*"message":"cannot read' "$EV" && pass "the copied content is whole" || fail "broken copy"
# The end: b's get-ready card with the notice about the broken file.
golden kiosk_reload_notice "$OUT/end.png"
sort -n "$OUT/latency.txt" | awk '{a[NR]=$1} END{printf "edit-to-reload latency: min %d ms, max %d ms over %d edits\n", a[1], a[NR], NR}'
finish
