# The floors of DESIGN.md: a folder includes only its own floor's folder and the floors
# below (script, platform: 1; model: 2; anim, player: 3; view, audio, input, kiosk: 4).
# Folders of one floor do not include each other (the view does not reach into the
# kiosk, nor the input into the audio); only app.c wires them together.
source "$(dirname "$0")/lib.bash"
cd "$SRC/src"
allowed() { # FOLDER -> the folders it may include
  case $1 in
    script) echo "script" ;;
    platform) echo "platform" ;;
    model) echo "model script platform" ;;
    anim | player) echo "$1 model script platform" ;;
    view | audio | input | kiosk) echo "$1 anim player model script platform" ;;
  esac
}
for dir in script platform model anim player view audio input kiosk; do
  ok=$(allowed "$dir")
  bad=$(grep -rnoE '#include "[a-z_]+/' "$dir" | while IFS= read -r hit; do
    inc=${hit##*#include \"}; inc=${inc%/}
    case " $ok " in *" $inc "*) ;; *) echo "$hit" ;; esac
  done)
  [ -z "$bad" ] && pass "$dir/ includes only: $ok" || fail "$dir/ reaches up or sideways: $bad"
done
finish
