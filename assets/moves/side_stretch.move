# Standing side bend. The poses are written for the right side: right hand on the
# right hip, left arm over the ear, leaning right, so the left side stretches.
move "Side stretch"
summary "Lean sideways to stretch the muscles along each side of your trunk."
area sides back
equipment none
figure front
caution "A strong pull is fine. Never stretch into pain."
source "Two consumer-health articles on muscle knots (trigger points) in the back."

sides right left
  step "Stand tall, {side} hand on your {side} hip."
    pose hand_on_hip 2s
    hold 2s
    say "Hand on your {side} hip"
  repeat 3
    step "Raise your {other} arm up beside your ear."
      pose side_reach 2s
      wait 1s
    step "Lean toward your {side} hand: feel the pull."
      pose side_bend 3s
      hold 20..30s
      say "Lean and hold"
      note "Along your {other} side. Never into pain."
    step "Come back up and lower your arm."
      pose hand_on_hip 2s
      wait 1s
  end
end
