# village-cli: what it writes at a terminal, and its --help.

## --help

cli-help-about = Village from a terminal: the same data as the app, on this device only.
cli-help-db = The Village database to use; VILLAGE_DB says the same. Without either, the app's own: $VILLAGE_DATA_DIR/village.db, or village.db in the app's data folder.
cli-help-passphrase-file = For an encrypted database: a file whose first line is the passphrase. Without it, the passphrase is asked at the terminal. It is never taken as an argument.
cli-help-lang = The language to write in: en or es. Without it, the system's (LANG), else English.
cli-help-export = Write everything out as a file: json (all of it), csv or markdown (the journal), ics (groups).
cli-help-export-format = json (everything, and what `import` reads back), csv or markdown (the journal), ics (groups).
cli-help-export-out = Write to FILE instead of stdout; it appears only once it is whole.
cli-help-import = Bring in a Village export, a Daylio CSV export, or contacts from a vCard file.
cli-help-import-format = json (a Village export), daylio (Daylio's CSV export) or vcard (contacts). Without it, the file's extension says: .json, .csv, .vcf.
cli-help-import-mood-map = What Daylio mood names mean on Village's 1 to 5 scale, such as rad=5,good=4,sleepy=3. Daylio's own five (rad, good, meh, bad, awful) are known already.
cli-help-import-dry-run = Show what the import would add, and change nothing.
cli-help-import-file = The file to import.
cli-help-backup = Save a checked copy of the whole database to FILE.
cli-help-backup-file = Where the copy goes; a file already there is replaced only once the copy is whole.
cli-help-restore = Replace the database with a backup, after checking the backup is whole and Village's.
cli-help-restore-file = A backup made by `village-cli backup` or by the app.
cli-help-doctor = Check the database: integrity, schema version, and how much it holds; for one that will not open, the backups beside it that would.
cli-help-recover = Open a journal that will not open from one of its backups (by the name `doctor` lists); the file that would not open is kept in the backups folder.
cli-help-recover-name = A backup's file name in the backups folder, as `doctor` lists it.
cli-help-today = Who might love a hello, the next group meeting, and the connection pulse.
cli-help-today-json = One JSON object instead of sentences, for scripts.
cli-help-note = Write a mood note: `village-cli note --mood 4 --tag walk A slow morning, then the park`.
cli-help-note-mood = 1 (very hard), 2 (hard), 3 (okay), 4 (good) or 5 (great).
cli-help-note-tags = A tag; give --tag again for more.
cli-help-note-text = The note itself; the words after the options are joined with spaces.
cli-help-seed = Fill an empty database with generated data: --profile five-years or heavy, [--seed N].
cli-help-seed-profile = five-years (about 5,500 notes, 60 people, 15 groups) or heavy (100,000 notes, 2,000 people).
cli-help-seed-seed = Any number: the same seed always gives the same store.
cli-help-help = Print help
cli-help-version = Print version
cli-help-help-command = Print this message or the help of the given subcommand(s)
# clap's headings; a colon follows each.
cli-help-usage = Usage:
cli-help-commands = Commands
cli-help-options = Options
cli-help-arguments = Arguments
# A --lang value Village does not speak.
cli-lang-choose = Choose en (English) or es (Español).

## today

cli-today-nobody-yet = Nobody in your circle yet: add someone you would like to stay close to, and Village lets you know when it has been a while.
cli-today-nobody-due = Nobody is due for a check-in.
# Before the people who might love a hello; never a list of what she owes.
cli-today-due-heading = Might love a hello:
# $name: someone from her circle; $words: where they stand ("last in touch 2 weeks ago").
cli-today-due-person = { $name } · { $words }
# $group: the group; $when: "Tomorrow at 10:00 AM".
cli-today-next-meeting = Next meeting: { $group } · { $when }
cli-today-no-groups = No saved groups yet.
cli-today-no-meetings = No group meetings coming up.
cli-today-birthdays-heading = Birthdays this week:
# $when is "today", "tomorrow" or "later" (then $day names the weekday); $turns is the age
# they turn, or 0 when the year of birth is not known.
cli-today-birthday =
    { $turns ->
        [0]
            { $when ->
                [today] { $name } · today
                [tomorrow] { $name } · tomorrow
               *[later] { $name } · { $day }
            }
       *[other]
            { $when ->
                [today] { $name } · today, turns { $turns }
                [tomorrow] { $name } · tomorrow, turns { $turns }
               *[later] { $name } · { $day }, turns { $turns }
            }
    }
# $weeks since the birth: 2, 6 or 12.
cli-today-prompt =
    { $weeks ->
        [one] { $weeks } week since your baby arrived: many mothers take a few minutes around now to look at how the last two weeks have been. The self-check is under Help in Village.
       *[other] { $weeks } weeks since your baby arrived: many mothers take a few minutes around now to look at how the last two weeks have been. The self-check is under Help in Village.
    }
# The calm card, as the app's Today has it.
cli-care-self-harm = Your last self-check suggested reaching out. You deserve support today.
cli-care-low-days = Your notes say the last few days have been hard. You don't have to carry that alone.
cli-care-self-check = Your last self-check says the past two weeks have been hard. You don't have to carry that alone.
cli-care-crisis = 988 Suicide & Crisis Lifeline: call or text 988. If you or your baby are in immediate danger, call 911.
# $name: someone from her circle she can reach.
cli-care-suggestion = Maybe reach out to { $name } today. A short text is enough.
cli-care-no-suggestion = Someone you trust, or one of these lines, can help.
cli-care-hotline = US National Maternal Mental Health Hotline: call or text 1-833-TLC-MAMA (1-833-852-6262). 24/7, free, in English and Spanish.

## note

# $date: the note's day; $mood: its mood's word.
cli-note-saved = Saved a mood note for { $date }: { $mood }.
# $tags: her tags, joined with commas.
cli-note-saved-tagged = Saved a mood note for { $date }: { $mood }, tagged { $tags }.

## import

cli-import-skipped-heading = Left out, as they could not be read:
cli-import-first-heading = First entries:
# A preview row: what it is, and her words from it.
cli-import-row = { $title } · { $detail }
# $example: the --mood-map she would type, with N for each number.
cli-import-unmapped = Entries whose mood has no number are left out; pass --mood-map { $example }, with each N from 1 (very hard) to 5 (great).
cli-import-dry-run = Nothing was changed (--dry-run).
cli-import-moods-heading = Moods in this file:
# $name: a mood as her file names it; $entries: how many entries have it; $means: what it maps to.
cli-import-mood =
    { $entries ->
        [one] { $name } ({ $entries } entry) → { $means }
       *[other] { $name } ({ $entries } entries) → { $means }
    }
# $number: 1 to 5; $word: its mood's word.
cli-import-mood-means = { $number } ({ $word })
cli-import-mood-no-number = no number yet

## export, backup, restore, seed

# $path: where the file was written.
cli-exported-json = Exported everything as a Village export (JSON) to { $path }.
cli-exported-csv = Exported the journal as CSV to { $path }.
cli-exported-markdown = Exported the journal as Markdown to { $path }.
cli-exported-ics = Exported the groups as a calendar (.ics) to { $path }.
# $holds: what the database holds ("12 mood notes, 3 people and 2 groups"); $version: its schema.
cli-backed-up = Backed up { $holds } to { $path } (schema version { $version }).
cli-restored = Restored { $holds } from { $path }.
cli-restore-kept = What it replaced is kept at { $path }.
# $profile: five-years or heavy; $seed: the number she gave.
cli-seeded = Generated { $profile } (seed { $seed }) into { $path }: { $holds }.
# Asked at the terminal, without echo; her answer follows on the same line.
cli-passphrase-prompt = Passphrase for { $path }:

## doctor and recover

cli-doctor-database = Database: { $path }
cli-doctor-integrity-ok = Integrity: ok
cli-doctor-schema-current = Schema: version { $version }, current
# $latest: the schema this Village writes.
cli-doctor-schema-older = Schema: version { $version }, older than this Village's { $latest }; Village upgrades it the next time it opens it, keeping a copy first
cli-doctor-people = People: { $count }
cli-doctor-mood-notes = Mood notes: { $count }
cli-doctor-groups = Groups: { $count }
cli-doctor-no-backup = There's no backup beside it that opens whole, so Village has left everything as it is.
cli-doctor-backups-heading = Backups that open whole, newest first:
# One backup: its file name and what it holds.
cli-doctor-backup =
    { $name }: { $notes ->
        [one] { $notes } note
       *[other] { $notes } notes
    }, { $people ->
        [one] { $people } person
       *[other] { $people } people
    }, { $groups ->
        [one] { $groups } group
       *[other] { $groups } groups
    }
# $name: the newest good backup.
cli-doctor-recover-hint = `village-cli recover { $name }` opens your journal from the newest; the file that didn't open is kept, as it is, in the backups folder.
# $backup: the backup's name; $path: where the file that didn't open is kept.
cli-recovered = Your journal is open again, from the backup “{ $backup }”. The file that didn't open is kept, untouched, at { $path }.
