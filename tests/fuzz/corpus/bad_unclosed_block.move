move "Never closed"
repeat 3
  step "Stand."
    pose stand
    hold 2s
  sides right left
    step "Lean."
      pose lean_right
