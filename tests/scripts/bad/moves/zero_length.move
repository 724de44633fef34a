move "No time"
step "Nothing happens here."
  say "Hello"
step "Only at the easy level."
  hold 0s..4s
rest 0s
