//! Script in every text field, in the real window: names, notes, tags, group fields, check-in
//! and attendance notes, and the safety plan hold payloads that try to set `window.__xss`.
//! Every view that shows them is visited; none may run, none may add an element of its own,
//! and each is shown as the text it is. Fields that refuse markup (a group's name) are tried
//! with it too, and must refuse it.

// A test that cannot unwrap has failed; the panic names what was missing.
#![allow(clippy::unwrap_used)]

use chrono::{Duration, Local, Utc};
use village_core::Store;
use village_core::circle::{NewCheckIn, PersonInput};
use village_core::groups::{AttendInput, GroupInput, ScheduleInput};
use village_core::journal::MoodNoteInput;
use village_core::safety_plan::{SafetyPlanInput, StepInput};
use village_e2e::{Result, Village, Window};

/// Each tries to set `window.__xss` to its own number.
const PAYLOADS: [&str; 10] = [
    "<script>window.__xss=1</script>",
    "<img src=x onerror=\"window.__xss=2\">",
    "<svg onload=\"window.__xss=3\"></svg>",
    "javascript:window.__xss=4",
    "${window.__xss=5}",
    "\" onmouseover=\"window.__xss=6\" x=\"",
    "<a href=\"javascript:window.__xss=7\">7</a>",
    "<iframe srcdoc=\"<script>parent.__xss=8</script>\"></iframe>",
    "{{constructor.constructor('window.__xss=9')()}}",
    "</title><style>*{display:none}</style><script>window.__xss=10</script>",
];

#[derive(Default)]
struct Placed {
    /// Field name and how many payloads it holds.
    fields: Vec<(&'static str, usize)>,
    refused: Vec<(&'static str, usize)>,
}

impl Placed {
    fn count(&mut self, field: &'static str, ok: bool) {
        let list = if ok {
            &mut self.fields
        } else {
            &mut self.refused
        };
        match list.iter_mut().find(|(f, _)| *f == field) {
            Some((_, n)) => *n += 1,
            None => list.push((field, 1)),
        }
    }
}

async fn seed(store: &Store) -> Result<(Placed, String, String)> {
    let now = Utc::now();
    let long_ago = now - Duration::days(40);
    let mut placed = Placed::default();
    let mut first_person = String::new();
    let mut first_group = String::new();
    for (n, payload) in PAYLOADS.iter().enumerate() {
        let mut person = PersonInput::named(&format!("P{n} {payload}")).every_days(7);
        person.notes = format!("notes {payload}");
        person.reach = format!("reach {payload}");
        person.phone = "+44 7700 900123".into();
        let added = store.add_person(&person, long_ago, &Local).await;
        placed.count("person name, notes and reach", added.is_ok());
        if let Ok(person) = &added {
            if first_person.is_empty() {
                first_person = person.id.to_string();
            }
            let mut check_in = NewCheckIn::call(person.id.clone(), long_ago + Duration::hours(1));
            check_in.note = format!("check-in {payload}");
            let logged = store.log_check_in(&check_in, now).await;
            placed.count("check-in note", logged.is_ok());
        }

        let note = MoodNoteInput::new(3, now - Duration::minutes(n as i64))
            .with_note(&format!("note {payload}"))
            .with_tags(&[&format!(
                "t{n} {}",
                payload.chars().take(30).collect::<String>()
            )]);
        let written = store.add_mood_note(&note, now, &Local).await;
        placed.count("mood note and tag", written.is_ok());

        // A group's name refuses markup; its place, contact and notes keep it as text.
        let named = store
            .add_group(
                &GroupInput::named(payload, ScheduleInput::weekly(&["mon"], "10:00", 60)),
                now,
                &Local,
            )
            .await;
        placed.count("group name", named.is_ok());
        let schedule = ScheduleInput::weekly(&["mon", "wed"], "10:00", 60).starting("2026-01-05");
        let mut group = GroupInput::named(&format!("Group {n}"), schedule.clone());
        group.place = format!("place {payload}");
        group.contact = format!("contact {payload}");
        group.notes = format!("notes {payload}");
        group.link = format!("https://example.org/{n}?q={}", payload.len());
        let kept = store.add_group(&group, long_ago, &Local).await;
        placed.count("group place, contact and notes", kept.is_ok());
        let group = match kept {
            Ok(group) => group,
            // Refused as markup: the group is kept with plain words, for its attendance.
            Err(_) => {
                store
                    .add_group(
                        &GroupInput::named(&format!("Group {n}"), schedule),
                        long_ago,
                        &Local,
                    )
                    .await?
            }
        };
        if first_group.is_empty() {
            first_group = group.id.to_string();
        }
        let meeting = group.next_meetings(now - Duration::days(7), 1, &Local);
        if let Some(meeting) = meeting.first().filter(|m| m.start < now) {
            let attended = store
                .attend_meeting(
                    &AttendInput {
                        group_id: group.id.to_string(),
                        meeting_start: Some(meeting.start),
                        mood_after: Some(4),
                        note: format!("went {payload}"),
                    },
                    now,
                    &Local,
                )
                .await;
            placed.count("attendance note", attended.is_ok());
        }
    }
    let steps = (1..=6)
        .map(|number| StepInput {
            number,
            text: PAYLOADS.join("\n"),
            // People belong to the steps about reaching someone (3 to 5).
            people: if (3..=5).contains(&number) {
                vec![first_person.clone()]
            } else {
                Vec::new()
            },
        })
        .collect();
    let saved = store
        .save_safety_plan(&SafetyPlanInput { steps }, now)
        .await;
    placed.count("safety plan steps", saved.is_ok());
    Ok((placed, first_person, first_group))
}

/// Nothing ran and nothing of the payloads became an element.
async fn untouched(window: &Window, view: &str) -> Result {
    let found = window
        .client
        .execute(
            "return JSON.stringify({
               ran: window.__xss === undefined ? null : window.__xss,
               injected: document.querySelectorAll(
                 'main script, main iframe, main svg[onload], main img[src=\"x\"], \
                  main [onerror], main [onmouseover], main a[href^=\"javascript:\"], main style'
               ).length,
               hidden: getComputedStyle(document.body).display === 'none'
             });",
            vec![],
        )
        .await?;
    let found: serde_json::Value = serde_json::from_str(found.as_str().unwrap_or("{}"))?;
    assert_eq!(
        found["ran"],
        serde_json::Value::Null,
        "a payload ran on {view}"
    );
    assert_eq!(
        found["injected"], 0,
        "a payload became an element on {view}"
    );
    assert_eq!(
        found["hidden"], false,
        "a payload's style applied on {view}"
    );
    Ok(())
}

