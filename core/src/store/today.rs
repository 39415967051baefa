//! Today and Insight: reads across the circle, groups, journal and self-checks, handed to the
//! pure rules in `crate::today` and `crate::insight`.

use std::collections::HashSet;

use chrono::{DateTime, Days, NaiveDate, TimeZone, Utc};

use super::Store;
use crate::circle::PersonId;
use crate::error::Result;
use crate::groups::{GroupId, GroupMeeting};
use crate::insight::{self, Insight, WINDOWS};
use crate::self_check::Questionnaire;
use crate::time::day_of;
use crate::today::{
    CareCard, ConnectedWith, Connection, LOW_RUN_WINDOW, Pulse, Today, birthdays_this_week,
    care_hidden, care_reason, self_check_prompt, someone_to_reach,
};

impl Store {
    pub async fn today<Tz: TimeZone>(&self, now: DateTime<Utc>, tz: &Tz) -> Result<Today> {
        let today = day_of(now, tz);
        let circle = self.circle(now, tz, false).await?;
        let groups = self.groups(false).await?;

        let next_meeting = groups
            .iter()
            .filter_map(|g| {
                let meeting = g.next_meetings(now, 1, tz).into_iter().next()?;
                Some(GroupMeeting {
                    group_id: g.id.clone(),
                    group_name: g.name.clone(),
                    meeting,
                    attended: false,
                })
            })
            .min_by(|a, b| (a.meeting.start, &a.group_name).cmp(&(b.meeting.start, &b.group_name)));

        let birthdays = birthdays_this_week(circle.iter().map(|e| &e.person), today);

        let week_start = today
            .checked_sub_days(Days::new(LOW_RUN_WINDOW - 1))
            .unwrap_or(today);
        let week = self.days(week_start, today).await?;
        let latest_phq9 = self.self_checks(Questionnaire::Phq9, 1).await?;
        let settings = self.today_settings().await?;
        let dismissed = settings.care_dismissed_until;
        let care = care_reason(&week, latest_phq9.first(), today)
            .filter(|_| !care_hidden(dismissed, latest_phq9.first(), now))
            .map(|reason| CareCard {
                reason,
                suggestion: someone_to_reach(circle.iter().map(|e| (&e.person, e.last_contact))),
            });

        let prompt = self_check_prompt(
            settings.baby_birth_date,
            today,
            self.last_self_check_day().await?,
            settings.self_check_prompt_dismissed,
        );

        Ok(Today {
            people: circle.len(),
            groups: groups.len(),
            due: circle.into_iter().filter(|e| e.status.is_due()).collect(),
            next_meeting,
            birthdays,
            pulse: Pulse::new(self.last_connection(tz).await?, today),
            care,
            self_check_prompt: prompt,
        })
    }

    /// Her latest check-in with anyone, or group meeting, whoever it was with.
    async fn last_connection<Tz: TimeZone>(&self, tz: &Tz) -> Result<Option<Connection>> {
        let row = sqlx::query!(
            r#"SELECT c.happened_at AS "at: DateTime<Utc>",
                      p.id AS "person_id?: PersonId", p.name AS "person_name?",
                      g.id AS "group_id?: GroupId", g.name AS "group_name?"
               FROM check_in c
               LEFT JOIN person p ON p.id = c.person_id
               LEFT JOIN saved_group g ON g.id = c.group_id
               ORDER BY c.happened_at DESC, c.id DESC LIMIT 1"#
        )
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.and_then(|row| {
            let with = match (row.person_id, row.person_name, row.group_id, row.group_name) {
                (Some(id), Some(name), _, _) => ConnectedWith::Person { id, name },
                (_, _, Some(id), Some(name)) => ConnectedWith::Group { id, name },
                _ => return None,
            };
            Some(Connection {
                at: row.at,
                on: day_of(row.at, tz),
                with,
            })
        }))
    }

    /// Her mood on connected days against the rest over 30 and 90 days, and by tag.
    pub async fn insight<Tz: TimeZone>(&self, now: DateTime<Utc>, tz: &Tz) -> Result<Insight> {
        let today = day_of(now, tz);
        let longest = WINDOWS.into_iter().max().unwrap_or(90);
        let from = insight::window_start(today, longest);
        let days = self.days(from, today).await?;
        let connected = self.connected_days(from, today, tz).await?;
        let tags = sqlx::query!(
            r#"SELECT t.name, COUNT(*) AS "notes!: i64", SUM(n.mood) AS "mood_sum!: i64"
               FROM mood_note n
               JOIN mood_note_tag nt ON nt.note_id = n.id
               JOIN tag t ON t.id = nt.tag_id
               WHERE n.deleted_at IS NULL AND n.local_date BETWEEN ? AND ?
               GROUP BY t.id"#,
            from,
            today
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(Insight {
            comparisons: WINDOWS
                .into_iter()
                .map(|w| insight::compare(&days, &connected, today, w))
                .collect(),
            tags: insight::tag_moods(tags.into_iter().map(|t| (t.name, t.notes, t.mood_sum))),
            tag_window_days: longest,
        })
    }

    /// The local days from `from` to `to` with any check-in or group meeting.
    async fn connected_days<Tz: TimeZone>(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        tz: &Tz,
    ) -> Result<HashSet<NaiveDate>> {
        // A day either side in UTC covers every time zone; the local date decides.
        let start = from
            .checked_sub_days(Days::new(1))
            .unwrap_or(from)
            .and_time(chrono::NaiveTime::MIN)
            .and_utc();
        let end = to
            .checked_add_days(Days::new(2))
            .unwrap_or(to)
            .and_time(chrono::NaiveTime::MIN)
            .and_utc();
        let times = sqlx::query_scalar!(
            r#"SELECT happened_at AS "at: DateTime<Utc>" FROM check_in
               WHERE happened_at >= ? AND happened_at < ?"#,
            start,
            end
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(times
            .into_iter()
            .map(|at| day_of(at, tz))
            .filter(|d| *d >= from && *d <= to)
            .collect())
    }
}
