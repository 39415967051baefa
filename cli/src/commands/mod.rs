//! One module per subcommand: each reads its arguments, calls core, and words the result.

pub mod backup;
pub mod doctor;
pub mod export;
pub mod import;
pub mod note;
pub mod seed;
pub mod today;

use village_core::store::DatabaseCheck;
use village_core::transfer::Counts;

/// "12 mood notes, 3 people and 2 groups", in core's words for an import's counts.
pub fn holds(check: &DatabaseCheck) -> String {
    let count = |n: i64| u64::try_from(n).unwrap_or(0);
    Counts {
        people: count(check.people),
        mood_notes: count(check.mood_notes),
        groups: count(check.groups),
        ..Counts::default()
    }
    .words()
}
