# Every sentence an error says: Rust's errors (core, the shell, the CLI) and the window's own.
# Paths, numbers and what she typed are arguments; { $reason } is another error's sentence.

## What went wrong with Village's data or the disk it is on.

error-storage = Village could not read or save its data just now. Nothing you entered was lost; please try again.
error-busy-restore = Village is restoring a backup. Try again in a moment.
error-busy-rekey = Village is changing your passphrase. Try again in a moment.
error-locked = Village's data is locked. Unlock it with your passphrase.
error-wrong-passphrase = That passphrase doesn't open { $path }.
error-no-key = { $path } is not a Village database, or it is encrypted with a passphrase other than the one Village has now. Village left it untouched.
error-corrupt = { $path } is not a Village database or is damaged. Village left it untouched.
error-unwritable = Village cannot write its data at { $path }: { $reason }.
error-too-new = { $path } was written by a newer version of Village (schema { $found }); this one knows up to { $known }.
error-full = Your device is full, so this wasn't saved. Free some space, then save again; what you wrote is still here.
error-read-only = Village can't save right now: the disk its data is on can only be read. Everything saved before is still there and can be read.
error-contended = Another Village program was saving at the same moment, so this wasn't saved. Please save again.

# Why the system refused a file, after "Village cannot write its data at …:" or in brackets.
error-io-permission = permission was denied
error-io-read-only = the disk can only be read
error-io-full = the device is full
error-io-missing = it does not exist
# The system's own words, for a refusal Village has no words of its own for.
error-io-other = { $detail }

## Something she was looking at is gone.

error-not-found-person = We couldn't find that person. They may have been removed from your circle.
error-not-found-check-in = We couldn't find that check-in. It may have been removed.
error-not-found-group = We couldn't find that group. It may have been removed.
error-not-found-note = We couldn't find that note. It may have been removed.
error-not-found-deleted-note = We couldn't find that note to bring back. It may already be back, or too much time has passed to undo.
error-not-found-tag = We couldn't find that tag. It may have been merged into another one.
error-not-found-self-check = We couldn't find that self-check. It may have been removed.
error-not-found-plan-person = We couldn't find someone on your plan. They may have been removed from your circle.
error-not-found-backup = We couldn't find that backup. It may have been moved or removed.

## Restoring, recovering and encrypting her journal.

error-recover-not-needed = Your journal opens as it is, so nothing was replaced.
error-recover-name-taken = A file set aside a moment ago has that name; try again in a second.
error-restore-file-open = Another Village window or village-cli has your data open. Close it, then restore again.
error-backup-unencrypted = The backup came out unencrypted, so it was not kept.
error-copy-incomplete = The new copy of { $path } did not hold everything the old one did.
error-rekey-incomplete = The new copy did not hold everything the old one did, so nothing was changed.
error-key-not-made = The key could not be made: { $detail }
error-prepare-data = Village could not prepare its data: { $detail }
# After "Village cannot write its data at …:", for a journal on a disk that can only be read.
error-io-needs-update = its disk can only be read, and the file needs an update (schema { $found } to { $known }) that can't be written
error-io-cannot-open = the file could not be opened there

## Two changes that cannot both stand.

error-tag-taken = There is already a tag called “{ $name }”. Merge the two instead.
error-meeting-marked = You already marked that you went to this meeting.

## Files she exports or imports.

error-export-format = Choose json, csv, markdown or ics to export as.
error-import-format = Choose json (a Village export), daylio or vcard to import.
error-file-too-large = That file is larger than { $megabytes } MB; Village reads files up to that size.
error-file-not-utf8 = That file is not UTF-8 text (line { $line }). Save it as UTF-8 and try again.
# { $detail } is the JSON reader's own words.
error-json-unreadable = That file is not readable JSON: { $detail } (line { $line }, column { $column }).
error-not-village-export = That file is not a Village export: it has no "format": "village-export".
error-export-too-new = That export is version { $version }, from a newer Village; this one reads up to version { $known }.
error-export-no-version = That Village export has no version this Village knows.
error-export-field = That Village export has a field Village can't read: { $detail } (line { $line }, column { $column }).
# Which record of an export a problem is in; { $list } is the file's own name for the list ("people").
error-in-record = In { $list }, number { $number }: { $reason }
error-in-named-record = In { $list }, number { $number } (“{ $name }”): { $reason }
error-in-setting = In settings, { $key }: { $reason }
# The file's own field names (person_id, group_id, meeting_start) stay as the file writes them.
error-check-in-needs-owner = A check-in needs a person_id or a group_id.
error-meeting-start-without-group = A meeting_start belongs only on a group's check-in.
error-self-check-future = A self-check can't be dated in the future.
error-score-mismatch = The score is { $score } but the answers add up to { $sum }.
error-setting-value = “{ $value }” is not a value Village uses for { $key }.
error-record-dangling = it names a person, group or note that is neither in the file nor in Village.
error-vcard-no-cards = That file has no contact cards: Village looks for BEGIN:VCARD.
error-own-database = { $path } is Village's own database; pick another file or folder.
error-no-file = There is no file at { $path }.
error-not-village-database = { $path } is a SQLite file but not a Village database this version can read.

