# Groups: her groups, what meets soon, the recent meetings she can mark, a group's page, the
# form to add or edit one, and "I went".

groups-heading = Your groups
groups-add = Add a group
groups-add-heading = Add a group
groups-form-save = Save this group
# The status line; $name is the group she saved.
groups-saved = Saved { $name }
groups-empty = A weekly mom-and-baby group, a support group, a class, a meetup online: save the ones you go to or would like to try.
groups-empty-more = Village shows when each one meets next, and keeps a note of the times you went.
groups-upcoming-heading = Coming up
groups-upcoming-none = Nothing in the next two weeks.
# Meetings she may or may not have gone to: an easy offer, never a roll call.
groups-recent-heading = Recent meetings
groups-recent-hint = From the last two weeks. If you made it to one, mark it here if you like.
groups-all-heading = All your groups
groups-show-archived = Show archived groups
groups-export-all = Add all to my calendar (.ics)
# The status line; $path is where the calendar file went.
groups-calendar-saved = Saved { $path }
groups-you-went = You went

## A group in the list

groups-row-archived = Archived
# $when is the next meeting as the app words it ("Thu, Mar 5, 10:00 AM").
groups-row-next = Next: { $when }
groups-row-no-more = No more meetings on the calendar
groups-row-no-time = No fixed time
# $kind is the kind of group; $schedule when it meets ("Every week on Thursday at 10:00 AM").
groups-row-kind = { $kind } · { $schedule }

## A group's page

group-back = ← Groups
group-not-found = Not found
group-back-to-groups = Back to your groups
group-next = Next: { $when }
group-where-heading = Where
group-contact = Contact: { $contact }
group-open-link = Open the group's link
group-open-link-failed = Could not open the link on this device.
group-meetings-heading = When it meets
group-archived-no-meetings = Archived: no meetings are shown to come.
group-no-more-meetings = No more meetings on the calendar.
# How long before a meeting its reminder comes: $unit is "day", "hour" or "minute", $count how many.
group-reminder-detail =
    A notification { $unit ->
        [day]
            { $count ->
                [one] { $count } day
               *[other] { $count } days
            }
        [hour]
            { $count ->
                [one] { $count } hour
               *[other] { $count } hours
            }
       *[minute]
            { $count ->
                [one] { $count } minute
               *[other] { $count } minutes
            }
    } before each meeting. Change how long under Edit details.
group-export = Add to my calendar (.ics)
group-recent-heading = Recent meetings

## The times she went

group-history-heading = Times you went
group-history-none = None marked yet. Going once is a lot; it counts.
group-history-partial = Showing the latest { $shown } of { $total }.
# $when is when the meeting was ("Mar 5, 2026, 10:00 AM").
group-history-remove = Remove
    .aria-label = Remove the meeting on { $when }
group-history-removed = Removed
# $mood is how she felt after, in lower case.
group-felt-after = Felt { $mood } after

## Editing, archiving and deleting a group

group-details-heading = Details
group-edit-details = Edit details
group-save-changes = Save changes
group-saved = Saved
group-archive = Archive
group-restore = Restore
group-archived = { $name } is archived
group-restored = { $name } is back
group-delete-confirm = Delete { $name } and the times you marked going? Notes in your journal stay. This can't be undone; archiving keeps it out of the way instead.
group-deleted = { $name } was deleted

## The form to add or edit a group

group-form-name = Name
group-form-kind = What kind of group
group-form-schedule = When it meets
group-form-repeats = How often
# Above the weekday boxes of a weekly group.
group-form-days = On
# The 1st, 2nd… or last weekday of the month.
group-form-nth = Which one
group-form-month-day = Day of the week
group-form-date-from = Starting from
group-form-date-first = Date of a first meeting
group-form-date = Date
group-form-time = Starts at
group-form-duration = Lasts (minutes)
group-form-duration-hint = Up to 24 hours (1440 minutes).
group-form-duration-range = A meeting lasts from 1 minute to 24 hours.
group-form-remind = Remind me
# A choice of how long before a meeting its reminder comes: $unit is "day", "hour" or "minute".
group-form-remind-option =
    { $unit ->
        [day]
            { $count ->
                [one] { $count } day before
               *[other] { $count } days before
            }
        [hour]
            { $count ->
                [one] { $count } hour before
               *[other] { $count } hours before
            }
       *[minute]
            { $count ->
                [one] { $count } minute before
               *[other] { $count } minutes before
            }
    }
group-form-place = Where (an address)
group-form-link = Link (for online groups)
group-form-link-input =
    .placeholder = https://
group-form-link-hint = A web address starting with https://
group-form-contact = Contact
group-form-contact-hint = Who runs it, or how to reach them.
group-form-notes = Notes

## "I went"

attend-open = I went
    .aria-label = I went to { $group }, { $when }
# For a group with no fixed time: she went today.
attend-open-today =
    .aria-label = I went to { $group }, today
attend-title = Glad you went. How did you feel after?
attend-hint = Optional. It goes in your journal, tagged with the group.
attend-mood =
    .aria-label = How did you feel after? (optional)
attend-note = A few words (optional)
attend-save = Save that I went
attend-cancel = Not now
attend-saved = Marked: you went to { $group }
