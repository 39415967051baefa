# Words village-core writes for reaching out: the ready messages, an invitation to a meeting,
# the places to find a group, and what is refused. The UI's own words are in reach.ftl.

## Ready messages. $named is "yes" when the message greets someone by $name (a first name),
## "no" when it greets no one.

reach-ready-hello =
    { $named ->
        [yes] Hi { $name }! Thinking of you. How are you doing?
       *[no] Hi! Thinking of you. How are you doing?
    }
reach-ready-call-me =
    { $named ->
        [yes] Hi { $name }, could you call me today when you have a moment?
       *[no] Hi, could you call me today when you have a moment?
    }
reach-ready-walk =
    { $named ->
        [yes] Hi { $name }, would you come for a walk with me and the baby this week?
       *[no] Hi, would you come for a walk with me and the baby this week?
    }
reach-ready-meal =
    { $named ->
        [yes] Hi { $name }, could you help me with a meal this week? It would mean a lot.
       *[no] Hi, could you help me with a meal this week? It would mean a lot.
    }
reach-ready-hour =
    { $named ->
        [yes] Hi { $name }, could you watch the baby for an hour so I can rest?
       *[no] Hi, could you watch the baby for an hour so I can rest?
    }
# The subject line of a hello sent by email.
reach-email-subject = A quick hello

## An invitation to a group's next meeting. $group is the group's name, $date the day
## (invite-date), $at the time ("at 10:00 AM"); $named and $name as above.

invite-text =
    { $named ->
        [yes] Hi { $name }! Would you like to come with me to { $group }? It's on { $date } { $at }.
       *[no] Hi! Would you like to come with me to { $group }? It's on { $date } { $at }.
    }
invite-place = Where: { $place }
invite-link = Link: { $link }
# The day of a meeting in an invitation, as a chrono pattern: "Tuesday, March 10".
invite-date = %A, %B %-d
invite-email-subject = { $group }: would you come with me?
# The title of the save dialog for one meeting's calendar file.
invite-calendar-dialog-title = Save this meeting to a calendar file

## Find a group: free, well-known places to meet other mothers.

finder-psi-online-name = PSI online support groups
finder-psi-online-about = Free support groups online from Postpartum Support International, for many situations in pregnancy and after a baby. You join from home, by video.
finder-psi-local-name = PSI support in your state
finder-psi-local-about = Postpartum Support International's volunteer coordinators connect mothers and families with support in their state and area, such as groups nearby.
finder-lll-usa-name = La Leche League USA
finder-lll-usa-about = Free breastfeeding support meetings led by volunteer Leaders, in person or online: a place to meet other families with babies.

# Her own ready messages, counted in an import's report (after the safety plan's steps).
reach-import-count-messages =
    { $count ->
        [one] { $count } saved message
       *[other] { $count } saved messages
    }

## What is refused

error-reach-how = Choose how to reach them: a text, a call or an email.
error-reach-no-phone = There's no phone number for them yet. Add one on their page to text or call them.
error-reach-no-email = There's no email address for them yet. Add one on their page to write to them.
error-reach-not-theirs = That isn't a number or address you have for them. Choose one of theirs.
error-reach-hello-gone = That hello was already answered, or Village was closed since. Nothing more was logged.
error-reach-not-found-message = We couldn't find that message. It may have been deleted.
error-reach-found-saved = It's already in your groups.
error-reach-finder-unknown = We couldn't find that group in the list.
error-reach-no-next-meeting = This group has no meeting coming up to invite someone to.
error-reach-no-meeting-then = This group doesn't meet at that time. Choose one of its meetings.
error-reach-invite-how = An invitation goes by text or by email.
error-reach-label-message = The message
