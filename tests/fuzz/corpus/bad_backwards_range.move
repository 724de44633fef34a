move "Backwards"
repeat 10..5
  step "Stand."
    pose stand
    hold 30..20s
end
