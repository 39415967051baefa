//! Every sentence she reads that Rust writes (errors, notifications, the tray, the CLI, the
//! headings of a readable export), from the same Fluent catalogs the UI reads: `ui/locales/`.

use std::borrow::Cow;
use std::sync::OnceLock;

use chrono::NaiveDate;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

mod files {
    include!(concat!(env!("OUT_DIR"), "/catalog_files.rs"));
}

/// The languages Village speaks. `Pseudo` is English with every catalog string marked, for
/// the test that finds words that bypass the catalog; it is never offered in Settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Language {
    En,
    Es,
    #[serde(rename = "x-pseudo")]
    Pseudo,
}

/// Marks a pseudo-locale string begins and ends with.
pub const PSEUDO_OPEN: char = '\u{27e6}';
pub const PSEUDO_CLOSE: char = '\u{27e7}';

impl Language {
    /// The languages she can choose, in the order Settings lists them.
    pub const CHOSEN: [Language; 2] = [Language::En, Language::Es];

    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Es => "es",
            Language::Pseudo => "x-pseudo",
        }
    }

    /// The locale dates, times and numbers follow: Village's audience is in the US.
    pub fn locale(self) -> &'static str {
        match self {
            Language::En | Language::Pseudo => "en-US",
            Language::Es => "es-US",
        }
    }

    /// A language from a tag as the system or a browser writes it ("es_US.UTF-8", "es-MX",
    /// "en"), or none for one Village does not speak ("C", "fr_FR").
    pub fn parse(tag: &str) -> Option<Language> {
        let tag = tag.trim();
        if tag.eq_ignore_ascii_case("x-pseudo") {
            return Some(Language::Pseudo);
        }
        let primary: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect::<String>()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Language::En),
            "es" => Some(Language::Es),
            _ => None,
        }
    }

    /// The system's language as POSIX gives it: `VILLAGE_LANG` (for tests and for her to
    /// override), then `LC_ALL`, `LC_MESSAGES`, `LANGUAGE`'s first choice and `LANG`; the
    /// first one set decides, as it does for every other program. `var` reads a variable.
    pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> Option<Language> {
        for name in ["VILLAGE_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"] {
            let Some(value) = var(name).filter(|v| !v.trim().is_empty()) else {
                continue;
            };
            let first = value.split(':').next().unwrap_or_default();
            if first == "C" || first.starts_with("C.") || first == "POSIX" {
                return None;
            }
            return Language::parse(first);
        }
        None
    }
}

/// A value a message is given: text, or a number the catalog may choose a plural by.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_owned())
    }
}
impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}
impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Text(value.clone())
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Self {
                Arg::Number(value as f64)
            }
        }
    )*};
}
number_arg!(i32, i64, u8, u16, u32, u64, usize, f64);

/// A sentence not yet in words: a catalog id and its arguments, rendered in her language
/// where it is shown (the shell, the CLI), never in core.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: &'static str) -> Self {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// The message with one more argument.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    pub fn render(&self, language: Language) -> String {
        say(language, self.id, &self.args)
    }
}

impl From<&'static str> for Message {
    fn from(id: &'static str) -> Self {
        Message::new(id)
    }
}

fn pseudo(text: &str) -> Cow<'_, str> {
    if text.trim().is_empty() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(format!("{PSEUDO_OPEN}{text}{PSEUDO_CLOSE}"))
}

fn bundle(
    locale: &str,
    files: &[(&str, &str)],
    transform: Option<fn(&str) -> Cow<str>>,
) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = locale.parse().expect("a well-formed locale");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks would land in notifications and terminal output as stray characters;
    // every argument Village passes is short and of her own script.
    bundle.set_use_isolating(false);
    bundle.set_transform(transform);
    for (name, source) in files {
        // A file that does not parse is caught by the catalog tests before it ships; what
        // parses of it is still used rather than losing every word.
        let resource = match FluentResource::try_new((*source).to_owned()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                eprintln!("village: catalog {locale}/{name}: {errors:?}");
                resource
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            eprintln!("village: catalog {locale}/{name}: {errors:?}");
        }
    }
    bundle
}

/// The catalog's source for `language`, every file joined, as the UI loads it.
pub fn source(language: Language) -> String {
    let files = match language {
        Language::Es => files::ES,
        Language::En | Language::Pseudo => files::EN,
    };
    files
        .iter()
        .map(|(_, text)| *text)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The files of a language's catalog, by name, for the tests that compare them.
pub fn files(language: Language) -> &'static [(&'static str, &'static str)] {
    match language {
        Language::Es => files::ES,
        Language::En | Language::Pseudo => files::EN,
    }
}

