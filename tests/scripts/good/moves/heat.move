move "Heat first"
summary "Warm the knot for 15 to 20 minutes before the other moves."
figure none

step "Heat suits most knots: it brings blood flow and helps the fibres relax."
  clip flame loop
  prop block
  hold 15s
  say "Round up" at end-5s
