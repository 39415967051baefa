//! Self-checks: the PHQ-9 and GAD-7 questionnaires in their public-domain wording, scored,
//! with score ranges told in the questionnaires' own words and never as a verdict on her.
//! The wording lives in the catalogs (`self-check.ftl`), in each language only as its official
//! translation has it word for word; here every text is a message id, and the scoring is
//! keyed on item numbers, never on words.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::catalog::{Language, Message, say, word};
use crate::error::{Error, Result};
pub use crate::id::SelfCheckId;

/// The two questionnaires Village carries. Both are in the public domain (Spitzer, Williams,
/// Kroenke and colleagues, with an educational grant from Pfizer). The EPDS is not here: it
/// may not be shipped without the Royal College of Psychiatrists' written permission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[serde(rename_all = "snake_case")]
#[sqlx(rename_all = "snake_case")]
pub enum Questionnaire {
    Phq9,
    Gad7,
}

// Each form's answers, scored 0 to 3, and its unscored closing question's answers. The two
// forms share their English answers, but a translation may word them differently (or not be
// confirmed yet), so each form names its own.
const PHQ9_ANSWERS: [&str; 4] = [
    "self-check-phq9-answer-0",
    "self-check-phq9-answer-1",
    "self-check-phq9-answer-2",
    "self-check-phq9-answer-3",
];
const GAD7_ANSWERS: [&str; 4] = [
    "self-check-gad7-answer-0",
    "self-check-gad7-answer-1",
    "self-check-gad7-answer-2",
    "self-check-gad7-answer-3",
];
const PHQ9_DIFFICULTY_ANSWERS: [&str; 4] = [
    "self-check-phq9-difficulty-answer-0",
    "self-check-phq9-difficulty-answer-1",
    "self-check-phq9-difficulty-answer-2",
    "self-check-phq9-difficulty-answer-3",
];
const GAD7_DIFFICULTY_ANSWERS: [&str; 4] = [
    "self-check-gad7-difficulty-answer-0",
    "self-check-gad7-difficulty-answer-1",
    "self-check-gad7-difficulty-answer-2",
    "self-check-gad7-difficulty-answer-3",
];

/// The PHQ-9's answers, kept for the shell's form until it asks each form for its own
/// (`Questionnaire::answers`); the same words as the GAD-7's in English.
pub const ANSWERS: [&str; 4] = PHQ9_ANSWERS;
/// Likewise the PHQ-9's closing answers (`Questionnaire::difficulty_answers`).
pub const DIFFICULTY_ANSWERS: [&str; 4] = PHQ9_DIFFICULTY_ANSWERS;

const PHQ9_ITEMS: [&str; 9] = [
    "self-check-phq9-item-1",
    "self-check-phq9-item-2",
    "self-check-phq9-item-3",
    "self-check-phq9-item-4",
    "self-check-phq9-item-5",
    "self-check-phq9-item-6",
    "self-check-phq9-item-7",
    "self-check-phq9-item-8",
    "self-check-phq9-item-9",
];

const GAD7_ITEMS: [&str; 7] = [
    "self-check-gad7-item-1",
    "self-check-gad7-item-2",
    "self-check-gad7-item-3",
    "self-check-gad7-item-4",
    "self-check-gad7-item-5",
    "self-check-gad7-item-6",
    "self-check-gad7-item-7",
];

/// PHQ-9 item 9 (thoughts of self-harm), counted from 0.
pub const PHQ9_SELF_HARM_ITEM: usize = 8;

/// A score range with the name the questionnaire's authors give it (a message id).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Band {
    pub from: u8,
    pub to: u8,
    pub name: &'static str,
}

// Kroenke, Spitzer & Williams (2001), "The PHQ-9", J Gen Intern Med 16:606–613.
const PHQ9_BANDS: [Band; 5] = [
    band(0, 4, "self-check-band-none-to-minimal"),
    band(5, 9, "self-check-band-mild"),
    band(10, 14, "self-check-band-moderate"),
    band(15, 19, "self-check-band-moderately-severe"),
    band(20, 27, "self-check-band-severe"),
];

// Spitzer, Kroenke, Williams & Löwe (2006), "A brief measure for assessing generalized
// anxiety disorder", Arch Intern Med 166:1092–1097: cut points 5, 10 and 15.
const GAD7_BANDS: [Band; 4] = [
    band(0, 4, "self-check-band-minimal"),
    band(5, 9, "self-check-band-mild"),
    band(10, 14, "self-check-band-moderate"),
    band(15, 21, "self-check-band-severe"),
];

const fn band(from: u8, to: u8, name: &'static str) -> Band {
    Band { from, to, name }
}

impl Questionnaire {
    pub const ALL: [Questionnaire; 2] = [Questionnaire::Phq9, Questionnaire::Gad7];

