move "Side stretch"
summary "Lengthens the muscles along each side of the trunk."
area sides
equipment none
figure front

sides right left
  repeat 3
    step "Stand tall, {side} hand on your {side} hip."
      pose hand_on_hip 1.5s
      wait 1s
    step "Reach your {other} arm up and lean toward your {side} hand."
      pose side_bend 2s
      hold 20..30s
      note "A strong pull is fine. Never stretch into pain."
  end
end
