//! Insight: her own notes, side by side. Mood on days she connected with someone (a check-in
//! or a group) against days she did not, and mood by tag, each with the counts behind it.

use std::collections::HashSet;

use chrono::{Days, NaiveDate};
use serde::Serialize;

use crate::journal::DayMood;

/// The spans compared, in days up to and including today.
pub const WINDOWS: [u32; 2] = [30, 90];

/// Below this many days on either side, a difference is more likely chance than a pattern,
/// so no number is shown.
pub const ENOUGH_DAYS: u32 = 7;

/// A tag needs this many notes before its average means anything.
pub const TAG_ENOUGH_NOTES: u32 = 3;

/// One side of the comparison.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Side {
    /// Days with at least one note.
    pub days: u32,
    pub notes: u32,
    /// The mean of each day's average mood, so a day with five notes counts as one day.
    /// None below `ENOUGH_DAYS` on either side.
    pub average: Option<f64>,
}

/// Connected days against the others over one window.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Comparison {
    pub window_days: u32,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub connected: Side,
    pub apart: Side,
    /// Both sides have at least `ENOUGH_DAYS`.
    pub enough: bool,
}

/// Mood on the notes carrying one tag.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TagMood {
    pub tag: String,
    pub notes: u32,
    pub average: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Insight {
    pub comparisons: Vec<Comparison>,
    /// Over the longest window, tags with at least `TAG_ENOUGH_NOTES` notes, most used first.
    pub tags: Vec<TagMood>,
    pub tag_window_days: u32,
}

/// The first day of a window of `days` ending on `today`.
pub fn window_start(today: NaiveDate, days: u32) -> NaiveDate {
    today
        .checked_sub_days(Days::new(u64::from(days.saturating_sub(1))))
        .unwrap_or(today)
}

/// Compares `days` (each day's notes, summed) on the dates in `connected` against the rest,
/// for a window ending on `today`.
pub fn compare(
    days: &[DayMood],
    connected: &HashSet<NaiveDate>,
    today: NaiveDate,
    window_days: u32,
) -> Comparison {
    let from = window_start(today, window_days);
    let mut sides = [Tally::default(), Tally::default()];
    for day in days.iter().filter(|d| d.date >= from && d.date <= today) {
        let Some(average) = day.average() else {
            continue;
        };
        let side = &mut sides[usize::from(!connected.contains(&day.date))];
        side.days += 1;
        side.notes += u32::try_from(day.count).unwrap_or(u32::MAX);
        side.sum += average;
    }
    let enough = sides.iter().all(|s| s.days >= ENOUGH_DAYS);
    let [connected, apart] = sides.map(|s| s.side(enough));
    Comparison {
        window_days,
        from,
        to: today,
        connected,
        apart,
        enough,
    }
}

#[derive(Default)]
struct Tally {
    days: u32,
    notes: u32,
    sum: f64,
}

impl Tally {
    fn side(self, enough: bool) -> Side {
        Side {
            days: self.days,
            notes: self.notes,
            average: enough.then(|| round_tenth(self.sum / f64::from(self.days))),
        }
    }
}

/// Tag averages from (tag, notes, mood sum), keeping those with enough notes, most used first.
pub fn tag_moods(rows: impl IntoIterator<Item = (String, i64, i64)>) -> Vec<TagMood> {
    let mut tags: Vec<TagMood> = rows
        .into_iter()
        .filter_map(|(tag, notes, sum)| {
            let notes = u32::try_from(notes).ok()?;
            (notes >= TAG_ENOUGH_NOTES).then(|| TagMood {
                tag,
                notes,
                average: round_tenth(sum as f64 / f64::from(notes)),
            })
        })
        .collect();
    tags.sort_by(|a, b| {
        b.notes
            .cmp(&a.notes)
            .then_with(|| a.tag.to_lowercase().cmp(&b.tag.to_lowercase()))
    });
    tags
}

/// Moods are shown to one decimal; rounding here keeps every screen and export agreeing.
fn round_tenth(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, day).unwrap_or(NaiveDate::MIN)
    }

    fn note_days(moods: &[(u32, &[i64])]) -> Vec<DayMood> {
        moods
            .iter()
            .map(|(day, m)| DayMood {
                date: date(*day),
                mood_sum: m.iter().sum(),
                count: i64::try_from(m.len()).unwrap_or(0),
            })
            .collect()
    }

    #[test]
    fn enough_days_on_both_sides_gives_two_averages_with_their_counts() {
        // Days 1–8 with a connection at mood 4; days 9–16 without at mood 2, day 9 with two notes.
        let mut moods: Vec<(u32, &[i64])> = (1..=8).map(|d| (d, &[4][..])).collect();
        moods.push((9, &[1, 3]));
        moods.extend((10..=16).map(|d| (d, &[2][..])));
        let connected: HashSet<NaiveDate> = (1..=8).map(date).collect();
        let c = compare(&note_days(&moods), &connected, date(20), 30);
        assert!(c.enough);
        assert_eq!(
            c.connected,
            Side {
                days: 8,
                notes: 8,
                average: Some(4.0)
            }
        );
        // The day with two notes counts once, at its own average (2.0).
        assert_eq!(
            c.apart,
            Side {
                days: 8,
                notes: 9,
                average: Some(2.0)
            }
        );
        assert_eq!(c.from, date(20) - Days::new(29));
    }

    #[test]
    fn six_days_on_one_side_is_not_enough_and_shows_no_number() {
        let moods: Vec<(u32, &[i64])> = (1..=16).map(|d| (d, &[3][..])).collect();
        let connected: HashSet<NaiveDate> = (1..=6).map(date).collect();
        let c = compare(&note_days(&moods), &connected, date(20), 30);
        assert!(!c.enough);
        assert_eq!(c.connected.days, 6);
        assert_eq!(c.apart.days, 10);
        assert_eq!(c.connected.average, None);
        assert_eq!(c.apart.average, None);
        let seven: HashSet<NaiveDate> = (1..=7).map(date).collect();
        assert!(compare(&note_days(&moods), &seven, date(20), 30).enough);
    }

    #[test]
    fn a_connection_without_a_note_adds_nothing_and_days_outside_the_window_are_left_out() {
        let moods: Vec<(u32, &[i64])> = vec![(1, &[5]), (25, &[1])];
        let connected: HashSet<NaiveDate> = [date(1), date(24)].into();
        let c = compare(&note_days(&moods), &connected, date(30), 7);
        assert_eq!((c.connected.days, c.apart.days), (0, 1));
        assert_eq!(c.apart.notes, 1);
    }

    #[test]
    fn no_notes_at_all_is_not_enough() {
        let c = compare(&[], &HashSet::new(), date(30), 90);
        assert!(!c.enough);
        assert_eq!((c.connected.days, c.apart.days), (0, 0));
    }

    #[test]
    fn tags_need_three_notes_and_come_most_used_first() {
        let tags = tag_moods([
            ("tired".to_owned(), 5, 10),
            ("got outside".to_owned(), 3, 13),
            ("hopeful".to_owned(), 2, 10),
            ("Anxious".to_owned(), 5, 8),
        ]);
        let names: Vec<&str> = tags.iter().map(|t| t.tag.as_str()).collect();
        assert_eq!(names, ["Anxious", "tired", "got outside"]);
        assert_eq!(tags[2].average, 4.3);
        assert_eq!(tags[0].average, 1.6);
    }
}
