# Notifications: what she sees on her device when a reminder comes, with the window open or
# closed. Warm and short; never a count of what she owes.

# $name: someone from her circle.
notification-birthday-title = It's { $name }'s birthday today
notification-birthday-body = A good day to send a few warm words.
notification-check-in-title = Time to check in with { $name }
notification-check-in-body = A quick hello is enough: a text, a call or a voice note.
# Several people at once; $count is how many.
notification-check-ins-title =
    { $count ->
        [one] { $count } person might love a hello
       *[other] { $count } people might love a hello
    }
# $names: the first few, as a list, or notification-names-and-others.
notification-check-ins-body = { $names }. A quick hello is enough: a text, a call or a voice note.
# $names: the first few, joined with commas; $others: how many more.
notification-names-and-others =
    { $others ->
        [one] { $names } and { $others } other
       *[other] { $names } and { $others } others
    }
# $group: the group's name; $at: "at 10:30 AM".
notification-meeting-today-title = { $group } starts { $at }
notification-meeting-tomorrow-title = { $group } meets tomorrow { $at }
# $duration: how long until it starts, "1 hour".
notification-meeting-body = It starts in { $duration }.
# $place: the first line of where it meets.
notification-meeting-body-place = It starts in { $duration }. At { $place }.
notification-meeting-body-online = It starts in { $duration }. Online.
notification-nudge-title = How are you today?
notification-nudge-body = One tap is enough, whenever you like.
# While Village is locked, a notification says only that a reminder is due: anyone may see it.
notification-locked-title = Village
notification-locked-body = You have a reminder
# The first time she closes the window.
notification-still-here-title = Village is still here
notification-still-here-body = Your reminders keep coming with the window closed. To stop them, choose Quit Village in Settings or in the tray menu.
# A click on a notification.
notification-open = Open Village
