//! The safety plan: her own words for a hard moment, in the six steps of the Stanley-Brown
//! Safety Planning Intervention, with people from her circle where a step asks for people.
//! A step's title and prompt are message ids: the window says them in her language.

use serde::{Deserialize, Serialize};

use crate::catalog::Message;
use crate::circle::PersonId;
use crate::error::{Error, Reason, Result};
use crate::text;

/// What one step's text may hold.
pub const STEP_TEXT_MAX: usize = 2_000;
/// People she can pick for one step.
pub const STEP_PEOPLE_MAX: usize = 20;

/// One of the six steps, in the order the plan is used: from noticing it is coming to making
/// the surroundings safe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Step {
    /// 1 to 6.
    pub number: u8,
    /// A message id, as is `hint`.
    pub title: &'static str,
    /// A gentle prompt under the title.
    pub hint: &'static str,
    /// Whether she can pick people from her circle for this step.
    pub people: bool,
}

// Stanley & Brown (2012), "Safety Planning Intervention", Cognitive and Behavioral Practice
// 19:256–264: warning signs; internal coping; people and social settings that distract;
// people to ask for help; professionals and agencies; making the environment safe.
pub const STEPS: [Step; 6] = [
    Step {
        number: 1,
        title: "safety-plan-step-1-title",
        hint: "safety-plan-step-1-hint",
        people: false,
    },
    Step {
        number: 2,
        title: "safety-plan-step-2-title",
        hint: "safety-plan-step-2-hint",
        people: false,
    },
    Step {
        number: 3,
        title: "safety-plan-step-3-title",
        hint: "safety-plan-step-3-hint",
        people: true,
    },
    Step {
        number: 4,
        title: "safety-plan-step-4-title",
        hint: "safety-plan-step-4-hint",
        people: true,
    },
    Step {
        number: 5,
        title: "safety-plan-step-5-title",
        hint: "safety-plan-step-5-hint",
        people: true,
    },
    Step {
        number: 6,
        title: "safety-plan-step-6-title",
        hint: "safety-plan-step-6-hint",
        people: false,
    },
];

/// One step as she filled it in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepInput {
    pub number: i64,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub people: Vec<String>,
}

/// The whole plan as she submits it: the steps she wrote in; a step left out is empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SafetyPlanInput {
    pub steps: Vec<StepInput>,
}

/// One checked step, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepDetails {
    pub number: u8,
    pub text: String,
    pub people: Vec<PersonId>,
}

impl SafetyPlanInput {
    /// Every step is checked before anything is written; all six come back, in order.
    pub fn validate(&self) -> Result<Vec<StepDetails>> {
        let mut out: Vec<StepDetails> = STEPS
            .iter()
            .map(|s| StepDetails {
                number: s.number,
                text: String::new(),
                people: Vec::new(),
            })
            .collect();
        let mut seen = [false; STEPS.len()];
        for input in &self.steps {
            let index = usize::try_from(input.number)
                .ok()
                .and_then(|n| n.checked_sub(1))
                .filter(|i| *i < STEPS.len())
                .ok_or_else(|| Error::invalid("step", "error-safety-plan-step"))?;
            if seen[index] {
                return Err(Error::invalid(
                    "step",
                    Message::new("error-safety-plan-twice").with("number", index + 1),
                ));
            }
            seen[index] = true;
            let step = STEPS[index];
            // "Step 4 (People I can ask for help)", in her language, for the refusals below.
            let label = || {
                Reason::from(
                    Message::new("error-safety-plan-step-label").with("number", step.number),
                )
                .with_part("title", step.title)
            };
            out[index].text = text::optional_text("text", label(), &input.text, STEP_TEXT_MAX)?;
            if !input.people.is_empty() && !step.people {
                return Err(Error::invalid(
                    "people",
                    Reason::from(Message::new("error-safety-plan-no-people"))
                        .with_part("step", label()),
                ));
            }
            if input.people.len() > STEP_PEOPLE_MAX {
                return Err(Error::invalid(
                    "people",
                    Reason::from(
                        Message::new("error-safety-plan-too-many-people")
                            .with("max", STEP_PEOPLE_MAX),
                    )
                    .with_part("step", label()),
                ));
            }
            let mut people: Vec<PersonId> = Vec::with_capacity(input.people.len());
            for id in &input.people {
                let id = PersonId::parse(id)?;
                if !people.contains(&id) {
                    people.push(id);
                }
            }
            out[index].people = people;
        }
        Ok(out)
    }
}

