# Reaching out: "Say hello" with a few ready words, "Ask someone to call me", inviting someone
# to a group's next meeting, and finding a group. Village never sends anything itself: her own
# messaging, phone or mail app opens with the words. (The ready words themselves, worded for
# each person, come from the shell.)

## Say hello, wherever a person appears ($name is theirs)

hello-open = Say hello
    .aria-label = Say hello to { $name }
hello-title = Say hello to { $name }
hello-how = How
# The ways she has for them, with the number or address she saved.
hello-way-text = Text { $number }
hello-way-call = Call { $number }
hello-way-email = Email { $address }
hello-no-ways = There's no number or email for { $name } yet.
hello-add-ways = Add one on their page
hello-pick = Ready words
hello-words = Your message (change it as you like)
hello-save-own = Keep these words
hello-saved-own = Kept in your messages
hello-send-text = Open Messages
hello-send-email = Open email
hello-send-call = Call { $name }
hello-close = Close
hello-no-app = No app on this device could open that.
# Asked once, when she is back from her messaging or phone app.
hello-question = Did you reach { $name }?
hello-question-hint = Nothing is saved unless you say yes.
hello-yes = Yes
hello-not-yet = Not yet
hello-not-yet-said = Okay. Nothing was saved.

## Her own messages, kept for next time

hello-mine = My messages
hello-mine-none = Words you keep show here, ready for next time.
hello-mine-edit = Edit
    .aria-label = Edit this message
hello-mine-delete = Delete
    .aria-label = Delete this message
hello-mine-label = This message
hello-mine-save = Save
hello-mine-cancel = Cancel
hello-mine-saved = Message saved
hello-mine-deleted = Message deleted

## Today: the other ways to log a hello that already happened

hello-other-ways = Other ways
hello-other-hint = Already in touch? Log how:

## Ask someone to call me

ask-open = Ask someone to call me
ask-title = Ask someone to call you
ask-who = Who would you like to ask?
# $name and $number: someone from her circle or her plan, and the number Village texts.
ask-person = { $name }, { $number }
ask-none = When someone in your circle has a phone number, you can ask them here.
ask-to-circle = Go to your circle
ask-hint = Your messaging app opens with these words. You send them.
# On Need help now, above the button.
ask-lead = Someone you trust can call you back. Village opens your messaging app with the words ready; you send them.

## Invite someone to a group's next meeting

invite-open = Invite someone
invite-title = Invite someone to the next meeting
# $when is the meeting as the app words it ("Thu, Mar 5, 10:00 AM").
invite-next = Next meeting: { $when }
invite-who = Who would you like to invite?
invite-none = When someone in your circle has a phone number or email, you can invite them here.
invite-words = Your invite (change it as you like)
invite-calendar = Add only this meeting to my calendar (.ics)
# The status line; $path is where the calendar file went.
invite-calendar-saved = Saved { $path }

## Find a group

title-find = Find a group
find-open = Find a group
find-heading = Find a group
find-back = ← Groups
find-lead = Free groups you can join, online or near you. Save one to try, and it waits in your groups.
find-visit = Visit their page
    .aria-label = Visit the page of { $name }
# $source is the site the facts come from ("postpartum.net"), $date the day they were checked.
find-source = From { $source }, as of { $date }
find-save = Save to my groups
    .aria-label = Save { $name } to my groups
find-saved = { $name } is in your groups now
find-in-groups = In your groups
find-no-app = Could not open the link on this device.
find-none = Nothing to show here right now.
