# The command line: --help, --version, and one clear line with exit 2 for bad input.
source "$(dirname "$0")/lib.bash"

expect_exit 0 "$LIMBER" --help
grep -q -- '--headless' "$OUT/stdout" && pass "help lists --headless" || fail "help text"
expect_exit 0 "$LIMBER" --version
grep -qE '^limber [0-9]+\.[0-9]+\.[0-9]+$' "$OUT/stdout" && pass "version line" || fail "version: $(cat "$OUT/stdout")"

bad() { # bad "expected message part" args...
  local msg=$1
  shift
  expect_exit 2 "$LIMBER" "$@"
  if [ "$(wc -l <"$OUT/stderr")" = 1 ] && grep -qF -- "$msg" "$OUT/stderr"; then pass "one line: $msg"
  else fail "message for $*: $(cat "$OUT/stderr")"; fi
}
bad "--size: '0x0'" --headless --size 0x0
bad "--size: 'big'" --headless --size big
bad "--at: '-3s'" --headless --at -3s
bad "--at: '12'" --headless --at 12
bad "--duration: '0s'" --headless --duration 0s
bad "--fps: '0'" --headless --fps 0
bad "--content: '/nonexistent'" --content /nonexistent
bad "--record: '/nonexistent/dir'" --headless --record /nonexistent/dir
bad "unknown option '--frobnicate'" --frobnicate
bad "--size needs a value" --headless --size
bad "go with --headless" --screenshot x.png
bad "--event-log: the folder of '/nonexistent/e.jsonl' does not exist" --headless --event-log /nonexistent/e.jsonl
bad "--screenshot: the folder of '/nonexistent/s.png' does not exist" --headless --screenshot /nonexistent/s.png
bad "--replay: cannot read '/nonexistent.txt'" --headless --replay /nonexistent.txt
bad "--config: cannot read '/nonexistent.conf'" --config /nonexistent.conf
finish
