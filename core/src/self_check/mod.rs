//! Self-checks: the PHQ-9 and GAD-7 questionnaires in their public-domain wording, scored,
//! with score ranges told in the questionnaires' own words and never as a verdict on her.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

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

/// The four answers every item takes, scored 0 to 3.
pub const ANSWERS: [&str; 4] = [
    "Not at all",
    "Several days",
    "More than half the days",
    "Nearly every day",
];

/// The closing question of each form; it is asked, kept, and not scored. The two forms word it
/// slightly differently.
const PHQ9_DIFFICULTY: &str = "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?";
const GAD7_DIFFICULTY: &str = "If you checked off any problems, how difficult have these made it for you to do your work, take care of things at home, or get along with other people?";

pub const DIFFICULTY_ANSWERS: [&str; 4] = [
    "Not difficult at all",
    "Somewhat difficult",
    "Very difficult",
    "Extremely difficult",
];

const PHQ9_ITEMS: [&str; 9] = [
    "Little interest or pleasure in doing things",
    "Feeling down, depressed, or hopeless",
    "Trouble falling or staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead or of hurting yourself in some way",
];

const GAD7_ITEMS: [&str; 7] = [
    "Feeling nervous, anxious, or on edge",
    "Not being able to stop or control worrying",
    "Worrying too much about different things",
    "Trouble relaxing",
    "Being so restless that it is hard to sit still",
    "Becoming easily annoyed or irritable",
    "Feeling afraid as if something awful might happen",
];

/// PHQ-9 item 9 (thoughts of self-harm), counted from 0.
pub const PHQ9_SELF_HARM_ITEM: usize = 8;

/// A score range with the name the questionnaire's authors give it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Band {
    pub from: u8,
    pub to: u8,
    pub name: &'static str,
}

// Kroenke, Spitzer & Williams (2001), "The PHQ-9", J Gen Intern Med 16:606–613.
const PHQ9_BANDS: [Band; 5] = [
    band(0, 4, "none to minimal"),
    band(5, 9, "mild"),
    band(10, 14, "moderate"),
    band(15, 19, "moderately severe"),
    band(20, 27, "severe"),
];

// Spitzer, Kroenke, Williams & Löwe (2006), "A brief measure for assessing generalized
// anxiety disorder", Arch Intern Med 166:1092–1097: cut points 5, 10 and 15.
const GAD7_BANDS: [Band; 4] = [
    band(0, 4, "minimal"),
    band(5, 9, "mild"),
    band(10, 14, "moderate"),
    band(15, 21, "severe"),
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
            .ok_or_else(|| Error::invalid("kind", "Choose the PHQ-9 or the GAD-7."))
    }

    /// The short name printed on the form.
    pub fn name(self) -> &'static str {
        match self {
            Questionnaire::Phq9 => "PHQ-9",
            Questionnaire::Gad7 => "GAD-7",
        }
    }

    /// What it asks about, in plain words.
    pub fn about(self) -> &'static str {
        match self {
            Questionnaire::Phq9 => "Nine questions about mood over the last two weeks.",
            Questionnaire::Gad7 => {
                "Seven questions about worry and anxiety over the last two weeks."
            }
        }
    }

    /// The question every item answers: the "over the last 2 weeks" frame.
    pub fn stem(self) -> &'static str {
        match self {
            Questionnaire::Phq9 => {
                "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
            }
            Questionnaire::Gad7 => {
                "Over the last 2 weeks, how often have you been bothered by the following problems?"
            }
        }
    }

    /// The unscored closing question about how much the problems get in the way.
    pub fn difficulty(self) -> &'static str {
        match self {
            Questionnaire::Phq9 => PHQ9_DIFFICULTY,
            Questionnaire::Gad7 => GAD7_DIFFICULTY,
        }
    }

    pub fn items(self) -> &'static [&'static str] {
        match self {
            Questionnaire::Phq9 => &PHQ9_ITEMS,
            Questionnaire::Gad7 => &GAD7_ITEMS,
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
                format!("The {} has {expected} questions.", kind.name()),
            ));
        }
        let score = |n: i64| u8::try_from(n).ok().filter(|n| *n <= 3);
        let mut items = Vec::with_capacity(expected);
        for (i, answer) in self.answers.iter().enumerate() {
            let Some(answer) = answer else {
                return Err(Error::invalid(
                    "answers",
                    format!("Question {} has no answer yet.", i + 1),
                ));
            };
            let value = score(*answer).ok_or_else(|| {
                Error::invalid(
                    "answers",
                    format!("Question {} needs one of the four answers.", i + 1),
                )
            })?;
            items.push(value);
        }
        let difficulty = match self.difficulty {
            None => None,
            Some(n) => Some(score(n).ok_or_else(|| {
                Error::invalid("difficulty", "Choose one of the four answers, or none.")
            })?),
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

    /// The score told plainly: where it sits in the questionnaire's ranges, never what she is.
    pub fn words(&self) -> String {
        let band = self.band();
        format!(
            "You scored {} out of {}. On the {}, scores from {} to {} are in the range its authors call \u{201c}{}\u{201d}.",
            self.score,
            self.kind.max_score(),
            self.kind.name(),
            band.from,
            band.to,
            band.name
        )
    }
}

/// Said under every result, whatever the score.
pub const SHARE_LINE: &str = "A score is a snapshot of two weeks, not a label. Your doctor or midwife can talk it through with you: you can show them this result, or take it to your next visit.";

#[cfg(test)]
mod tests;
