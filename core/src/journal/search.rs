//! Turning what she types into a safe FTS5 query, and marked-up matches into plain segments.

use serde::Serialize;

/// How many words of a search are used; more would only slow the index down.
const MAX_TERMS: usize = 16;
const MAX_TERM_CHARS: usize = 64;

/// Marks the index puts around a match. Notes can't hold control characters, so these never
/// come from her text.
pub const HIT_START: char = '\u{2}';
pub const HIT_END: char = '\u{3}';

/// What she searched for: up to 16 words, the last one matched as a prefix while she is
/// still typing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchTerms {
    words: Vec<String>,
    last_is_prefix: bool,
}

impl SearchTerms {
    /// None when nothing searchable is left (only spaces or punctuation).
    pub fn parse(text: &str) -> Option<SearchTerms> {
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|t| !t.is_empty())
            .take(MAX_TERMS)
            .map(|t| t.chars().take(MAX_TERM_CHARS).collect())
            .collect();
        if words.is_empty() {
            return None;
        }
        Some(SearchTerms {
            words,
            last_is_prefix: text.chars().last().is_some_and(char::is_alphanumeric),
        })
    }

    /// The FTS5 query: every word quoted as a literal (so `AND`, `NEAR(`, `*` and stray quotes
    /// are just words or nothing), all words required.
    pub fn fts(&self) -> String {
        let last = self.words.len() - 1;
        let quoted: Vec<String> = self
            .words
            .iter()
            .enumerate()
            .map(|(i, word)| {
                if i == last && self.last_is_prefix {
                    format!("\"{word}\"*")
                } else {
                    format!("\"{word}\"")
                }
            })
            .collect();
        quoted.join(" ")
    }

    /// The part of a note around its first match, with the matching words marked: about
    /// `SNIPPET_WORDS` words, "…" where the note goes on. Words are compared as the index
    /// compares them: ignoring case and accents.
    pub fn snippet(&self, note: &str) -> Vec<Segment> {
        let wanted: Vec<String> = self.words.iter().map(|w| fold(w)).collect();
        let last = wanted.len() - 1;
        let words = words_of(note);
        let hit: Vec<bool> = words
            .iter()
            .map(|&(start, end)| {
                let word = fold(&note[start..end]);
                wanted.iter().enumerate().any(|(i, w)| {
                    *w == word || (i == last && self.last_is_prefix && word.starts_with(w.as_str()))
                })
            })
            .collect();
        let first = hit.iter().position(|h| *h).unwrap_or(0);
        // A little of what comes before the match, as FTS5's snippet() gives.
        let from = first.saturating_sub(SNIPPET_WORDS / 4);
        let to = (from + SNIPPET_WORDS).min(words.len());
        let from = to.saturating_sub(SNIPPET_WORDS);
        let mut out: Vec<Segment> = Vec::new();
        let mut push = |text: &str, is_hit: bool| {
            if text.is_empty() {
                return;
            }
            match out.last_mut() {
                Some(last) if last.hit == is_hit => last.text.push_str(text),
                _ => out.push(Segment {
                    text: text.to_owned(),
                    hit: is_hit,
                }),
            }
        };
        let mut at = if from == 0 { 0 } else { words[from].0 };
        if from > 0 {
            push("…", false);
        }
        for i in from..to {
            let (start, end) = words[i];
            push(&note[at..start], false);
            push(&note[start..end], hit[i]);
            at = end;
        }
        if to == words.len() {
            push(&note[at..], false);
        } else {
            push("…", false);
        }
        out
    }
}

/// How many words a snippet shows, as the search used to ask of FTS5.
const SNIPPET_WORDS: usize = 24;

/// Where each word of `text` starts and ends (bytes): runs of letters and digits, as the
/// index's unicode61 tokenizer splits them.
fn words_of(text: &str) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, text.len()));
    }
    words
}

/// A word as the index sees it: lower case, accents taken off ("Zoë" is "zoe").
fn fold(word: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    word.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The FTS5 query for free text, or None when nothing searchable is left.
pub fn fts_query(text: &str) -> Option<String> {
    SearchTerms::parse(text).map(|terms| terms.fts())
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

    fn marked(segments: &[Segment]) -> String {
        segments
            .iter()
            .map(|s| {
                if s.hit {
                    format!("[{}]", s.text)
                } else {
                    s.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn a_snippet_marks_whole_words_ignoring_case_and_accents() {
        let terms = SearchTerms::parse("zoe nap ").unwrap();
        assert_eq!(
            marked(&terms.snippet("Zoë had a NAP, then napped again.")),
            "[Zoë] had a [NAP], then napped again."
        );
        // Still typing: the last word is a prefix.
        let typing = SearchTerms::parse("nap").unwrap();
        assert_eq!(
            marked(&typing.snippet("A nap; napped.")),
            "A [nap]; [napped]."
        );
        // Markup is text like any other.
        let tag = SearchTerms::parse("script ").unwrap();
        assert_eq!(
            marked(&tag.snippet("<script>x</script>")),
            "<[script]>x</[script]>"
        );
    }

    #[test]
    fn a_long_note_is_cut_around_its_first_match() {
        let words: Vec<String> = (0..100).map(|i| format!("w{i}")).collect();
        let mut note = words.join(" ");
        note.push_str(" lighthouse end");
        let terms = SearchTerms::parse("lighthouse ").unwrap();
        let text = marked(&terms.snippet(&note));
        assert!(text.starts_with("…w"), "{text}");
        assert!(text.ends_with("[lighthouse] end"), "{text}");
        assert_eq!(text.split_whitespace().count(), SNIPPET_WORDS);
        let early = SearchTerms::parse("w2 ").unwrap();
        let text = marked(&early.snippet(&note));
        assert!(text.starts_with("w0 w1 [w2] w3"), "{text}");
        assert!(text.ends_with('…'), "{text}");
        // No match at all (a note found through a form the index folds further): its start.
        let none = SearchTerms::parse("absent ").unwrap();
        assert!(marked(&none.snippet("short note")).starts_with("short note"));
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
