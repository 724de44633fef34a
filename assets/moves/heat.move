# A card: heat before the work on a knot, ice for a fresh strain. Cards with a clip
# keep to three short lines, so that they fit under the picture on a portrait screen.
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

step "Warmth brings blood in and helps the fibres let go."
  clip heat_glow loop
  hold 6s

step "Warm the knot for 15 to 20 minutes first."
  clip heat_pack loop
  hold 6s
  note "Before the other moves, such as the ball release."

step "Fresh strain? Ice eases the pain and swelling."
  hold 6s
  say "Fresh strain? Use ice."

step "Ice it 10 to 15 minutes at a time, for the first 48 hours."
  hold 7s
