//! The language the shell speaks now: the one her window shows, used for errors, the next
//! notification and the tray. One person uses Village, so one language serves the process.

use std::sync::atomic::{AtomicU8, Ordering};

use village_core::catalog::Language;

static CURRENT: AtomicU8 = AtomicU8::new(0);

const ORDER: [Language; 3] = [Language::En, Language::Es, Language::Pseudo];

/// The language now; until the window has asked for its catalog, the system's.
pub fn current() -> Language {
    match CURRENT.load(Ordering::Relaxed) {
        0 => system().unwrap_or(Language::En),
        n => ORDER
            .get(usize::from(n) - 1)
            .copied()
            .unwrap_or(Language::En),
    }
}

/// Makes `language` the one the shell speaks; says whether it changed.
pub fn set(language: Language) -> bool {
    let n = ORDER.iter().position(|l| *l == language).unwrap_or(0) as u8 + 1;
    CURRENT.swap(n, Ordering::Relaxed) != n
}

/// The system's language, from the environment as every program reads it.
pub fn system() -> Option<Language> {
    Language::from_environment(|name| std::env::var(name).ok())
}
