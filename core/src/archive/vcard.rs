//! vCard 3.0 and 4.0 contacts (RFC 2426, RFC 6350) into her circle: name, phones, emails,
//! birthday and note. Each card is read on its own, so one broken card is reported and the
//! rest still come in.

use chrono::{DateTime, NaiveDate, Utc};
use ical::parser::vcard::component::VcardContact;
use ical::property::Property;

use super::{Archive, PersonRecord, check_person};
use crate::circle::{Birthday, PersonId, Relationship};
use crate::error::Result;

/// Makes a contact's id from its UID (or its name and numbers), so a second import of the
/// same cards adds nobody twice.
const NAMESPACE: uuid::Uuid = uuid::Uuid::from_u128(0x3b6d_1f0e_92c4_4e57_8a1d_6c0f_5e2a_9d13);

/// One card's lines, with the line it started on.
struct Card {
    line: usize,
    text: String,
    ended: bool,
}

pub(super) fn read(
    text: &str,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<(Archive, Vec<String>)> {
    let mut cards: Vec<Card> = Vec::new();
    let mut skipped: Vec<String> = Vec::new();
    let mut open: Option<Card> = None;
    for (i, line) in text.lines().enumerate() {
        let number = i + 1;
        let upper = line.trim().to_uppercase();
        if upper == "BEGIN:VCARD" {
            if let Some(card) = open.take() {
                cards.push(card);
            }
            open = Some(Card {
                line: number,
                text: String::new(),
                ended: false,
            });
        }
        match open.as_mut() {
            Some(card) => {
                card.text.push_str(line);
                card.text.push_str("\r\n");
                if upper == "END:VCARD" {
                    card.ended = true;
                    cards.extend(open.take());
                }
            }
            None if !line.trim().is_empty() => {
                skipped.push(format!(
                    "Line {number} is outside any card (BEGIN:VCARD \u{2026} END:VCARD)."
                ));
            }
            None => {}
        }
    }
    cards.extend(open);
    if cards.is_empty() {
        return Err(crate::Error::invalid(
            "file",
            "That file has no contact cards: Village looks for BEGIN:VCARD.",
        ));
    }

    let mut archive = Archive::empty(now);
    for card in cards {
        let Card { line, text, ended } = card;
        if !ended {
            skipped.push(format!(
                "The card on line {line} has no END:VCARD; the file may be cut short."
            ));
            continue;
        }
        let contact = match ical::VcardParser::new(text.as_bytes()).next() {
            Some(Ok(contact)) => contact,
            Some(Err(error)) => {
                skipped.push(format!(
                    "The card on line {line} could not be read: {error}."
                ));
                continue;
            }
            None => {
                skipped.push(format!("The card on line {line} is empty."));
                continue;
            }
        };
        match person(&contact, now, today) {
            Ok((person, notes)) => {
                for note in notes {
                    skipped.push(format!("The card on line {line}: {note}"));
                }
                if archive.people.iter().any(|p| p.id == person.id) {
                    continue;
                }
                archive.people.push(person);
            }
            Err(why) => skipped.push(format!("The card on line {line} {why}")),
        }
    }
    Ok((archive, skipped))
}

/// The person a card describes, and what of it was left out; Err says why the card is.
fn person(
    contact: &VcardContact,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> std::result::Result<(PersonRecord, Vec<String>), String> {
    let values = |name: &str| -> Vec<&Property> {
        contact
            .properties
            .iter()
            .filter(|p| p.name.eq_ignore_ascii_case(name))
            .filter(|p| p.value.as_deref().is_some_and(|v| !v.trim().is_empty()))
            .collect()
    };
    let name = values("FN")
        .first()
        .and_then(|p| p.value.as_deref())
        .map(unescape)
        .or_else(|| {
            let n = values("N").first()?.value.as_deref()?.to_owned();
            // N is family;given;additional;prefix;suffix.
            let parts: Vec<String> = split_unescaped(&n);
            let given = [
                parts.get(3),
                parts.get(1),
                parts.get(2),
                parts.first(),
                parts.get(4),
            ];
            let joined = given
                .into_iter()
                .flatten()
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            Some(joined)
        })
        .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    if name.is_empty() {
        return Err("has no name (FN or N), so it was left out.".to_owned());
    }
    let mut left_out = Vec::new();
    let phones = preferred_first(values("TEL"))
        .into_iter()
        .map(|v| v.trim_start_matches("tel:").trim().to_owned())
        .collect::<Vec<_>>();
    let emails = preferred_first(values("EMAIL"))
        .into_iter()
        .map(|v| v.trim_start_matches("mailto:").trim().to_owned())
        .collect::<Vec<_>>();
    let mut notes: Vec<String> = values("NOTE")
        .iter()
        .filter_map(|p| p.value.as_deref().map(unescape))
        .collect();
    if phones.len() > 1 {
        notes.push(format!("Other phones: {}", phones[1..].join(", ")));
    }
    if emails.len() > 1 {
        notes.push(format!("Other emails: {}", emails[1..].join(", ")));
    }
    let birthday = values("BDAY")
        .first()
        .and_then(|p| p.value.as_deref())
        .and_then(|text| match birthday(text, today) {
            Some(b) => Some(b),
            None => {
                left_out.push(format!(
                    "{name}\u{2019}s birthday \u{201c}{}\u{201d} is not a date Village reads, so it was left out.",
                    text.trim()
                ));
                None
            }
        });
    let key = match values("UID").first().and_then(|p| p.value.as_deref()) {
        Some(uid) => format!("uid\u{1f}{}", uid.trim()),
        None => format!(
            "card\u{1f}{name}\u{1f}{}\u{1f}{}",
            phones.join(","),
            emails.join(",")
        ),
    };
    let id = PersonId::parse(&uuid::Uuid::new_v5(&NAMESPACE, key.as_bytes()).to_string())
        .map_err(|e| e.public_message())?;
    let person = PersonRecord {
        id,
        name,
        relationship: Relationship::Friend,
        phone: phones.first().cloned().unwrap_or_default(),
        email: emails.first().cloned().unwrap_or_default(),
        reach: String::new(),
        cadence_days: None,
        birthday,
        notes: notes.join("\n"),
        pinned: false,
        paused: false,
        reminders_muted: false,
        snoozed_until: None,
        archived_at: None,
        created_at: now,
        updated_at: now,
    };
    check_person(&person, today).map_err(|e| format!("was left out: {}", e.public_message()))?;
    Ok((person, left_out))
}

/// Values with a preferred one first: TYPE=pref (3.0) or PREF=1 (4.0).
fn preferred_first(properties: Vec<&Property>) -> Vec<String> {
    let preferred = |p: &Property| {
        p.params.iter().flatten().any(|(key, values)| {
            (key.eq_ignore_ascii_case("TYPE")
                && values.iter().any(|v| v.eq_ignore_ascii_case("pref")))
                || (key.eq_ignore_ascii_case("PREF") && values.iter().any(|v| v.trim() == "1"))
        })
    };
    let mut sorted: Vec<&Property> = properties;
    sorted.sort_by_key(|p| !preferred(p));
    let mut out: Vec<String> = Vec::new();
    for value in sorted.iter().filter_map(|p| p.value.as_deref()) {
        let value = unescape(value);
        if !out.contains(&value) {
            out.push(value);
        }
    }
    out
}

/// BDAY as 1985-04-12, 19850412, --04-12 or --0412 (no year), with any time after it.
pub(super) fn birthday(text: &str, today: NaiveDate) -> Option<Birthday> {
    let date = text
        .trim()
        .split('T')
        .next()
        .unwrap_or_default()
        .replace('-', "");
    let (year, rest) = if let Some(rest) = text.trim().strip_prefix("--") {
        (
            None,
            rest.replace('-', "").chars().take(4).collect::<String>(),
        )
    } else if date.len() == 8 && date.is_ascii() {
        (date[..4].parse::<i32>().ok(), date[4..].to_owned())
    } else {
        return None;
    };
    if rest.len() != 4 || !rest.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let month = rest[..2].parse().ok()?;
    let day = rest[2..].parse().ok()?;
    Birthday::new(month, day, year, today).ok()
}

/// Undoes vCard's escapes: \n, \, \; and \\.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out.trim().to_owned()
}

/// A structured value's parts, split at unescaped semicolons.
fn split_unescaped(text: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut escaped = false;
    for c in text.chars() {
        match (escaped, c) {
            (false, '\\') => escaped = true,
            (false, ';') => parts.push(String::new()),
            (_, c) => {
                if let Some(p) = parts.last_mut() {
                    if escaped {
                        p.push('\\');
                    }
                    p.push(c);
                }
                escaped = false;
            }
        }
    }
    parts.into_iter().map(|p| unescape(&p)).collect()
}
