# The last card: where the facts come from, and that this is not medical advice.
move "About this routine"
summary "Where the facts come from. Not medical advice."
area back
equipment none
figure none
caution "Not medical advice."
source "Two consumer-health articles on muscle knots (trigger points) in the back; BMC Musculoskeletal Disorders (2017); American Family Physician (2002)."

step "The moves, holds and counts follow two consumer-health articles on stubborn muscle knots (trigger points) in the back."
  hold 10s

step "The lifting figures come from a 2017 study in BMC Musculoskeletal Disorders; the disability figures from a 2002 review in American Family Physician."
  hold 12s

step "This routine is general guidance, not medical advice. Severe, lasting or disabling pain needs a doctor."
  hold 9s
  say "This is not medical advice."

step "Captions, figure and timings: the limber project."
  hold 5s
