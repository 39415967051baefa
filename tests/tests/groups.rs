//! Groups in the real window: save a weekly group, see when it next meets, say "I went" with
//! how she felt, and find it in the group's history and as a check-in row in SQLite.

use chrono::{Datelike, Duration, Local, Utc};
use village_core::groups::{GroupInput, ScheduleInput};
use village_e2e::{Result, THEMES, Village, WIDTHS, Window, answer_save_dialog};

async fn group_id(village: &Village, name: &str) -> Result<String> {
    let mut db = village.database().await?;
    Ok(
        sqlx::query_scalar!("SELECT id FROM saved_group WHERE name = ?", name)
            .fetch_one(&mut db)
            .await?,
    )
}

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Fills the add-group form: a name, the weekdays (by index from Monday), a start time and a
/// length, as she would.
async fn add_weekly(
    window: &Window,
    name: &str,
    days: &[usize],
    time: &str,
    minutes: &str,
) -> Result {
    window.click("#add-group-button").await?;
    window.fill("#add-group input[id$='-name']", name).await?;
    for &day in days {
        window
            .click(&format!("#add-group input[id$='-day-{}']", DAYS[day]))
            .await?;
    }
    window.pick("#add-group input[id$='-time']", time).await?;
    window
        .fill("#add-group input[id$='-duration']", minutes)
        .await?;
    window.click("#add-group button[type='submit']").await?;
    window.wait_for_text("#group-list", name).await?;
    Ok(())
}

#[tokio::test]
async fn a_weekly_group_shows_its_next_meeting_and_i_went_is_logged_with_a_mood() -> Result {
    let village = Village::start().await?;
    let window = village.open().await?;
    window.go("groups").await?;
    window.wait_for("#groups-empty:not([hidden])").await?;
    window.click("#add-group-button").await?;
    window.assert_accessible("the add-group form").await?;
    for width in WIDTHS {
        window.set_width(width).await?;
        window.screenshot("group-form", width, "light").await?;
    }
    // Only the parts of the schedule that apply are shown.
    window.wait_for("#add-group .days:not([hidden])").await?;
    window.wait_for("#add-group .monthly[hidden]").await?;
    window.click("#add-group-button").await?;

    // Two days from now at 10:00: its next meeting is named by its weekday.
    let later = (Local::now() + Duration::days(2)).weekday();
    let later_index = later.num_days_from_monday() as usize;
    add_weekly(&window, "Tuesday Mums", &[later_index], "10:00", "90").await?;
    let tuesday_mums = group_id(&village, "Tuesday Mums").await?;
    window
        .wait_for_text(
            &format!(".group-row[data-group='{tuesday_mums}']"),
            &format!("Next: {} at 10:00 AM", DAY_NAMES[later_index]),
        )
        .await?;

    // Every day from midnight for 24 hours: whenever this runs, a meeting is under way.
    add_weekly(
        &window,
        "Drop-in circle",
        &[0, 1, 2, 3, 4, 5, 6],
        "00:00",
        "1440",
    )
    .await?;
    let drop_in = group_id(&village, "Drop-in circle").await?;
    let now_row = format!("#upcoming-list .meeting-row[data-group='{drop_in}']");
    window
        .wait_for_text(&now_row, "Now, until 12:00 AM")
        .await?;

    // "I went", how she felt after, and a few words.
    window.click(&format!("{now_row} button.went")).await?;
    window
        .wait_for(&format!("{now_row} .went-panel:not([hidden])"))
        .await?;
    window.assert_accessible("the I-went panel").await?;
    for width in WIDTHS {
        window.set_width(width).await?;
        window
            .client
            .execute(
                "document.querySelector(arguments[0]).scrollIntoView({ block: 'center' });",
                vec![format!("{now_row} .went-panel").into()],
            )
            .await?;
        window.screenshot("group-went", width, "light").await?;
    }
    window
        .click(&format!("{now_row} .mood-button[data-mood='4']"))
        .await?;
    window
        .fill(
            &format!("{now_row} .went-panel input[type='text']"),
            "Met Priya",
        )
        .await?;
    window.click(&format!("{now_row} button.save-went")).await?;
    window.wait_for_text(&now_row, "You went").await?;

    // In SQLite: a check-in of kind "met at a group", linked to the group, not a person.
    let mut db = village.database().await?;
    let row = sqlx::query!(
        r#"SELECT c.kind, c.group_id, c.person_id, c.meeting_start, c.note,
                  m.mood AS "mood?", t.name AS "tag?"
           FROM check_in c
           LEFT JOIN mood_note m ON m.id = c.mood_note_id
           LEFT JOIN mood_note_tag nt ON nt.note_id = m.id
           LEFT JOIN tag t ON t.id = nt.tag_id"#
    )
    .fetch_all(&mut db)
    .await?;
    assert_eq!(row.len(), 1, "one check-in, one tag");
    let row = &row[0];
    assert_eq!(row.kind, "met_at_group");
    assert_eq!(row.group_id.as_deref(), Some(drop_in.as_str()));
    assert_eq!(row.person_id, None);
    assert!(row.meeting_start.is_some());
    assert_eq!(row.note, "Met Priya");
    assert_eq!(row.mood, Some(4));
    assert_eq!(row.tag.as_deref(), Some("Drop-in circle"));

    // The group's page lists it with how she felt.
    window
        .click(&format!(
            "#upcoming-list .meeting-row[data-group='{drop_in}'] a.meeting-group"
        ))
        .await?;
    window.wait_for("main[data-rendered='group']").await?;
    window
        .wait_for_text("#attendance", "Felt good after")
        .await?;
    window.wait_for_text("#attendance", "Met Priya").await?;
    window.assert_no_stray_values("the group page").await?;

    // Its journal note carries the group's name as a tag.
    window.go("journal").await?;
    window.wait_for_text("#timeline", "Drop-in circle").await?;

    for theme in THEMES {
        window.choose_theme(theme).await?;
        for width in WIDTHS {
            window.set_width(width).await?;
            window.go("groups").await?;
            window.wait_for("#upcoming-list .meeting-row").await?;
            window.assert_no_stray_values("the groups list").await?;
            window.screenshot("groups", width, theme).await?;
            window
                .assert_accessible(&format!("groups at {width}px, {theme}"))
                .await?;
            window
                .click(&format!(".group-row[data-group='{tuesday_mums}'] a"))
                .await?;
            window.wait_for("main[data-rendered='group']").await?;
            window.wait_for("#next-meetings li").await?;
            window.screenshot("group", width, theme).await?;
            window
                .assert_accessible(&format!("a group at {width}px, {theme}"))
                .await?;
        }
    }
    window.close().await?;
    Ok(())
}

