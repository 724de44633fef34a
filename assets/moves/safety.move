# The first card of the routine: when to see a doctor, where knots come from, what
# they feel like, and how the moves should feel. Each card is short enough for a
# portrait screen and shown for about 2 words a second.
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

step "Pain that stops your daily life needs a doctor now, to find its cause."
  hold 8s

step "A physical therapist can find the muscle imbalances behind a knot."
  hold 8s
  note "So can a trainer skilled in corrective exercise."

step "An ergonomics specialist can fix a work space that strains your back."
  hold 7s

step "No phone pinned to your shoulder, no head turned one way, no slumping."
  hold 8s

step "One strain can start a knot: a bad lift, a hard workout, an awkward night."
  hold 9s

step "Or with small strains that add up: posture, muscle imbalances, work habits."
  hold 8s

step "A knot feels tight and stiff, often like a lump under the skin."
  hold 7s

step "Pressing on it can make the muscle twitch. It may hurt, or it may not."
  hold 8s

step "Over 1 adult in 10 in the US lives with a lasting muscle or joint disorder."
  hold 8s

step "Among working adults, no other cause disables more people."
  hold 6s
  note "A review in American Family Physician, 2002."

step "During the moves, mild discomfort is fine. Pain is not: ease off or stop."
  hold 8s
  say "Mild discomfort is fine. Pain is not."
