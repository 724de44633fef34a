# A short move whose cues never overlap, for the audio sync test (tests/cli/audio_sync.sh).
move "Sync"
figure none

step "One"
  say "Breathe in"
  hold 3s
  countdown 0
step "Two"
  hold 2s
  countdown 1
