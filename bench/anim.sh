#!/usr/bin/env bash
# Animation speed and memory: one frame of a move sampled into a draw list (median
# microseconds, target under 20) and the figure's texture memory (target under 8 MB).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$here/scripts/build" "$here/build"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cc -O2 -std=c11 -D_GNU_SOURCE -I"$here/src" $(pkg-config --cflags libcjson) "$here/bench/anim_bench.c" \
  "$here/build/liblimber_core.a" $(pkg-config --libs libcjson) -lm -o "$out/anim_bench"
"$out/anim_bench" "$here/assets"
