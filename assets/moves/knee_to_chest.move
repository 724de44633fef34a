# Both knees hugged to the chest, lying on the back.
move "Knees to chest"
summary "Hug both knees in to stretch your lower back."
area lower-back hips
equipment mat
figure side
caution "A pull is fine. Never stretch into pain."
source "Two consumer-health articles on muscle knots (trigger points) in the back."

step "Lie on your back on a firm surface."
  prop mat
  pose supine 2s
  hold 2s
  say "Lie on your back"

step "Bend your knees, feet flat on the floor."
  pose supine_knees_bent 2s
  hold 2s

repeat 3
  step "Bring both knees up toward your chest."
    pose knees_up 2s
    wait 1s
  step "Hug your knees in until your low back pulls."
    pose knees_to_chest 2s
    hold 20..30s
    say "Hug and hold"
    note "Knee pain? Hold behind your thighs."
  step "Let go and put your feet back down."
    pose supine_knees_bent 2s
    wait 1s
end
