# How Rust writes dates (chrono patterns; %A and %B are named in the language). Times are
# words in core.ftl (time-of-day): chrono has no a. m./p. m. for Spanish. The UI uses Intl.

date-long = %A, %B %-d, %Y
date-medium = %a, %b %-d, %Y
date-short = %a, %b %-d
# A weekday's name alone, from the locale's data ("Monday").
date-weekday = %A
