move "Cat / Cow"
summary "Loosens the upper and lower back by rounding and arching the spine."
area upper-back lower-back
equipment none
figure side
caution "Move slowly and stop if you feel sharp pain."

step "Get on your hands and knees, hands under shoulders, knees under hips."
  pose all_fours 2s
  hold 3s

repeat 5..10
  step "Round your back toward the ceiling and tuck your chin."
    pose cat 1.5s
    hold 5s
    say "Round up"
  step "Let your belly sink, arch your back and look up."
    pose cow 1.5s
    hold 5s
    say "Arch and look up"
end
