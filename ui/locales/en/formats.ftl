# How Rust writes dates (chrono patterns; %A, %a, %B and %b are named below). Times are
# words in core.ftl (time-of-day): chrono has no a. m./p. m. for Spanish. The UI uses Intl.

date-long = %A, %B %-d, %Y
date-medium = %a, %b %-d, %Y
date-short = %a, %b %-d
# A weekday's name alone ("Monday").
date-weekday = %A

# The names the patterns above print for %A and %a (n: 0 is Sunday) and %B and %b (n: 1 is
# January), as the US English locale data has them.
date-weekday-long = { $n ->
    [0] Sunday
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
   *[6] Saturday
}
date-weekday-short = { $n ->
    [0] Sun
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
   *[6] Sat
}
date-month-long = { $n ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
date-month-short = { $n ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