#[tokio::test]
async fn a_bad_group_gets_a_message_and_nothing_is_stored() -> Result {
    let village = Village::start().await?;
    let window = village.open().await?;
    window.go("groups").await?;
    window.click("#add-group-button").await?;
    let error = "#add-group .form-error";
    let submit = "#add-group button[type='submit']";

    window
        .fill("#add-group input[id$='-name']", "<b>Mums</b>")
        .await?;
    window.click("#add-group input[id$='-day-tue']").await?;
    window.click(submit).await?;
    window.wait_for_text(error, "HTML").await?;
    window.set_width(360).await?;

    window.fill("#add-group input[id$='-name']", "Mums").await?;
    window
        .fill("#add-group input[id$='-link']", "javascript:alert(1)")
        .await?;
    window.click(submit).await?;
    window.wait_for_text(error, "https://").await?;

    window.fill("#add-group input[id$='-link']", "").await?;
    window.click("#add-group input[id$='-day-tue']").await?;
    window.click(submit).await?;
    window
        .wait_for_text(error, "Pick at least one day of the week")
        .await?;

    window.click("#add-group input[id$='-day-tue']").await?;
    window
        .fill("#add-group input[id$='-duration']", "0")
        .await?;
    window.click(submit).await?;
    window
        .wait_for_text(error, "A meeting lasts from 1 minute to 24 hours.")
        .await?;
    window.screenshot("group-form-error", 360, "light").await?;

    let mut db = village.database().await?;
    let groups = sqlx::query_scalar!(r#"SELECT COUNT(*) AS "n!: i64" FROM saved_group"#)
        .fetch_one(&mut db)
        .await?;
    assert_eq!(groups, 0);
    // What she typed is still there to fix.
    let name = window.wait_for("#add-group input[id$='-name']").await?;
    assert_eq!(name.prop("value").await?.as_deref(), Some("Mums"));
    window.close().await?;
    Ok(())
}

#[tokio::test]
async fn the_calendar_file_is_saved_where_she_picks_in_the_system_dialog() -> Result {
    let village = Village::start().await?;
    let store = village.seed_store().await?;
    let group = store
        .add_group(
            &GroupInput::named("Tuesday Mums", ScheduleInput::weekly(&["tue"], "10:00", 90)),
            Utc::now(),
            &Local,
        )
        .await?;
    store.close().await;

    let window = village.open().await?;
    window.go("groups").await?;
    let folder = tempfile::tempdir()?;
    let target = folder.path().join("my groups.ics");
    window.click("#export-all").await?;

    // The system's own save dialog: she types where the file goes and presses Enter.
    answer_save_dialog("Save to a calendar file", &target).await?;

    window.wait_for_text("#status", "Saved").await?;
    let ics = std::fs::read_to_string(&target)?;
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
    assert!(ics.contains("SUMMARY:Tuesday Mums\r\n"));
    assert!(ics.contains(&format!("UID:{}@village.app\r\n", group.id)));
    assert!(ics.contains("RRULE:FREQ=WEEKLY;WKST=MO;BYDAY=TU\r\n"));
    // Nothing half-written is left beside it.
    let names: Vec<_> = std::fs::read_dir(folder.path())?
        .map(|e| e.map(|e| e.file_name()))
        .collect::<std::io::Result<_>>()?;
    assert_eq!(names.len(), 1, "{names:?}");
    window.close().await?;
    Ok(())
}
