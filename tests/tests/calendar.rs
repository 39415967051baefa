//! The month as a keyboard grid and the charts at a phone's width: the month is one tab stop,
//! the arrows, Home/End and Page Up/Down move through days and months and Enter opens a day,
//! all without a click; at 360 px every day is a thumb's size and the charts fill the width
//! with labels she can read.

use std::time::{Duration, Instant};

use chrono::{Datelike, Days, Local, Months, NaiveDate, Utc};
use fantoccini::key::Key;
use village_core::self_check::SelfCheckInput;
use village_e2e::{Result, Village, Window};

const WAIT: Duration = Duration::from_secs(20);

/// Presses `keys` where focus is, as she would on the keyboard (WebDriver key actions).
async fn press(window: &Window, keys: &str) -> Result {
    window.press(keys).await
}

/// The id of the focused element ("" when it has none).
async fn focused_id(window: &Window) -> Result<String> {
    let id = window
        .client
        .execute(
            "return document.activeElement ? document.activeElement.id : '';",
            vec![],
        )
        .await?;
    Ok(id.as_str().unwrap_or_default().to_owned())
}

/// The date of the focused day, when focus is on a day of the month grid.
async fn focused_day(window: &Window) -> Result<Option<NaiveDate>> {
    let date = window
        .client
        .execute(
            "const at = document.activeElement;
             return at && at.matches('#month-grid button.day') ? at.dataset.date : null;",
            vec![],
        )
        .await?;
    Ok(match date.as_str() {
        Some(text) => Some(NaiveDate::parse_from_str(text, "%Y-%m-%d")?),
        None => None,
    })
}

