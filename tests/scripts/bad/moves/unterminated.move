move "Unterminated
step "Stand.
  pose stand
  hold 2s
  say "Escapes: \t are not allowed"
