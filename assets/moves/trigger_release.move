# Trigger point release on the floor: body weight on a ball under the knot.
move "Ball release"
summary "Rest your weight on a ball under the knot until it lets go."
area upper-back lower-back
equipment ball mat
figure side
caution "No more than 60 seconds on one spot."
caution "Mild discomfort is fine. Sharp pain: come off the ball."
source "Two consumer-health articles on muscle knots (trigger points) in the back."

step "Lie on your back on a firm floor, knees bent."
  prop mat
  pose supine_knees_bent 2s
  hold 3s
  say "Lie on your back"
  note "Floor hard to reach? Try the wall version."

step "Slide a tennis or lacrosse ball under the knot."
  prop ball
  pose ball_release 2s
  hold 3s
  note "Knots on both sides? Tape two balls together."

step "Let your weight sink onto the ball, bit by bit."
  hold 30..45s
  say "Let your weight sink in"
  note "It may hurt at first, then ease as the knot lets go."

step "Roll off the ball and rest."
  prop ball hide
  pose supine_knees_bent 2s
  hold 4s
  note "Once or twice a day is enough."