    pub fn as_str(self) -> &'static str {
        match self {
            Questionnaire::Phq9 => "phq9",
            Questionnaire::Gad7 => "gad7",
        }
    }

    pub fn parse(text: &str) -> Result<Self> {
        Self::ALL
            .into_iter()
            .find(|q| q.as_str() == text)
            .ok_or_else(|| Error::invalid("kind", "error-self-check-kind"))
    }

    /// The short name printed on the form; the same in every language.
    pub fn name(self) -> &'static str {
        match self {
            Questionnaire::Phq9 => "PHQ-9",
            Questionnaire::Gad7 => "GAD-7",
        }
    }

    /// What it asks about, in plain words (a message id).
    pub fn about(self) -> &'static str {
        match self {
            Questionnaire::Phq9 => "self-check-phq9-about",
            Questionnaire::Gad7 => "self-check-gad7-about",
        }
    }

    /// The question every item answers: the "over the last 2 weeks" frame (a message id).
    pub fn stem(self) -> &'static str {
        match self {
            Questionnaire::Phq9 => "self-check-phq9-stem",
            Questionnaire::Gad7 => "self-check-gad7-stem",
        }
    }

    /// The unscored closing question about how much the problems get in the way (a message
    /// id). The two forms word it slightly differently.
    pub fn difficulty(self) -> &'static str {
        match self {
            Questionnaire::Phq9 => "self-check-phq9-difficulty",
            Questionnaire::Gad7 => "self-check-gad7-difficulty",
        }
    }

    /// The items, in order (message ids); item n is `items()[n - 1]`.
    pub fn items(self) -> &'static [&'static str] {
        match self {
            Questionnaire::Phq9 => &PHQ9_ITEMS,
            Questionnaire::Gad7 => &GAD7_ITEMS,
        }
    }

    /// The four answers every item takes, scored 0 to 3 (message ids).
    pub fn answers(self) -> [&'static str; 4] {
        match self {
            Questionnaire::Phq9 => PHQ9_ANSWERS,
            Questionnaire::Gad7 => GAD7_ANSWERS,
        }
    }

    /// The closing question's four answers (message ids); kept, never scored.
    pub fn difficulty_answers(self) -> [&'static str; 4] {
        match self {
            Questionnaire::Phq9 => PHQ9_DIFFICULTY_ANSWERS,
            Questionnaire::Gad7 => GAD7_DIFFICULTY_ANSWERS,
        }
    }

    pub fn bands(self) -> &'static [Band] {
        match self {
            Questionnaire::Phq9 => &PHQ9_BANDS,
            Questionnaire::Gad7 => &GAD7_BANDS,
        }
    }

    pub fn max_score(self) -> u8 {
        // At most 9 items of 3 points: always within u8.
        u8::try_from(self.items().len() * 3).unwrap_or(u8::MAX)
    }

    pub fn band(self, score: u8) -> Band {
        let bands = self.bands();
        bands
            .iter()
            .copied()
            .find(|b| (b.from..=b.to).contains(&score))
            .unwrap_or(bands[bands.len() - 1])
    }
}

/// What she answered, before it is checked: one number per item, and the optional closing
/// question.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SelfCheckInput {
    pub kind: String,
    pub answers: Vec<Option<i64>>,
    #[serde(default)]
    pub difficulty: Option<i64>,
}

/// Checked answers: the right number of items, each 0 to 3.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answers {
    pub kind: Questionnaire,
    pub items: Vec<u8>,
    pub difficulty: Option<u8>,
}

impl SelfCheckInput {
    pub fn validate(&self) -> Result<Answers> {
        let kind = Questionnaire::parse(&self.kind)?;
        let expected = kind.items().len();
        if self.answers.len() != expected {
            return Err(Error::invalid(
                "answers",
                Message::new("error-self-check-count")
                    .with("name", kind.name())
                    .with("count", expected),
            ));
        }
        let score = |n: i64| u8::try_from(n).ok().filter(|n| *n <= 3);
        let mut items = Vec::with_capacity(expected);
        for (i, answer) in self.answers.iter().enumerate() {
            let Some(answer) = answer else {
                return Err(Error::invalid(
                    "answers",
                    Message::new("error-self-check-unanswered").with("number", i + 1),
                ));
            };
            let value = score(*answer).ok_or_else(|| {
                Error::invalid(
                    "answers",
                    Message::new("error-self-check-answer").with("number", i + 1),
                )
            })?;
            items.push(value);
        }
        let difficulty = match self.difficulty {
            None => None,
            Some(n) => Some(
                score(n)
                    .ok_or_else(|| Error::invalid("difficulty", "error-self-check-difficulty"))?,
            ),
        };
        Ok(Answers {
            kind,
            items,
            difficulty,
        })
    }
}

impl Answers {
    pub fn score(&self) -> u8 {
        self.items.iter().sum()
    }
}

/// A questionnaire she completed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SelfCheck {
    pub id: SelfCheckId,
    pub kind: Questionnaire,
    pub items: Vec<u8>,
    pub difficulty: Option<u8>,
    pub score: u8,
    pub taken_at: DateTime<Utc>,
    pub local_date: NaiveDate,
}

impl SelfCheck {
    pub fn band(&self) -> Band {
        self.kind.band(self.score)
    }

    /// Any answer above "Not at all" on PHQ-9 item 9: the Need help now page comes first,
    /// before the score.
    pub fn needs_help_now(&self) -> bool {
        self.kind == Questionnaire::Phq9
            && self
                .items
                .get(PHQ9_SELF_HARM_ITEM)
                .is_some_and(|answer| *answer > 0)
    }

    /// The score told plainly in `language`: where it sits in the questionnaire's ranges,
    /// never what she is.
    pub fn words_in(&self, language: Language) -> String {
        let band = self.band();
        say(
            language,
            "self-check-result-words",
            &[
                ("score", self.score.into()),
                ("max", self.kind.max_score().into()),
                ("name", self.kind.name().into()),
                ("from", band.from.into()),
                ("to", band.to.into()),
                ("band", word(language, band.name).into()),
            ],
        )
    }

    /// The same in English, for the shell until it passes her language to `words_in`.
    pub fn words(&self) -> String {
        self.words_in(Language::En)
    }
}

/// Said under every result, whatever the score (a message id).
pub const SHARE_LINE: &str = "self-check-share";

#[cfg(test)]
mod tests;
