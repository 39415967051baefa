//! Reaching out: a hello in her own messaging app with the words ready, asking someone to call,
//! and inviting a friend to a group's next meeting. Village never sends anything itself: it
//! makes the `sms:`, `tel:` or `mailto:` address her phone or computer opens, and logs a
//! check-in only when she says she reached them.

use std::collections::VecDeque;

use chrono::{DateTime, TimeZone, Utc};

use crate::catalog::{Language, Message, date, say, word};
use crate::circle::{CheckInKind, NewCheckIn, Person, PersonId};
use crate::error::{Error, Reason, Result};
use crate::groups::{Group, Meeting};
use crate::text;
use crate::words;

/// The most a hello or an invite can carry: a long message, far short of what a URL can hold.
pub const BODY_MAX: usize = 2_000;
/// Her own ready messages: short enough to read at a glance, long enough to say it her way.
pub const READY_MAX: usize = 500;
/// How many hellos wait for her answer at once; the oldest is forgotten first. She answers one
/// as she comes back, so a handful is plenty.
pub const PENDING_MAX: usize = 32;

/// One of her own ready messages.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    sqlx::Type,
)]
#[serde(transparent)]
#[sqlx(transparent)]
pub struct ReadyMessageId(String);

impl ReadyMessageId {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        Self(uuid::Uuid::new_v4().hyphenated().to_string())
    }

    /// Reads an id from the UI or a file; anything that is not a UUID is not found.
    pub fn parse(text: &str) -> Result<Self> {
        uuid::Uuid::try_parse(text.trim())
            .map(|id| Self(id.hyphenated().to_string()))
            .map_err(|_| message_not_found())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for ReadyMessageId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

pub(crate) fn message_not_found() -> Error {
    Error::NotFound {
        what: Message::new("error-reach-not-found-message"),
    }
}

/// How she reaches someone: the three ways a person's phone number and address allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    Text,
    Call,
    Email,
}

impl How {
    pub const ALL: [How; 3] = [How::Text, How::Call, How::Email];

