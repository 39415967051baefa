//! How a record from a file meets the one already here, and the tally of what an import did.

use chrono::{DateTime, Utc};

use super::whole_seconds;
use crate::transfer::{Counts, ImportFormat};

/// What happened to one record.
#[derive(Clone, Copy)]
pub(super) enum Outcome {
    Added,
    Updated,
    Unchanged,
}

#[derive(Default)]
pub(super) struct Tally {
    pub added: Counts,
    pub updated: Counts,
    pub unchanged: Counts,
}

impl Tally {
    pub fn count(&mut self, outcome: Outcome, field: fn(&mut Counts) -> &mut u64) {
        let counts = match outcome {
            Outcome::Added => &mut self.added,
            Outcome::Updated => &mut self.updated,
            Outcome::Unchanged => &mut self.unchanged,
        };
        *field(counts) += 1;
    }
}

/// Whether a record already here gives way to the file's copy.
pub(super) fn outcome(
    format: ImportFormat,
    mine: Option<DateTime<Utc>>,
    theirs: DateTime<Utc>,
) -> Outcome {
    match mine {
        None => Outcome::Added,
        // Only a Village export carries edits; Daylio and vCard rows are made from the file,
        // so one already here may have been edited by her since and is left alone.
        Some(mine) if format == ImportFormat::Json && whole_seconds(theirs) > mine => {
            Outcome::Updated
        }
        Some(_) => Outcome::Unchanged,
    }
}
