//! Contacts as phones and mail programs write them, vCard 2.1, 3.0 and 4.0 (Android, iPhone,
//! macOS Contacts, Outlook, Google), into her circle: name, phones, emails, birthday and note.
//! calcard reads each card's lines (folding, quoted-printable in its charset with soft line
//! breaks, base64, bare 2.1 types, grouped properties); this module picks what a person in
//! Village holds. Each card is read on its own, so one broken card is reported and the rest
//! still come in.

use calcard::vcard::{
    VCard, VCardEntry, VCardParameterName, VCardParameterValue, VCardProperty, VCardValue,
};
use calcard::{Entry, Parser};
use chrono::{DateTime, NaiveDate, Utc};

use super::{PersonRecord, Snapshot};
use crate::catalog::{Language, say};
use crate::circle::{Birthday, BirthdayInput, PersonId, PersonInput, Relationship};
use crate::error::Result;

/// Makes a contact's id from its UID (or its name and numbers), so a second import of the
/// same cards adds nobody twice.
const NAMESPACE: uuid::Uuid = uuid::Uuid::from_u128(0x3b6d_1f0e_92c4_4e57_8a1d_6c0f_5e2a_9d13);

/// The rank of a value no parameter prefers: after every PREF=1..100 of vCard 4.0.
const NOT_PREFERRED: u32 = 101;

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
    language: Language,
) -> Result<(Snapshot, Vec<String>)> {
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
                // BEGIN and END as calcard expects them, whatever space a program put around.
                if upper == "BEGIN:VCARD" || upper == "END:VCARD" {
                    card.text.push_str(&upper);
                } else {
                    card.text.push_str(line);
                }
                card.text.push_str("\r\n");
                if upper == "END:VCARD" {
                    card.ended = true;
                    cards.extend(open.take());
                }
            }
            None if !line.trim().is_empty() => {
                skipped.push(say(
                    language,
                    "import-vcard-outside",
                    &[("line", number.into())],
                ));
            }
            None => {}
        }
    }
    cards.extend(open);
    if cards.is_empty() {
        return Err(crate::Error::invalid("file", "error-vcard-no-cards"));
    }

    let mut snapshot = Snapshot::empty(now);
    for card in cards {
        let Card { line, text, ended } = card;
        if !ended {
            skipped.push(say(
                language,
                "import-vcard-no-end",
                &[("line", line.into())],
            ));
            continue;
        }
        let vcard = match Parser::new(&text).entry() {
            Entry::VCard(vcard) => vcard,
            _ => {
                skipped.push(say(
                    language,
                    "import-vcard-unreadable",
                    &[("line", line.into())],
                ));
                continue;
            }
        };
        match person(&vcard, now, today, language) {
            Ok((person, notes)) => {
                for note in notes {
                    skipped.push(say(
                        language,
                        "import-vcard-card-note",
                        &[("line", line.into()), ("note", note.into())],
                    ));
                }
                if snapshot.people.iter().any(|p| p.id == person.id) {
                    continue;
                }
                snapshot.people.push(person);
            }
            Err(Refused::NoName) => skipped.push(say(
                language,
                "import-vcard-no-name",
                &[("line", line.into())],
            )),
            Err(Refused::Invalid(error)) => skipped.push(say(
                language,
                "import-vcard-refused",
                &[
                    ("line", line.into()),
                    ("reason", error.public_message(language).into()),
                ],
            )),
        }
    }
    Ok((snapshot, skipped))
}

/// Why a whole card was left out.
enum Refused {
    /// Nothing on it names anyone.
    NoName,
    /// The person form's own rules refuse it.
    Invalid(crate::Error),
}

