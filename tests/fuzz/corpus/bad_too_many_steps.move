move "Too many steps"
repeat 1000
  repeat 20
    step "Again."
      hold 1s
  end
end