    pub fn as_str(self) -> &'static str {
        match self {
            How::Text => "text",
            How::Call => "call",
            How::Email => "email",
        }
    }

    pub fn parse(text: &str) -> Result<Self> {
        Self::ALL
            .into_iter()
            .find(|h| h.as_str() == text.trim())
            .ok_or_else(|| Error::invalid("how", "error-reach-how"))
    }

    /// The check-in it becomes when she says she reached them. Check-ins have no kind for an
    /// email, so it is "other".
    pub fn check_in_kind(self) -> CheckInKind {
        match self {
            How::Text => CheckInKind::Text,
            How::Call => CheckInKind::Call,
            How::Email => CheckInKind::Other,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Addresses her apps open

/// UTF-8 percent-encoding of every byte outside RFC 3986's unreserved characters
/// (`A–Z a–z 0–9 - . _ ~`): a space is `%20`, never `+`, and `&`, `?`, `#` and `%` cannot end
/// the body early or start a fragment. Emoji and any other script go as their UTF-8 bytes.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Every line break ("\r\n", "\r" or "\n") as `newline`, each line percent-encoded.
fn encode_lines(text: &str, newline: &str) -> String {
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    unified
        .split('\n')
        .map(percent_encode)
        .collect::<Vec<_>>()
        .join(newline)
}

/// A phone number as a dialler reads it: its digits, with a leading `+` kept.
pub fn dial_string(phone: &str) -> String {
    let phone = phone.trim();
    let plus = if phone.starts_with('+') { "+" } else { "" };
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    format!("{plus}{digits}")
}

/// `sms:NUMBER?body=…`, which Android's and iOS's messaging apps both read; line breaks are
/// `%0A`. An empty body leaves the message empty for her to write.
pub fn sms_uri(phone: &str, body: &str) -> String {
    format!(
        "sms:{}?body={}",
        dial_string(phone),
        encode_lines(body, "%0A")
    )
}

/// `tel:NUMBER`.
pub fn tel_uri(phone: &str) -> String {
    format!("tel:{}", dial_string(phone))
}

/// `mailto:ADDRESS?subject=…&body=…`; line breaks are `%0D%0A`, as RFC 6068 asks. The address
/// keeps its `@` and `+`; anything else that could end it early is encoded.
pub fn mailto_uri(address: &str, subject: &str, body: &str) -> String {
    let address: String = address
        .trim()
        .split('@')
        .map(|part| percent_encode(part).replace("%2B", "+"))
        .collect::<Vec<_>>()
        .join("@");
    format!(
        "mailto:{address}?subject={}&body={}",
        encode_lines(subject, "%0D%0A"),
        encode_lines(body, "%0D%0A")
    )
}

/// The words she sends, checked: at most `BODY_MAX` characters, no control characters but line
/// breaks and tabs, trimmed. Empty is fine: she may write it in her app.
pub fn check_body(body: &str) -> Result<String> {
    text::optional_text(
        "body",
        Message::new("error-reach-label-message"),
        body,
        BODY_MAX,
    )
}

/// The address for reaching `person` by `how` at `to`, which must be their phone number (for a
/// text or a call) or their email address: Village opens nothing she did not pick from them.
/// `subject` is an email's subject line; `body` the words for a text or an email.
pub fn link(person: &Person, how: How, to: &str, subject: &str, body: &str) -> Result<String> {
    let body = check_body(body)?;
    match how {
        How::Text | How::Call => {
            let theirs = dial_string(&person.phone);
            if theirs.trim_start_matches('+').is_empty() {
                return Err(Error::invalid("to", "error-reach-no-phone"));
            }
            if dial_string(to) != theirs {
                return Err(Error::invalid("to", "error-reach-not-theirs"));
            }
            Ok(match how {
                How::Call => tel_uri(&person.phone),
                _ => sms_uri(&person.phone, &body),
            })
        }
        How::Email => {
            let theirs = person.email.trim();
            if theirs.is_empty() {
                return Err(Error::invalid("to", "error-reach-no-email"));
            }
            if !to.trim().eq_ignore_ascii_case(theirs) {
                return Err(Error::invalid("to", "error-reach-not-theirs"));
            }
            Ok(mailto_uri(theirs, subject, &body))
        }
    }
}

/// A hello to `person`: the address to open, with a friendly subject line for an email.
pub fn hello_link(
    person: &Person,
    how: How,
    to: &str,
    body: &str,
    language: Language,
) -> Result<String> {
    let subject = word(language, "reach-email-subject");
    link(person, how, to, &subject, body)
}

/// The name a message greets them by: the first word of the name she gave them.
pub fn first_name(name: &str) -> &str {
    name.split_whitespace().next().unwrap_or("")
}

// ---------------------------------------------------------------------------------------------
// "Did you reach Ana?"

/// A hello she opened in another app and has not yet said whether it reached them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingHello {
    pub person_id: PersonId,
    pub how: How,
}

impl PendingHello {
    pub fn new(person_id: PersonId, how: How) -> Self {
        Self { person_id, how }
    }

    /// Her answer: on yes, the check-in to log (of the kind the hello was, now, with the time on
    /// her clock), which the caller hands to `Store::log_check_in`; on "not yet", nothing at
    /// all, so nothing can be written.
    pub fn answer<Tz: TimeZone>(
        &self,
        reached: bool,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Option<NewCheckIn> {
        reached.then(|| {
            NewCheckIn {
                person_id: self.person_id.clone(),
                happened_at: now,
                kind: self.how.check_in_kind(),
                note: String::new(),
                local_at: None,
            }
            .seen_in(tz)
        })
    }
}

/// The hellos waiting for her answer, each under an id of its own. Kept in memory only: a
/// hello she never answers is forgotten, and nothing was logged for it.
#[derive(Debug, Default)]
pub struct PendingHellos {
    waiting: VecDeque<(String, PendingHello)>,
}

impl PendingHellos {
    /// Keeps `hello` until she answers; the id to answer it by.
    pub fn add(&mut self, hello: PendingHello) -> String {
        let id = uuid::Uuid::new_v4().hyphenated().to_string();
        self.waiting.push_back((id.clone(), hello));
        while self.waiting.len() > PENDING_MAX {
            self.waiting.pop_front();
        }
        id
    }

    /// The hello waiting under `id`, taken away: it is answered once.
    pub fn take(&mut self, id: &str) -> Result<PendingHello> {
        let at = self
            .waiting
            .iter()
            .position(|(waiting, _)| waiting == id.trim())
            .ok_or_else(|| Error::NotFound {
                what: Message::new("error-reach-hello-gone"),
            })?;
        self.waiting
            .remove(at)
            .map(|(_, hello)| hello)
            .ok_or_else(|| Error::NotFound {
                what: Message::new("error-reach-hello-gone"),
            })
    }

    pub fn len(&self) -> usize {
        self.waiting.len()
    }

    pub fn is_empty(&self) -> bool {
        self.waiting.is_empty()
    }
}

// ---------------------------------------------------------------------------------------------
// Ready messages

/// The ready messages Village brings, in every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadyKey {
    Hello,
    CallMe,
    Walk,
    Meal,
    Hour,
}

impl ReadyKey {
    pub const ALL: [ReadyKey; 5] = [
        ReadyKey::Hello,
        ReadyKey::CallMe,
        ReadyKey::Walk,
        ReadyKey::Meal,
        ReadyKey::Hour,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ReadyKey::Hello => "hello",
            ReadyKey::CallMe => "call-me",
            ReadyKey::Walk => "walk",
            ReadyKey::Meal => "meal",
            ReadyKey::Hour => "hour",
        }
    }

    fn message(self) -> Message {
        match self {
            ReadyKey::Hello => Message::new("reach-ready-hello"),
            ReadyKey::CallMe => Message::new("reach-ready-call-me"),
            ReadyKey::Walk => Message::new("reach-ready-walk"),
            ReadyKey::Meal => Message::new("reach-ready-meal"),
            ReadyKey::Hour => Message::new("reach-ready-hour"),
        }
    }

    /// The words in `language`, greeting `name` (a first name) or no one.
    pub fn words(self, language: Language, name: Option<&str>) -> String {
        let name = name.map(str::trim).filter(|n| !n.is_empty());
        self.message()
            .with("named", if name.is_some() { "yes" } else { "no" })
            .with("name", name.unwrap_or(""))
            .render(language)
    }
}

