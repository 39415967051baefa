# Your data: exports, imports (Daylio, vCard, a Village export) and backups.

data-heading = Your data
data-back-to-settings = ← Settings
# Said when a file is saved.
data-saved = Saved

## Take it with you

data-export-heading = Take it with you
data-export-intro = Your data is yours. Save a copy wherever you like; Village asks where.
data-export-json = Everything (Village file)…
data-export-json-hint = All you have written, to keep safe or to open in Village on another device.
data-export-csv = Mood notes (spreadsheet)…
data-export-csv-hint = One row per note, for a spreadsheet.
data-export-markdown = Journal (to read or print)…
data-export-markdown-hint = Your notes by day, as a Markdown text file.
data-export-ics = Groups (calendar)…
data-export-ics-hint = Your groups' meetings, for your calendar app.
# $file: the saved file's name.
data-export-saved = Saved { $file }.

## Bring it in

data-import-heading = Bring it in
data-import-intro = From Daylio, your phone's contacts, or a Village export. You see what comes in before anything changes, and nothing is ever added twice.
data-import-kind = What kind of file?
data-import-json = A Village export (.json)
data-import-daylio = Daylio (its CSV export)
data-import-vcard = Contacts (vCard .vcf)
data-import-choose = Choose a file…
# $file: the chosen file's name.
data-import-from = From { $file }
data-import-waiting = Give each of your moods a number to go on.
data-import-moods = Your moods
data-import-moods-intro = Daylio's own moods are matched already. Pick what any renamed mood means.
data-import-mood-choose = Choose…
# $value: the mood's number (1 to 5); $word: its name.
data-import-mood-option = { $value } · { $word }
# $name: a mood as Daylio names it (her own words); $entries: how many entries have it.
data-import-mood-label = “{ $name }” ({ $entries ->
    [one] { $entries } entry
   *[other] { $entries } entries
})
data-import-rows = The first rows
data-import-rows-what = What
data-import-rows-details = Details
data-import-skipped = Left out, with why:
data-import-nothing-yet = Nothing changes until you choose Import. It all comes in at once, or not at all.
data-import-apply = Import
data-import-cancel = Cancel
data-imported = Imported
data-import-cancelled = Nothing was imported

## Backups

data-backups-heading = Backups
data-backups-intro = Village keeps a copy of everything each day, the last 7, and one before every update, in this folder:
data-backup-none = No backups yet. The first daily one is made soon after Village starts.
# A file's size; $size is already written as the locale writes numbers.
data-size-kb = { $size } KB
data-size-mb = { $size } MB
# After a backup's name, its size.
data-backup-size = · { $size }
data-backup-restore = Restore…
data-backup-now = Back up to a file…
# $file: the backup file's name.
data-backed-up = Backed up to { $file }, and checked.
data-backed-up-short = Backed up
data-restore-file = Restore from a file…
# $backup: the backup as the list names it (its date and kind).
data-restore-confirm-backup = Restore the backup “{ $backup }”? Everything in Village now is replaced by it. What is here now is kept in the backups folder first.
data-restore-confirm-file = Restore from a backup file? Everything in Village now is replaced by it. What is here now is kept in the backups folder first.
data-restore-yes = Restore
data-restore-choose = Choose the file…
data-restore-no = Keep what I have
# $file: the backup restored; $kept: the file what she had before is kept in.
data-restored = Restored from { $file }. What you had before is kept as { $kept }.
data-restored-short = Restored
