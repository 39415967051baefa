# The Circle list, a person's page, the person form, and the small pieces they share
# (the check-in buttons, the reach links, the reminder switch, the delete confirmation).

## The Circle list

circle-heading = Your circle
circle-add = Add someone
circle-add-submit = Add to my circle
circle-added = Added { $name }
circle-check-in = Check in
    .aria-label = Check in with { $name }
# $relationship is the relationship's word ("Friend"); she keeps this person near the top.
circle-relationship-pinned = { $relationship } · pinned
circle-empty-ask = Who would you like to stay close to? A friend, your sister, another mom from a class.
circle-empty-start = Add one person to start. Village reminds you gently when it has been a while.
circle-show-archived = Show archived people

## Logging a check-in in two taps

circle-log-with = Log a check-in with { $name }
# Said after a check-in is logged. $kind is how: text, call, video, visit, met_at_group or other.
circle-logged =
    { $kind ->
        [text] Logged: text with { $name }
        [call] Logged: call with { $name }
        [video] Logged: video call with { $name }
        [visit] Logged: visit with { $name }
        [met_at_group] Logged: met at a group with { $name }
       *[other] Logged: other with { $name }
    }

## Reaching someone: the phone, messaging or mail app


## The reminder switch on a person's or a group's page ($name is theirs)

reminder-switch-label = Remind me about { $name }
reminder-switch-on = Reminders about { $name } are on
reminder-switch-off = Reminders about { $name } are off

## Deleting for good asks first

delete-confirm-ask = Delete…
delete-confirm-yes = Delete for good
delete-confirm-keep = Keep

## The person form

person-form-name = Name
person-form-relationship = Who they are to you
person-form-cadence = Check in every … days
person-form-cadence-hint = Leave empty for no reminders.
person-form-cadence-whole = Check in every 1 to 365 days, or leave it empty for no reminders.
person-form-phone = Phone
person-form-email = Email
person-form-reach = Other ways to reach them
person-form-birthday = Birthday (optional)
person-form-month = Month
person-form-no-birthday = No birthday
person-form-day = Day
person-form-year = Year, if you know it
person-form-birthday-invalid = That birthday is not a date on the calendar.
person-form-notes = Notes
person-form-pinned = Keep near the top
person-form-paused = Pause reminders for now

## A person's page

person-back = ← Circle
person-not-found = Not found
person-back-to-circle = Back to your circle
# Under the name. $known says which facts there are: both, cadence, birthday or none;
# $cadence is how many days between check-ins, $birthday the birthday as a date ("March 5").
person-facts =
    { $known ->
        [both]
            { $cadence ->
                [one] { $relationship } · every { $cadence } day · birthday { $birthday }
               *[other] { $relationship } · every { $cadence } days · birthday { $birthday }
            }
        [cadence]
            { $cadence ->
                [one] { $relationship } · every { $cadence } day
               *[other] { $relationship } · every { $cadence } days
            }
        [birthday] { $relationship } · birthday { $birthday }
       *[none] { $relationship }
    }
# $words says when the next check-in comes ("in 4 days"); $date is that day.
person-due-on = { $words } ({ $date })
person-archived-note = Archived: not in your circle list and never due.
person-log-heading = Log a check-in
person-earlier = Earlier, or with a note
person-earlier-when = When
person-earlier-how = How
person-earlier-note = A short note (optional)
person-earlier-save = Save check-in
person-earlier-no-date = That is not a date and time on the calendar.

person-reach-heading = Reach out

person-snooze-heading = Not now
person-snooze-hint = Put off the reminder for a while.
person-snooze-no-cadence = Reminders are off for this person.
# A button that puts the reminder off for $days days.
person-snooze-for =
    { $days ->
        [7] A week
        [one] { $days } day
       *[other] { $days } days
    }
person-snooze-day = Or until a day you pick
person-snooze-until = Snooze until then
person-snooze-pick-day = Pick a day after today.
person-snoozed = Snoozed
person-snoozed-until = Snoozed until { $date }.
person-snooze-stop = Stop snoozing

person-reminders-heading = Reminders
person-reminders-paused = Paused: no reminders until you resume them under Edit details.
person-reminders-none = Set how often to check in, or a birthday, and reminders will come.
# $occasions: both, cadence or birthday.
person-reminders-when =
    { $occasions ->
        [both] A notification when it's time to check in, and on their birthday.
        [cadence] A notification when it's time to check in.
       *[birthday] A notification on their birthday.
    }

person-history-heading = Your check-ins
# No count and no target: nothing here is owed.
person-history-empty = Nothing logged yet. Whenever you reach out, it shows here.
person-history-showing = Showing the latest { $shown } of { $total }.
# .aria-label: $kind is how (as in circle-logged), $when the day and time.
person-history-remove = Remove
    .aria-label =
        { $kind ->
            [text] Remove the text on { $when }
            [call] Remove the call on { $when }
            [video] Remove the video call on { $when }
            [visit] Remove the visit on { $when }
            [met_at_group] Remove the met at a group on { $when }
           *[other] Remove the other on { $when }
        }
person-history-removed = Check-in removed

person-details-heading = Details
person-edit-details = Edit details
person-save-changes = Save changes
person-saved = Saved
person-archive = Archive
person-archived = { $name } is archived
person-restore = Restore to my circle
person-restored = { $name } is back in your circle
person-delete-confirm = Delete { $name } and all your check-ins with them? This can't be undone. Archiving keeps them out of the way instead.
person-deleted = { $name } was deleted
