# Both sides, a range hold, a rest between sides, and every kind of cue offset.
move "Side stretch"
summary "Stretches the muscles along each side of the trunk."
area side upper-back
equipment none
figure front
caution "A strong pull is fine; pain is not."
source "Stretch rule: hold 20 to 30 seconds, 3 times."

step "Stand tall, feet hip-width apart."
  pose stand 1s
  hold 2s
  note "Relax your shoulders."

sides right left
  repeat 3
    step "Put your {other} hand on your hip and reach your {side} arm up."
      pose reach_up 2s ease=linear
      hold 20..30s
      countdown 5
      say "Reach up with your {side} arm" at hold
      sound whoosh at end-2s
    step "Lean toward the {other} side."
      pose lean_right 1.5s ease=out
      wait 1s
      sound tick at +500ms
  end
  rest 10s "Now the {other} side"
end
