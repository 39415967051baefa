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
