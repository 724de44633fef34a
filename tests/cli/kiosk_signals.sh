# Signals and systemd, through the real binary on the real clock (headless --realtime):
# SIGTERM and SIGINT end the run cleanly (event log `exit` with the signal, status 0),
# SIGHUP reloads content and config (`reload` why SIGHUP). A stand-in notify socket
# (tests/tools/notifylisten.c) receives READY=1 once a frame is done, WATCHDOG=1 every
# WATCHDOG_USEC/2, RELOADING=1 then READY=1 around a SIGHUP, and STOPPING=1 at the end.
source "$(dirname "$0")/lib.bash"
: "${NOTIFYLISTEN:?run through ctest}"
C="$SRC/tests/content"
# wait_for FILE PATTERN SECONDS: polls until PATTERN is in FILE.
wait_for() {
  local i
  for i in $(seq $(($3 * 20))); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.05; done
  return 1
}
start() { # NAME [ENV=VALUE...]: limber in the background, $pid
  local name=$1; shift
  env "$@" "$LIMBER" --content "$C" --headless --realtime --kiosk --size 320x180 --duration 60s \
    --event-log "$OUT/$name.jsonl" test 2>"$OUT/$name.err" &
  pid=$!
  wait_for "$OUT/$name.jsonl" '"event":"ready"' 10 || fail "$name: no ready event within 10 s"
}
stop() { # NAME SIGNAL: sends it, waits, checks the exit
  local rc=0
  kill -"$2" "$pid"
  timeout 10 tail --pid="$pid" -f /dev/null || fail "$1: still running 10 s after $2"
  wait "$pid" || rc=$?
  [ "$rc" = 0 ] && pass "$2: exit status 0" || fail "$2: exit status $rc"
  grep -q "\"event\":\"exit\",\"reason\":\"$2\"" "$OUT/$1.jsonl" && pass "$2: logged as the exit reason" \
    || fail "$2: exit event: $(tail -1 "$OUT/$1.jsonl")"
}

start term; stop term SIGTERM
grep -q 'exit: SIGTERM' "$OUT/term.err" && pass "SIGTERM in the log" || fail "no log line for SIGTERM"
start int; stop int SIGINT

start hup
kill -HUP "$pid"
wait_for "$OUT/hup.jsonl" '"event":"reload","why":"SIGHUP","ok":true' 5 && pass "SIGHUP reloads the content" \
  || fail "no reload after SIGHUP"
kill -HUP "$pid"
for i in $(seq 100); do [ "$(grep -c '"why":"SIGHUP"' "$OUT/hup.jsonl")" = 2 ] && break; sleep 0.05; done
[ "$(grep -c '"why":"SIGHUP"' "$OUT/hup.jsonl")" = 2 ] && pass "a second SIGHUP reloads again" || fail "second SIGHUP"
kill -0 "$pid" && pass "SIGHUP does not end the run" || fail "SIGHUP ended the run"
stop hup SIGTERM

# systemd notification, with a 1 s watchdog: pings every 500 ms.
sock="$OUT/notify.sock"
"$NOTIFYLISTEN" "$sock" 30 >"$OUT/notify.txt" &
lpid=$!
for i in $(seq 100); do [ -S "$sock" ] && break; sleep 0.05; done
start notify NOTIFY_SOCKET="$sock" WATCHDOG_USEC=1000000
sleep 3
kill -HUP "$pid"
sleep 2
stop notify SIGTERM
wait "$lpid" || fail "the listener failed"
cat "$OUT/notify.txt"
grep -q '^[0-9]* READY=1' "$OUT/notify.txt" && pass "READY=1 received" || fail "no READY=1"
awk '$2=="WATCHDOG=1"{print $1}' "$OUT/notify.txt" >"$OUT/pings.txt"
n=$(wc -l <"$OUT/pings.txt")
[ "$n" -ge 8 ] && [ "$n" -le 12 ] && pass "$n WATCHDOG=1 pings in about 5 s" || fail "$n WATCHDOG=1 pings in about 5 s"
# The first interval is left out: the first ping waits for the start-up (slower
# under the sanitizers), the others follow the frame loop's clock.
read -r lo hi mean < <(awk 'NR>2{d=$1-p; s+=d; n++; if(!lo||d<lo)lo=d; if(d>hi)hi=d} {p=$1} END{printf "%d %d %d\n", lo, hi, n?s/n:0}' "$OUT/pings.txt")
echo "watchdog interval: mean $mean ms, min $lo, max $hi (WATCHDOG_USEC 1 s: wanted 500)"
[ "$lo" -ge 450 ] && [ "$hi" -le 700 ] && pass "pings every ~500 ms (min $lo, max $hi)" || fail "ping intervals $lo..$hi ms"
awk '$2=="RELOADING=1"{r=NR} r && NR>r && $2 ~ /^READY=1/{ok=1} END{exit !ok}' "$OUT/notify.txt" \
  && pass "SIGHUP: RELOADING=1, then READY=1 when reloaded" || fail "no READY=1 after RELOADING=1"
grep -q 'STOPPING=1;STATUS=SIGTERM' "$OUT/notify.txt" && pass "STOPPING=1 with the reason" || fail "no STOPPING=1"
finish
