//! Generated stores for benchmarks and for trying Village out: years of a life like hers,
//! the same every time for the same seed. Built as an export file (`Snapshot`) and brought in
//! through the import, so it passes every check her own data does.

use chrono::{DateTime, Days, Duration, NaiveDate, NaiveTime, SubsecRound, TimeZone, Utc};

use crate::circle::{Birthday, CheckInId, CheckInKind, PersonId, Relationship, local_time};
use crate::error::{Error, Result};
use crate::groups::{GroupId, GroupKind, ScheduleInput, WEEK, group_tag, weekday_code};
use crate::journal::MoodNoteId;
use crate::time::{day_of, resolve_local};
use crate::transfer::{
    CheckInRecord, GroupRecord, ImportFormat, Incoming, MoodNoteRecord, PersonRecord,
    ScheduleRecord, Snapshot,
};

/// How much a generated store holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// About five years of use: ~5,500 notes, 60 people, 15 groups.
    FiveYears,
    /// The far end: 100,000 notes and 2,000 people over the same five years.
    Heavy,
}

struct Shape {
    notes: usize,
    people: usize,
    groups: usize,
    /// Check-ins reach back this many days; a circle of 2,000 is not kept up for years.
    check_in_days: i64,
}

/// Five years and a day, so the oldest note is from the first week after the birth.
const SPAN_DAYS: i64 = 5 * 365 + 1;

/// Every 10,000th note mentions it: the heavy store's word that search must find among few.
pub const RARE_WORD: &str = "zeppelin";
/// In most notes: the word a search must find among many.
pub const COMMON_WORD: &str = "baby";

impl Profile {
    pub const ALL: [Profile; 2] = [Profile::FiveYears, Profile::Heavy];

    pub fn parse(text: &str) -> Result<Profile> {
        Profile::ALL
            .into_iter()
            .find(|p| p.as_str() == text)
            .ok_or_else(|| Error::invalid("profile", "error-seed-profile"))
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Profile::FiveYears => "five-years",
            Profile::Heavy => "heavy",
        }
    }

    fn shape(self) -> Shape {
        match self {
            Profile::FiveYears => Shape {
                notes: 5_500,
                people: 60,
                groups: 15,
                check_in_days: SPAN_DAYS,
            },
            Profile::Heavy => Shape {
                notes: 100_000,
                people: 2_000,
                groups: 15,
                check_in_days: 365,
            },
        }
    }
}

/// SplitMix64: small, fast and the same on every machine, so a seed always gives one store.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// 0 to n - 1.
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n.max(1) as u64).unwrap_or(0)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn uuid(&mut self) -> String {
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&self.next().to_le_bytes());
        bytes[8..].copy_from_slice(&self.next().to_le_bytes());
        uuid::Builder::from_random_bytes(bytes)
            .into_uuid()
            .hyphenated()
            .to_string()
    }
}

const FIRST_NAMES: [&str; 40] = [
    "Ana", "Sam", "Priya", "Zoë", "Maya", "Chloe", "Aisha", "Grace", "Lena", "Sofia", "Hannah",
    "Imogen", "Nadia", "Ruth", "Elif", "Joanna", "Mei", "Olu", "Carmen", "Freya", "Beth", "Kemi",
    "Rosa", "Tash", "Lucy", "Amara", "Ines", "Hollie", "Yusra", "Marta", "Dan", "Tom", "Mo",
    "Jake", "Rafael", "Kwame", "Mum", "Dad", "Gran", "Aunt Jo",
];
const SURNAMES: [&str; 20] = [
    "Okafor", "Hughes", "Patel", "Nowak", "Kelly", "Begum", "Silva", "Murphy", "Chen", "Ahmed",
    "Jones", "García", "Müller", "Novak", "Evans", "Khan", "Rossi", "Taylor", "Sato", "O'Neil",
];

const TAGS: [&str; 24] = [
    "tired",
    "anxious",
    "lonely",
    "hopeful",
    "slept well",
    "got outside",
    "saw a friend",
    "feeding",
    "nap",
    "walk",
    "rain",
    "coffee",
    "partner",
    "mum",
    "health visitor",
    "crying",
    "teething",
    "laughed",
    "park",
    "library",
    "work",
    "bath time",
    "reading",
    "sunshine",
];

