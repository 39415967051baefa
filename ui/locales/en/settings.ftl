# Settings: language, appearance, text size, reminders, the daily question, quiet hours,
# the baby's birth date, and the way to her data.

settings-heading = Settings

## Language. Each language's name is written in that language, in every catalog.

settings-language = Language
settings-language-system = Same as this device
settings-language-en = English
settings-language-es = Español
# Said in the language just chosen.
settings-language-saved = Village is now in English.

## Appearance and text size

settings-appearance = Appearance
settings-theme-system = Match my device
settings-theme-light = Light
settings-theme-dark = Dark
# Said when a choice is saved.
settings-saved = Saved
settings-text-size = Text size
settings-text-size-hint = Ctrl + and Ctrl − change it from anywhere; Ctrl 0 goes back to 100{"\u00A0"}%.
settings-text-size-standard = { $percent }{"\u00A0"}% (standard)
settings-text-size-percent = { $percent }{"\u00A0"}%

## Reminders

settings-reminders = Reminders
settings-reminders-intro = Village can tell you when someone is due for a check-in, on birthdays in your circle, and before your groups meet. Each person and group can be muted on their page.
settings-reminders-enabled = Send me reminders
settings-reminders-time = Check-ins and birthdays at
settings-reminders-time-hint = Between 06:00 and 22:00. Meetings are reminded before they start.
settings-reminders-save = Save reminders
settings-reminders-saved = Reminders saved
settings-reminders-off = Reminders are off

## The daily "How are you today?"

settings-nudge = A moment for yourself
settings-nudge-intro = Once a day, Village can ask how you are. A tap on it opens the mood picker. Let it pass whenever you like: nothing is counted.
# The question is the one the notification asks.
settings-nudge-enabled = Ask me “How are you today?”
settings-nudge-time = At
settings-nudge-time-hint = Between 06:00 and 22:00. Quiet hours hold it until they end.
settings-nudge-skip = Not on days I have already noted a mood
settings-nudge-save = Save
settings-nudge-on = Village will ask once a day
settings-nudge-off = Village won't ask each day

## When the window is closed

settings-background-heading = When the window is closed
settings-works-closed = With the window closed: reminders keep coming.
settings-works-login-on = After you log in: Village starts quietly, without a window.
settings-works-login-off = After you log in: only once you open Village, unless you turn on the choice below.
settings-works-quit = After you quit: nothing comes until you open Village again.
settings-start-at-login = Start Village when I log in
settings-start-at-login-hint = No window opens: only your reminders run, until you open Village.
settings-start-at-login-on = Village will start when you log in
settings-start-at-login-off = Village won't start when you log in
# The quoted words are those of a reminder while locked (src-tauri/src/reminders.rs).
settings-locked-reminders = While Village is locked, a reminder says only “You have a reminder”. Unlock Village to see who or what it is about.
# The tray menu's entries, as app.ftl names them (tray-open, tray-mood, tray-quit).
settings-tray = Where your desktop shows a tray, Village's entry there has Open Village, How are you? and Quit.
settings-quit = Quit Village
settings-quit-hint = Quitting stops every reminder until you open Village again.

## Quiet hours

settings-quiet = Quiet hours
settings-quiet-intro = No reminders arrive in these hours. Anything due waits until they end.
settings-quiet-enabled = Keep these hours quiet
settings-quiet-start = From
settings-quiet-end = Until
settings-quiet-save = Save quiet hours
settings-quiet-saved = Quiet hours saved

## Her baby

settings-baby = Your baby
settings-baby-birth-date = Birth date (optional)
settings-baby-hint = If you add it, Today offers a short self-check at 2, 6 and 12 weeks. Leave it empty to skip that.
settings-baby-save = Save birth date
settings-baby-saved = Birth date saved
settings-baby-removed = Birth date removed

## Her data

settings-data-heading = Your data
settings-data-folder = Everything stays on this device, in this folder:
settings-data-link = Export, import and backups
settings-privacy-link = Privacy: passphrase and locking
settings-about-link = About Village { $version }

## About Village

about-heading = About Village
about-lead = A quiet, private companion for the first year after a baby.
about-copy-heading = This copy
about-version = Version
about-data = Your data
about-schema = Schema
about-offline = Village works offline and sends nothing anywhere. Your data stays in that folder unless you export it.
about-licence-heading = Licence
about-licence-agpl-3-or-later = GNU Affero General Public License, version 3 or later
# $licence: the licence's name (or its SPDX expression when it has no name here); $spdx: its SPDX expression.
about-licence = Village is free software under the { $licence } ({ $spdx }).
about-licence-freedoms = You may use, study, share and change it; if you offer a changed version to others, you share your changes under the same licence.
about-libraries-heading = Built with
about-libraries = Village is built on { $count ->
    [one] { $count } open-source library, under its own licence:
   *[other] { $count } open-source libraries, each under its own licence:
}
about-column-library = Library
about-column-version = Version
about-column-licence = Licence
