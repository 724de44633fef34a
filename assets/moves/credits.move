# The last card: where the facts come from, and that this is not medical advice.
move "About this routine"
summary "Where the facts come from. Not medical advice."
area back
equipment none
figure none
caution "Not medical advice."
source "Two consumer-health articles on muscle knots (trigger points) in the back; BMC Musculoskeletal Disorders (2017); American Family Physician (2002)."

step "Moves, holds and counts: two consumer health articles on back knots."
  hold 8s
  note "Knots: trigger points, tight spots in a muscle."

step "Lifting figures: a 2017 study in BMC Musculoskeletal Disorders."
  hold 7s

step "Disability figures: a 2002 review in American Family Physician."
  hold 7s

step "General guidance, not medical advice. Severe or lasting pain needs a doctor."
  hold 8s
  say "This is not medical advice."

step "Captions, figure and timings: the limber project."
  hold 5s