/// Someone she picked for a step, with how to reach them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanPerson {
    pub id: PersonId,
    pub name: String,
    pub phone: String,
    pub email: String,
}

/// One step as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanStep {
    pub step: Step,
    pub text: String,
    pub people: Vec<PlanPerson>,
}

/// The plan as she reads it: always six steps, empty ones included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SafetyPlan {
    pub steps: Vec<PlanStep>,
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl SafetyPlan {
    pub fn is_empty(&self) -> bool {
        self.steps
            .iter()
            .all(|s| s.text.is_empty() && s.people.is_empty())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::catalog::{Language, has, say, word};

    fn step(number: i64, text: &str) -> StepInput {
        StepInput {
            number,
            text: text.to_owned(),
            people: Vec::new(),
        }
    }

    #[test]
    fn every_step_is_titled_and_prompted_in_both_catalogs() {
        for step in STEPS {
            for language in Language::CHOSEN {
                for id in [step.title, step.hint] {
                    assert!(has(language, id), "{} lacks {id}", language.tag());
                }
            }
        }
        let heading = |language| {
            say(
                language,
                "safety-plan-step-heading",
                &[
                    ("number", 1.into()),
                    ("title", word(language, STEPS[0].title).into()),
                ],
            )
        };
        assert_eq!(heading(Language::En), "Step 1. Warning signs");
        assert_eq!(heading(Language::Es), "Paso 1. Señales de alerta");
    }

    #[test]
    fn the_six_steps_come_back_in_order_with_empty_ones_filled_in() {
        let plan = SafetyPlanInput {
            steps: vec![step(4, "  Call Sam  "), step(1, "Not sleeping\nat all")],
        };
        let steps = plan.validate().unwrap();
        assert_eq!(
            steps.iter().map(|s| s.number).collect::<Vec<_>>(),
            [1, 2, 3, 4, 5, 6]
        );
        assert_eq!(steps[0].text, "Not sleeping\nat all");
        assert_eq!(steps[3].text, "Call Sam");
        assert!(steps[1].text.is_empty());
    }

    #[test]
    fn bad_steps_are_refused_with_a_plain_message() {
        let cases = [
            (vec![step(0, "x")], "step"),
            (vec![step(7, "x")], "step"),
            (vec![step(-1, "x")], "step"),
            (vec![step(2, "a"), step(2, "b")], "step"),
            (vec![step(2, &"x".repeat(STEP_TEXT_MAX + 1))], "text"),
            (vec![step(2, "bell\u{7}")], "text"),
        ];
        for (steps, field) in cases {
            let err = SafetyPlanInput { steps }.validate().unwrap_err();
            assert!(
                matches!(err, Error::Invalid { field: f, .. } if f == field),
                "{err:?}"
            );
        }
    }

    #[test]
    fn people_only_where_a_step_asks_for_them_and_each_once() {
        let sam = PersonId::new();
        let with_people = |number, ids: Vec<String>| SafetyPlanInput {
            steps: vec![StepInput {
                number,
                text: String::new(),
                people: ids,
            }],
        };
        let steps = with_people(4, vec![sam.to_string(), sam.to_string()])
            .validate()
            .unwrap();
        assert_eq!(steps[3].people, std::slice::from_ref(&sam));
        let err = with_people(1, vec![sam.to_string()])
            .validate()
            .unwrap_err();
        let Error::Invalid {
            field: "people",
            reason,
        } = err
        else {
            panic!("{err:?}");
        };
        // The refusal names the step in her language.
        assert_eq!(
            reason.render(Language::En),
            "Step 1 (Warning signs) does not list people."
        );
        assert_eq!(
            reason.render(Language::Es),
            "Paso 1 (Señales de alerta) no lleva personas."
        );
        let err = with_people(4, vec!["'; DROP TABLE person; --".into()])
            .validate()
            .unwrap_err();
        assert!(matches!(err, Error::NotFound { .. }));
        let many = (0..=STEP_PEOPLE_MAX).map(|_| PersonId::new().to_string());
        let err = with_people(4, many.collect()).validate().unwrap_err();
        assert!(matches!(
            err,
            Error::Invalid {
                field: "people",
                ..
            }
        ));
    }
}
