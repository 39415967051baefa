//! The `safety_plan_step` and `safety_plan_person` tables: her safety plan, saved whole.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use sqlx::SqliteConnection;

use super::merge::{Outcome, outcome};
use super::{Store, whole_seconds};
use crate::catalog::Message;
use crate::circle::PersonId;
use crate::error::{Error, Result};
use crate::safety_plan::{PlanPerson, PlanStep, STEPS, SafetyPlan, SafetyPlanInput};
use crate::transfer::{ImportFormat, SafetyPlanStepRecord};

impl Store {
    /// All six steps, in order, with the people she listed and how to reach them.
    pub async fn safety_plan(&self) -> Result<SafetyPlan> {
        let texts = sqlx::query!(
            r#"SELECT step, text, updated_at AS "updated_at: DateTime<Utc>" FROM safety_plan_step"#
        )
        .fetch_all(&self.pool)
        .await?;
        let people = sqlx::query!(
            r#"SELECT s.step, p.id AS "id: PersonId", p.name, p.phone, p.email
               FROM safety_plan_person s JOIN person p ON p.id = s.person_id
               ORDER BY s.step, s.position"#
        )
        .fetch_all(&self.pool)
        .await?;
        let updated_at = texts.iter().map(|t| t.updated_at).max();
        let mut text: HashMap<i64, String> = texts.into_iter().map(|t| (t.step, t.text)).collect();
        let mut listed: HashMap<i64, Vec<PlanPerson>> = HashMap::new();
        for row in people {
            listed.entry(row.step).or_default().push(PlanPerson {
                id: row.id,
                name: row.name,
                phone: row.phone,
                email: row.email,
            });
        }
        let steps = STEPS
            .iter()
            .map(|step| {
                let n = i64::from(step.number);
                PlanStep {
                    step: *step,
                    text: text.remove(&n).unwrap_or_default(),
                    people: listed.remove(&n).unwrap_or_default(),
                }
            })
            .collect();
        Ok(SafetyPlan { steps, updated_at })
    }

    /// Replaces the whole plan in one transaction: every step is checked, and every person
    /// must still be in her circle, before anything is written.
    pub async fn save_safety_plan(
        &self,
        input: &SafetyPlanInput,
        now: DateTime<Utc>,
    ) -> Result<SafetyPlan> {
        let steps = input.validate()?;
        let now = whole_seconds(now);
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        sqlx::query!("DELETE FROM safety_plan_person")
            .execute(&mut *tx)
            .await?;
        for step in &steps {
            let number = i64::from(step.number);
            sqlx::query!(
                "INSERT INTO safety_plan_step (step, text, updated_at) VALUES (?, ?, ?)
                 ON CONFLICT (step) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
                number,
                step.text,
                now
            )
            .execute(&mut *tx)
            .await?;
            for (position, person) in (0_i64..).zip(&step.people) {
                let known = sqlx::query_scalar!("SELECT COUNT(*) FROM person WHERE id = ?", person)
                    .fetch_one(&mut *tx)
                    .await?;
                if known == 0 {
                    return Err(Error::NotFound {
                        what: Message::new("error-not-found-plan-person"),
                    });
                }
                sqlx::query!(
                    "INSERT INTO safety_plan_person (step, person_id, position) VALUES (?, ?, ?)",
                    number,
                    person,
                    position
                )
                .execute(&mut *tx)
                .await?;
            }
        }
        tx.commit().await?;
        self.safety_plan().await
    }
}

/// Her safety plan's steps with the people on each, as an export holds them.
pub(super) async fn records(conn: &mut SqliteConnection) -> Result<Vec<SafetyPlanStepRecord>> {
    let steps = sqlx::query!(
        r#"SELECT step, text, updated_at AS "updated_at: DateTime<Utc>"
           FROM safety_plan_step ORDER BY step"#
    )
    .fetch_all(&mut *conn)
    .await?;
    let plan_people = sqlx::query!(
        r#"SELECT step, person_id AS "person_id: PersonId"
           FROM safety_plan_person ORDER BY step, position"#
    )
    .fetch_all(&mut *conn)
    .await?;
    let plan = steps
        .into_iter()
        .map(|s| SafetyPlanStepRecord {
            step: u8::try_from(s.step).unwrap_or(0),
            text: s.text,
            people: plan_people
                .iter()
                .filter(|p| p.step == s.step)
                .map(|p| p.person_id.clone())
                .collect(),
            updated_at: s.updated_at,
        })
        .collect();
    Ok(plan)
}

pub(super) async fn import(
    tx: &mut sqlx::SqliteConnection,
    format: ImportFormat,
    s: &SafetyPlanStepRecord,
) -> Result<Outcome> {
    let step = i64::from(s.step);
    let mine = sqlx::query_scalar!(
        r#"SELECT updated_at AS "updated_at: DateTime<Utc>" FROM safety_plan_step WHERE step = ?"#,
        step
    )
    .fetch_optional(&mut *tx)
    .await?;
    let result = outcome(format, mine, s.updated_at);
    if matches!(result, Outcome::Unchanged) {
        return Ok(result);
    }
    let updated = whole_seconds(s.updated_at);
    let text = s.text.trim();
    sqlx::query!(
        "INSERT INTO safety_plan_step (step, text, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (step) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
        step,
        text,
        updated
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query!("DELETE FROM safety_plan_person WHERE step = ?", step)
        .execute(&mut *tx)
        .await?;
    for (position, person) in s.people.iter().enumerate() {
        let position = i64::try_from(position).unwrap_or(i64::MAX);
        sqlx::query!(
            "INSERT INTO safety_plan_person (step, person_id, position) VALUES (?, ?, ?)",
            step,
            person,
            position
        )
        .execute(&mut *tx)
        .await?;
    }
    Ok(result)
}
