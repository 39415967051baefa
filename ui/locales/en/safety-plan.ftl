# The safety plan: her own words for a hard moment, in the six Stanley-Brown steps.

safety-plan-back-to-help = Help
safety-plan-heading = My safety plan
safety-plan-lead = For a hard moment: your own words, step by step. Start at step 1 and go on until you feel safer.
safety-plan-danger = In danger right now? Call 911. Thinking about suicide? Call or text 988.
# $number: 1 to 6; $title: the step's title (safety-plan-step-N-title).
safety-plan-step-heading = Step { $number }. { $title }
# Under a step she has not written yet: an invitation, never homework.
safety-plan-not-written = Add this when you're ready.
safety-plan-always = Always here, day and night:
safety-plan-in-my-words = In my words
safety-plan-no-circle = People you add to your circle can be picked here.
safety-plan-people = People from my circle
safety-plan-edit = Edit my plan
# $when: the date and time she last saved it.
safety-plan-changed = Last changed { $when }.
safety-plan-guide = Write as much or as little as helps. A counsellor, your doctor or someone you trust can help you fill it in.
safety-plan-save = Save my plan
safety-plan-cancel = Cancel
safety-plan-saved = Your safety plan is saved

## The six steps (Stanley & Brown 2012), each with a gentle prompt in her own voice.

safety-plan-step-1-title = Warning signs
safety-plan-step-1-hint = Thoughts, feelings or situations that tell me a hard time may be starting.
safety-plan-step-2-title = Things I can do alone
safety-plan-step-2-hint = Small things that help me take my mind off it, without contacting anyone.
safety-plan-step-3-title = People and places that distract me
safety-plan-step-3-hint = People I like being around, and places where I feel a little better.
safety-plan-step-4-title = People I can ask for help
safety-plan-step-4-hint = People I can tell how I am feeling.
safety-plan-step-5-title = Professionals and agencies
safety-plan-step-5-hint = My doctor, midwife or therapist, and lines I can call or text at any hour.
safety-plan-step-6-title = Making my surroundings safe
safety-plan-step-6-hint = What I can put away or ask someone to keep for me, so the space around me is safer.

## Refusals.

error-safety-plan-step = A safety plan has steps 1 to 6.
error-safety-plan-twice = Step { $number } came twice.
# How a refusal names a step: $number is its number, $title its title.
error-safety-plan-step-label = Step { $number } ({ $title })
# $step: the step, named as error-safety-plan-step-label says it.
error-safety-plan-no-people = { $step } does not list people.
error-safety-plan-too-many-people = { $step } can list up to { $max } people.
