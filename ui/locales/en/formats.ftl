# How Rust writes dates and times (chrono patterns; %A and %B are named in the language).
# The UI uses Intl with the locale instead.

date-long = %A, %B %-d, %Y
date-medium = %a, %b %-d, %Y
date-short = %a, %b %-d
time-short = %-I:%M %p
date-time-short = %a, %b %-d, %-I:%M %p
