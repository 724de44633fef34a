# Lifting a load from the floor with a straight back: hinge, squat, stand. The feet
# stay planted, staggered, from the first step to the last.
move "Safe lifting"
summary "Lift with your hips and legs and a straight back."
area lower-back
equipment load
figure side
caution "Keep your back straight: bend at the hips and knees, not the waist."
source "Two consumer-health articles on muscle knots (trigger points) in the back; a 2017 study in BMC Musculoskeletal Disorders."

step "Stand with feet staggered, at least shoulder-width apart."
  prop load
  pose lift_stance 2s
  hold 3s
  say "Feet apart, one ahead"

step "Hinge forward at your hips, back straight."
  pose hinge 3s
  hold 2s
  say "Hinge at the hips"

step "Squat down slowly and grip the load with both hands."
  pose squat_grasp 3s
  hold 2s
  say "Squat and grip"

step "Keep it close and stand up through your heels."
  prop load on hand_near
  pose stand_load 3s
  hold 3s
  say "Up through your heels"
  note "Chest up, eyes ahead."

step "Why: lifting with a bent back can bring on back spasms."
  hold 10s
  note "2017 study, 22 young men: 45 % at 15 kg, 68 % at 20 kg, 82 % at 25 kg."
