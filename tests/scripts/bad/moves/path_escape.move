move "Paths"
figure ../figures/side
step "Stand."
  pose stand
  hold 2s
  sound ../../etc/passwd
  sound /etc/passwd at hold
  sound sounds/missing.wav
  clip sheets/heat.json
