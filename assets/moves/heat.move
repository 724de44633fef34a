# A card: heat before the work on a knot, ice for a fresh strain.
move "Heat first"
summary "Warm an old knot before you work on it. Ice a fresh strain."
area back
equipment heat-pack
figure none
caution "Just pulled a muscle? Ice for the first 48 hours, not heat."
source "Two consumer-health articles on muscle knots (trigger points) in the back."

step "Heat suits most knots, old ones above all."
  clip heat_pack loop
  hold 6s
  say "Heat suits most knots."

step "Warmth brings blood to the muscle and helps its fibres let go."
  clip heat_glow loop
  hold 7s

step "Warm the knot for 15 to 20 minutes before the moves that follow."
  clip heat_pack loop
  hold 8s
  note "Above all before the ball release."

step "A fresh strain is different: ice eases the pain and swelling."
  hold 7s
  say "Fresh strain? Use ice."

step "Ice it 10 to 15 minutes at a time, during the first 48 hours."
  hold 8s
