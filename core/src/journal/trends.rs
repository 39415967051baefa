//! Mood over weeks: averages and counts from the days' totals.

use chrono::NaiveDate;
use serde::Serialize;

/// The notes of one calendar day, summed.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct DayMood {
    pub date: NaiveDate,
    pub mood_sum: i64,
    pub count: i64,
}

impl DayMood {
    pub fn average(&self) -> Option<f64> {
        (self.count > 0).then(|| self.mood_sum as f64 / self.count as f64)
    }
}

/// Seven days from `start`; the average is over notes, not days.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeekMood {
    pub start: NaiveDate,
    pub average: Option<f64>,
    pub count: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trends {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub weeks: Vec<WeekMood>,
    pub tags: Vec<crate::journal::Tag>,
    pub notes: i64,
}

/// Buckets days into weeks ending on `to`: the last bucket is the seven days up to `to`, so the
/// newest week is always whole.
pub fn week_buckets(days: &[DayMood], from: NaiveDate, to: NaiveDate) -> Vec<WeekMood> {
    let span = (to - from).num_days().max(0) + 1;
    let weeks = (span + 6) / 7;
    let mut out: Vec<WeekMood> = (0..weeks)
        .map(|w| WeekMood {
            start: to - chrono::Days::new(u64::try_from((weeks - w) * 7 - 1).unwrap_or(0)),
            average: None,
            count: 0,
        })
        .collect();
    let mut sums = vec![0i64; out.len()];
    for day in days.iter().filter(|d| d.date >= from && d.date <= to) {
        let back = (to - day.date).num_days();
        let index = usize::try_from(weeks - 1 - back / 7).unwrap_or(0);
        if let (Some(week), Some(sum)) = (out.get_mut(index), sums.get_mut(index)) {
            week.count += day.count;
            *sum += day.mood_sum;
        }
    }
    for (week, sum) in out.iter_mut().zip(sums) {
        week.average = (week.count > 0).then(|| sum as f64 / week.count as f64);
    }
    out
}
