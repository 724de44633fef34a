move "End without a block"
step "Stand."
  pose stand
  hold 2s
end
