# The standing version of the ball release, for anyone who finds the floor hard.
move "Ball release at a wall"
summary "Lean into a ball against a wall until the knot lets go."
area upper-back lower-back
equipment ball wall
figure side
caution "No more than 60 seconds on one spot."
caution "Mild discomfort is fine. Sharp pain: step away from the wall."
source "Two consumer-health articles on muscle knots (trigger points) in the back."

step "Stand with your back to a wall, a step out."
  prop wall
  pose wall_lean 2s
  hold 3s
  say "Back to the wall"

step "Put a tennis ball between the knot and the wall."
  prop ball
  hold 4s
  note "Or a lacrosse ball. Knots on both sides? Tape two together."

step "Lean back into the ball, bit by bit."
  pose wall_press 2s
  hold 30..45s
  say "Lean into the ball"
  note "It may hurt at first, then ease as the knot lets go."

step "Step away from the wall."
  prop ball hide
  prop wall hide
  pose wall_step_away 2s
  hold 3s
  note "Once or twice a day is enough."
