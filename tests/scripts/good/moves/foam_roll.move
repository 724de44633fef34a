# A cycle during the hold, props on a bone and on the floor, a sound file by path.
move "Foam roll"
summary "Rolls the upper back over a foam roller."
area upper-back
equipment foam-roller
figure side

step "Lie on your back with the roller under your shoulder blades."
  prop mat
  prop roller on spine
  pose lie_back 2s ease=in
  hold 2s

step "Lift your hips and roll up and down."
  pose bridge 1.5s
  cycle roll_up roll_down every 2s
  hold 1m..2m
  countdown 0
  say "Roll slowly" at +2s
  sound sounds/whoosh.wav at hold

step "Lower your hips and take the roller away."
  pose lie_back
  prop roller hide
  wait 3s