/// One of her own ready messages, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadyMessage {
    pub id: ReadyMessageId,
    pub text: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A ready message as the hello flow offers it: one of Village's (no id) or one of hers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadyText {
    pub id: Option<ReadyMessageId>,
    /// The built-in message's key, or "own".
    pub key: &'static str,
    pub text: String,
}

impl From<ReadyMessage> for ReadyText {
    fn from(own: ReadyMessage) -> Self {
        ReadyText {
            id: Some(own.id),
            key: "own",
            text: own.text,
        }
    }
}

/// Village's ready messages in `language`, worded for `name` (a first name) or for no one, then
/// hers as she wrote them.
pub fn ready_messages(
    language: Language,
    name: Option<&str>,
    own: Vec<ReadyMessage>,
) -> Vec<ReadyText> {
    ReadyKey::ALL
        .into_iter()
        .map(|key| ReadyText {
            id: None,
            key: key.as_str(),
            text: key.words(language, name),
        })
        .chain(own.into_iter().map(ReadyText::from))
        .collect()
}

/// Her own ready message, checked: 1 to `READY_MAX` characters after trimming; line breaks are
/// kept ("\r\n" as "\n"), any other control character is refused. What looks like HTML is
/// hers and stays as she wrote it: it is only ever shown as text and sent as text.
pub fn check_ready_text(text: &str) -> Result<String> {
    let label = || Reason::from(Message::new("error-reach-label-message"));
    let text = text.replace("\r\n", "\n");
    let text = text.trim();
    if text.chars().any(|c| c.is_control() && c != '\n') {
        return Err(text::hidden_character("text", label()));
    }
    if text.is_empty() {
        return Err(Error::invalid(
            "text",
            Reason::from(Message::new("error-text-empty")).with_part("label", label()),
        ));
    }
    let length = text.chars().count();
    if length > READY_MAX {
        return Err(Error::invalid(
            "text",
            Reason::from(
                Message::new("error-text-too-long")
                    .with("max", READY_MAX)
                    .with("length", length),
            )
            .with_part("label", label()),
        ));
    }
    Ok(text.to_owned())
}

// ---------------------------------------------------------------------------------------------
// Inviting a friend to a meeting

/// An invitation to one meeting: the words, and the meeting they name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    pub text: String,
    pub meeting: Meeting,
}

