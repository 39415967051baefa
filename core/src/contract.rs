//! What the window must agree with the core on, written once here: the error codes, the
//! values each choice can take and the words for each, and the limits of what she types. `ui/contract.js` is made
//! from this (`make contract`), and a test fails when the two differ.

use serde_json::{Value, json};

use crate::circle::{self, CheckInKind, Relationship};
use crate::error::ErrorCode;
use crate::groups::MINUTES_BEFORE;
use crate::groups::{self, GroupKind};
use crate::journal;
use crate::settings::{IdleLock, TextSize, Theme};

/// The file the UI imports, relative to the workspace.
pub const UI_FILE: &str = "ui/contract.js";

/// The contract as one value: `errorCodes`, `choices` and `limits`.
pub fn contract() -> Value {
    let codes: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    let relationships: Vec<&str> = Relationship::ALL.iter().map(|r| r.as_str()).collect();
    let kinds: Vec<&str> = CheckInKind::ALL.iter().map(|k| k.as_str()).collect();
    let group_kinds: Vec<&str> = GroupKind::ALL.iter().map(|k| k.as_str()).collect();
    let weekdays: Vec<&str> = groups::WEEKDAY_CODES
        .iter()
        .map(|(code, _)| *code)
        .collect();
    let themes: Vec<&str> = [Theme::System, Theme::Light, Theme::Dark]
        .iter()
        .map(|t| t.as_str())
        .collect();
    // Each value's words are a catalog message, named by the value: the window asks the
    // catalog of her language for them.
    let ids = |family: &str, values: Vec<String>| -> serde_json::Map<String, Value> {
        values
            .into_iter()
            .map(|value| {
                let id = choice_id(family, &value);
                (value, Value::from(id))
            })
            .collect()
    };
    let labels = json!({
        "relationship": ids("relationship", relationships.iter().map(|v| (*v).to_owned()).collect()),
        "checkInKind": ids("check-in-kind", kinds.iter().map(|v| (*v).to_owned()).collect()),
        "groupKind": ids("group-kind", group_kinds.iter().map(|v| (*v).to_owned()).collect()),
        "repeats": ids("repeats", groups::REPEATS.iter().map(|v| (*v).to_owned()).collect()),
        "nth": ids("nth", groups::NTHS.iter().map(|n| n.to_string()).collect()),
        "mood": ids("mood", (1..=5).map(|n: i32| n.to_string()).collect()),
    });
    json!({
        "errorCodes": codes,
        "labels": labels,
        "choices": {
            "relationship": relationships,
            "checkInKind": kinds,
            "groupKind": group_kinds,
            "repeats": groups::REPEATS,
            "weekday": weekdays,
            "nth": groups::NTHS,
            "mood": [1, 2, 3, 4, 5],
            "theme": themes,
            "idleLockMinutes": IdleLock::CHOICES,
            "textSizePercent": TextSize::CHOICES,
        },
        "limits": {
            "personName": circle::NAME_MAX,
            "personPhone": circle::PHONE_MAX,
            "personEmail": circle::EMAIL_MAX,
            "personReach": circle::REACH_MAX,
            "personNotes": circle::NOTES_MAX,
            "cadenceDays": [circle::CADENCE_DAYS.start(), circle::CADENCE_DAYS.end()],
            "checkInNote": circle::CHECK_IN_NOTE_MAX,
            "note": journal::NOTE_MAX,
            "tag": journal::TAG_MAX,
            "tagsPerNote": journal::TAGS_PER_NOTE_MAX,
            "groupName": groups::NAME_MAX,
            "groupPlace": groups::PLACE_MAX,
            "groupLink": groups::LINK_MAX,
            "groupContact": groups::CONTACT_MAX,
            "groupNotes": groups::NOTES_MAX,
            "remindMinutesBefore": [MINUTES_BEFORE.start(), MINUTES_BEFORE.end()],
            "durationMinutes": [1, groups::DURATION_MAX_MINUTES],
            "safetyPlanStep": crate::safety_plan::STEP_TEXT_MAX,
            "passphraseMinChars": crate::cipher::MIN_CHARS,
        },
    })
}

/// The catalog message for one value of a choice: `relationship-mom-friend`, `nth-last`.
pub fn choice_id(family: &str, value: &str) -> String {
    let value = if value == "-1" { "last" } else { value };
    format!("{family}-{}", value.replace('_', "-"))
}

/// `ui/contract.js` as it must read.
pub fn ui_module() -> String {
    let contract = contract();
    let part = |key: &str| serde_json::to_string_pretty(&contract[key]).unwrap_or_default();
    format!(
        "// Written by `make contract` from village-core's src/contract.rs; a test fails when it\n\
         // differs. Do not edit by hand.\n\n\
         /** The closed set of error codes the shell sends (village_core::ErrorCode). */\n\
         export const ERROR_CODES = Object.freeze({});\n\n\
         /** The values each choice can take, in the order the forms offer them. */\n\
         export const CHOICES = Object.freeze({});\n\n\
         /** The catalog message for each value of a choice (ui/locales/<lang>/choices.ftl). */\n\
         export const LABELS = Object.freeze({});\n\n\
         /** The most she can type in each field, and the ranges of numbers. */\n\
         export const LIMITS = Object.freeze({});\n",
        part("errorCodes"),
        part("choices"),
        part("labels"),
        part("limits")
    )
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    /// Fails when `ui/contract.js` is not what the core says; `make contract` rewrites it.
    #[test]
    fn the_ui_has_the_cores_contract() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(super::UI_FILE);
        let expected = super::ui_module();
        if std::env::var_os("VILLAGE_WRITE_CONTRACT").is_some() {
            std::fs::write(&path, &expected).unwrap();
        }
        let found = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            found == expected,
            "{} differs from core's contract; run `make contract` and commit it",
            path.display()
        );
    }

    #[test]
    fn every_choice_has_its_words_in_both_catalogs() {
        let labels = &super::contract()["labels"];
        let mut count = 0;
        for family in labels.as_object().unwrap().values() {
            for id in family.as_object().unwrap().values() {
                let id = id.as_str().unwrap();
                for language in crate::catalog::Language::CHOSEN {
                    assert!(crate::catalog::has(language, id), "{} {id}", language.tag());
                }
                count += 1;
            }
        }
        assert!(count > 30, "{count}");
    }

    #[test]
    fn every_repeat_and_nth_the_contract_offers_is_one_the_schedule_reads() {
        use crate::groups::{Nth, ScheduleInput};
        for n in crate::groups::NTHS {
            assert!(Nth::parse(n).is_ok(), "{n}");
        }
        assert!(Nth::parse(0).is_err() && Nth::parse(6).is_err());
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        for repeats in crate::groups::REPEATS {
            let input = ScheduleInput {
                repeats: repeats.into(),
                weekdays: vec!["mon".into()],
                nth: Some(1),
                date: Some("2026-12-07".into()),
                time: Some("10:00".into()),
                duration_minutes: Some(60),
            };
            assert!(input.validate(today).is_ok(), "{repeats}");
        }
        let unknown = ScheduleInput {
            repeats: "daily".into(),
            ..ScheduleInput::default()
        };
        assert!(unknown.validate(today).is_err());
    }
}
