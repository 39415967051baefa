//! `seed`: a generated store (years of notes, a circle, groups) for benchmarks and for
//! trying Village out, the same every time for the same seed. Never into her own data.

use std::process::ExitCode;

use chrono::{DateTime, Local, Utc};
use village_core::catalog::say;
use village_core::seed::{Profile, generate};

use super::holds;
use crate::database::Database;
use crate::failure::{Failure, language};
use crate::output;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// five-years (about 5,500 notes, 60 people, 15 groups) or heavy (100,000 notes, 2,000
    /// people).
    #[arg(long, value_parser = parse_profile)]
    profile: Profile,

    /// Any number: the same seed always gives the same store.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

fn parse_profile(text: &str) -> Result<Profile, String> {
    Profile::parse(text).map_err(|e| e.public_message(language()))
}

pub async fn run(db: &Database, args: &Args, now: DateTime<Utc>) -> Result<ExitCode, Failure> {
    let store = db.open().await?;
    let before = store.check().await;
    let result = match before {
        Ok(check) if check.people + check.mood_notes + check.groups > 0 => Err(Failure::NotEmpty {
            path: db.path.clone(),
            holds: holds(&check),
        }),
        Ok(_) => match generate(args.profile, args.seed, now, &Local) {
            Ok(incoming) => store
                .import(&incoming, true, now, &Local)
                .await
                .map_err(Failure::from),
            Err(error) => Err(error.into()),
        },
        Err(error) => Err(error.into()),
    };
    let after = store.check().await;
    store.close().await;
    result?;
    output::line(&say(
        language(),
        "cli-seeded",
        &[
            ("profile", args.profile.as_str().into()),
            // As she typed it: a seed is a name for a store, not a quantity to group.
            ("seed", args.seed.to_string().into()),
            ("path", db.display().to_string().into()),
            ("holds", holds(&after?).into()),
        ],
    ))?;
    Ok(ExitCode::SUCCESS)
}
