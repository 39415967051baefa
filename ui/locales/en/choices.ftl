# The words for each value of a choice (core's contract.rs names the ids).

check-in-kind-call = Call
check-in-kind-met-at-group = Met at a group
check-in-kind-other = Other
check-in-kind-text = Text
check-in-kind-video = Video call
check-in-kind-visit = Visit

group-kind-class = Class
group-kind-mom-and-baby = Mom-and-baby group
group-kind-online-community = Online community
group-kind-other = Other
group-kind-support-group = Support group
group-kind-virtual-meetup = Virtual meetup

mood-1 = Very hard
mood-2 = Hard
mood-3 = Okay
mood-4 = Good
mood-5 = Great

nth-1 = 1st
nth-2 = 2nd
nth-3 = 3rd
nth-4 = 4th
nth-5 = 5th
nth-last = Last

relationship-friend = Friend
relationship-family = Family
relationship-mom-friend = Mom friend
relationship-partner = Partner
relationship-professional = Professional
relationship-other = Other

repeats-none = No fixed time
repeats-once = Just once
repeats-weekly = Every week
repeats-every-other-week = Every other week
repeats-monthly = Once a month

# The tags a new journal starts with; she can rename, merge or ignore them.
starter-tag-tired = tired
starter-tag-anxious = anxious
starter-tag-lonely = lonely
starter-tag-hopeful = hopeful
starter-tag-slept-well = slept well
starter-tag-got-outside = got outside
starter-tag-saw-a-friend = saw a friend
