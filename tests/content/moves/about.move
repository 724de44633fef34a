move "About these moves"
summary "What to expect before you start."
area back
equipment none
figure none
caution "Not medical advice. See a doctor about severe pain."

step "Mild discomfort is fine while you move. Sharp pain is not: stop and rest."
  hold 8s
step "Move slowly and breathe out as you stretch."
  note "Each move shows its hold time in the ring."
  hold 6s
