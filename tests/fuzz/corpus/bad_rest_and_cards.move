move "Cards"
figure none
step "A card."
  pose stand
  hold 2s
rest 5s
  pose stand
  hold 3s
step "A cycle with no hold."
  cycle cat cow every 1s
  wait 2s
