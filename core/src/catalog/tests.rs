//! The catalogs agree with each other and with every id the code asks for.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

use super::*;

/// For each message: its attributes, and for the value and each attribute the variables used.
type Shape = BTreeMap<String, BTreeMap<String, BTreeSet<String>>>;

fn variables_of_inline(expression: &ast::InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        ast::InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                variables_of_inline(argument, into);
            }
            for named in &arguments.named {
                variables_of_inline(&named.value, into);
            }
        }
        ast::InlineExpression::Placeable { expression } => variables_of(expression, into),
        _ => {}
    }
}

fn variables_of(expression: &ast::Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => variables_of_inline(inline, into),
        ast::Expression::Select { selector, variants } => {
            variables_of_inline(selector, into);
            for variant in variants {
                variables_in(&variant.value, into);
            }
        }
    }
}

fn variables_in(pattern: &ast::Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            variables_of(expression, into);
        }
    }
}

fn shape(language: Language) -> Shape {
    let mut shape = Shape::new();
    for (name, source) in files(language) {
        let resource = match fluent_syntax::parser::parse(*source) {
            Ok(resource) => resource,
            Err((_, errors)) => panic!("{}/{name} does not parse: {errors:?}", language.tag()),
        };
        for entry in &resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let mut parts = BTreeMap::new();
                    if let Some(value) = &message.value {
                        let mut used = BTreeSet::new();
                        variables_in(value, &mut used);
                        parts.insert(String::new(), used);
                    }
                    for attribute in &message.attributes {
                        let mut used = BTreeSet::new();
                        variables_in(&attribute.value, &mut used);
                        parts.insert(format!(".{}", attribute.id.name), used);
                    }
                    let id = message.id.name.to_owned();
                    assert!(
                        shape.insert(id.clone(), parts).is_none(),
                        "{}: {id} is written twice",
                        language.tag()
                    );
                }
                ast::Entry::Junk { content } => {
                    panic!("{}/{name}: cannot read {content:?}", language.tag())
                }
                _ => {}
            }
        }
    }
    shape
}

#[test]
fn both_catalogs_have_the_same_files() {
    let names = |language| {
        files(language)
            .iter()
            .map(|(name, _)| *name)
            .collect::<Vec<_>>()
    };
    assert_eq!(names(Language::En), names(Language::Es));
    assert!(!names(Language::En).is_empty());
}

#[test]
fn both_catalogs_have_the_same_messages_attributes_and_variables() {
    let en = shape(Language::En);
    let es = shape(Language::Es);
    let only_en: Vec<_> = en.keys().filter(|id| !es.contains_key(*id)).collect();
    let only_es: Vec<_> = es.keys().filter(|id| !en.contains_key(*id)).collect();
    assert!(
        only_en.is_empty() && only_es.is_empty(),
        "only in English: {only_en:?}; only in Spanish: {only_es:?}"
    );
    for (id, parts) in &en {
        assert_eq!(
            parts, &es[id],
            "{id}: English and Spanish differ in attributes or variables"
        );
    }
}

/// Arguments for every variable a message uses, once as a count of one and once of many, so
/// both plural forms are formatted.
fn samples(variables: &BTreeSet<String>, count: f64) -> Vec<(&'static str, Arg)> {
    variables
        .iter()
        .map(|name| {
            let name: &'static str = Box::leak(name.clone().into_boxed_str());
            (name, Arg::Number(count))
        })
        .chain(std::iter::empty())
        .collect()
}

#[test]
fn every_message_formats_in_every_language_with_sample_arguments() {
    for language in [Language::En, Language::Es, Language::Pseudo] {
        let bundle = bundle_for(language);
        for (id, parts) in shape(language) {
            for (part, variables) in parts {
                let full = format!("{id}{part}");
                let (_, pattern) = lookup(language, &full).expect("listed, so found");
                for count in [0.0, 1.0, 2.0, 5.0, 21.0] {
                    let args = samples(&variables, count);
                    let fluent = fluent_args(&args);
                    let mut errors = Vec::new();
                    let text = bundle.format_pattern(pattern, Some(&fluent), &mut errors);
                    assert!(errors.is_empty(), "{}: {full}: {errors:?}", language.tag());
                    assert!(
                        !text.trim().is_empty(),
                        "{}: {full} is empty",
                        language.tag()
                    );
                }
            }
        }
    }
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn sources(folder: &Path, extensions: &[&str], into: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path
                .file_name()
                .is_some_and(|n| n == "vendor" || n == "target")
            {
                continue;
            }
            sources(&path, extensions, into);
        } else if path
            .extension()
            .is_some_and(|e| extensions.iter().any(|x| e == *x))
        {
            into.push(path);
        }
    }
}

/// Every id the code names literally: `t("id")` and `data-l10n-id` in the UI;
/// `Message::new("id")`, `word(…, "id")`, `say(…, "id", …)`, `date(…, "id", …)` and the reason of
/// `invalid("field", "id")` in Rust.
fn ids_in_source() -> BTreeMap<String, String> {
    let ui = regex::Regex::new(
        r#"(\bt\(\s*|data-l10n-id"?\s*[=:]\s*|titleId:\s*)["'`]([a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)?)["'`]"#,
    )
    .unwrap();
    let rust = regex::Regex::new(
        r#"(?:Message::new\(\s*|\b(?:word|say|date)\(\s*[a-z_.:()]+,\s*|invalid\(\s*"[a-z_]+",\s*)"([a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)?)""#,
    )
    .unwrap();
    let mut found = BTreeMap::new();
    let root = workspace();
    let mut files = Vec::new();
    sources(&root.join("ui"), &["js", "html"], &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for capture in ui.captures_iter(&text) {
            // An element's id may name a message of attributes only (its labels).
            let mark = if capture[1].starts_with("data-l10n-id") {
                "~"
            } else {
                ""
            };
            found.insert(format!("{mark}{}", &capture[2]), file.display().to_string());
        }
    }
    let mut files = Vec::new();
    for crate_dir in ["core/src", "src-tauri/src", "cli/src"] {
        sources(&root.join(crate_dir), &["rs"], &mut files);
    }
    for file in files {
        if file.ends_with("catalog/tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for capture in rust.captures_iter(&text) {
            found.insert(capture[1].to_owned(), file.display().to_string());
        }
    }
    found
}

