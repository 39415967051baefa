//! Turning what she types into a safe FTS5 query, and marked-up matches into plain segments.

use serde::Serialize;

/// How many words of a search are used; more would only slow the index down.
const MAX_TERMS: usize = 16;
const MAX_TERM_CHARS: usize = 64;

/// Marks the index puts around a match. Notes can't hold control characters, so these never
/// come from her text.
pub const HIT_START: char = '\u{2}';
pub const HIT_END: char = '\u{3}';

/// Builds an FTS5 query from free text: every word quoted as a literal (so `AND`, `NEAR(`,
/// `*` and stray quotes are just words or nothing), all words required, the last one matched
/// as a prefix while she is still typing it. None when nothing searchable is left.
pub fn fts_query(text: &str) -> Option<String> {
    let terms: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .take(MAX_TERMS)
        .map(|t| t.chars().take(MAX_TERM_CHARS).collect())
        .collect();
    let last = terms.len().checked_sub(1)?;
    let still_typing = text.chars().last().is_some_and(char::is_alphanumeric);
    let quoted: Vec<String> = terms
        .iter()
        .enumerate()
        .map(|(i, term)| {
            if i == last && still_typing {
                format!("\"{term}\"*")
            } else {
                format!("\"{term}\"")
            }
        })
        .collect();
    Some(quoted.join(" "))
}

/// One run of a note's text, matched or not; the UI puts each in a text node.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment {
    pub text: String,
    pub hit: bool,
}

/// Splits the index's marked-up text into segments.
pub fn segments(marked: &str) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    let mut current = String::new();
    let mut hit = false;
    for c in marked.chars() {
        match c {
            HIT_START | HIT_END => {
                if !current.is_empty() {
                    out.push(Segment {
                        text: std::mem::take(&mut current),
                        hit,
                    });
                }
                hit = c == HIT_START;
            }
            c => current.push(c),
        }
    }
    if !current.is_empty() {
        out.push(Segment { text: current, hit });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operators_and_quotes_become_plain_words_or_nothing() {
        assert_eq!(fts_query("sleep"), Some("\"sleep\"*".into()));
        assert_eq!(fts_query("sleep "), Some("\"sleep\"".into()));
        assert_eq!(
            fts_query("tired AND sad"),
            Some("\"tired\" \"AND\" \"sad\"*".into())
        );
        assert_eq!(
            fts_query("NEAR(baby walk"),
            Some("\"NEAR\" \"baby\" \"walk\"*".into())
        );
        assert_eq!(fts_query("\"unbalanced"), Some("\"unbalanced\"*".into()));
        assert_eq!(fts_query("*"), None);
        assert_eq!(fts_query("\""), None);
        assert_eq!(fts_query("   "), None);
        assert_eq!(fts_query("مرحبا"), Some("\"مرحبا\"*".into()));
    }

    #[test]
    fn marked_text_splits_into_hits_and_plain_runs() {
        let marked = format!("A {HIT_START}long{HIT_END} night, {HIT_START}long{HIT_END}");
        assert_eq!(
            segments(&marked),
            vec![
                Segment {
                    text: "A ".into(),
                    hit: false
                },
                Segment {
                    text: "long".into(),
                    hit: true
                },
                Segment {
                    text: " night, ".into(),
                    hit: false
                },
                Segment {
                    text: "long".into(),
                    hit: true
                },
            ]
        );
        assert_eq!(
            segments("<b>plain</b>"),
            vec![Segment {
                text: "<b>plain</b>".into(),
                hit: false
            }]
        );
    }
}