/// Sentences a note is made of; a note takes one to five of them.
const SENTENCES: [&str; 36] = [
    "The baby slept for three hours straight and I didn't know what to do with myself.",
    "Fed at three, then sat by the window while the street was quiet.",
    "Long night. The baby was up every hour and I felt very alone with it.",
    "We walked to the park and the baby watched the trees the whole way.",
    "Cried in the shower this morning; felt a bit better after.",
    "Sam came over with soup and held the baby so I could sleep.",
    "The health visitor said the baby is growing well.",
    "I haven't spoken to an adult all day.",
    "Laughed properly for the first time in weeks at something silly on the radio.",
    "Rain all day, stayed in and the baby and I built a blanket fort.",
    "Baby group was loud and a bit much, but one mum asked for my number.",
    "Too tired to think. Coffee, nap, coffee.",
    "My partner took the early feed and I slept until eight.",
    "Mum called and I told her it was fine, which it mostly wasn't.",
    "Teething again. Everyone in this flat is grumpy.",
    "The library rhyme time was lovely; the baby clapped, sort of.",
    "Thinking about going back to work and feeling torn about it.",
    "Bath time was the best part of the day.",
    "Read three pages of a book before falling asleep, which counts.",
    "Sunshine at last; sat on a bench and let the baby kick in the shade.",
    "I keep checking the baby is breathing. I know that's common but it's exhausting.",
    "Messaged two friends. One replied straight away and that helped.",
    "Today felt ordinary in a good way.",
    "Got out of the house before ten, which is a record.",
    "The baby smiled at me and I had to sit down.",
    "Worried about everything and nothing in particular.",
    "Went to the support group; it helped to hear I'm not the only one.",
    "Pushed the pram up the hill twice just to get the baby to sleep.",
    "Forgot to eat lunch again.",
    "A good day. I want to remember this one.",
    "Snapped at my partner and then we both apologised.",
    "The night feeds are getting easier, or I'm getting used to them.",
    "Video call with my sister; the baby stared at the screen the whole time.",
    "Felt flat all afternoon.",
    "First swim class. The baby loved the water more than I did.",
    "Slow morning, warm tea, the baby asleep on my chest.",
];

const GROUP_NAMES: [(&str, GroupKind); 15] = [
    ("Tuesday Bumps & Babies", GroupKind::MomAndBaby),
    ("Rhyme Time at the Library", GroupKind::Class),
    ("PND Peer Support", GroupKind::SupportGroup),
    ("Baby Swim", GroupKind::Class),
    ("New Mums Online", GroupKind::OnlineCommunity),
    ("Friday Pram Walk", GroupKind::MomAndBaby),
    ("Postnatal Yoga", GroupKind::Class),
    ("Evening Video Circle", GroupKind::VirtualMeetup),
    ("Feeding Support Drop-in", GroupKind::SupportGroup),
    ("Baby Sensory", GroupKind::Class),
    ("Dads and Partners Meetup", GroupKind::Other),
    ("Sling Library", GroupKind::Other),
    ("Messy Play", GroupKind::MomAndBaby),
    ("First Aid for Babies", GroupKind::Class),
    ("Sunday Coffee Mums", GroupKind::MomAndBaby),
];

/// A store as an import: `profile`'s worth of data ending at `now`, in her zone `tz`.
pub fn generate<Tz: TimeZone>(
    profile: Profile,
    seed: u64,
    now: DateTime<Utc>,
    tz: &Tz,
) -> Result<Incoming> {
    let shape = profile.shape();
    let mut dice = Dice(seed);
    let today = day_of(now, tz);
    let birth = today
        .checked_sub_days(Days::new(SPAN_DAYS as u64))
        .ok_or_else(|| Error::invalid("now", "error-seed-too-early"))?;
    let now = now.trunc_subsecs(0);

    let mut snapshot = Snapshot::empty(now);
    snapshot
        .settings
        .insert("baby.birth_date".to_owned(), birth.to_string());

    notes(&mut snapshot, &mut dice, shape.notes, birth, now, tz);
    people(&mut snapshot, &mut dice, &shape, birth, now, tz)?;
    groups(&mut snapshot, &mut dice, shape.groups, birth, now, tz)?;
    // Newest first, as an export lists them; the import does not mind, but a reader might.
    snapshot
        .mood_notes
        .sort_by_key(|n| std::cmp::Reverse(n.written_at));
    snapshot.check(now, tz)?;
    Ok(Incoming {
        format: ImportFormat::Json,
        snapshot,
        moods: Vec::new(),
        skipped: Vec::new(),
        notices: Vec::new(),
    })
}

