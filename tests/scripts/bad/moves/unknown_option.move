move "Options"
step "Stand."
  pose stand 1s eas=in
  pose stand ease=sideways
step "Sit."
  pose stand ease=in 1s
  hold 2s reps=3
