# Privacy: the passphrase that encrypts her journal, and locking.

privacy-heading = Privacy
privacy-lead = Village keeps everything on this device and sends nothing anywhere.
privacy-state-encrypted = Your journal is encrypted with your passphrase.
privacy-state-plain = Your journal is not encrypted. Anyone who can open this device's files could read it.
# On a passphrase form's button while it works.
privacy-working = Working… please keep Village open
privacy-lost-warning = If you forget this passphrase, no one can open your journal again: not you, not Village, not us. Keep it somewhere safe, away from this device.

## Encrypt my journal

privacy-on = Encrypt my journal
privacy-on-intro = With a passphrase, everything Village keeps on this device (your journal, your people, your groups and the backups Village makes) is encrypted. Village asks for it each time it opens.
privacy-passphrase = Passphrase
privacy-passphrase-hint = At least 8 characters. A few words you will remember work well.
privacy-passphrase-again = Type it again
privacy-on-submit = Encrypt with this passphrase
privacy-on-saved = Your journal is encrypted
privacy-on-done = Your journal is encrypted. Village will ask for the passphrase when it opens.

## Change the passphrase

privacy-change = Change the passphrase
privacy-current = Current passphrase
privacy-new = New passphrase
privacy-new-hint = At least 8 characters.
privacy-new-again = Type the new one again
privacy-change-submit = Change passphrase
privacy-change-saved = Passphrase changed
privacy-change-done = Your passphrase is changed. Use the new one from now on.

## Turn encryption off

privacy-off = Turn encryption off
privacy-off-intro = Your journal and its backups are written without encryption again. Anyone using this device could then read them.
privacy-off-submit = Turn encryption off
privacy-off-saved = Encryption is off
privacy-off-done = Encryption is off. Your journal opens without a passphrase.

## Locking

privacy-locking = Locking
privacy-idle-lock = Lock when Village is not used
privacy-idle-lock-hint = Locking clears your journal from the screen until the passphrase is typed again.
privacy-idle-never = Never
privacy-idle-minutes = { $minutes ->
    [one] After { $minutes } minute
   *[other] After { $minutes } minutes
}
privacy-idle-hours = { $hours ->
    [one] After { $hours } hour
   *[other] After { $hours } hours
}
privacy-saved = Saved
privacy-lock-now = Lock now

## The lock screen, before her passphrase

lock-heading = Village is locked
lock-lead = Your journal is encrypted on this device. Type your passphrase to open it.
lock-passphrase = Passphrase
lock-unlock = Unlock
lock-empty = Type your passphrase.
lock-opening = Opening…
lock-wrong = That passphrase didn't open it. Take your time and try again.
# After several tries, she waits a little before the next one.
lock-wait = That passphrase didn't open it. You can try again in { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}.
# $link is the link to the support lines; its words are lock-help-link.
lock-help = Need someone to talk to? { $link } work without unlocking.
lock-help-link = Support lines

## When her journal will not open: backups that open whole

recover-heading = Your journal didn't open
recover-intro = Village keeps a backup each day. You can open your journal from the newest one that is whole. The file that didn't open is kept, as it is, in the backups folder; nothing is deleted.
# "Settings → Export, import and backups" names settings-heading and settings-data-link.
recover-none = There's no backup beside it that opens whole, so Village has left everything as it is. If you have a backup elsewhere, Settings → Export, import and backups can restore it once your journal opens; someone who knows computers can look at the file with village-cli doctor.
# What a backup holds, after its name.
recover-holds = · { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
}, { $people ->
    [one] { $people } person
   *[other] { $people } people
}, { $groups ->
    [one] { $groups } group
   *[other] { $groups } groups
}
recover-open-first = Open my journal from this backup
recover-open-other = Open from this one instead
recover-opening = Opening your journal from the backup…
# $link is the link to the support lines; its words are recover-help-link.
recover-help = Need someone to talk to? { $link } work whatever happens to your journal.
recover-help-link = Support lines