/// The person a card describes, and what of it was left out (in `language`, as what the
/// import writes into her notes is); Err says why the whole card is.
fn person(
    card: &VCard,
    now: DateTime<Utc>,
    today: NaiveDate,
    language: Language,
) -> std::result::Result<(PersonRecord, Vec<String>), Refused> {
    let entries = |property: VCardProperty| {
        card.entries
            .iter()
            .filter(move |e| e.name == property)
            .filter(|e| !text_of(e).is_empty())
    };
    let first = |property: VCardProperty| entries(property).next().map(text_of);

    let phones = ranked(card, entries(VCardProperty::Tel).collect(), "tel:");
    let emails = ranked(card, entries(VCardProperty::Email).collect(), "mailto:");
    // No formatted name: the parts of N, then what else names them, as a phone's list would.
    let name = first(VCardProperty::Fn)
        .or_else(|| entries(VCardProperty::N).next().map(name_from_parts))
        .filter(|n| !n.is_empty())
        .or_else(|| {
            entries(VCardProperty::Nickname)
                .next()
                .and_then(|e| e.values.iter().map(value_text).find(|v| !v.is_empty()))
        })
        .or_else(|| {
            entries(VCardProperty::Org)
                .next()
                .and_then(|e| e.values.iter().map(value_text).find(|v| !v.is_empty()))
        })
        .or_else(|| emails.first().map(|e| e.value.clone()))
        .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    if name.is_empty() {
        return Err(Refused::NoName);
    }

    // The app's own rules pick which numbers and addresses fit her form; the rest are kept
    // in the notes rather than lost.
    let phone = phones.iter().position(|p| fits_phone(&p.value, today));
    let email = emails.iter().position(|e| fits_email(&e.value, today));
    let others = |list: &[Reach], chosen: Option<usize>| -> Vec<String> {
        list.iter()
            .enumerate()
            .filter(|(i, _)| Some(*i) != chosen)
            .map(|(_, r)| r.words())
            .collect()
    };
    let mut notes: Vec<String> = entries(VCardProperty::Note)
        .map(text_of)
        .map(|n| n.replace("\r\n", "\n").replace('\r', "\n"))
        .collect();
    let other_phones = others(&phones, phone);
    if !other_phones.is_empty() {
        notes.push(say(
            language,
            "import-vcard-other-phones",
            &[("phones", other_phones.join(", ").into())],
        ));
    }
    let other_emails = others(&emails, email);
    if !other_emails.is_empty() {
        notes.push(say(
            language,
            "import-vcard-other-emails",
            &[("emails", other_emails.join(", ").into())],
        ));
    }

    let mut left_out = Vec::new();
    let birthday =
        entries(VCardProperty::Bday)
            .next()
            .and_then(|entry| match card_birthday(entry, today) {
                Some(b) => Some(b),
                None => {
                    left_out.push(say(
                        language,
                        "import-vcard-birthday-unread",
                        &[
                            ("name", name.as_str().into()),
                            ("text", text_of(entry).into()),
                        ],
                    ));
                    None
                }
            });

    let phone = phone
        .and_then(|i| phones.get(i))
        .map(|p| p.value.clone())
        .unwrap_or_default();
    let email = email
        .and_then(|i| emails.get(i))
        .map(|e| e.value.clone())
        .unwrap_or_default();
    let uid = card
        .uid()
        .map(str::trim)
        .filter(|u| !u.is_empty())
        .map(str::to_owned)
        .or_else(|| {
            card.entries
                .iter()
                .find(|e| property_named(e, "X-ABUID"))
                .map(text_of)
                .filter(|u| !u.is_empty())
        });
    let key = match uid {
        Some(uid) => format!("uid\u{1f}{uid}"),
        None => format!(
            "card\u{1f}{name}\u{1f}{}\u{1f}{}",
            phones
                .iter()
                .map(|p| p.value.as_str())
                .collect::<Vec<_>>()
                .join(","),
            emails
                .iter()
                .map(|e| e.value.as_str())
                .collect::<Vec<_>>()
                .join(",")
        ),
    };
    let id = PersonId::parse(&uuid::Uuid::new_v5(&NAMESPACE, key.as_bytes()).to_string())
        .map_err(Refused::Invalid)?;
    // The same checks as the person form in the app.
    let details = PersonInput {
        name,
        relationship: Relationship::Friend.as_str().to_owned(),
        phone,
        email,
        reach: String::new(),
        cadence_days: None,
        birthday: birthday.map(|b| BirthdayInput {
            month: i64::from(b.month),
            day: i64::from(b.day),
            year: b.year.map(i64::from),
        }),
        notes: notes.join("\n"),
        pinned: false,
        paused: false,
    }
    .validate(today)
    .map_err(Refused::Invalid)?;
    let person = PersonRecord {
        id,
        name: details.name,
        relationship: details.relationship,
        phone: details.phone,
        email: details.email,
        reach: details.reach,
        cadence_days: details.cadence_days,
        birthday: details.birthday,
        notes: details.notes,
        pinned: details.pinned,
        paused: details.paused,
        reminders_muted: false,
        snoozed_until: None,
        archived_at: None,
        created_at: now,
        updated_at: now,
    };
    Ok((person, left_out))
}

