move "Misspelt names"
figure sied
step "Kneel."
  pose al_fours 1s
  hold 2s
  sound chmie
  prop rolller
  clip flam
step "Round."
  pose kat
  cycle cat cwo every 1s
  hold 3s
