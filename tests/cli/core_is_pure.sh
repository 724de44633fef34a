# The pure core (script/, model/, anim/, player/) includes no SDL header and reads no
# clock: time enters as an argument. The link of tests/core/* against limber_core alone
# proves the rest.
source "$(dirname "$0")/lib.bash"
cd "$SRC/src"
hits=$(grep -rnE '#include *[<"](SDL|SDL_[a-z]+)\.h[>"]' script model anim player || true)
[ -z "$hits" ] && pass "no SDL include in the core" || fail "SDL in the core: $hits"
hits=$(grep -rnE '\b(clock_gettime|gettimeofday|time\(NULL\)|SDL_GetTicks)' script model anim player || true)
[ -z "$hits" ] && pass "no clock read in the core" || fail "clock read in the core: $hits"
finish
