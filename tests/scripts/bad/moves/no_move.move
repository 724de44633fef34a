summary "The move statement is missing."
step "Stand."
  pose stand
  hold 2s
