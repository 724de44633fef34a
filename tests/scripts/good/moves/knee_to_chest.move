move "Knee to chest"
summary "Stretches the lower back."
area lower-back
figure standing

step "Lie on your back on a firm surface."
  pose lie_back 2s
  hold 2s
repeat 3
  step "Bring both knees toward your chest and hold them."
    pose knees_to_chest 2s
    hold 20..30s
  step "Let your feet down again."
    pose lie_back 2s
    wait 1s
end
