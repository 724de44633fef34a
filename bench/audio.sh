#!/usr/bin/env bash
# Audio speed: creation and preparation do not hold up the first frame; espeak-ng's
# time per line (on the loader thread); mixing under 2% of a core while cues play.
#   bench/audio.sh [SECONDS]     (default 10 s of dense cues, real time)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$here/build
"$here/scripts/build" "$build"
flags=$(pkg-config --cflags --libs sdl2 SDL2_mixer SDL2_ttf SDL2_image libcjson inih fontconfig)
espeak=$(pkg-config --libs espeak-ng 2>/dev/null || true)
def=$([ -n "$espeak" ] && echo -DLIMBER_HAVE_ESPEAK=1 || true)
cc -O2 -std=c11 -D_GNU_SOURCE $def -I"$here/src" "$here/bench/audio_bench.c" -o "$build/audio_bench" \
  "$build/liblimber_app.a" "$build/liblimber_core.a" $flags $espeak -lm -lpthread
"$build/audio_bench" "${1:-10}"
