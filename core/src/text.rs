//! Cleaning what she types before it is stored: trimmed, within length, and free of control
//! characters that would hide text or break an export. Any other Unicode is hers to use.
//! `label` names the field in her words, as a catalog message (`error-label-name`).

use crate::catalog::Message;
use crate::error::{Error, Reason, Result};

/// A single line (a name, a phone number): trimmed, 1..=max characters, no control characters.
pub fn required_line(
    field: &'static str,
    label: impl Into<Reason>,
    value: &str,
    max: usize,
) -> Result<String> {
    let label = label.into();
    let value = optional_line(field, label.clone(), value, max)?;
    if value.is_empty() {
        return Err(Error::invalid(
            field,
            Reason::from(Message::new("error-text-empty")).with_part("label", label),
        ));
    }
    Ok(value)
}

/// A single line that may be left empty.
pub fn optional_line(
    field: &'static str,
    label: impl Into<Reason>,
    value: &str,
    max: usize,
) -> Result<String> {
    let value = value.trim();
    if value.chars().any(char::is_control) {
        return Err(hidden_character(field, label.into()));
    }
    check_length(field, label.into(), value, max)?;
    Ok(value.to_owned())
}

/// Free text over several lines (notes): line breaks and tabs are kept, other control
/// characters are refused.
pub fn optional_text(
    field: &'static str,
    label: impl Into<Reason>,
    value: &str,
    max: usize,
) -> Result<String> {
    let value = value.trim();
    if value
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(hidden_character(field, label.into()));
    }
    check_length(field, label.into(), value, max)?;
    Ok(value.to_owned())
}

/// A control character she cannot see, refused with the field it is in.
pub fn hidden_character(field: &'static str, label: Reason) -> Error {
    Error::invalid(
        field,
        Reason::from(Message::new("error-text-control")).with_part("label", label),
    )
}

fn check_length(field: &'static str, label: Reason, value: &str, max: usize) -> Result<()> {
    let length = value.chars().count();
    if length > max {
        return Err(Error::invalid(
            field,
            Reason::from(
                Message::new("error-text-too-long")
                    .with("max", max)
                    .with("length", length),
            )
            .with_part("label", label),
        ));
    }
    Ok(())
}

/// Items as a sentence says them: "Sam", "Sam and Ana", "Sam, Ana and Lee".
pub fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Language;

    #[test]
    fn lines_are_trimmed_and_keep_any_script_or_emoji() {
        assert_eq!(
            required_line("name", "error-label-name", "  Ana  ", 10).unwrap(),
            "Ana"
        );
        for name in ["Zoë", "محمد", "李小龙", "👩‍👧", "Ana-María O'Neil"] {
            assert_eq!(
                required_line("name", "error-label-name", name, 100).unwrap(),
                name
            );
        }
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        assert!(required_line("name", "error-label-name", &"é".repeat(100), 100).is_ok());
        let err = required_line("name", "error-label-name", &"é".repeat(101), 100).unwrap_err();
        assert_eq!(
            err.public_message(Language::En),
            "The name can be at most 100 characters; this is 101."
        );
        assert_eq!(
            err.public_message(Language::Es),
            "El nombre puede tener como máximo 100 caracteres; ahora tiene 101."
        );
    }

    #[test]
    fn empty_and_control_characters_are_refused() {
        for bad in ["", "   ", "\t\n"] {
            assert!(
                required_line("name", "error-label-name", bad, 100).is_err(),
                "{bad:?}"
            );
        }
        for bad in ["Ana\0", "A\u{7}na", "Ana\nBea", "\u{1b}[31mAna"] {
            assert!(
                required_line("name", "error-label-name", bad, 100).is_err(),
                "{bad:?}"
            );
        }
        assert!(
            optional_text("notes", "error-label-notes", "line one\nline two\ttab", 100).is_ok()
        );
        assert!(optional_text("notes", "error-label-notes", "nul\0", 100).is_err());
    }
}
