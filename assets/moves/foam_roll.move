# Rolling the upper back on a foam roller, hips lifted, feet walking.
move "Foam roller"
summary "Roll your upper back slowly up and down a foam roller."
area upper-back
equipment foam-roller mat
figure side
caution "Mild discomfort is fine. Sharp pain: stop rolling."
source "Two consumer-health articles on muscle knots (trigger points) in the back."

step "Lie back with a roller under your shoulder blades."
  prop mat
  prop roller
  pose roller_low 3s
  hold 3s
  say "Roller under your shoulder blades"
  note "Arms crossed, or hands behind your head for your neck."

step "Lift your hips off the floor."
  pose roller_high 2s
  hold 2s
  say "Lift your hips"

step "Walk your feet forward and back to roll."
  cycle roller_roll roller_high every 2s
  hold 1m..2m
  say "Roll slowly"
  note "To work one side, tilt onto it and roll."

step "Tender spot? Stop there and let it ease."
  pose roller_high 2s
  hold 30..45s
  say "Pause on a tender spot"

step "Lower your hips to the floor."
  pose roller_low 2s
  hold 3s