/// The group's next meeting that has not yet begun: one under way is too late to invite to.
pub fn next_meeting<Tz: TimeZone>(group: &Group, now: DateTime<Utc>, tz: &Tz) -> Option<Meeting> {
    group
        .next_meetings(now, 2, tz)
        .into_iter()
        .find(|m| m.start > now)
}

/// The invitation to the group's next meeting, in `language`: its name, the day and time on
/// her clock (the schedule is hers, so a clock change moves nothing), and the place or link,
/// greeting `name` (a first name) if given. A group with no meeting ahead has nothing to
/// invite to.
pub fn invite<Tz: TimeZone>(
    group: &Group,
    name: Option<&str>,
    now: DateTime<Utc>,
    tz: &Tz,
    language: Language,
) -> Result<Invite> {
    let meeting = next_meeting(group, now, tz)
        .ok_or_else(|| Error::invalid("group", "error-reach-no-next-meeting"))?;
    Ok(Invite {
        text: invite_words(group, &meeting, name, tz, language),
        meeting,
    })
}

/// The words of an invitation to `meeting`.
pub fn invite_words<Tz: TimeZone>(
    group: &Group,
    meeting: &Meeting,
    name: Option<&str>,
    tz: &Tz,
    language: Language,
) -> String {
    let name = name.map(str::trim).filter(|n| !n.is_empty());
    let wall = meeting.start.with_timezone(tz).naive_local().time();
    let mut lines = vec![say(
        language,
        "invite-text",
        &[
            ("named", if name.is_some() { "yes" } else { "no" }.into()),
            ("name", name.unwrap_or("").into()),
            ("group", group.name.as_str().into()),
            (
                "date",
                date(language, "invite-date", meeting.local_date).into(),
            ),
            ("at", words::at_time(language, wall).into()),
        ],
    )];
    if !group.place.is_empty() {
        lines.push(say(
            language,
            "invite-place",
            &[("place", group.place.as_str().into())],
        ));
    }
    if !group.link.is_empty() {
        lines.push(say(
            language,
            "invite-link",
            &[("link", group.link.as_str().into())],
        ));
    }
    lines.join("\n")
}

/// The address for an invitation: a text or an email only (a call has no words to carry).
pub fn invite_link(
    person: &Person,
    group: &Group,
    how: How,
    to: &str,
    body: &str,
    language: Language,
) -> Result<String> {
    if how == How::Call {
        return Err(Error::invalid("how", "error-reach-invite-how"));
    }
    let subject = say(
        language,
        "invite-email-subject",
        &[("group", group.name.as_str().into())],
    );
    link(person, how, to, &subject, body)
}

/// The group's meeting that starts at `start`, to put in a calendar on its own.
pub fn meeting_at<Tz: TimeZone>(group: &Group, start: DateTime<Utc>, tz: &Tz) -> Result<Meeting> {
    if group.archived_at.is_some() {
        return Err(Error::invalid("group", "error-calendar-archived"));
    }
    let timed = group
        .schedule
        .timed()
        .ok_or_else(|| Error::invalid("group", "error-calendar-no-times"))?;
    timed
        .meeting_at(start, tz)
        .ok_or_else(|| Error::invalid("starts_at", "error-reach-no-meeting-then"))
}

