# The Journal: a one-tap mood, her notes, search, the month, trends and tags; the note
# editor; Insight; and the trends chart.

journal-heading = Journal
journal-insight-link = Insight
journal-tabs =
    .aria-label = Journal
journal-tab-notes = Notes
journal-tab-search = Search
journal-tab-month = Month
journal-tab-trends = Trends
journal-tab-tags = Tags

## A mood in one tap, and her notes from the newest

journal-quick-heading = How are you right now?
# The status line after a tap; $mood is the mood's word ("Good").
journal-saved-mood = Saved: { $mood }
journal-saved = Saved
journal-timeline-empty = Nothing here yet. A tap on a mood above is enough to start.
journal-notes-heading = Your notes
journal-more-notes = Show older notes

journal-filter = Filter
journal-filter-tag = Tag
journal-filter-any-tag = Any tag
# A tag in the filter's list, with how many notes carry it.
journal-filter-tag-option = { $tag } ({ $count })
journal-filter-mood = Mood
journal-filter-any-mood = Any mood
journal-filter-from = From
journal-filter-to = To
journal-filter-show = Show

## One note in a list

# After the mood's word: $time when she wrote it ("9:30 AM"), $day the day ("Thursday, March 5, 2026").
journal-note-when = · { $time } · { $day }
# $energy is 1 to 5; $hours the hours she slept (7.5).
journal-note-energy = energy { $energy }/5
journal-note-slept = slept { $hours } h
journal-note-energy-slept = energy { $energy }/5 · slept { $hours } h
journal-note-tags =
    .aria-label = Tags
journal-note-edit = Edit
    .aria-label = Edit the note from { $time }, { $day }
journal-note-delete = Delete
    .aria-label = Delete the note from { $time }, { $day }
journal-edit-heading = Edit note
journal-note-deleted = Note deleted.
journal-undo = Undo
journal-note-restored = Note restored

## Search

journal-search-label = Search your notes
journal-search-none = No notes match those words.
journal-more-matches = Show older matches

## The month

journal-month-earlier =
    .aria-label = Earlier month
journal-month-later =
    .aria-label = Later month
# A day of the month grid, as a screen reader says it: $day "Thursday, March 5, 2026", $mood the
# mood's word in lower case, $count her notes that day.
journal-month-day =
    { $day }: mostly { $mood }, { $count ->
        [one] { $count } note
       *[other] { $count } notes
    }
journal-month-day-empty = { $day }: no notes
journal-month-day-none = No notes that day.

## Trends

journal-trends-range =
    .aria-label = Range
journal-trends-days =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
journal-trends-year = A year
journal-trends-tags-heading = Tags you used most
journal-trends-tags-none = No tags in this time yet.

## Her tags

journal-tags-intro = Rename a tag everywhere it is used, or merge two into one.
# $tag is her tag; $count the notes it is on.
journal-tag-name-label =
    { $tag }: on { $count ->
        [one] { $count } note
       *[other] { $count } notes
    }
journal-tag-merge-label = Merge { $tag } into
journal-tag-merge-pick = Merge into…
journal-tag-rename = Rename
    .aria-label = Rename the tag { $tag }
journal-tag-merge = Merge
    .aria-label = Merge the tag { $tag }
journal-tag-merge-missing = Pick the tag to merge into.
journal-tag-renamed = Tag renamed
journal-tags-merged = Tags merged

## The note editor

journal-editor-heading = Add to this note
journal-editor-mood =
    .aria-label = Mood
journal-editor-text = What's on your mind? (optional)
journal-editor-tags = Tags
journal-editor-chips =
    .aria-label = Tags on this note
journal-editor-add-tag = Add a tag
journal-editor-suggested =
    .aria-label = Suggested tags
# A tag she has used before, to add with one tap.
journal-editor-suggestion = + { $tag }
journal-editor-remove-tag =
    .aria-label = Remove tag { $tag }
journal-editor-energy = Energy
journal-energy-none = Not noted
journal-energy-1 = Very low
journal-energy-2 = Low
journal-energy-3 = Some
journal-energy-4 = Good
journal-energy-5 = Lots
journal-editor-sleep = Hours slept
journal-editor-sleep-range = Hours slept go from 0 to 24, in half hours.
journal-editor-when = When
journal-editor-save = Save
journal-editor-close = Close

## Insight: her mood on days with a connection and without

insight-back = Journal
insight-heading = Insight
insight-lead = Your own notes, side by side: your mood on days you connected with someone (a check-in or a group) and on days you didn't.
insight-window-heading =
    { $days ->
        [one] Last day
       *[other] Last { $days } days
    }
insight-not-enough = Not enough yet to compare.
# $connected and $apart: days with a mood note, with a connection and without.
insight-so-far =
    So far: { $connected ->
        [one] { $connected } day
       *[other] { $connected } days
    } with a connection and { $apart ->
        [one] { $apart } day
       *[other] { $apart } days
    } without, among days with a mood note. Insight needs at least 7 of each.
insight-days-connected = Days with a connection
insight-days-apart = Days without
# $average is written already ("4.0"); $mood is its word in lower case, so the mood never rests
# on a digit alone.
insight-average = { $average } ({ $mood })
insight-counts =
    { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, { $notes ->
        [one] { $notes } note
       *[other] { $notes } notes
    }
insight-tags-heading =
    { $days ->
        [one] Mood by tag, last day
       *[other] Mood by tag, last { $days } days
    }
insight-tags-none = Tag a few notes (at least 3 with the same tag) and you'll see how each sits with your mood.
insight-tag-average =
    { $average } ({ $mood }) · { $notes ->
        [one] { $notes } note
       *[other] { $notes } notes
    }
insight-how = Each day counts once, at the average of its notes, on a scale from 1 (very hard) to 5 (great). This shows what went together in your notes, not what caused what.

## The trends chart

# Beside the bars of notes per week.
trends-axis-notes = notes
# $from and $to: short dates ("Mar 5"); $low and $high: mood words in lower case.
trends-summary =
    { $count ->
        [one] { $count } note
       *[other] { $count } notes
    } from { $from } to { $to }. Weekly mood ranged from { $low } to { $high }.
trends-summary-empty = No notes from { $from } to { $to } yet.
trends-table-caption = Mood by week
trends-table-week = Week of
trends-table-average = Average
trends-table-notes = Notes
# $average is written already ("4.0"); $mood is its word in lower case.
trends-table-mood = { $average } ({ $mood })
trends-numbers = See the numbers