#[test]
fn every_id_the_code_names_is_in_both_catalogs() {
    let ids = ids_in_source();
    assert!(ids.len() > 10, "the scan found only {ids:?}");
    let mut missing = Vec::new();
    for (id, file) in &ids {
        for language in Language::CHOSEN {
            let present = match id.strip_prefix('~') {
                Some(element) => exists(language, element),
                None => has(language, id),
            };
            if !present {
                missing.push(format!("{} {id} ({file})", language.tag()));
            }
        }
    }
    assert!(missing.is_empty(), "missing messages: {missing:#?}");
}

#[test]
fn the_scan_finds_ids_where_the_code_names_them() {
    let ids = ids_in_source();
    assert!(ids.contains_key("~nav-today"), "{ids:?}");
    assert!(ids.contains_key("window-title"), "{ids:?}");
}

#[test]
fn a_missing_message_shows_its_id_and_a_missing_translation_english() {
    assert_eq!(word(Language::Es, "no-such-message"), "no-such-message");
}

#[test]
fn pseudo_marks_every_text_and_keeps_arguments() {
    let text = word(Language::Pseudo, "nav-today");
    assert!(
        text.starts_with(PSEUDO_OPEN) && text.ends_with(PSEUDO_CLOSE),
        "{text}"
    );
}

#[test]
fn languages_are_read_as_the_system_writes_them() {
    assert_eq!(Language::parse("es_US.UTF-8"), Some(Language::Es));
    assert_eq!(Language::parse("es-MX"), Some(Language::Es));
    assert_eq!(Language::parse("en_GB.UTF-8"), Some(Language::En));
    assert_eq!(Language::parse("fr_FR.UTF-8"), None);
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        }
    };
    assert_eq!(
        Language::from_environment(env(&[("LANG", "es_US.UTF-8")])),
        Some(Language::Es)
    );
    // LC_ALL wins over LANG, as it does for every program.
    assert_eq!(
        Language::from_environment(env(&[("LANG", "es_US.UTF-8"), ("LC_ALL", "en_US.UTF-8")])),
        Some(Language::En)
    );
    assert_eq!(
        Language::from_environment(env(&[("LANG", "C.UTF-8")])),
        None
    );
    assert_eq!(
        Language::from_environment(env(&[("LANGUAGE", "es:en"), ("LANG", "en_US.UTF-8")])),
        Some(Language::Es)
    );
    assert_eq!(Language::from_environment(env(&[])), None);
}

#[test]
fn dates_come_in_her_language() {
    let day = NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
    assert_eq!(
        date(Language::En, "date-long", day),
        "Thursday, March 5, 2026"
    );
    assert_eq!(
        date(Language::Es, "date-long", day),
        "jueves, 5 de marzo de 2026"
    );
    assert_eq!(date(Language::Es, "date-short", day), "jue, 5 de mar");
    assert_eq!(
        date(Language::Pseudo, "date-short", day),
        "\u{27e6}Thu, Mar 5\u{27e7}"
    );
}

#[test]
fn every_weekday_and_month_has_its_name_in_both_languages() {
    let week: Vec<NaiveDate> = (1..=7)
        .map(|d| NaiveDate::from_ymd_opt(2026, 3, d).unwrap())
        .collect();
    let names = |language: Language, format: &str, days: &[NaiveDate]| {
        days.iter()
            .map(|d| date(language, format, *d))
            .collect::<Vec<_>>()
            .join(" ")
    };
    // 1 March 2026 is a Sunday.
    assert_eq!(
        names(Language::En, "date-weekday", &week),
        "Sunday Monday Tuesday Wednesday Thursday Friday Saturday"
    );
    assert_eq!(
        names(Language::Es, "date-weekday", &week),
        "domingo lunes martes miércoles jueves viernes sábado"
    );
    let months: Vec<NaiveDate> = (1..=12)
        .map(|m| NaiveDate::from_ymd_opt(2026, m, 1).unwrap())
        .collect();
    assert_eq!(
        names(Language::Es, "date-long", &months[..2]),
        "jueves, 1 de enero de 2026 domingo, 1 de febrero de 2026"
    );
    let spanish: Vec<String> = months
        .iter()
        .map(|d| date(Language::Es, "date-medium", *d))
        .collect();
    let short: Vec<&str> = spanish
        .iter()
        .map(|s| s.split(" de ").nth(1).unwrap())
        .collect();
    assert_eq!(
        short.join(" "),
        "ene feb mar abr may jun jul ago sep oct nov dic"
    );
    assert_eq!(
        names(Language::En, "date-medium", &months[11..]),
        "Tue, Dec 1, 2026"
    );
    // A literal percent sign in a pattern stays one.
    assert_eq!(named(Language::En, "100%% %B", months[0]), "100%% January");
}
