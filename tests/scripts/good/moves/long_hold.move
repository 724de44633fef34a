# Warnings only: the file stays usable.
move "Long hold"
figure side

step "This caption has far too many words to be read in the single second that the step lasts."
  pose stand 1s
step "Stay here."
  hold 11m
step "Breathe."
  say "Breathe in slowly through your nose and out through your mouth"
  hold 3s