fn fluent_args<'a>(args: &'a [(&'static str, Arg)]) -> FluentArgs<'a> {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent.set(*name, FluentValue::from(text.as_str())),
            Arg::Number(n) => fluent.set(*name, FluentValue::from(*n)),
        }
    }
    fluent
}

/// Whether a message with a value (or `id.attribute`) is in `language`'s catalog.
pub fn has(language: Language, id: &str) -> bool {
    lookup(language, id).is_some()
}

/// Whether a message is in `language`'s catalog at all, perhaps with attributes only (as
/// `data-l10n-id` names for an element's labels).
pub fn exists(language: Language, id: &str) -> bool {
    bundle_for(language).get_message(id).is_some()
}

/// Each language is parsed the first time it is asked for, not before: a start in English
/// never pays for (or keeps in memory) the Spanish or the pseudo-locale's words.
fn bundle_for(language: Language) -> &'static FluentBundle<FluentResource> {
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static ES: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static PSEUDO: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    match language {
        Language::En => EN.get_or_init(|| bundle("en-US", files::EN, None)),
        Language::Es => ES.get_or_init(|| bundle("es-US", files::ES, None)),
        Language::Pseudo => PSEUDO.get_or_init(|| bundle("en-US", files::EN, Some(pseudo))),
    }
}

fn lookup(
    language: Language,
    id: &str,
) -> Option<(
    &'static FluentBundle<FluentResource>,
    &'static fluent_syntax::ast::Pattern<&'static str>,
)> {
    let bundle = bundle_for(language);
    let (message, attribute) = match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(message)?;
    let pattern = match attribute {
        Some(name) => message.get_attribute(name)?.value(),
        None => message.value()?,
    };
    Some((bundle, pattern))
}

/// The message `id` (or `id.attribute`) in `language`, with its arguments. A message the
/// catalog lacks falls back to English and then to its id, so she never sees nothing; the
/// catalog tests fail on either.
pub fn say(language: Language, id: &str, args: &[(&'static str, Arg)]) -> String {
    let found = lookup(language, id).or_else(|| lookup(Language::En, id));
    let Some((bundle, pattern)) = found else {
        eprintln!("village: no message {id:?} in the catalog");
        return id.to_owned();
    };
    let fluent = fluent_args(args);
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent), &mut errors);
    if !errors.is_empty() {
        eprintln!("village: message {id:?}: {errors:?}");
    }
    text.into_owned()
}

/// Shorthand for a message with no arguments.
pub fn word(language: Language, id: &str) -> String {
    say(language, id, &[])
}

/// A calendar date in the catalog's pattern `format` (a message whose value is a chrono
/// pattern, such as `date-long`), with month and weekday names in her language.
pub fn date(language: Language, format: &str, day: NaiveDate) -> String {
    let words = language_of_patterns(language);
    let pattern = named(words, &word(words, format), day);
    mark(language, day.format(&pattern).to_string())
}

/// The pattern with `%A`, `%a`, `%B` and `%b` replaced by the catalog's names for `day`. The
/// catalog has them, not chrono's locale data: that data holds every locale there is and
/// cost the binary a third of a megabyte for the two Village speaks.
fn named(language: Language, pattern: &str, day: NaiveDate) -> String {
    use chrono::Datelike;
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let (id, n) = match chars.next() {
            Some('A') => ("date-weekday-long", day.weekday().num_days_from_sunday()),
            Some('a') => ("date-weekday-short", day.weekday().num_days_from_sunday()),
            Some('B') => ("date-month-long", day.month()),
            Some('b') => ("date-month-short", day.month()),
            Some(other) => {
                out.push('%');
                out.push(other);
                continue;
            }
            None => {
                out.push('%');
                continue;
            }
        };
        let name = say(language, id, &[("n", Arg::Number(f64::from(n)))]);
        // What chrono reads next is the pattern: a name is text, never a directive.
        out.push_str(&name.replace('%', "%%"));
    }
    out
}

/// Patterns are read unmarked: a pseudo mark inside a chrono pattern would be printed twice.
fn language_of_patterns(language: Language) -> Language {
    match language {
        Language::Pseudo => Language::En,
        other => other,
    }
}

fn mark(language: Language, text: String) -> String {
    match language {
        Language::Pseudo => format!("{PSEUDO_OPEN}{text}{PSEUDO_CLOSE}"),
        _ => text,
    }
}

#[cfg(test)]
mod tests;