## Daylio's CSV export and the mood names in it.

error-mood-map-pair = “{ $pair }” needs a mood number: name=1 to 5.
error-mood-map-number = “{ $name }” needs a mood from 1 to 5.
error-mood-map-name = A mood name is 1 to 100 characters.
# { $names } is a list of her mood names, each in quotes.
error-moods-unmapped = Give { $names } a mood from 1 to 5 first.
error-daylio-header = Line 1 is not Daylio's header. Village looks for the columns full_date (or year and date), time and mood, as Daylio writes them ({ $expected }); this file has { $found }.
error-daylio-header-empty = Line 1 is not Daylio's header. Village looks for the columns full_date (or year and date), time and mood, as Daylio writes them ({ $expected }); this file has nothing.
error-daylio-full-date = “{ $text }” is not a date (Daylio writes 2024-03-05).
error-daylio-year = “{ $text }” is not a year.
error-daylio-day = “{ $text }” is not a day and month Village reads (Daylio writes June 22, or 22 de junio).
error-daylio-no-such-day = “{ $text }” { $year } is not a date on the calendar.
# The reasons below follow "Line 14:".
error-daylio-time = “{ $text }” is not a time (Daylio writes 20:15 or 8:15 PM).
error-daylio-mood-empty = the mood is empty.
error-daylio-note-too-long = this entry has more than { $tags } activities. Village keeps { $tags } as tags and adds the rest to the end of the note, but the note would then be longer than { $max } characters. Shorten that entry's note in Daylio and export again.
error-daylio-quote-open = a quoted note is never closed. The file may be cut short; export it from Daylio again.
error-csv-columns = it has { $columns ->
        [one] 1 column
       *[other] { $columns } columns
    } where this file's header has { $expected }. The file may be cut short or not from Daylio.
error-csv-not-utf8 = it is not UTF-8 text.
error-csv-unreadable = Village could not read it as CSV.
error-on-line = Line { $line }: { $reason }

## What she typed, and why it was not kept. { $label } names the field, from the labels below.

error-text-empty = { $label } can't be empty.
error-text-control = { $label } has a hidden control character; please retype it.
error-text-too-long = { $label } can be at most { $max } characters; this is { $length }.
error-text-markup = { $label } can't hold HTML tags like <b>; please write it as plain text.
error-label-name = The name
error-label-tag = A tag
error-label-note = The note
error-label-notes = Notes
error-label-place = Where it meets
error-label-contact = The contact
error-label-link = The link
error-label-phone = The phone number
error-label-email = The email address
error-label-reach = How to reach them

error-mood = Pick one of the five moods.
error-energy = Energy goes from 1 to 5.
error-sleep-hours = Hours slept go from 0 to 24, in half hours.
error-note-future = A note can't be dated in the future.
error-too-many-tags = A note can have at most { $max } tags.
error-month = That is not a month on the calendar.
error-trend-days = Show trends over 7 to 366 days.
error-trend-start = That range starts before the calendar.
error-merge-same-tag = Pick two different tags to merge.

error-relationship = Choose friend, family, mom friend, partner, professional or other.
error-birthday-date = That birthday is not a date on the calendar.
error-birthday-year = That birth year is too long ago.
error-birthday-future = A birthday can't be in the future.
error-phone = A phone number has digits, and may have spaces, +, -, ( and ).
error-email = That email address doesn't look complete (like name@example.com).
error-cadence = Check in every 1 to 365 days, or leave it empty for no reminders.
error-snooze-days = Snooze for 1 to 365 days.
error-snooze-after-today = Pick a day after today.
error-snooze-within-year = Pick a day within the next year.
error-check-in-kind = Choose text, call, video, visit, met at a group or other.
error-check-in-future = A check-in can't be in the future.
error-check-in-too-old = That date is too long ago for a check-in.

error-group-kind = Choose a support group, mom-and-baby group, class, online community, virtual meetup or other.
error-link-https = A link must be a web address starting with https:// (like https://example.org/group).
error-link-too-long = The link can be at most { $max } characters.
error-remind-minutes = Choose a reminder from 5 minutes to a day before the meeting.
error-nth = Pick the 1st, 2nd, 3rd, 4th, 5th or last of the month.
error-weekday = That is not a day of the week.
error-schedule-date = Pick the date it meets on.
error-schedule-date-range = Pick a date between the years 2000 and 2100.
error-weekdays-none = Pick at least one day of the week it meets on.
error-weekdays-one = Pick the one day of the week it meets on.
error-repeats = Choose weekly, every other week, monthly, once, or no fixed time.
error-start-time = Pick the time it starts.
error-start-time-format = That is not a time of day (from 00:00 to 23:59).
error-duration = A meeting lasts from 1 minute to 24 hours.
error-calendar-archived = This group is archived. Restore it to add it to a calendar.
error-calendar-no-times = This group has no meeting times to add to a calendar.
error-calendar-none-timed = None of your groups has meeting times to add to a calendar yet.
error-attend-no-times = This group has no set meeting times; mark that you went today instead.
error-attend-wrong-time = The group doesn't meet at that time.
error-attend-not-started = That meeting hasn't started yet. Mark it once you're there.
error-attend-too-old = That meeting is too long ago to mark.

