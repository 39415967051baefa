# The frame around every view: the top bar, the navigation and the page titles.

skip-to-content = Skip to content
brand =
    .aria-label = Village, go to Today
need-help-now = Need help now
settings-link =
    .aria-label = Settings
nav-main =
    .aria-label = Main
nav-today = Today
nav-circle = Circle
nav-journal = Journal
nav-groups = Groups
nav-help = Help
# The window's title: the view's name, then the app's.
window-title = { $view } · Village

# Each view's name, in the window's title.
title-about-village = About Village
title-circle = Circle
title-group = Group
title-groups = Groups
title-help = Help
title-insight = Insight
title-journal = Journal
title-my-safety-plan = My safety plan
title-need-help-now = Need help now
title-person = Person
title-privacy = Privacy
title-self-check = Self-check
title-self-check-result = Self-check result
title-settings = Settings
title-today = Today
title-your-data = Your data
title-locked = Locked
title-recover = Your journal didn't open

# Said as she steps the text size with Ctrl + and Ctrl −.
text-size-now = Text size { $percent } %
error-language = Choose English, Español, or the same language as this device.

# The tray menu.
tray-open = Open Village
tray-mood = How are you?
tray-quit = Quit Village

# After her journal was opened from a backup, on Today.
recovered-from-backup = Your journal is open again, from the backup “{ $backup }”. The file that didn't open is kept, untouched, at { $path }.

# The app's name beside its mark; the same in every language.
brand-name = Village
