# Words village-core and the shell write for her: where someone in her circle stands, the
# connection pulse, when groups meet, the readable exports, import reports and backups.

## Parts of sentences

# A list of two or more: $first is every item but the last, already joined with commas.
list-and = { $first } and { $last }
duration-minutes =
    { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
duration-hours =
    { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }
duration-hours-minutes =
    { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
# A time of day on a 12-hour clock: $hour is 1 to 12, $minutes two digits ("05"), $half is
# "am" or "pm".
time-of-day =
    { $half ->
        [am] { $hour }:{ $minutes } AM
       *[pm] { $hour }:{ $minutes } PM
    }
# $time is a time of day ("6:30 PM"); $hour its hour on a 12-hour clock, for languages that
# say one o'clock differently (Spanish "a la 1:00", "a las 6:30"). English needs no change.
time-at =
    { $hour ->
       *[other] at { $time }
    }
time-until =
    { $hour ->
       *[other] until { $time }
    }
# A weekday after "every": "Every Tuesday and Thursday", "Every other Monday".
day-every-mon = Monday
day-every-tue = Tuesday
day-every-wed = Wednesday
day-every-thu = Thursday
day-every-fri = Friday
day-every-sat = Saturday
day-every-sun = Sunday

## Where someone in her circle stands, beside their name. Never a debt: nobody is "overdue".

due-might-love-a-hello = might love a hello
due-today = a good day to say hello
due-tomorrow = tomorrow
due-in-days =
    { $days ->
        [one] in { $days } day
       *[other] in { $days } days
    }
due-no-reminders = no reminders
due-paused = paused
due-archived = archived
# When she was last in touch with someone whose time has come: the further back, the rounder.
due-last-in-touch-days =
    { $count ->
        [one] last in touch yesterday
       *[other] last in touch { $count } days ago
    }
due-last-in-touch-weeks =
    { $count ->
        [one] last in touch a week ago
       *[other] last in touch { $count } weeks ago
    }
due-last-in-touch-months =
    { $count ->
        [one] last in touch a month ago
       *[other] last in touch { $count } months ago
    }
due-last-in-touch-long-ago = last in touch over a year ago

## The connection pulse on Today

pulse-nothing-yet = Nothing logged yet. When you text, call or see someone, log it and it shows here.
# $days since she last connected (0 is today); $name is who.
pulse-with-person =
    { $days ->
        [0] You connected today, with { $name }.
        [1] You last connected yesterday, with { $name }.
       *[other] You last connected { $days } days ago, with { $name }.
    }
# $group: the group she went to.
pulse-at-group =
    { $days ->
        [0] You connected today, at { $group }.
        [1] You last connected yesterday, at { $group }.
       *[other] You last connected { $days } days ago, at { $group }.
    }

## When a group meets. $at is "at 10:00 AM" (time-at); $duration is "1 hour 30 minutes".

schedule-no-fixed-time = No fixed time
schedule-daily = Every day { $at }, for { $duration }
# $days: the weekdays as a list, each from day-every-* ("Tuesday and Thursday").
schedule-weekly = Every { $days } { $at }, for { $duration }
# $day: from day-every-*.
schedule-every-other-week = Every other { $day } { $at }, for { $duration }
# $nth: one of schedule-nth-*; $day: the weekday's name (date-weekday in formats.ftl).
schedule-monthly = The { $nth } { $day } of each month { $at }, for { $duration }
# $date: the day, "Sat, Dec 5, 2026".
schedule-once = Once, on { $date } { $at }, for { $duration }
schedule-nth-1 = 1st
schedule-nth-2 = 2nd
schedule-nth-3 = 3rd
schedule-nth-4 = 4th
schedule-nth-5 = 5th
schedule-nth-last = last
# A meeting said from where she stands. $until is "until 11:30 AM" (time-until).
meeting-now = Now, { $until }
meeting-today = Today { $at }
meeting-tomorrow = Tomorrow { $at }
meeting-yesterday = Yesterday { $at }
# $day: the weekday's name (date-weekday in formats.ftl), within the coming week.
meeting-weekday = { $day } { $at }
# $date: "Sat, Nov 28", with the year when it is another year's.
meeting-date = { $date } { $at }

## The calendar file (.ics) her calendar app shows

calendar-name = Village groups
calendar-contact = Contact: { $contact }

## The journal as a Markdown file to read or print

journal-export-title = My Village journal
# A note's heading: its time, its mood's word and number.
journal-export-note = { $time } · { $mood } ({ $number } of 5)
journal-export-tags = Tags: { $tags }

## Imports: what a file will add, and what she should know about how it was read

# What a file dialog's filter calls each kind of file.
import-format-json = a Village export
import-format-daylio = a Daylio export
import-format-vcard = contacts (vCard)
# A mood note in the preview: its day and its mood's word.
import-preview-note = { $date } · { $mood }
import-count-mood-notes =
    { $count ->
        [one] { $count } mood note
       *[other] { $count } mood notes
    }
import-count-people =
    { $count ->
        [one] { $count } person
       *[other] { $count } people
    }
import-count-check-ins =
    { $count ->
        [one] { $count } check-in
       *[other] { $count } check-ins
    }
import-count-groups =
    { $count ->
        [one] { $count } group
       *[other] { $count } groups
    }
import-count-tags =
    { $count ->
        [one] { $count } tag
       *[other] { $count } tags
    }
import-count-self-checks =
    { $count ->
        [one] { $count } self-check
       *[other] { $count } self-checks
    }
import-count-safety-plan-steps =
    { $count ->
        [one] { $count } safety plan step
       *[other] { $count } safety plan steps
    }
import-count-settings =
    { $count ->
        [one] { $count } setting
       *[other] { $count } settings
    }
import-count-nothing = nothing
# $count: how many records are added (0 is none); $added lists them ("12 mood notes and 3 tags").
import-added =
    { $count ->
        [0] Added nothing.
       *[other] Added { $added }.
    }
# $updated lists the records the file had newer copies of.
import-added-and-updated =
    { $count ->
        [0] Added nothing and updated { $updated }.
       *[other] Added { $added } and updated { $updated }.
    }
import-will-add =
    { $count ->
        [0] This will add nothing.
       *[other] This will add { $added }.
    }
import-will-add-and-update =
    { $count ->
        [0] This will add nothing and update { $updated }.
       *[other] This will add { $added } and update { $updated }.
    }
# $count: how many records are already here as the file has them; $unchanged lists them.
import-unchanged =
    { $count ->
        [one] { $unchanged } already in Village is left as it is.
       *[other] { $unchanged } already in Village are left as they are.
    }
# Added to a note: the Daylio activities past the tag limit.
import-daylio-also = Also: { $activities }
# $count: how many entries; $max: the tag limit; $lines: which lines (import-lines).
import-daylio-crowded =
    { $count ->
        [one] { $count } entry had more than { $max } activities: the first { $max } became tags and the rest were added to the end of the note ({ $lines }).
       *[other] { $count } entries had more than { $max } activities: the first { $max } became tags and the rest were added to the end of the note ({ $lines }).
    }
# $numbers: line numbers joined with commas.
import-lines =
    { $count ->
        [one] line { $numbers }
       *[other] lines { $numbers }
    }
import-lines-and-more = lines { $numbers } and { $more } more
# A name from her file, quoted.
import-quoted = “{ $text }”
# $columns: the quoted column names as a list.
import-daylio-columns-left-out =
    { $count ->
        [one] Village does not keep the column { $columns }, so it was left out.
       *[other] Village does not keep the columns { $columns }, so they were left out.
    }
import-vcard-outside = Line { $line } is outside any card (BEGIN:VCARD … END:VCARD).
import-vcard-no-end = The card on line { $line } has no END:VCARD; the file may be cut short.
import-vcard-unreadable = The card on line { $line } could not be read.
import-vcard-no-name = The card on line { $line } has no name (FN or N), nickname, organization or email, so it was left out.
# $reason: why the person form refused it.
import-vcard-refused = The card on line { $line } was left out: { $reason }
# $note: what of the card was left out (import-vcard-birthday-unread).
import-vcard-card-note = The card on line { $line }: { $note }
import-vcard-birthday-unread = { $name }’s birthday “{ $text }” is not a date Village reads, so it was left out.
# Written into the person's notes: the numbers and addresses that did not fit the form.
import-vcard-other-phones = Other phones: { $phones }
import-vcard-other-emails = Other emails: { $emails }

## Backups

backup-daily-skipped = Today's automatic backup wasn't made: the device has { $megabytes } MB free, and Village keeps that room for your journal. Once there is more space, the next one is made as usual.
# A backup in the list; $when is its date and time.
backup-daily = Daily backup, { $when }
backup-before-update = Kept before an update, { $when }
backup-before-restore = Kept before a restore, { $when }
backup-other = Saved here, { $when }
backup-when-unknown = date unknown
# $date: the backup's day ("Saturday, November 21, 2026"); $time: its time.
backup-when = { $date }, { $time }

## The system's file dialogs

dialog-export-json = Export everything
dialog-export-csv = Export mood notes
dialog-export-markdown = Export my journal
dialog-export-ics = Save to a calendar file
dialog-import-json = Import a Village export
dialog-import-daylio = Import from Daylio
dialog-import-vcard = Import contacts
dialog-backup = Back up Village
dialog-restore = Restore a backup
# What each filter in a dialog lists.
dialog-filter-json = Village export (.json)
dialog-filter-csv = Spreadsheet (.csv)
dialog-filter-markdown = Markdown (.md)
dialog-filter-ics = Calendar (.ics)
dialog-filter-backup = Village backup (.db)
dialog-filter-all = All files
