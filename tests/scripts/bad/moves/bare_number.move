move "Bare numbers"
step "Stand."
  pose stand 2
  hold 5
  wait 1.5