fn minute_of_day(dice: &mut Dice, from_hour: usize, to_hour: usize) -> NaiveTime {
    let minutes = from_hour * 60 + dice.below((to_hour - from_hour) * 60);
    NaiveTime::from_num_seconds_from_midnight_opt(u32::try_from(minutes * 60).unwrap_or(0), 0)
        .unwrap_or(NaiveTime::MIN)
}

fn note_text(dice: &mut Dice, index: usize) -> String {
    let empty = dice.chance(20);
    let rare = index % 10_000 == 9_999;
    if empty && !rare {
        return String::new();
    }
    let count = 1 + dice.below(5);
    let mut text: Vec<&str> = (0..count).map(|_| *dice.pick(&SENTENCES)).collect();
    if rare {
        text.push("A zeppelin floated over the park and the baby stared at it.");
    }
    text.join(" ")
}

fn notes<Tz: TimeZone>(
    snapshot: &mut Snapshot,
    dice: &mut Dice,
    count: usize,
    birth: NaiveDate,
    now: DateTime<Utc>,
    tz: &Tz,
) {
    // Her mood drifts: a slow walk between hard weeks and good ones.
    let mut drift: i64 = 0;
    let days = SPAN_DAYS as usize;
    for index in 0..count {
        // Spread evenly over the days, a few minutes apart at most on the same day.
        let day = birth + Days::new(((index * days) / count) as u64 + 1);
        let written_at = resolve_local(day.and_time(minute_of_day(dice, 6, 24)), tz);
        if written_at > now {
            continue;
        }
        if index % 7 == 0 {
            drift = (drift + i64::try_from(dice.below(3)).unwrap_or(1) - 1).clamp(-2, 1);
        }
        let mood = (3 + drift + i64::try_from(dice.below(3)).unwrap_or(1) - 1).clamp(1, 5);
        let tags: Vec<String> = (0..dice.below(4))
            .map(|_| (*dice.pick(&TAGS)).to_owned())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        snapshot.mood_notes.push(MoodNoteRecord {
            id: id(dice, MoodNoteId::parse),
            mood: u8::try_from(mood).unwrap_or(3),
            note: note_text(dice, index),
            tags,
            energy: dice
                .chance(70)
                .then(|| u8::try_from(1 + dice.below(5)).unwrap_or(3)),
            sleep_hours: dice.chance(60).then(|| 3.0 + 0.5 * dice.below(13) as f64),
            written_at,
            local_date: day_of(written_at, tz),
            created_at: written_at,
            updated_at: written_at,
        });
    }
}

fn id<T>(dice: &mut Dice, parse: fn(&str) -> Result<T>) -> T {
    // A UUID made here always parses; the loop only satisfies the type.
    loop {
        if let Ok(id) = parse(&dice.uuid()) {
            return id;
        }
    }
}

