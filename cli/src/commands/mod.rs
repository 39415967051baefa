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

/// "12 mood notes, 3 people and 2 groups", in core's words for an import's counts, in the
/// run's language.
pub fn holds(check: &DatabaseCheck) -> String {
    let count = |n: i64| u64::try_from(n).unwrap_or(0);
    Counts {
        people: count(check.people),
        mood_notes: count(check.mood_notes),
        groups: count(check.groups),
        ..Counts::default()
    }
    .words(crate::language::current())
}

#[cfg(test)]
mod tests {
    use village_core::catalog::{Arg, Language, say};

    fn said(language: Language, id: &str, args: &[(&'static str, Arg)]) -> String {
        say(language, id, args)
    }

    #[test]
    fn every_count_the_cli_says_comes_as_one_and_many_in_both_languages() {
        use Language::{En, Es};
        let birthday = |language, when: &str, turns: i32| {
            said(
                language,
                "cli-today-birthday",
                &[
                    ("name", "Ana".into()),
                    ("when", when.into()),
                    ("day", "Friday".into()),
                    ("turns", turns.into()),
                ],
            )
        };
        assert_eq!(birthday(En, "today", 0), "Ana · today");
        assert_eq!(birthday(En, "later", 1), "Ana · Friday, turns 1");
        assert_eq!(birthday(En, "tomorrow", 36), "Ana · tomorrow, turns 36");
        assert_eq!(birthday(Es, "today", 0), "Ana · hoy");
        assert_eq!(birthday(Es, "later", 1), "Ana · el Friday, cumple 1");
        assert_eq!(birthday(Es, "tomorrow", 36), "Ana · mañana, cumple 36");

        let prompt =
            |language, weeks: u32| said(language, "cli-today-prompt", &[("weeks", weeks.into())]);
        assert!(prompt(En, 1).starts_with("1 week since"));
        assert!(prompt(En, 6).starts_with("6 weeks since"));
        assert!(prompt(Es, 1).starts_with("1 semana desde"));
        assert!(prompt(Es, 6).starts_with("6 semanas desde"));

        let mood = |language, entries: u64| {
            said(
                language,
                "cli-import-mood",
                &[
                    ("name", "rad".into()),
                    ("entries", entries.into()),
                    ("means", "5".into()),
                ],
            )
        };
        assert_eq!(mood(En, 1), "rad (1 entry) → 5");
        assert_eq!(mood(En, 4), "rad (4 entries) → 5");
        assert_eq!(mood(Es, 1), "rad (1 entrada) → 5");
        assert_eq!(mood(Es, 4), "rad (4 entradas) → 5");

        let backup = |language, n: i64| {
            said(
                language,
                "cli-doctor-backup",
                &[
                    ("name", "a.db".into()),
                    ("notes", n.into()),
                    ("people", n.into()),
                    ("groups", n.into()),
                ],
            )
        };
        assert_eq!(backup(En, 1), "a.db: 1 note, 1 person, 1 group");
        assert_eq!(backup(En, 3), "a.db: 3 notes, 3 people, 3 groups");
        assert_eq!(backup(Es, 1), "a.db: 1 nota, 1 persona, 1 grupo");
        assert_eq!(backup(Es, 3), "a.db: 3 notas, 3 personas, 3 grupos");
    }
}
