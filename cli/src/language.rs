//! The language the CLI speaks: `--lang en|es`, else the system's as POSIX gives it
//! (`VILLAGE_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANGUAGE`, `LANG`), else English. Chosen once, at
//! the start, before the help is even built, so every line of one run is in one language.

use std::ffi::OsString;
use std::sync::OnceLock;

use village_core::catalog::Language;

static CHOSEN: OnceLock<Language> = OnceLock::new();

/// The language of this run.
pub fn current() -> Language {
    *CHOSEN.get_or_init(system)
}

/// Settles the language for the run from the command line; without `--lang`, the system's.
/// Called once, before anything is written.
pub fn choose(args: &[OsString]) {
    let _ = CHOSEN.set(from_args(args).unwrap_or_else(system));
}

fn system() -> Language {
    Language::from_environment(|name| std::env::var(name).ok()).unwrap_or(Language::En)
}

/// `--lang es` or `--lang=es`, read before clap parses, so the help itself is in it. A value
/// Village does not speak is left for clap to refuse.
fn from_args(args: &[OsString]) -> Option<Language> {
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            return None;
        }
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.next()?.into_owned(),
            Some(rest) => match rest.strip_prefix('=') {
                Some(value) => value.to_owned(),
                None => continue,
            },
            None => continue,
        };
        return parse(&value).ok();
    }
    None
}

/// The values `--lang` takes: the languages she can choose in the app.
pub fn parse(text: &str) -> Result<Language, String> {
    Language::CHOSEN
        .into_iter()
        .find(|l| l.tag() == text.trim())
        .ok_or_else(|| village_core::catalog::word(current(), "cli-lang-choose"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        std::iter::once("village-cli")
            .chain(list.iter().copied())
            .map(OsString::from)
            .collect()
    }

    #[test]
    fn lang_is_read_in_either_form_anywhere_before_a_double_dash() {
        assert_eq!(
            from_args(&args(&["--lang", "es", "today"])),
            Some(Language::Es)
        );
        assert_eq!(
            from_args(&args(&["today", "--lang=es"])),
            Some(Language::Es)
        );
        assert_eq!(
            from_args(&args(&["today", "--lang", "en"])),
            Some(Language::En)
        );
        assert_eq!(from_args(&args(&["today"])), None);
        assert_eq!(from_args(&args(&["--lang", "fr", "today"])), None);
        assert_eq!(from_args(&args(&["note", "--", "--lang", "es"])), None);
        assert_eq!(from_args(&args(&["--language", "es"])), None);
    }
}
