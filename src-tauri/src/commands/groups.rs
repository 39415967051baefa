//! Groups: saved groups, their meetings, "I went", and the calendar file, in the machine's
//! time zone.

use chrono::{DateTime, Local, NaiveDate, Utc};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use village_core::GroupEntry;
use village_core::catalog::word;
use village_core::groups::{
    AttendInput, Attendance, Group, GroupId, GroupInput, GroupMeeting, Meeting, ScheduleInput,
    file_stem, meeting_words,
};
use village_core::journal::mood_word;

use super::files::{Filter, not_the_database, save_path, write_file, zone_name};
use crate::{AppState, CommandError};

#[derive(Debug, Serialize)]
pub struct GroupDto {
    pub id: String,
    pub name: String,
    pub kind: &'static str,
    pub kind_words: String,
    pub place: String,
    pub link: String,
    pub contact: String,
    pub notes: String,
    /// As the form takes it back.
    pub schedule: ScheduleInput,
    pub schedule_words: String,
    pub has_times: bool,
    pub remind_minutes_before: u32,
    pub muted: bool,
    pub archived: bool,
}

impl From<Group> for GroupDto {
    fn from(g: Group) -> Self {
        let language = crate::language::current();
        GroupDto {
            id: g.id.to_string(),
            kind: g.kind.as_str(),
            kind_words: g.kind.words().render(language),
            schedule: ScheduleInput::from(&g.schedule),
            schedule_words: g.schedule.words(language),
            has_times: g.schedule.timed().is_some(),
            remind_minutes_before: g.remind_minutes_before,
            muted: g.muted,
            archived: g.archived_at.is_some(),
            name: g.name,
            place: g.place,
            link: g.link,
            contact: g.contact,
            notes: g.notes,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct MeetingDto {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub local_date: NaiveDate,
    /// "Today at 10:00", "Now, until 11:30".
    pub words: String,
    /// She can say she went once it has started.
    pub started: bool,
}

impl MeetingDto {
    fn new(meeting: &Meeting, now: DateTime<Utc>) -> Self {
        MeetingDto {
            start: meeting.start,
            end: meeting.end,
            local_date: meeting.local_date,
            words: meeting_words(meeting, now, &Local, crate::language::current()),
            started: meeting.start <= now,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct GroupMeetingDto {
    pub group_id: String,
    pub group_name: String,
    pub meeting: MeetingDto,
    pub attended: bool,
}

impl GroupMeetingDto {
    pub(crate) fn new(m: GroupMeeting, now: DateTime<Utc>) -> Self {
        GroupMeetingDto {
            group_id: m.group_id.to_string(),
            group_name: m.group_name,
            meeting: MeetingDto::new(&m.meeting, now),
            attended: m.attended,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct GroupEntryDto {
    pub group: GroupDto,
    pub next: Option<MeetingDto>,
    pub last_attended: Option<DateTime<Utc>>,
}

impl GroupEntryDto {
    fn new(e: GroupEntry, now: DateTime<Utc>) -> Self {
        GroupEntryDto {
            next: e.next.as_ref().map(|m| MeetingDto::new(m, now)),
            last_attended: e.last_attended,
            group: e.group.into(),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct GroupsOverviewDto {
    pub upcoming: Vec<GroupMeetingDto>,
    pub recent: Vec<GroupMeetingDto>,
    pub groups: Vec<GroupEntryDto>,
}

#[derive(Debug, Serialize)]
pub struct AttendanceDto {
    pub id: String,
    pub group_id: Option<String>,
    pub happened_at: DateTime<Utc>,
    pub meeting_start: Option<DateTime<Utc>>,
    pub mood_after: Option<u8>,
    pub mood_words: Option<String>,
    pub note: String,
    /// The time on her clock when she went, "YYYY-MM-DDTHH:MM", to show as she saw it.
    pub local_at: Option<String>,
}

impl From<Attendance> for AttendanceDto {
    fn from(a: Attendance) -> Self {
        AttendanceDto {
            id: a.check_in.id.to_string(),
            group_id: a.check_in.group_id.map(|id| id.to_string()),
            happened_at: a.check_in.happened_at,
            local_at: a
                .check_in
                .local_at
                .map(|at| at.format("%Y-%m-%dT%H:%M").to_string()),
            meeting_start: a.meeting_start,
            mood_after: a.mood_after,
            mood_words: a
                .mood_after
                .map(|mood| mood_word(mood).render(crate::language::current())),
            note: a.check_in.note,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct GroupPageDto {
    pub entry: GroupEntryDto,
    pub next_meetings: Vec<MeetingDto>,
    pub recent: Vec<GroupMeetingDto>,
    pub attendance: Vec<AttendanceDto>,
    pub total_attendance: i64,
}

#[tauri::command]
pub async fn groups_overview(
    state: State<'_, AppState>,
    include_archived: bool,
) -> Result<GroupsOverviewDto, CommandError> {
    let now = state.clock.now();
    let overview = state
        .store()?
        .groups_overview(now, &Local, include_archived)
        .await?;
    Ok(GroupsOverviewDto {
        upcoming: overview
            .upcoming
            .into_iter()
            .map(|m| GroupMeetingDto::new(m, now))
            .collect(),
        recent: overview
            .recent
            .into_iter()
            .map(|m| GroupMeetingDto::new(m, now))
            .collect(),
        groups: overview
            .groups
            .into_iter()
            .map(|e| GroupEntryDto::new(e, now))
            .collect(),
    })
}

#[tauri::command]
pub async fn get_group(
    state: State<'_, AppState>,
    id: String,
) -> Result<GroupPageDto, CommandError> {
    let id = GroupId::parse(&id)?;
    let now = state.clock.now();
    let page = state.store()?.group_page(&id, now, &Local).await?;
    Ok(GroupPageDto {
        entry: GroupEntryDto::new(page.entry, now),
        next_meetings: page
            .next_meetings
            .iter()
            .map(|m| MeetingDto::new(m, now))
            .collect(),
        recent: page
            .recent
            .into_iter()
            .map(|m| GroupMeetingDto::new(m, now))
            .collect(),
        attendance: page.attendance.into_iter().map(Into::into).collect(),
        total_attendance: page.total_attendance,
    })
}

#[tauri::command]
pub async fn add_group(
    state: State<'_, AppState>,
    input: GroupInput,
) -> Result<GroupDto, CommandError> {
    let group = state
        .store()?
        .add_group(&input, state.clock.now(), &Local)
        .await?;
    state.reschedule_reminders();
    Ok(group.into())
}

#[tauri::command]
pub async fn update_group(
    state: State<'_, AppState>,
    id: String,
    input: GroupInput,
) -> Result<GroupDto, CommandError> {
    let id = GroupId::parse(&id)?;
    let group = state
        .store()?
        .update_group(&id, &input, state.clock.now(), &Local)
        .await?;
    state.reschedule_reminders();
    Ok(group.into())
}

#[tauri::command]
pub async fn archive_group(
    state: State<'_, AppState>,
    id: String,
    archived: bool,
) -> Result<GroupDto, CommandError> {
    let id = GroupId::parse(&id)?;
    let group = state
        .store()?
        .set_group_archived(&id, archived, state.clock.now())
        .await?;
    state.reschedule_reminders();
    Ok(group.into())
}

#[tauri::command]
pub async fn delete_group(state: State<'_, AppState>, id: String) -> Result<(), CommandError> {
    let id = GroupId::parse(&id)?;
    state.store()?.delete_group(&id).await?;
    state.reschedule_reminders();
    Ok(())
}

#[tauri::command]
pub async fn attend_meeting(
    state: State<'_, AppState>,
    input: AttendInput,
) -> Result<AttendanceDto, CommandError> {
    Ok(state
        .store()?
        .attend_meeting(&input, state.clock.now(), &Local)
        .await?
        .into())
}

/// Turns notifications about a group off or back on.
#[tauri::command]
pub async fn set_group_muted(
    state: State<'_, AppState>,
    id: String,
    muted: bool,
) -> Result<GroupDto, CommandError> {
    let id = GroupId::parse(&id)?;
    let group = state
        .store()?
        .set_group_muted(&id, muted, state.clock.now())
        .await?;
    state.reschedule_reminders();
    Ok(group.into())
}

/// One group's calendar file, or every active group's, saved where she picks in the system's
/// own save dialog. The window never names a path: it cannot write anywhere by itself.
/// Returns where it was saved, or nothing when she cancels.
#[tauri::command]
pub async fn export_calendar<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    group_id: Option<String>,
) -> Result<Option<String>, CommandError> {
    let id = group_id.as_deref().map(GroupId::parse).transpose()?;
    let store = state.store()?;
    let language = crate::language::current();
    let ics = store
        .calendar(
            id.as_ref(),
            state.clock.now(),
            &Local,
            &zone_name(),
            language,
        )
        .await?;
    let file_name = match &id {
        Some(id) => {
            let name = store.group(id).await?.name;
            let stem = file_stem(&name).unwrap_or_else(|| "village-group".to_owned());
            format!("{stem}.ics")
        }
        None => "village-groups.ics".to_owned(),
    };
    let filter_name = word(language, "dialog-filter-ics");
    let filter = Filter {
        name: &filter_name,
        extensions: &["ics"],
    };
    let title = word(language, "dialog-export-ics");
    let Some(path) = save_path(&app, &title, &file_name, filter).await? else {
        return Ok(None);
    };
    not_the_database(&state, &path)?;
    write_file(&path, ics.as_bytes())?;
    Ok(Some(path.display().to_string()))
}
