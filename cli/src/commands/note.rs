//! `note`: a mood note from the terminal, checked by the same rules as the app's form.

use std::process::ExitCode;

use chrono::{DateTime, Local, Utc};
use village_core::Error;
use village_core::catalog::{Message, date, say};
use village_core::journal::{MoodNoteInput, mood_word};

use crate::database::Database;
use crate::failure::Failure;
use crate::output;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// 1 (very hard), 2 (hard), 3 (okay), 4 (good) or 5 (great).
    #[arg(long, allow_negative_numbers = true)]
    mood: i64,

    /// A tag; give --tag again for more.
    #[arg(long = "tag", value_name = "TAG")]
    tags: Vec<String>,

    /// The note itself; the words after the options are joined with spaces.
    #[arg(trailing_var_arg = true, value_name = "TEXT")]
    text: Vec<String>,
}

pub async fn run(db: &Database, args: &Args, now: DateTime<Utc>) -> Result<ExitCode, Failure> {
    let tags: Vec<&str> = args.tags.iter().map(String::as_str).collect();
    let input = MoodNoteInput::new(args.mood, now)
        .with_note(&args.text.join(" "))
        .with_tags(&tags);
    // Checked before the store is opened, so a wrong mood never creates a database.
    input.validate(now, &Local).map_err(|e| match e {
        Error::Invalid {
            field: "mood",
            reason,
        } => Failure::Guided(reason, Message::new("error-cli-mood-flag")),
        other => other.into(),
    })?;
    let store = db.open().await?;
    let saved = store.add_mood_note(&input, now, &Local).await;
    store.close().await;
    let note = saved?;
    let language = crate::language::current();
    let date = date(language, "date-medium", note.local_date);
    let mood = mood_word(note.mood).render(language);
    let saved = if note.tags.is_empty() {
        say(
            language,
            "cli-note-saved",
            &[("date", date.into()), ("mood", mood.into())],
        )
    } else {
        say(
            language,
            "cli-note-saved-tagged",
            &[
                ("date", date.into()),
                ("mood", mood.into()),
                ("tags", note.tags.join(", ").into()),
            ],
        )
    };
    output::line(&saved)?;
    Ok(ExitCode::SUCCESS)
}
