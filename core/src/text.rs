//! Cleaning what she types before it is stored: trimmed, within length, and free of control
//! characters that would hide text or break an export. Any other Unicode is hers to use.

use crate::error::{Error, Result};

/// A single line (a name, a phone number): trimmed, 1..=max characters, no control characters.
pub fn required_line(field: &'static str, label: &str, value: &str, max: usize) -> Result<String> {
    let value = optional_line(field, label, value, max)?;
    if value.is_empty() {
        return Err(Error::invalid(field, format!("{label} can't be empty.")));
    }
    Ok(value)
}

/// A single line that may be left empty.
pub fn optional_line(field: &'static str, label: &str, value: &str, max: usize) -> Result<String> {
    let value = value.trim();
    if value.chars().any(char::is_control) {
        return Err(Error::invalid(
            field,
            format!("{label} has a hidden control character; please retype it."),
        ));
    }
    check_length(field, label, value, max)?;
    Ok(value.to_owned())
}

/// Free text over several lines (notes): line breaks and tabs are kept, other control
/// characters are refused.
pub fn optional_text(field: &'static str, label: &str, value: &str, max: usize) -> Result<String> {
    let value = value.trim();
    if value
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(Error::invalid(
            field,
            format!("{label} has a hidden control character; please retype it."),
        ));
    }
    check_length(field, label, value, max)?;
    Ok(value.to_owned())
}

fn check_length(field: &'static str, label: &str, value: &str, max: usize) -> Result<()> {
    let length = value.chars().count();
    if length > max {
        return Err(Error::invalid(
            field,
            format!("{label} can be at most {max} characters; this is {length}."),
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

    #[test]
    fn lines_are_trimmed_and_keep_any_script_or_emoji() {
        assert_eq!(required_line("name", "Name", "  Ana  ", 10).unwrap(), "Ana");
        for name in ["Zoë", "محمد", "李小龙", "👩‍👧", "Ana-María O'Neil"] {
            assert_eq!(required_line("name", "Name", name, 100).unwrap(), name);
        }
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        assert!(required_line("name", "Name", &"é".repeat(100), 100).is_ok());
        let err = required_line("name", "Name", &"é".repeat(101), 100).unwrap_err();
        assert_eq!(
            err.public_message(),
            "Name can be at most 100 characters; this is 101."
        );
    }

    #[test]
    fn empty_and_control_characters_are_refused() {
        for bad in ["", "   ", "\t\n"] {
            assert!(required_line("name", "Name", bad, 100).is_err(), "{bad:?}");
        }
        for bad in ["Ana\0", "A\u{7}na", "Ana\nBea", "\u{1b}[31mAna"] {
            assert!(required_line("name", "Name", bad, 100).is_err(), "{bad:?}");
        }
        assert!(optional_text("notes", "Notes", "line one\nline two\ttab", 100).is_ok());
        assert!(optional_text("notes", "Notes", "nul\0", 100).is_err());
    }
}
