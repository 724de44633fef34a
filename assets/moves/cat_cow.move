# Rounding and arching the spine on hands and knees.
move "Cat and cow"
summary "Round and arch your spine to loosen the whole back."
area upper-back lower-back
equipment mat
figure side
caution "Move slowly. Mild discomfort is fine; pain is not."
source "Two consumer-health articles on muscle knots (trigger points) in the back."

step "On all fours: hands under shoulders, knees under hips."
  prop mat
  pose all_fours 2s
  hold 3s
  say "Hands and knees"

repeat 5..10
  step "Round your back up, chin to your chest."
    pose cat 2s
    hold 5s
    say "Round up"
  step "Let your belly sink, arch your back and look up."
    pose cow 2s
    hold 5s
    say "Belly down, look up"
end

step "Come back to a flat back."
  pose all_fours 2s
  hold 2s
