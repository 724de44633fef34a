# Lifting a load from the floor with a straight back: hinge, squat, stand.
move "Safe lifting"
summary "Lift with your hips and legs and a straight back."
area lower-back
equipment load
figure side
caution "Keep your back straight: bend at the hips and knees, not the waist."
source "Two consumer-health articles on muscle knots (trigger points) in the back; a 2017 study in BMC Musculoskeletal Disorders."

step "Stand close to the load, feet staggered, at least shoulder-width apart."
  prop load
  pose lift_stance 2s
  hold 3s
  say "Feet apart, one ahead"

step "Hinge forward at your hips, back straight."
  pose hinge 2.5s
  hold 2s
  say "Hinge at the hips"

step "Squat down slowly and grip the load with both hands."
  pose squat_grasp 3s
  hold 2s
  say "Squat and grip"

step "Keep it close, push through your heels and stand: chest up, eyes ahead."
  prop load on hand_near
  pose stand_load 3s
  hold 10s
  say "Heels, chest up"
  note "Why: in a 2017 study, 22 young men lifting with a bent back got back spasms: 45 % at 15 kg, 68 % at 20 kg, 82 % at 25 kg."
