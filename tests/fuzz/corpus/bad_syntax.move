move "Syntax"
step "Stand." "extra"
  pose "stand"
  = 3
  hold 2s = 
  countdown -1
  countdown 2
  countdown 3
  note "one"
  note "two"
  prop ball on
  clip heat sometimes
  cycle cat every 1s
  cycle cat cow
  say "When?" at middle
  say "Soon" at +soon
  say Hello
sides up down
  step "x"
    hold 1s
end
repeat 0
  step "y"
    hold 1s
end
repeat 1001
  step "z"
    hold 1s
end
repeat 5s
  step "z"
    hold 1s
end
rest 5 "Rest"