error-date = That is not a date on the calendar.
error-date-time = That is not a date and time on the calendar.
error-time-skipped = That time was skipped when the clocks changed; pick another.

error-theme = Choose light, dark, or match your device.
error-time-of-day = Use a time of day such as 21:00.
error-quiet-hours-same = Quiet hours need different start and end times.
error-reminder-daytime = Pick a time between 06:00 and 22:00, so reminders never come in the night.
error-text-size = Choose a text size from 100 to 200 percent.
error-idle-lock = Choose never, or 5, 15 or 60 minutes.
error-birth-date-future = The birth date can't be in the future.
error-birth-date-old = Village keeps a birth date from the last { $years } years.

error-passphrase-control = A passphrase can't contain control characters such as tabs or line breaks.
error-passphrase-empty = Type your passphrase.
error-passphrase-too-short = A passphrase needs at least { $min } characters.
error-passphrase-too-long = A passphrase can have at most { $max } characters.
error-not-encrypted = { $path } is not encrypted.
error-remembered-key = The remembered key is not one Village wrote.

error-seed-profile = Choose five-years or heavy.
error-seed-too-early = That date is too early to generate from.

## The window's own refusals (the shell's commands).

error-snooze-choose = Choose how long to snooze.
error-import-no-file = Choose a file to import first.
error-backup-gone = That backup is no longer in the backups folder.
error-file-unreadable = Village could not read { $name } ({ $reason }).
error-not-a-local-place = That place isn't a folder on this device; pick one that is.
error-own-data-file = That is Village's own data file. Pick another name or folder.
error-save-file = Village could not save the file there ({ $reason }). Nothing else was changed; try another folder.
error-passphrases-differ = The two new passphrases are not the same. Type it again in both boxes.
error-no-passphrase = Your journal has no passphrase to turn off.
error-current-passphrase-empty = Type your current passphrase first.
error-current-passphrase-wrong = That isn't your current passphrase. Nothing was changed.
error-login-entry-unread = Village could not read whether it starts when you log in.
error-login-entry-add = Village could not add itself to the apps that start when you log in.
error-login-entry-remove = Village could not remove itself from the apps that start when you log in.

## village-cli's own refusals, at the terminal. Flags (--db, --format …) stay as typed.

error-cli-file = { $path }: { $reason }
error-cli-no-database = There is no Village database at { $path }. Pass --db PATH to use another one.
error-cli-no-data-folder = Village cannot find this system's data folder. Pass --db PATH or set VILLAGE_DATA_DIR.
error-cli-needs-passphrase = { $path } is encrypted. Pass --passphrase-file FILE, or run this at a terminal to be asked.
# { $holds } says what it holds ("1 mood note").
error-cli-not-empty = { $path } already holds { $holds }. seed only fills an empty database: pass --db with a new file.
error-cli-unreadable = Village cannot read { $path }: { $reason }.
error-cli-unwritable = Village cannot write { $path }: { $reason }.
error-cli-is-the-database = { $path } is the Village database itself; choose another file.
error-cli-unknown-format = Village cannot tell what kind of file { $path } is. Say it with --format json, daylio or vcard.
# Core's reason, then how to say it at the terminal.
error-cli-guided = { $reason } { $how }
error-cli-mood-flag = Use --mood 1 (very hard) to 5 (great).
error-cli-unmapped-moods = { $reason } Pass --mood-map { $example }, with each N from 1 (very hard) to 5 (great).
error-cli-terminal = Village cannot write to the terminal: { $reason }.
error-cli-prompt = Village cannot read the terminal: { $reason }.
error-cli-runtime = Village could not start: { $detail }

## The window's words for an error that came without a sentence of its own.

error-code-invalid = Please check what you entered.
error-code-not-found = We couldn't find that. It may have been removed.
error-code-conflict = That changed in the meantime. Please try again.
error-code-locked = Village is locked. Unlock it to go on.
error-code-storage = Village could not read or save its data just now. Nothing you entered was lost; please try again.
error-code-internal = Something inside Village went wrong, and nothing was changed. Please try again.
error-not-connected = Village's window is not connected to the app.

## Pieces other messages are built with.

# Items of a list, as a sentence says them: "“a”, “b” and “c”".
error-list-and = { $items } and { $last }
error-quoted = “{ $text }”
