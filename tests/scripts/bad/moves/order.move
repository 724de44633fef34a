move "Order"
step "Stand."
  pose stand
  hold 2s
area lower-back
move "Second title"
summary "Too late."
