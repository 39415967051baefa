//! Find a group: a short list of free, well-known places to find other mothers, each with the
//! page its facts come from and the day they were checked. Nothing is listed that was not
//! checked; a link that could not be checked is not shipped.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use crate::catalog::{Language, Message, word};
use crate::error::{Error, Result};
use crate::groups::{Group, GroupInput, GroupKind, ScheduleInput, https_link};
use crate::store::Store;

/// The day every entry's link and facts were last checked.
pub const CHECKED_ON: (i32, u32, u32) = (2026, 12, 5);

/// One place to find a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundGroup {
    /// Stable, for "Save to my groups".
    pub key: &'static str,
    /// Catalog ids of its name and of a sentence about it.
    pub name_id: &'static str,
    pub about_id: &'static str,
    /// Where it opens: always https.
    pub url: &'static str,
    pub kind: GroupKind,
    /// The page its facts come from.
    pub source: &'static str,
}

/// Every place Village lists, in the order she sees them, checked on `CHECKED_ON`.
pub const FOUND_GROUPS: [FoundGroup; 3] = [
    // PSI's index of its free online support groups (about fifty, most weekly, by video); the
    // same address its own pages and the Help page's PSI facts point to.
    FoundGroup {
        key: "psi-online",
        name_id: "finder-psi-online-name",
        about_id: "finder-psi-online-about",
        url: "https://www.postpartum.net/get-help/psi-online-support-meetings/",
        kind: GroupKind::SupportGroup,
        source: "https://www.postpartum.net/get-help/psi-online-support-meetings/",
    },
    // PSI's state-by-state "get help" pages: its volunteer coordinators, who connect families
    // with local support; PSI's chapters page says what coordinators do.
    FoundGroup {
        key: "psi-local",
        name_id: "finder-psi-local-name",
        about_id: "finder-psi-local-about",
        url: "https://www.postpartum.net/get-help/locations/",
        kind: GroupKind::SupportGroup,
        source: "https://www.postpartum.net/about-psi/chapters/",
    },
    // La Leche League USA's locator of its groups; its About page says the meetings are free
    // and led by volunteer Leaders.
    FoundGroup {
        key: "lll-usa",
        name_id: "finder-lll-usa-name",
        about_id: "finder-lll-usa-about",
        url: "https://lllusa.org/locator/",
        kind: GroupKind::SupportGroup,
        source: "https://lllusa.org/about-us/",
    },
];

impl FoundGroup {
    /// The entry for `key`; an unknown one is not found.
    pub fn find(key: &str) -> Result<&'static FoundGroup> {
        FOUND_GROUPS
            .iter()
            .find(|g| g.key == key.trim())
            .ok_or_else(|| Error::NotFound {
                what: Message::new("error-reach-finder-unknown"),
            })
    }

    pub fn name(&self, language: Language) -> String {
        word(language, self.name_id)
    }

    pub fn about(&self, language: Language) -> String {
        word(language, self.about_id)
    }

    pub fn checked_on(&self) -> NaiveDate {
        let (y, m, d) = CHECKED_ON;
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
    }

    /// The group she saves from it, named in her language: no fixed time, the link to open,
    /// and what it is as the notes.
    pub fn group_input(&self, language: Language) -> GroupInput {
        GroupInput {
            name: self.name(language),
            kind: self.kind.as_str().to_owned(),
            link: self.url.to_owned(),
            notes: self.about(language),
            schedule: ScheduleInput {
                repeats: "none".to_owned(),
                ..ScheduleInput::default()
            },
            ..GroupInput::default()
        }
    }

    /// Whether one of `groups` (her active groups) already opens this link.
    pub fn is_saved_in(&self, groups: &[Group]) -> bool {
        let link = https_link(self.url).unwrap_or_else(|_| self.url.to_owned());
        groups
            .iter()
            .any(|g| g.archived_at.is_none() && g.link == link)
    }
}

/// An entry of the list with whether it is already one of her groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Listed {
    pub found: &'static FoundGroup,
    pub saved: bool,
}

/// The list, each marked saved when one of her active groups has its link.
pub async fn group_finder(store: &Store) -> Result<Vec<Listed>> {
    let groups = store.groups(false).await?;
    Ok(FOUND_GROUPS
        .iter()
        .map(|found| Listed {
            found,
            saved: found.is_saved_in(&groups),
        })
        .collect())
}

/// Two saves at once (a double tap) must not make two groups: they take turns.
fn saving() -> &'static tokio::sync::Mutex<()> {
    static SAVING: std::sync::OnceLock<tokio::sync::Mutex<()>> = std::sync::OnceLock::new();
    SAVING.get_or_init(|| tokio::sync::Mutex::new(()))
}

/// "Save to my groups": the entry as a new group to try, unless one of her active groups
/// already has its link (a conflict, and nothing is added).
pub async fn save_found_group<Tz: TimeZone>(
    store: &Store,
    key: &str,
    now: DateTime<Utc>,
    tz: &Tz,
    language: Language,
) -> Result<Group> {
    let found = FoundGroup::find(key)?;
    let _turn = saving().lock().await;
    if found.is_saved_in(&store.groups(false).await?) {
        return Err(Error::Conflict(Message::new("error-reach-found-saved")));
    }
    store.add_group(&found.group_input(language), now, tz).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::has;

    #[test]
    fn every_entry_has_an_https_link_a_source_a_date_and_words_in_both_languages() {
        for found in &FOUND_GROUPS {
            for address in [found.url, found.source] {
                let url = url::Url::parse(address).unwrap_or_else(|e| panic!("{address}: {e}"));
                assert_eq!(url.scheme(), "https", "{address}");
                assert!(url.host_str().is_some_and(|h| !h.is_empty()), "{address}");
                assert_eq!(https_link(address).ok().as_deref(), Some(address));
            }
            assert_eq!(found.checked_on().to_string(), "2026-12-05");
            for language in Language::CHOSEN {
                for id in [found.name_id, found.about_id] {
                    assert!(has(language, id), "{} lacks {id}", language.tag());
                }
                let input = found.group_input(language);
                let today = found.checked_on();
                assert!(input.validate(today).is_ok(), "{}: {input:?}", found.key);
            }
        }
        let mut keys: Vec<_> = FOUND_GROUPS.iter().map(|f| f.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), FOUND_GROUPS.len(), "keys are unique");
    }

    #[test]
    fn an_unknown_entry_is_not_found() {
        let error = FoundGroup::find("nowhere").unwrap_err();
        assert_eq!(error.code(), crate::ErrorCode::NotFound);
    }
}
