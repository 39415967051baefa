# Help, Need help now and the support lines. Every fact about a line is copied exactly from
# shared/DESIGN.md ("Facts the app carries"): change it there first, then here, then the
# line's "checked" date in ui/support-lines.js.

## Help.

help-heading = Help and support
help-lead = Many mothers find the first year hard. Talking to someone helps, and these lines are there for you.
help-danger = In danger, or thinking about suicide? Reach someone right now.
help-to-now = Need help now
help-lines-heading = Support lines
help-for-you = For you
help-plan-heading = My safety plan
help-plan-text = Your own steps for a hard moment, with the people you can turn to.
help-plan-open = Open my safety plan
help-self-check-heading = Self-check
help-self-check-text = The PHQ-9 and GAD-7: a few minutes to look at how the last two weeks have been.
help-self-check-open = Take a self-check
help-insight-heading = Insight
help-insight-text = Your mood on days you connected with someone, and on days you didn't.
help-insight-open = See insight

## Need help now.

help-now-heading = Need help now
help-now-lead = You are not alone, and you do not have to wait. Reach someone right now.
help-now-reach = Reach someone now
help-now-plan = My safety plan
# After a PHQ-9 whose ninth answer was above "Not at all", before the score.
help-now-after = Thank you for answering honestly. Before your score: one of your answers tells us today may be very hard. You deserve support, and you can reach someone right now.
help-now-result = See my result

## Under the lines. $date: when their numbers were last checked; $languageDate: when the
## ways to reach them in her language were.

help-checked-on = These numbers are for the United States. Last checked { $date }. They work without the internet.
help-checked-on-in-language = These numbers are for the United States. Last checked { $date }, and the ways to reach them in your language { $languageDate }. They work without the internet.
help-no-phone-app = Could not open your phone app. The number is in the text above.

## The lines. A line's name is its own, in every language. Links marked "in her language"
## are shown first, and only, to someone who reads the catalog's language.

help-line-emergency-name = Emergency services
help-line-emergency-summary = If you or your baby are in immediate danger, call 911.
help-line-emergency-call = Call 911

help-line-988-name = 988 Suicide & Crisis Lifeline
help-line-988-summary = Call or text 988.
help-line-988-call = Call 988
help-line-988-text = Text 988
# In her language: Spanish (988lifeline.org, "What to expect").
help-line-988-call-in-language = Call 988 and press 2
help-line-988-text-in-language = Text AYUDA to 988

help-line-ctl-name = Crisis Text Line
help-line-ctl-summary = Text HOME to 741741.
help-line-ctl-text = Text HOME to 741741
# In her language: Spanish (Crisis Text Line, October 2023). 442-AYUDAME is 442-298-3263.
help-line-ctl-text-in-language = Text AYUDA to 741741
help-line-ctl-whatsapp-in-language = WhatsApp 442-AYUDAME

help-line-nmmh-name = US National Maternal Mental Health Hotline
help-line-nmmh-summary = Call or text 1-833-TLC-MAMA (1-833-852-6262). 24/7, free, in English and Spanish.
help-line-nmmh-note = It is not a crisis line: for a suicidal crisis, call or text 988; for immediate danger, call 911.
help-line-nmmh-call = Call 1-833-852-6262
help-line-nmmh-text = Text 1-833-852-6262

help-line-psi-name = Postpartum Support International HelpLine
help-line-psi-summary = Call 1-800-944-4773. Text in English to 800-944-4773, in Spanish to 971-203-7773.
help-line-psi-note = PSI has volunteer coordinators in every US state and over 30 other countries, and free online support groups.
help-line-psi-call = Call 1-800-944-4773
help-line-psi-text-english = Text in English
help-line-psi-text-spanish = Text in Spanish (español)