/// Whether the person form takes this as a phone number.
fn fits_phone(phone: &str, today: NaiveDate) -> bool {
    PersonInput {
        phone: phone.to_owned(),
        ..PersonInput::named("-")
    }
    .validate(today)
    .is_ok()
}

/// Whether the person form takes this as an email address.
fn fits_email(email: &str, today: NaiveDate) -> bool {
    PersonInput {
        email: email.to_owned(),
        ..PersonInput::named("-")
    }
    .validate(today)
    .is_ok()
}

/// A phone number or email address, how much the card prefers it, and its label.
struct Reach {
    value: String,
    rank: u32,
    label: Option<String>,
}

impl Reach {
    fn words(&self) -> String {
        match &self.label {
            Some(label) => format!("{} ({label})", self.value),
            None => self.value.clone(),
        }
    }
}

/// Values in the card's order of preference (PREF=1 of 4.0; TYPE=pref of 3.0; a bare PREF of
/// 2.1), each once, without its URI scheme.
fn ranked(card: &VCard, entries: Vec<&VCardEntry>, scheme: &str) -> Vec<Reach> {
    let mut list: Vec<Reach> = Vec::new();
    for entry in entries {
        let text = text_of(entry);
        let value = match text.get(..scheme.len()) {
            Some(head) if head.eq_ignore_ascii_case(scheme) => text[scheme.len()..].trim(),
            _ => text.as_str(),
        };
        if value.is_empty() || list.iter().any(|r| r.value == value) {
            continue;
        }
        list.push(Reach {
            value: value.to_owned(),
            rank: preference(entry),
            label: label(card, entry),
        });
    }
    list.sort_by_key(|r| r.rank);
    list
}

fn preference(entry: &VCardEntry) -> u32 {
    entry
        .params
        .iter()
        .filter_map(|p| match (&p.name, &p.value) {
            (VCardParameterName::Pref, VCardParameterValue::Integer(n)) => Some(*n),
            (VCardParameterName::Pref, _) => Some(1),
            (VCardParameterName::Type, value) => value
                .as_text()
                .filter(|t| t.eq_ignore_ascii_case("pref"))
                .map(|_| 1),
            _ => None,
        })
        .min()
        .unwrap_or(NOT_PREFERRED)
}

/// What the card calls a number or address: Apple's X-ABLabel for its group ("_$!<Mobile>!$_"
/// is Apple's own word, anything else hers), else its type (home, work, mobile).
fn label(card: &VCard, entry: &VCardEntry) -> Option<String> {
    let apple = entry.group.as_deref().and_then(|group| {
        card.entries
            .iter()
            .filter(|e| {
                e.group
                    .as_deref()
                    .is_some_and(|g| g.eq_ignore_ascii_case(group))
            })
            .find(|e| property_named(e, "X-ABLabel"))
            .map(text_of)
    });
    if let Some(label) = apple {
        let label = match label
            .strip_prefix("_$!<")
            .and_then(|l| l.strip_suffix(">!$_"))
        {
            Some(apple_word) => apple_word.trim().to_lowercase(),
            None => label.trim().to_owned(),
        };
        if !label.is_empty() {
            return Some(label);
        }
    }
    entry.params.iter().find_map(|p| {
        let kind = match (&p.name, &p.value) {
            (VCardParameterName::Type, value) => value.as_text()?,
            // 2.1 writes its types bare (TEL;CELL;PREF), which calcard keeps as named.
            (VCardParameterName::Other(name), VCardParameterValue::Null) => name.as_str(),
            _ => return None,
        };
        match kind.to_ascii_lowercase().as_str() {
            "cell" | "mobile" => Some("mobile".to_owned()),
            word @ ("home" | "work" | "fax" | "pager" | "iphone" | "main") => Some(word.to_owned()),
            _ => None,
        }
    })
}