/// Waits until focus is on `day` (a move into another month redraws the grid first), and checks
/// that the focused day is the grid's one tab stop.
async fn focus_reaches(window: &Window, day: NaiveDate, after: &str) -> Result {
    let deadline = Instant::now() + WAIT;
    loop {
        let seen = focused_day(window).await?;
        if seen == Some(day) {
            break;
        }
        if Instant::now() > deadline {
            return Err(format!("after {after}, focus is on {seen:?}, not {day}").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(tab_stops(window).await?, 1, "after {after}, one tab stop");
    let stop_is_focused = window
        .client
        .execute(
            "return document.querySelector('#month-grid [tabindex=\"0\"]') === document.activeElement;",
            vec![],
        )
        .await?;
    assert_eq!(
        stop_is_focused.as_bool(),
        Some(true),
        "after {after}, the tab stop is the focused day"
    );
    Ok(())
}

/// How many places in the month grid Tab stops at.
async fn tab_stops(window: &Window) -> Result<u64> {
    let count = window
        .client
        .execute(
            "const grid = document.getElementById('month-grid');
             return [...grid.querySelectorAll('button, a[href], input, select, textarea, [tabindex]')]
                .filter((e) => e.tabIndex >= 0 && !e.disabled).length;",
            vec![],
        )
        .await?;
    count
        .as_u64()
        .ok_or_else(|| format!("counting tab stops gave {count}").into())
}

/// Waits until the month heading shows something other than `before`, and returns it.
async fn heading_after(window: &Window, before: &str) -> Result<String> {
    let deadline = Instant::now() + WAIT;
    loop {
        let now = window.text("#month-heading").await?;
        if !now.is_empty() && now != before {
            return Ok(now);
        }
        if Instant::now() > deadline {
            return Err(format!("the month heading still says {before:?}").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until the day shown under the grid has a heading other than `before`, and returns it.
async fn day_heading_after(window: &Window, before: &str) -> Result<String> {
    let deadline = Instant::now() + WAIT;
    loop {
        let shown = window
            .client
            .execute(
                "const h = document.querySelector('#month-day h2'); return h ? h.textContent : '';",
                vec![],
            )
            .await?;
        let shown = shown.as_str().unwrap_or_default().to_owned();
        if !shown.is_empty() && shown != before {
            return Ok(shown);
        }
        if Instant::now() > deadline {
            return Err(format!("the day under the month still says {before:?}").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The focused day's own label, which begins with the date written out.
async fn focused_label(window: &Window) -> Result<String> {
    Ok(window
        .client
        .active_element()
        .await?
        .attr("aria-label")
        .await?
        .unwrap_or_default())
}

fn last_of_month(day: NaiveDate) -> Result<NaiveDate> {
    day.with_day(1)
        .and_then(|first| first.checked_add_months(Months::new(1)))
        .and_then(|next| next.pred_opt())
        .ok_or_else(|| format!("no last day for the month of {day}").into())
}

fn iso(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

#[tokio::test]
async fn the_month_is_one_tab_stop_and_keys_move_through_days_and_months() -> Result {
    let village = Village::start().await?;
    let window = village.open().await?;
    window.visit("#journal/month").await?;
    window
        .wait_for("main[data-sub='month'] #month-grid button.day")
        .await?;
    window.assert_accessible("the month grid").await?;

    // Before she has moved, today is the one way in.
    assert_eq!(tab_stops(&window).await?, 1, "the month is one tab stop");
    let stop = window
        .attribute("#month-grid button.day[tabindex='0']", "data-date")
        .await?;
    let today = window
        .attribute("#month-grid button.day[aria-current='date']", "data-date")
        .await?
        .ok_or("today is not marked in its month")?;
    assert_eq!(
        stop.as_deref(),
        Some(today.as_str()),
        "today is the tab stop"
    );
    let today = NaiveDate::parse_from_str(&today, "%Y-%m-%d")?;

    // The view puts focus on its heading once drawn; from there she tabs to the month buttons.
    let deadline = Instant::now() + WAIT;
    while window
        .client
        .execute(
            "return document.activeElement === document.querySelector('main h1');",
            vec![],
        )
        .await?
        .as_bool()
        != Some(true)
    {
        if Instant::now() > deadline {
            return Err("focus never came to the view's heading".into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mut presses = 0;
    while focused_id(&window).await? != "month-next" {
        press(&window, &Key::Tab.to_string()).await?;
        presses += 1;
        if presses > 30 {
            return Err("Tab never reached the later-month button".into());
        }
    }

    // The later-month button turns the month and keeps focus.
    let this_month = window.text("#month-heading").await?;
    press(&window, &Key::Enter.to_string()).await?;
    let mut heading = heading_after(&window, &this_month).await?;
    assert_eq!(focused_id(&window).await?, "month-next");
    // Today is not in next month, so the 1st is the way in.
    let first = today
        .with_day(1)
        .and_then(|d| d.checked_add_months(Months::new(1)))
        .ok_or("no next month")?;
    window
        .wait_for(&format!(
            "#month-grid button.day[data-date='{}'][tabindex='0']",
            iso(first)
        ))
        .await?;
    press(&window, &Key::Tab.to_string()).await?;
    focus_reaches(&window, first, "Tab from the later-month button").await?;

    // A day right, a week down.
    let mut day = first + Days::new(1);
    press(&window, &Key::Right.to_string()).await?;
    focus_reaches(&window, day, "ArrowRight").await?;
    day = day + Days::new(7);
    press(&window, &Key::Down.to_string()).await?;
    focus_reaches(&window, day, "ArrowDown").await?;

    // End and Home: the ends of the week row, inside the month. The app speaks en-US here,
    // whose weeks start on Sunday.
    let from_sunday = u64::from(day.weekday().num_days_from_sunday());
    let end = (day + Days::new(6 - from_sunday)).min(last_of_month(day)?);
    press(&window, &Key::End.to_string()).await?;
    focus_reaches(&window, end, "End").await?;
    let start = (end - Days::new(u64::from(end.weekday().num_days_from_sunday())))
        .max(day.with_day(1).ok_or("no 1st")?);
    press(&window, &Key::Home.to_string()).await?;
    focus_reaches(&window, start, "Home").await?;
    day = start;

    // Page Down: the same day next month, and the heading says which month.
    day = day
        .checked_add_months(Months::new(1))
        .ok_or("no next month")?;
    press(&window, &Key::PageDown.to_string()).await?;
    focus_reaches(&window, day, "PageDown").await?;
    heading = heading_after(&window, &heading).await?;

    // Along to the month's last day, then one more: the 1st of the month after.
    let last = last_of_month(day)?;
    let steps = usize::try_from((last - day).num_days())?;
    if steps > 0 {
        press(&window, &Key::Right.to_string().repeat(steps)).await?;
    }
    focus_reaches(&window, last, "ArrowRight to the month's end").await?;
    let after_last = last + Days::new(1);
    press(&window, &Key::Right.to_string()).await?;
    focus_reaches(&window, after_last, "ArrowRight past the month's end").await?;
    heading_after(&window, &heading).await?;

    // Enter opens the day below the grid, as a click would; focus stays on the day.
    press(&window, &Key::Enter.to_string()).await?;
    let opened = day_heading_after(&window, "").await?;
    assert!(
        focused_label(&window).await?.starts_with(&opened),
        "Enter on {after_last} opened {opened:?}"
    );
    focus_reaches(&window, after_last, "Enter").await?;
    // Back over the month's start, and Enter opens that day instead.
    press(&window, &Key::Left.to_string()).await?;
    focus_reaches(&window, last, "ArrowLeft past the month's start").await?;
    press(&window, &Key::Enter.to_string()).await?;
    let reopened = day_heading_after(&window, &opened).await?;
    assert!(
        focused_label(&window).await?.starts_with(&reopened),
        "Enter on {last} opened {reopened:?}"
    );

    // One Tab takes her out of the month again: there is nothing else to stop at inside it.
    press(&window, &Key::Tab.to_string()).await?;
    assert_eq!(focused_day(&window).await?, None, "Tab leaves the month");
    assert!(
        window.focus_is("body *").await?,
        "Tab from the month drops the focus: {}",
        window.focused().await?
    );
    window.close().await?;
    Ok(())
}

/// A chart as the page shows it.
struct ChartFit {
    /// Its width on the page, in CSS px.
    width: f64,
    /// Its drawing's width, in SVG units.
    view_box: f64,
    /// Where its right edge is, and how wide the page is.
    right: f64,
    page: f64,
    labels: u64,
    smallest_label: f64,
}

/// Waits until the chart at `css` is drawn at the width it is shown at (one SVG unit to one
/// CSS pixel), and says how it sits.
async fn chart_fit(window: &Window, css: &str) -> Result<ChartFit> {
    window.wait_for(css).await?;
    let deadline = Instant::now() + WAIT;
    loop {
        let seen = window
            .client
            .execute(
                "const chart = document.querySelector(arguments[0]);
                 const box = chart.getBoundingClientRect();
                 const sizes = [...chart.querySelectorAll('.axis-label')]
                    .map((label) => parseFloat(getComputedStyle(label).fontSize));
                 return {
                   width: box.width,
                   viewBox: chart.viewBox.baseVal ? chart.viewBox.baseVal.width : 0,
                   right: box.right,
                   page: document.documentElement.clientWidth,
                   labels: sizes.length,
                   smallest: sizes.length ? Math.min(...sizes) : 0,
                 };",
                vec![css.into()],
            )
            .await?;
        let fit = ChartFit {
            width: seen["width"].as_f64().unwrap_or_default(),
            view_box: seen["viewBox"].as_f64().unwrap_or_default(),
            right: seen["right"].as_f64().unwrap_or_default(),
            page: seen["page"].as_f64().unwrap_or_default(),
            labels: seen["labels"].as_u64().unwrap_or_default(),
            smallest_label: seen["smallest"].as_f64().unwrap_or_default(),
        };
        if fit.width > 0.0 && (fit.width - fit.view_box).abs() <= 1.0 {
            return Ok(fit);
        }
        if Instant::now() > deadline {
            return Err(format!(
                "{css} is {} px wide but drawn {} wide",
                fit.width, fit.view_box
            )
            .into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn assert_readable(fit: &ChartFit, what: &str) {
    assert!(fit.width >= 300.0, "{what} is only {} px wide", fit.width);
    assert!(
        fit.right <= fit.page + 0.5,
        "{what} runs off the page ({} of {})",
        fit.right,
        fit.page
    );
    assert!(fit.labels > 0, "{what} has no axis labels");
    assert!(
        fit.smallest_label >= 14.0,
        "{what} has a label of {} px",
        fit.smallest_label
    );
}

#[tokio::test]
async fn at_360_px_days_are_thumb_sized_and_charts_fill_the_width_with_readable_labels() -> Result {
    let village = Village::start().await?;
    let store = village.seed_store().await?;
    let now = Utc::now();
    for (days, answers) in [
        (40, [1, 1, 0, 1, 1, 0, 0, 0, 0]),
        (12, [2, 1, 1, 1, 1, 1, 0, 1, 0]),
    ] {
        store
            .take_self_check(
                &SelfCheckInput {
                    kind: "phq9".into(),
                    answers: answers.iter().map(|a| Some(*a)).collect(),
                    difficulty: Some(1),
                },
                now - chrono::Duration::days(days),
                &Local,
            )
            .await?;
    }
    store.close().await;
    let window = village.open().await?;

    // Drawn wide first; when the window narrows, the chart fits itself again.
    let chart = "#history-phq9 .trend-chart";
    window.set_width(1280).await?;
    window.visit("#self-check").await?;
    let wide = chart_fit(&window, chart).await?;
    assert_readable(&wide, "the self-check chart at 1280 px");
    window.set_width(360).await?;
    let narrow = chart_fit(&window, chart).await?;
    assert_readable(&narrow, "the self-check chart at 360 px");
    assert!(
        narrow.width < wide.width,
        "the chart narrowed with the window ({} then {})",
        wide.width,
        narrow.width
    );

    // Every day of the month is at least 44 by 44, and the weekdays are 14 px or more.
    window.visit("#journal/month").await?;
    window.wait_for("#month-grid button.day").await?;
    let sizes = window
        .client
        .execute(
            "const boxes = [...document.querySelectorAll('#month-grid button.day')]
                .map((day) => day.getBoundingClientRect());
             const weekdays = [...document.querySelectorAll('#month-grid [role=\"columnheader\"]')]
                .map((head) => parseFloat(getComputedStyle(head).fontSize));
             return {
               days: boxes.length,
               narrowest: Math.min(...boxes.map((b) => b.width)),
               shortest: Math.min(...boxes.map((b) => b.height)),
               weekdays: weekdays.length,
               smallestWeekday: Math.min(...weekdays),
               overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
             };",
            vec![],
        )
        .await?;
    assert!(sizes["days"].as_u64().unwrap_or_default() >= 28, "{sizes}");
    assert!(
        sizes["narrowest"].as_f64().unwrap_or_default() >= 44.0,
        "a day is narrower than 44 px: {sizes}"
    );
    assert!(
        sizes["shortest"].as_f64().unwrap_or_default() >= 44.0,
        "a day is shorter than 44 px: {sizes}"
    );
    assert_eq!(sizes["weekdays"].as_u64(), Some(7), "{sizes}");
    assert!(
        sizes["smallestWeekday"].as_f64().unwrap_or_default() >= 14.0,
        "a weekday is smaller than 14 px: {sizes}"
    );
    assert!(
        sizes["overflow"].as_f64().unwrap_or(1.0) <= 0.0,
        "the month runs wider than the window: {sizes}"
    );

    // The journal's trends chart fits the same way.
    window.visit("#journal/trends").await?;
    let trends = chart_fit(&window, "#trends-body .trend-chart").await?;
    assert_readable(&trends, "the trends chart at 360 px");
    window.close().await?;
    Ok(())
}