fn people<Tz: TimeZone>(
    snapshot: &mut Snapshot,
    dice: &mut Dice,
    shape: &Shape,
    birth: NaiveDate,
    now: DateTime<Utc>,
    tz: &Tz,
) -> Result<()> {
    let today = day_of(now, tz);
    let kinds = [
        CheckInKind::Text,
        CheckInKind::Text,
        CheckInKind::Call,
        CheckInKind::Video,
        CheckInKind::Visit,
    ];
    for n in 0..shape.people {
        let (relationship, cadence) = match n % 10 {
            0 => (Relationship::Family, Some(7)),
            1 | 2 => (Relationship::MomFriend, Some(10)),
            3 => (Relationship::Partner, None),
            4 => (Relationship::Professional, Some(28)),
            _ => (Relationship::Friend, Some(14 + 7 * (n % 3) as u32)),
        };
        let name = format!(
            "{} {}",
            FIRST_NAMES[n % FIRST_NAMES.len()],
            SURNAMES[(n / FIRST_NAMES.len() + n) % SURNAMES.len()]
        );
        let added = resolve_local(
            (birth + Days::new(dice.below(120) as u64)).and_time(minute_of_day(dice, 8, 22)),
            tz,
        );
        let birthday = if dice.chance(70) {
            let month = 1 + dice.below(12) as u32;
            let day = 1 + dice.below(28) as u32;
            let year = dice.chance(50).then(|| 1975 + dice.below(25) as i32);
            Some(Birthday::new(month, day, year, today)?)
        } else {
            None
        };
        let person = PersonRecord {
            id: id(dice, PersonId::parse),
            name,
            relationship,
            phone: format!("+44 7700 900{:03}", n % 1000),
            email: if dice.chance(40) {
                format!("friend{n}@example.org")
            } else {
                String::new()
            },
            reach: String::new(),
            cadence_days: cadence,
            birthday,
            notes: if dice.chance(30) {
                (*dice.pick(&SENTENCES)).to_owned()
            } else {
                String::new()
            },
            pinned: n < 3,
            paused: n % 37 == 36,
            reminders_muted: false,
            snoozed_until: None,
            archived_at: (n % 53 == 52).then_some(now - Duration::days(30)),
            created_at: added,
            updated_at: added,
        };
        // Check-ins at about her cadence with them, some missed, some early.
        let every = i64::from(cadence.unwrap_or(5));
        let mut at = added.max(now - Duration::days(shape.check_in_days));
        loop {
            let gap = every - every / 3
                + i64::try_from(dice.below(usize::try_from(every).unwrap_or(7))).unwrap_or(0);
            at += Duration::days(gap.max(1))
                + Duration::minutes(i64::try_from(dice.below(600)).unwrap_or(0));
            if at > now {
                break;
            }
            if dice.chance(20) {
                continue;
            }
            snapshot.check_ins.push(CheckInRecord {
                id: id(dice, CheckInId::parse),
                person_id: Some(person.id.clone()),
                group_id: None,
                meeting_start: None,
                mood_note_id: None,
                happened_at: at,
                kind: *dice.pick(&kinds),
                note: if dice.chance(15) {
                    (*dice.pick(&SENTENCES)).to_owned()
                } else {
                    String::new()
                },
                local_at: Some(local_time(at, tz)),
                created_at: at,
                updated_at: at,
            });
        }
        snapshot.people.push(person);
    }
    Ok(())
}

