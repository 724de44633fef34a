move "A good move among bad ones"
step "Stand."
  pose stand
  hold 2s
