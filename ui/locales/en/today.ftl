# Today, the home view: the mood question, who might love a hello, the next meeting,
# birthdays, the connection pulse and, when it has been hard, a gentle card.

today-heading = Today

## How she is right now

today-mood-heading = How are you right now?
# Said by the status line after a tap; $mood is the mood's word ("Good").
today-mood-saved-status = Saved: { $mood }
# Under the faces after a tap; a link to the journal follows.
today-mood-saved = Saved “{ $mood }”.
today-mood-add-words = Add a few words in your journal

## The first time, before anything is saved

today-welcome-heading = Welcome to Village
today-welcome-intro = A quiet place to stay close to the people who help you through this first year. Everything stays on this device.
today-welcome-start = Start with one person you would like to hear from more, and a group you go to or would like to try.
today-welcome-add-person = Add your first person
today-save-group = Save a group

## The gentle card, after hard days or a hard self-check

today-care-heading = A gentle word
# Never names her answer: anyone glancing at the screen may read this. The detail is on Need help now.
today-care-self-harm = Your last self-check suggested reaching out. Support is one tap away.
today-care-low-days = Your notes say the last few days have been hard. You don't have to carry that alone.
today-care-self-check = Your last self-check says the past two weeks have been hard. You don't have to carry that alone.
today-care-help-now = Need help now
# $name: someone from her circle she reached recently.
today-care-suggestion = Maybe reach out to { $name } today. A short text is enough.
today-care-no-suggestion = Someone you trust, or one of these lines, can help.
# The maternal hotline: its name, what it offers, and what it is not.
today-care-hotline = { $name }: { $summary } { $note }
today-care-all-lines = All support lines
today-care-hide = Hide this for a week
today-care-hidden = Hidden for a week. Help stays one tap away.

## The offer of a self-check, some weeks after the birth

today-prompt-heading =
    { $weeks ->
        [one] { $weeks } week since your baby arrived
       *[other] { $weeks } weeks since your baby arrived
    }
today-prompt-body = Many mothers take a few minutes around now to look at how the last two weeks have been. It is for you, and you can share it with your doctor or midwife if you like.
today-prompt-take = Take a self-check
today-prompt-later = Not now

## People she might reach out to

# An invitation, never a count of what she owes.
today-due-heading = Someone might love a hello
today-due-more = { $count } more in your circle
# The heading when nobody is waiting for a hello.
today-due-heading-quiet = Check-ins
today-due-nobody-yet = Add someone you would like to stay close to, and Village lets you know when it has been a while.
today-due-add = Add someone
today-due-nobody = Nobody is due for a check-in today.
today-due-see-circle = See your circle

## The next group meeting

today-next-heading = Next group meeting
today-next-no-groups = Save a group you go to or would like to try, and its next meeting shows here.
today-next-none = No meetings coming up in your saved groups.
today-next-see-groups = See your groups

## Birthdays

today-birthdays-heading = Birthdays this week
# $when is "today", "tomorrow" or "later" (then $date says the day, "Thu, Mar 5");
# $turns is the age they turn, or 0 when the year of birth is not known.
today-birthday =
    { $turns ->
        [0]
            { $when ->
                [today] { $name }, today
                [tomorrow] { $name }, tomorrow
               *[later] { $name }, { $date }
            }
       *[other]
            { $when ->
                [today] { $name }, today (turns { $turns })
                [tomorrow] { $name }, tomorrow (turns { $turns })
               *[later] { $name }, { $date } (turns { $turns })
            }
    }

## Connection, and help at the bottom

today-pulse-heading = Connection
today-pulse-insight = See how connection and mood go together
today-help-line = If today feels heavy, help is one tap away.
today-help-lines = See support lines
today-help-safety-plan = My safety plan