/// A file name for one meeting's calendar file: the group's name (letters, digits, spaces and
/// dashes) and the day, never empty.
pub fn meeting_file_name(group: &Group, meeting: &Meeting) -> String {
    let stem = crate::groups::file_stem(&group.name).unwrap_or_else(|| "village-meeting".into());
    format!("{stem} {}.ics", meeting.local_date.format("%Y-%m-%d"))
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, Timelike};
    use chrono_tz::America::New_York;

    use super::*;
    use crate::ErrorCode;
    use crate::groups::{GroupId, GroupInput, ScheduleInput};

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
    }

    fn person(phone: &str, email: &str) -> Person {
        Person {
            id: PersonId::new(),
            name: "Ana María López".into(),
            relationship: crate::circle::Relationship::Friend,
            phone: phone.into(),
            email: email.into(),
            reach: String::new(),
            cadence_days: None,
            birthday: None,
            notes: String::new(),
            pinned: false,
            paused: false,
            muted: false,
            snoozed_until: None,
            archived_at: None,
            created_at: at(2026, 1, 1, 0, 0),
            updated_at: at(2026, 1, 1, 0, 0),
        }
    }

    fn group(input: &GroupInput) -> Group {
        let details = input
            .validate(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())
            .unwrap();
        Group {
            id: GroupId::new(),
            name: details.name,
            kind: details.kind,
            place: details.place,
            link: details.link,
            contact: details.contact,
            notes: details.notes,
            schedule: details.schedule,
            remind_minutes_before: details.remind_minutes_before,
            muted: false,
            revision: 0,
            archived_at: None,
            created_at: at(2026, 1, 1, 0, 0),
            updated_at: at(2026, 1, 1, 0, 0),
        }
    }

    /// Every byte of the body, decoded back, as a phone's messaging app reads it.
    fn decode(encoded: &str) -> String {
        let bytes = encoded.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
                out.push(u8::from_str_radix(hex, 16).unwrap());
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    }

    const TRICKY: &str = "Hi Zoë 👩‍👧! Fish & chips?\nTomorrow #2 at 50% off, ok? a+b=c / 🎉";

    #[test]
    fn an_sms_body_is_percent_encoded_so_android_and_ios_read_it_whole() {
        let uri = sms_uri("+1 (555) 010-2030", TRICKY);
        let (head, body) = uri.split_once("?body=").unwrap();
        assert_eq!(head, "sms:+15550102030");
        // Only unreserved characters and escapes: nothing can end the body or start a fragment.
        assert!(
            body.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-._~%".contains(c)),
            "{body}"
        );
        for (raw, encoded) in [
            (' ', "%20"),
            ('&', "%26"),
            ('?', "%3F"),
            ('#', "%23"),
            ('%', "%25"),
            ('+', "%2B"),
            ('/', "%2F"),
            ('\n', "%0A"),
        ] {
            assert!(body.contains(encoded), "{raw:?} as {encoded}: {body}");
        }
        assert!(!body.contains('+') && !body.contains("%0D"), "{body}");
        // Emoji and accents go as their UTF-8 bytes.
        assert!(body.contains("Zo%C3%AB"), "{body}");
        assert!(body.contains("%F0%9F%8E%89"), "🎉: {body}");
        assert!(body.contains("%E2%80%8D"), "the zero-width joiner: {body}");
        assert_eq!(decode(body), TRICKY);
        assert_eq!(
            sms_uri("555 0102", "a\r\nb\rc"),
            "sms:5550102?body=a%0Ab%0Ac"
        );
        assert_eq!(sms_uri("988", ""), "sms:988?body=");
        assert_eq!(tel_uri("+44 (0) 7700-900 123"), "tel:+4407700900123");
    }

    #[test]
    fn a_mailto_body_and_subject_are_encoded_with_crlf_line_breaks() {
        let uri = mailto_uri("ana+baby@example.org", "Tuesday Mums & me?", TRICKY);
        let rest = uri
            .strip_prefix("mailto:ana+baby@example.org?subject=")
            .unwrap();
        let (subject, body) = rest.split_once("&body=").unwrap();
        assert_eq!(subject, "Tuesday%20Mums%20%26%20me%3F");
        assert!(
            body.contains("%0D%0A") && !body.contains("%0A%0D"),
            "{body}"
        );
        assert!(!body.contains('&') && !body.contains('#') && !body.contains('?'));
        assert!(body.contains("%F0%9F%8E%89") && body.contains("%26") && body.contains("%23"));
        assert_eq!(decode(body), TRICKY.replace('\n', "\r\n"));
        assert_eq!(
            mailto_uri("a@b.org", "", "line one\nline two"),
            "mailto:a@b.org?subject=&body=line%20one%0D%0Aline%20two"
        );
    }

    #[test]
    fn a_hello_goes_only_to_a_number_or_address_she_has_for_them() {
        let ana = person("+1 555-010-2030", "Ana@Example.org");
        let sms = hello_link(&ana, How::Text, "+1 (555) 010 2030", "Hi!", Language::En).unwrap();
        assert_eq!(sms, "sms:+15550102030?body=Hi%21");
        let call = hello_link(&ana, How::Call, "+15550102030", "ignored", Language::En).unwrap();
        assert_eq!(call, "tel:+15550102030");
        let mail = hello_link(&ana, How::Email, "ana@example.org", "Hi", Language::Es).unwrap();
        assert_eq!(mail, "mailto:Ana@Example.org?subject=Un%20saludo&body=Hi");
        for (how, to) in [
            (How::Text, "+1 555 999 0000"),
            (How::Call, "911"),
            (How::Email, "someone@else.org"),
            (How::Text, ""),
        ] {
            let error = hello_link(&ana, how, to, "Hi", Language::En).unwrap_err();
            assert_eq!(error.field(), Some("to"), "{how:?} {to}");
            assert_eq!(
                error.public_message(Language::En),
                "That isn't a number or address you have for them. Choose one of theirs."
            );
        }
        let nobody = person("", "");
        for how in How::ALL {
            let error = hello_link(&nobody, how, "555", "", Language::En).unwrap_err();
            assert_eq!(error.code(), ErrorCode::Invalid);
        }
        let long = "a".repeat(BODY_MAX + 1);
        let error = hello_link(&ana, How::Text, &ana.phone, &long, Language::En).unwrap_err();
        assert_eq!(error.field(), Some("body"));
        assert!(hello_link(&ana, How::Text, &ana.phone, "nul\0", Language::En).is_err());
        assert_eq!(How::parse("fax").unwrap_err().field(), Some("how"));
    }

    #[test]
    fn a_check_in_comes_only_from_her_yes_and_of_the_kind_the_hello_was() {
        let ana = PersonId::new();
        let now = at(2026, 3, 8, 15, 30);
        for (how, kind) in [
            (How::Text, CheckInKind::Text),
            (How::Call, CheckInKind::Call),
            (How::Email, CheckInKind::Other),
        ] {
            let hello = PendingHello::new(ana.clone(), how);
            assert_eq!(hello.answer(false, now, &New_York), None);
            let logged = hello.answer(true, now, &New_York).unwrap();
            assert_eq!(logged.person_id, ana);
            assert_eq!(logged.kind, kind);
            assert_eq!(logged.happened_at, now);
            assert!(logged.note.is_empty());
            // 15:30 UTC is 11:30 on her clock, daylight time having begun that morning.
            assert_eq!(logged.local_at.unwrap().hour(), 11);
        }
    }

    #[test]
    fn a_pending_hello_is_answered_once_and_the_oldest_are_forgotten() {
        let mut waiting = PendingHellos::default();
        let id = waiting.add(PendingHello::new(PersonId::new(), How::Text));
        assert_eq!(waiting.len(), 1);
        assert_eq!(waiting.take(&id).unwrap().how, How::Text);
        let again = waiting.take(&id).unwrap_err();
        assert_eq!(again.code(), ErrorCode::NotFound);
        assert!(waiting.take("not an id").is_err());
        let first = waiting.add(PendingHello::new(PersonId::new(), How::Call));
        for _ in 0..PENDING_MAX {
            waiting.add(PendingHello::new(PersonId::new(), How::Email));
        }
        assert_eq!(waiting.len(), PENDING_MAX);
        assert!(waiting.take(&first).is_err(), "the oldest went first");
    }

    #[test]
    fn ready_messages_greet_by_first_name_or_read_well_without_one() {
        let list = ready_messages(
            Language::En,
            Some(first_name("Ana María López")),
            Vec::new(),
        );
        let keys: Vec<_> = list.iter().map(|m| m.key).collect();
        assert_eq!(keys, ["hello", "call-me", "walk", "meal", "hour"]);
        assert!(list.iter().all(|m| m.id.is_none()));
        assert_eq!(list[0].text, "Hi Ana! Thinking of you. How are you doing?");
        assert_eq!(
            list[1].text,
            "Hi Ana, could you call me today when you have a moment?"
        );
        assert_eq!(
            list[2].text,
            "Hi Ana, would you come for a walk with me and the baby this week?"
        );
        assert_eq!(
            list[3].text,
            "Hi Ana, could you help me with a meal this week? It would mean a lot."
        );
        assert_eq!(
            list[4].text,
            "Hi Ana, could you watch the baby for an hour so I can rest?"
        );
        let nameless = ready_messages(Language::En, None, Vec::new());
        assert_eq!(nameless[0].text, "Hi! Thinking of you. How are you doing?");
        assert_eq!(
            ready_messages(Language::En, Some("  "), Vec::new())[1].text,
            "Hi, could you call me today when you have a moment?"
        );
        let es = ready_messages(Language::Es, Some("Ana"), Vec::new());
        assert_eq!(
            es[0].text,
            "¡Hola, Ana! Estaba pensando en ti. ¿Cómo estás?"
        );
        let es = ready_messages(Language::Es, None, Vec::new());
        assert_eq!(es[0].text, "¡Hola! Estaba pensando en ti. ¿Cómo estás?");
        for text in ready_messages(Language::Es, Some("Ana"), Vec::new())
            .iter()
            .chain(&es)
        {
            assert!(!text.text.contains('{') && !text.text.contains("reach-"));
        }
        let mine = ReadyMessage {
            id: ReadyMessageId::new(),
            text: "Coffee? ☕".into(),
            created_at: at(2026, 1, 1, 0, 0),
            updated_at: at(2026, 1, 1, 0, 0),
        };
        let list = ready_messages(Language::En, None, vec![mine.clone()]);
        assert_eq!(list.len(), 6);
        assert_eq!(list[5].key, "own");
        assert_eq!(list[5].id, Some(mine.id));
        assert_eq!(list[5].text, "Coffee? ☕");
    }

    #[test]
    fn her_own_words_are_checked_and_html_stays_literal() {
        assert_eq!(
            check_ready_text("  Coffee?\r\nSoon ☕ ").unwrap(),
            "Coffee?\nSoon ☕"
        );
        assert_eq!(
            check_ready_text("<b>hi</b> & <script>x</script>").unwrap(),
            "<b>hi</b> & <script>x</script>"
        );
        assert!(check_ready_text(&"é".repeat(READY_MAX)).is_ok());
        let error = check_ready_text(&"é".repeat(READY_MAX + 1)).unwrap_err();
        assert_eq!(
            error.public_message(Language::En),
            "The message can be at most 500 characters; this is 501."
        );
        assert_eq!(
            check_ready_text(" \n ")
                .unwrap_err()
                .public_message(Language::Es),
            "El mensaje no puede quedar en blanco."
        );
        for bad in [
            "nul\0",
            "bell\u{7}",
            "tab\there",
            "\u{1b}[31mred",
            "lone\rreturn",
        ] {
            let error = check_ready_text(bad).unwrap_err();
            assert_eq!(error.field(), Some("text"), "{bad:?}");
            assert!(
                error
                    .public_message(Language::En)
                    .contains("hidden control")
            );
        }
    }

    fn weekly_tuesdays() -> GroupInput {
        let mut input = GroupInput::named(
            "Tuesday Moms",
            ScheduleInput::weekly(&["tue"], "10:00", 90).starting("2026-01-06"),
        );
        input.place = "Library, Room 2".into();
        input
    }

    fn first_mondays() -> GroupInput {
        let mut input = GroupInput::named(
            "PPD support",
            ScheduleInput {
                repeats: "monthly".into(),
                weekdays: vec!["mon".into()],
                nth: Some(1),
                date: Some("2026-01-01".into()),
                time: Some("19:00".into()),
                duration_minutes: Some(60),
            },
        );
        input.link = "https://example.org/meet?room=1&x=2".into();
        input
    }

    #[test]
    fn a_weekly_invite_keeps_its_local_time_across_the_march_clock_change() {
        let tuesdays = group(&weekly_tuesdays());
        // Friday 6 March 2026, noon in New York (EST); the clocks spring forward on Sunday 8.
        let before = at(2026, 3, 6, 17, 0);
        let invite = invite(&tuesdays, Some("Ana"), before, &New_York, Language::En).unwrap();
        // Tuesday 10 March, 10:00 EDT, is 14:00 UTC; the week before it was 15:00 UTC.
        assert_eq!(invite.meeting.start, at(2026, 3, 10, 14, 0));
        assert_eq!(
            invite.text,
            "Hi Ana! Would you like to come with me to Tuesday Moms? It's on Tuesday, March 10 at 10:00 AM.\nWhere: Library, Room 2"
        );
        let week_before = super::invite(
            &tuesdays,
            None,
            at(2026, 2, 27, 17, 0),
            &New_York,
            Language::En,
        )
        .unwrap();
        assert_eq!(week_before.meeting.start, at(2026, 3, 3, 15, 0));
        assert!(week_before.text.contains("Tuesday, March 3 at 10:00 AM"));
        assert!(week_before.text.starts_with("Hi! Would you"));
        let es = super::invite(&tuesdays, Some("Ana"), before, &New_York, Language::Es).unwrap();
        assert_eq!(
            es.text,
            "¡Hola, Ana! ¿Te gustaría venir conmigo a Tuesday Moms el martes 10 de marzo a las 10:00 a. m.?\nDónde: Library, Room 2"
        );
    }

    #[test]
    fn a_monthly_invite_keeps_its_local_time_across_the_november_clock_change() {
        let mondays = group(&first_mondays());
        // Friday 30 October 2026 in New York (EDT); the clocks fall back on Sunday 1 November.
        let before = at(2026, 10, 30, 16, 0);
        let invite = invite(&mondays, None, before, &New_York, Language::En).unwrap();
        // Monday 2 November, 19:00 EST, is midnight UTC on the 3rd: still the 2nd on her clock.
        assert_eq!(invite.meeting.start, at(2026, 11, 3, 0, 0));
        assert_eq!(
            invite.text,
            "Hi! Would you like to come with me to PPD support? It's on Monday, November 2 at 7:00 PM.\nLink: https://example.org/meet?room=1&x=2"
        );
        // October's first Monday was 19:00 EDT, 23:00 UTC.
        let october = super::invite(
            &mondays,
            None,
            at(2026, 9, 30, 16, 0),
            &New_York,
            Language::En,
        )
        .unwrap();
        assert_eq!(october.meeting.start, at(2026, 10, 5, 23, 0));
        assert!(october.text.contains("Monday, October 5 at 7:00 PM"));
        let es = super::invite(&mondays, Some("Bea"), before, &New_York, Language::Es).unwrap();
        assert!(
            es.text
                .starts_with("¡Hola, Bea! ¿Te gustaría venir conmigo a PPD support el lunes 2 de noviembre a las 7:00 p. m.?"),
            "{}",
            es.text
        );
        // Once the meeting has begun, the invite is for the next one.
        let during = at(2026, 11, 3, 0, 30);
        let next = super::invite(&mondays, None, during, &New_York, Language::En).unwrap();
        assert_eq!(
            next.meeting.local_date,
            NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
        );
    }

    #[test]
    fn a_group_with_nothing_ahead_has_nothing_to_invite_to_and_a_call_carries_no_invite() {
        let mut forum = GroupInput::named("Forum", ScheduleInput::default());
        forum.schedule.repeats = "none".into();
        let forum = group(&forum);
        let error =
            invite(&forum, None, at(2026, 3, 1, 0, 0), &New_York, Language::En).unwrap_err();
        assert_eq!(error.code(), ErrorCode::Invalid);
        let ana = person("555 0102", "");
        let tuesdays = group(&weekly_tuesdays());
        let error =
            invite_link(&ana, &tuesdays, How::Call, "555 0102", "Hi", Language::En).unwrap_err();
        assert_eq!(error.field(), Some("how"));
        let uri = invite_link(
            &ana,
            &tuesdays,
            How::Text,
            "5550102",
            "Come?\nTue",
            Language::En,
        )
        .unwrap();
        assert_eq!(uri, "sms:5550102?body=Come%3F%0ATue");
    }

    #[test]
    fn one_meeting_is_found_by_its_start_and_named_as_a_file() {
        let tuesdays = group(&weekly_tuesdays());
        let start = at(2026, 3, 10, 14, 0);
        let meeting = meeting_at(&tuesdays, start, &New_York).unwrap();
        assert_eq!(meeting.end, at(2026, 3, 10, 15, 30));
        assert_eq!(
            meeting_file_name(&tuesdays, &meeting),
            "Tuesday Moms 2026-03-10.ics"
        );
        let error = meeting_at(&tuesdays, at(2026, 3, 10, 15, 0), &New_York).unwrap_err();
        assert_eq!(error.field(), Some("starts_at"));
        let mut archived = tuesdays.clone();
        archived.archived_at = Some(start);
        assert!(meeting_at(&archived, start, &New_York).is_err());
    }
}
