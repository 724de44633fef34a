move "Cat / Cow"
summary "Round and arch the spine to loosen the whole back."
area upper-back lower-back
equipment none
figure side
caution "Go slowly. Stop if you feel sharp pain."

step "Start on hands and knees: hands below shoulders, knees below hips."
  pose all_fours 2s
  hold 3s

repeat 5..10
  step "Round your back up and tuck your chin."
    pose cat 1.5s
    hold 5s
    say "Round up"
  step "Drop your belly, arch your back and look forward."
    pose cow 1.5s
    hold 5s
    say "Arch and look up"
end