fn groups<Tz: TimeZone>(
    snapshot: &mut Snapshot,
    dice: &mut Dice,
    count: usize,
    birth: NaiveDate,
    now: DateTime<Utc>,
    tz: &Tz,
) -> Result<()> {
    let today = day_of(now, tz);
    for (n, (name, kind)) in GROUP_NAMES.iter().take(count).enumerate() {
        let starts = birth + Days::new(14 + 30 * n as u64);
        let day = WEEK[n % 7];
        let hour = 9 + n % 10;
        let time = format!("{hour:02}:{:02}", 30 * (n % 2));
        let (repeats, weekdays, nth) = match n % 5 {
            0 | 1 => ("weekly", vec![weekday_code(day)], None),
            2 => ("every_other_week", vec![], None),
            3 => (
                "monthly",
                vec![weekday_code(day)],
                Some(if n % 2 == 0 { -1 } else { 1 }),
            ),
            _ => (
                "weekly",
                vec![weekday_code(day), weekday_code(day.succ())],
                None,
            ),
        };
        let input = ScheduleInput {
            repeats: repeats.to_owned(),
            weekdays: weekdays.iter().map(|d| (*d).to_owned()).collect(),
            nth,
            date: Some(starts.to_string()),
            time: Some(time.clone()),
            duration_minutes: Some(60 + 30 * (n % 3) as i64),
        };
        let schedule = input.validate(today)?;
        let added = resolve_local(
            (starts - Days::new(3)).and_time(minute_of_day(dice, 8, 20)),
            tz,
        );
        let group = GroupRecord {
            id: id(dice, GroupId::parse),
            name: (*name).to_owned(),
            kind: *kind,
            place: if *kind == GroupKind::OnlineCommunity || *kind == GroupKind::VirtualMeetup {
                String::new()
            } else {
                format!("Community Centre, Room {}", 1 + n % 4)
            },
            link: format!("https://example.org/groups/{}", n + 1),
            contact: String::new(),
            notes: (*dice.pick(&SENTENCES)).to_owned(),
            schedule: ScheduleRecord {
                repeats: repeats.to_owned(),
                weekdays: (!weekdays.is_empty())
                    .then(|| weekdays.iter().map(|d| (*d).to_owned()).collect()),
                nth,
                on_date: Some(starts),
                start_time: Some(time),
                duration_minutes: input.duration_minutes.and_then(|m| u32::try_from(m).ok()),
            },
            revision: 0,
            reminders_muted: false,
            remind_minutes_before: 60,
            archived_at: None,
            created_at: added,
            updated_at: added,
        };
        // She went to about half the meetings, and noted how she felt after most of those.
        let tag = group_tag(name)?;
        for meeting in schedule.meetings_between(added, now, tz) {
            if meeting.start > now || !dice.chance(50) {
                continue;
            }
            let after = meeting.end.min(now);
            let mood_note_id = if dice.chance(60) {
                let id = id(dice, MoodNoteId::parse);
                snapshot.mood_notes.push(MoodNoteRecord {
                    id: id.clone(),
                    mood: u8::try_from(2 + dice.below(4)).unwrap_or(4),
                    note: (*dice.pick(&SENTENCES)).to_owned(),
                    tags: vec![tag.clone()],
                    energy: None,
                    sleep_hours: None,
                    written_at: after,
                    local_date: day_of(after, tz),
                    created_at: after,
                    updated_at: after,
                });
                Some(id)
            } else {
                None
            };
            snapshot.check_ins.push(CheckInRecord {
                id: id(dice, CheckInId::parse),
                person_id: None,
                group_id: Some(group.id.clone()),
                meeting_start: Some(meeting.start),
                mood_note_id,
                happened_at: meeting.start,
                kind: CheckInKind::MetAtGroup,
                note: String::new(),
                local_at: Some(local_time(meeting.start, tz)),
                created_at: after,
                updated_at: after,
            });
        }
        snapshot.groups.push(group);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 21, 20, 0, 0).unwrap()
    }

    #[test]
    fn the_same_seed_gives_the_same_store_and_another_seed_another() {
        let a = generate(Profile::FiveYears, 7, now(), &Utc).unwrap();
        let b = generate(Profile::FiveYears, 7, now(), &Utc).unwrap();
        let c = generate(Profile::FiveYears, 8, now(), &Utc).unwrap();
        assert_eq!(a.snapshot, b.snapshot);
        assert_ne!(a.snapshot.mood_notes, c.snapshot.mood_notes);
    }

    #[test]
    fn five_years_is_shaped_like_five_years_of_use() {
        let store = generate(Profile::FiveYears, 1, now(), &Utc)
            .unwrap()
            .snapshot;
        // 5,500 written in the journal, and more after group meetings.
        assert!(
            (5_500..=7_500).contains(&store.mood_notes.len()),
            "{}",
            store.mood_notes.len()
        );
        assert_eq!(store.people.len(), 60);
        assert_eq!(store.groups.len(), 15);
        let oldest = store.mood_notes.iter().map(|n| n.local_date).min().unwrap();
        let newest = store.mood_notes.iter().map(|n| n.local_date).max().unwrap();
        assert!(
            (newest - oldest).num_days() >= 5 * 365 - 2,
            "{oldest}..{newest}"
        );
        assert!(store.mood_notes.iter().all(|n| n.written_at <= now()));
        let people_check_ins = store
            .check_ins
            .iter()
            .filter(|c| c.person_id.is_some())
            .count();
        let meetings = store
            .check_ins
            .iter()
            .filter(|c| c.group_id.is_some())
            .count();
        assert!(people_check_ins > 3_000, "{people_check_ins}");
        assert!(meetings > 500, "{meetings}");
        let lengths: Vec<usize> = store.mood_notes.iter().map(|n| n.note.len()).collect();
        let empty = lengths.iter().filter(|l| **l == 0).count();
        let long = lengths.iter().filter(|l| **l > 200).count();
        assert!(empty > 500 && long > 1_000, "{empty} empty, {long} long");
    }

    #[test]
    fn heavy_holds_a_hundred_thousand_notes_and_two_thousand_people() {
        let store = generate(Profile::Heavy, 1, now(), &Utc).unwrap().snapshot;
        assert!(store.mood_notes.len() >= 100_000);
        assert_eq!(store.people.len(), 2_000);
        let rare = store
            .mood_notes
            .iter()
            .filter(|n| n.note.contains(RARE_WORD))
            .count();
        assert_eq!(rare, 10);
        let common = store
            .mood_notes
            .iter()
            .filter(|n| n.note.contains(COMMON_WORD))
            .count();
        assert!(common > 40_000, "{common}");
    }

    #[test]
    fn profiles_are_named_as_the_cli_takes_them() {
        assert_eq!(Profile::parse("heavy").unwrap(), Profile::Heavy);
        assert_eq!(Profile::parse("five-years").unwrap(), Profile::FiveYears);
        assert!(Profile::parse("huge").is_err());
    }
}
