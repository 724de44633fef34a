move "Offsets"
step "Stand."
  pose stand 1s
  hold 2s
  say "Late" at +5s
  say "Early" at end-4s
  say "Exactly at the end" at end
step "Move only."
  pose stand 1s
  sound bell at hold