#[tokio::test]
async fn no_payload_runs_or_becomes_markup_in_any_view() -> Result {
    let village = Village::start().await?;
    let store = village.seed_store().await?;
    let (placed, person, group) = seed(&store).await?;
    store.close().await;
    let window = village.open().await?;

    let views = [
        ("today", "#today"),
        ("circle", "#circle"),
        ("person", &*format!("#person/{person}")),
        ("journal", "#journal"),
        ("groups", "#groups"),
        ("group", &*format!("#group/{group}")),
        ("safety-plan", "#safety-plan"),
        ("insight", "#insight"),
        ("help", "#help"),
    ];
    let mut shown = 0;
    for (view, address) in views {
        window.visit(address).await?;
        window
            .wait_for(&format!("main[data-rendered='{view}']"))
            .await?;
        // Hovering and clicking on the text gives an injected handler its chance.
        let _ = window
            .client
            .execute(
                "for (const n of document.querySelectorAll('main *')) {
                   n.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
                 }",
                vec![],
            )
            .await;
        untouched(&window, view).await?;
        let text = window.page_text().await?;
        for payload in PAYLOADS {
            if text.contains(payload) {
                shown += 1;
            }
        }
    }
    window.close().await?;

    for (field, n) in &placed.fields {
        println!("xss: {n} payloads in {field}");
    }
    for (field, n) in &placed.refused {
        println!("xss: {n} payloads refused by {field}");
    }
    println!("xss: payloads seen as text across views: {shown}");
    assert!(shown >= 40, "payloads shown as text: {shown}");
    // A group's fields refuse the payloads that carry tags (6 of the 10); the rest are kept
    // as text. Everything else keeps every payload as text.
    assert_eq!(
        placed.refused,
        [("group name", 6), ("group place, contact and notes", 6)],
    );
    Ok(())
}
