move "Typos"
summry "A misspelt statement."
Step "Capital letters."
  pose stand
  hodl 2s
  frobnicate
