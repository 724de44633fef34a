move "Sides outside {side}"
caution "Keep your {other} hand still."
step "Raise your {side} arm."
  pose reach_up
  hold 2s
