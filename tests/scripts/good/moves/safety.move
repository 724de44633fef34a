# Cards: no figure, automatic cues off, a rest without a caption.
move "Before you start"
summary "When to see a doctor, and how these moves should feel."
figure none
cues off
caution "Not medical advice."
caution "Mild discomfort is fine; pain is not."
source "Consumer-health articles on back knots."

step "See a doctor first when the pain is severe or stops you doing everyday things."
  hold 8s
  countdown 0
step "Mild discomfort is fine during these moves. Pain is not."
  note "Stop and rest if it hurts."
  hold 6s
rest 3s