fn property_named(entry: &VCardEntry, name: &str) -> bool {
    matches!(&entry.name, VCardProperty::Other(other) if other.eq_ignore_ascii_case(name))
}

/// "Given Family" from N (family;given;additional;prefix;suffix), with a prefix before and a
/// suffix after as people write them: "Dr. Priya Anne Shah PhD".
fn name_from_parts(entry: &VCardEntry) -> String {
    let part = |i: usize| entry.values.get(i).map(value_text).unwrap_or_default();
    [part(3), part(1), part(2), part(0), part(4)]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A property's text, its parts joined: what a card says, whatever its version wrote.
fn text_of(entry: &VCardEntry) -> String {
    entry
        .values
        .iter()
        .map(value_text)
        .filter(|v| !v.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .trim()
        .to_owned()
}

fn value_text(value: &VCardValue) -> String {
    match value {
        VCardValue::Text(text) => text.trim().to_owned(),
        VCardValue::Component(parts) => parts
            .iter()
            .map(|p| p.trim())
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
        VCardValue::PartialDateTime(date) => {
            let two = |n: Option<u8>| n.map_or("--".to_owned(), |n| format!("{n:02}"));
            match date.year {
                Some(year) => format!("{year:04}-{}-{}", two(date.month), two(date.day)),
                None => format!("--{}-{}", two(date.month), two(date.day)),
            }
        }
        VCardValue::Integer(n) => n.to_string(),
        // Photos and other binary values are not hers to read here.
        _ => String::new(),
    }
}

/// BDAY as calcard read it, or as text in any form `birthday` knows. Apple writes a birthday
/// without a year as the year 1604, with X-APPLE-OMIT-YEAR saying so.
fn card_birthday(entry: &VCardEntry, today: NaiveDate) -> Option<Birthday> {
    let omitted = entry.params.iter().find_map(|p| match &p.name {
        VCardParameterName::Other(name) if name.eq_ignore_ascii_case("X-APPLE-OMIT-YEAR") => {
            p.value.as_text().and_then(|y| y.trim().parse::<i32>().ok())
        }
        _ => None,
    });
    let (month, day, year) = match entry.values.first()? {
        VCardValue::PartialDateTime(date) => (
            u32::from(date.month?),
            u32::from(date.day?),
            date.year.map(i32::from),
        ),
        other => month_day_year(&value_text(other))?,
    };
    Birthday::new(month, day, year.filter(|y| Some(*y) != omitted), today).ok()
}

/// BDAY as 1985-04-12, 19850412, --04-12 or --0412 (no year), with any time after it.
#[cfg(test)]
pub(super) fn birthday(text: &str, today: NaiveDate) -> Option<Birthday> {
    let (month, day, year) = month_day_year(text)?;
    Birthday::new(month, day, year, today).ok()
}

/// BDAY's text as calcard leaves it when it is not a date calcard knows: 1985-04-12,
/// 19850412, --04-12 or --0412 (no year), with any time after it.
fn month_day_year(text: &str) -> Option<(u32, u32, Option<i32>)> {
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
        (Some(date[..4].parse::<i32>().ok()?), date[4..].to_owned())
    } else {
        return None;
    };
    if rest.len() != 4 || !rest.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some((rest[..2].parse().ok()?, rest[2..].parse().ok()?, year))
}
