# The abdominal draw-in: tightening the deep belly muscles, lying on the back.
move "Belly draw-in"
summary "Tighten your deep belly muscles to steady your spine."
area core lower-back
equipment mat
figure side
caution "Mild discomfort is fine; pain is not."
source "Two consumer-health articles on muscle knots (trigger points) in the back."

step "Lie on your back, knees bent, feet flat."
  prop mat
  pose supine_knees_bent 2s
  hold 2s
  say "Lie on your back"

step "Rest your hands on your hips."
  pose supine_hands_on_hips 2s
  hold 3s
  note "Strong deep muscles steady your spine."

repeat 10..20
  step "Pull your belly button in toward your spine."
    pose draw_in 1s
    hold 3..5s
    countdown 0
    say "Draw in"
    note "Low back to the floor; belly firm under your fingers."
  step "Relax."
    pose supine_hands_on_hips 1s
    wait 2s
    say "Relax"
end
