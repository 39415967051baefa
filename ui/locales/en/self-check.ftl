# Self-checks: the PHQ-9 and GAD-7, and the words around them.

## The questionnaires themselves. Their words are their authors', word for word, in each
## language only as the official translation has it: change none of them. Where no official
## translation is confirmed, a catalog carries the English and says so with text-lang.
## text-lang is the language tag of the questionnaire's words in this catalog.

self-check-phq9-name = PHQ-9
self-check-phq9-about = Nine questions about mood over the last two weeks.
self-check-phq9-text-lang = en
self-check-phq9-stem = Over the last 2 weeks, how often have you been bothered by any of the following problems?
self-check-phq9-item-1 = Little interest or pleasure in doing things
self-check-phq9-item-2 = Feeling down, depressed, or hopeless
self-check-phq9-item-3 = Trouble falling or staying asleep, or sleeping too much
self-check-phq9-item-4 = Feeling tired or having little energy
self-check-phq9-item-5 = Poor appetite or overeating
self-check-phq9-item-6 = Feeling bad about yourself — or that you are a failure or have let yourself or your family down
self-check-phq9-item-7 = Trouble concentrating on things, such as reading the newspaper or watching television
self-check-phq9-item-8 = Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual
self-check-phq9-item-9 = Thoughts that you would be better off dead or of hurting yourself in some way
self-check-phq9-answer-0 = Not at all
self-check-phq9-answer-1 = Several days
self-check-phq9-answer-2 = More than half the days
self-check-phq9-answer-3 = Nearly every day
self-check-phq9-difficulty = If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?
self-check-phq9-difficulty-answer-0 = Not difficult at all
self-check-phq9-difficulty-answer-1 = Somewhat difficult
self-check-phq9-difficulty-answer-2 = Very difficult
self-check-phq9-difficulty-answer-3 = Extremely difficult

self-check-gad7-name = GAD-7
self-check-gad7-about = Seven questions about worry and anxiety over the last two weeks.
self-check-gad7-text-lang = en
self-check-gad7-stem = Over the last 2 weeks, how often have you been bothered by the following problems?
self-check-gad7-item-1 = Feeling nervous, anxious, or on edge
self-check-gad7-item-2 = Not being able to stop or control worrying
self-check-gad7-item-3 = Worrying too much about different things
self-check-gad7-item-4 = Trouble relaxing
self-check-gad7-item-5 = Being so restless that it is hard to sit still
self-check-gad7-item-6 = Becoming easily annoyed or irritable
self-check-gad7-item-7 = Feeling afraid as if something awful might happen
self-check-gad7-answer-0 = Not at all
self-check-gad7-answer-1 = Several days
self-check-gad7-answer-2 = More than half the days
self-check-gad7-answer-3 = Nearly every day
self-check-gad7-difficulty = If you checked off any problems, how difficult have these made it for you to do your work, take care of things at home, or get along with other people?
self-check-gad7-difficulty-answer-0 = Not difficult at all
self-check-gad7-difficulty-answer-1 = Somewhat difficult
self-check-gad7-difficulty-answer-2 = Very difficult
self-check-gad7-difficulty-answer-3 = Extremely difficult

# Said on a form whose words are shown in another language than hers (see text-lang).
self-check-language-note = This questionnaire is shown in English because we could not yet confirm its official translation word for word.

# The score ranges, named as the questionnaires' authors name them (Kroenke, Spitzer &
# Williams 2001; Spitzer, Kroenke, Williams & Löwe 2006).
self-check-band-none-to-minimal = none to minimal
self-check-band-minimal = minimal
self-check-band-mild = mild
self-check-band-moderate = moderate
self-check-band-moderately-severe = moderately severe
self-check-band-severe = severe

## The overview: both questionnaires and her history.

self-check-back-to-help = Help
self-check-heading = Self-check
self-check-lead = A few minutes to look at how the last two weeks have been. There are no right answers, and the result stays on this device unless you share it.
# $name: "PHQ-9" or "GAD-7".
self-check-start = Start the { $name }
self-check-attribution = The PHQ-9 and GAD-7 were written by Drs Robert L. Spitzer, Janet B. W. Williams, Kurt Kroenke and colleagues, and are free for anyone to use.
self-check-history-heading = Your { $name } results
# Under the chart of her scores; $date is the latest one's day.
self-check-chart-summary = { $count ->
    [one] { $count } result
   *[other] { $count } results
}; the latest, on { $date }, was { $score } out of { $max }.
self-check-history-item = { $date }: { $score } out of { $max }
self-check-history-band = ({ $band })
self-check-history-help = Need help now

## The form.

self-check-back-to-list = Back to self-checks
self-check-back = Self-checks
# $number: the question's number; $text: its words.
self-check-item = { $number }. { $text }
self-check-difficulty-optional = (You can leave this one.)
self-check-submit = See my result

## A result.

self-check-result-heading = Your { $name } result
self-check-taken = Taken { $when }
self-check-result-help = One of your answers tells us things may be very hard right now. You deserve support, today.
self-check-result-need-help-now = Need help now
self-check-score = { $score } out of { $max }
# $band: a range's name (self-check-band-…).
self-check-result-words = You scored { $score } out of { $max }. On the { $name }, scores from { $from } to { $to } are in the range its authors call “{ $band }”.
self-check-ranges-caption = The { $name }'s ranges
self-check-ranges-scores = Scores
self-check-ranges-range = Range
self-check-range = { $from } to { $to }
self-check-share = A score is a snapshot of two weeks, not a label. Your doctor or midwife can talk it through with you: you can show them this result, or take it to your next visit.
self-check-hard-weeks = If the last two weeks have been hard, you don't have to wait for an appointment to talk to someone.
self-check-support-lines = Support lines
self-check-my-plan = My safety plan
self-check-delete-ask = Delete this result? It cannot be brought back.
self-check-deleted = Result deleted

## Refusals.

error-self-check-kind = Choose the PHQ-9 or the GAD-7.
error-self-check-difficulty = Choose one of the four answers, or none.
error-self-check-count = The { $name } has { $count } questions.
error-self-check-unanswered = Question { $number } has no answer yet.
error-self-check-answer = Question { $number } needs one of the four answers.
