# The first card of the routine: when to see a doctor, where knots come from, what
# they feel like, and how the moves should feel. Reading time: about 2 words a second.
move "Before you start"
summary "When to see a doctor first, and how the moves should feel."
area back
equipment none
figure none
caution "Not medical advice. Severe pain? See a doctor first."
source "Two consumer-health articles on muscle knots (trigger points) in the back."

step "Severe back pain? See a doctor before you try these moves."
  hold 7s
  say "Severe pain? See a doctor first."

step "Pain that stops you getting through your day needs a doctor now. They look for what lies behind it."
  hold 11s

step "A physical therapist, or a trainer who knows corrective exercise, can find the muscle imbalances behind a knot."
  hold 11s

step "An ergonomics specialist can fix your work space: no phone wedged between ear and shoulder, no head always turned one way, no slumped sitting."
  hold 13s

step "Knots start with one strain (a bad lift, an overdone workout, an awkward night's sleep) or with small strains that add up: posture, imbalances, work habits."
  hold 14s

step "A knot feels tight and stiff, often like a lump. Pressing on it can make the muscle twitch. It may hurt, or it may not."
  hold 12s

step "Over 1 adult in 10 in the US lives with a lasting muscle or joint disorder. Among working adults, nothing disables more people."
  hold 12s
  note "A review in American Family Physician, 2002."

step "During the moves, mild discomfort is fine. Pain is not: ease off or stop."
  hold 8s
  say "Mild discomfort is fine. Pain is not."
