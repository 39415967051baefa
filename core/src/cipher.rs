//! Passphrases and the keys SQLCipher is given. Her passphrase is stretched once per unlock
//! with Argon2id into a raw key; SQLCipher gets only that key as hex, so her text never
//! reaches SQL, and opening another pooled connection costs no second derivation.

use std::io::Read;
use std::path::Path;
use std::time::Duration;

use serde::Serialize;
use zeroize::Zeroizing;

use crate::catalog::Message;
use crate::error::{Error, Result};

/// Long enough that a guess from a word list is slow; a short phrase of plain words is fine.
pub const MIN_CHARS: usize = 8;
pub const MAX_CHARS: usize = 1_024;

/// The salt SQLCipher keeps in the first 16 bytes of an encrypted file.
pub const SALT_BYTES: usize = 16;
const KEY_BYTES: usize = 32;
/// SQLCipher pages are this size; an encrypted file is a whole number of them.
const PAGE_BYTES: u64 = 4_096;
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// OWASP's Argon2id setting: 19 MiB, two passes, one lane.
const ARGON2_KIB: u32 = 19 * 1_024;
const ARGON2_PASSES: u32 = 2;

/// Her passphrase, checked against the rules and wiped from memory when dropped.
pub struct Passphrase(Zeroizing<String>);

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

impl Passphrase {
    /// A passphrase for turning encryption on or changing it: the rules apply.
    pub fn new(text: String) -> Result<Passphrase> {
        let text = Zeroizing::new(text);
        let chars = text.chars().count();
        if text.chars().any(char::is_control) {
            return Err(Error::invalid("passphrase", "error-passphrase-control"));
        }
        if chars < MIN_CHARS {
            return Err(Error::invalid(
                "passphrase",
                Message::new("error-passphrase-too-short").with("min", MIN_CHARS),
            ));
        }
        if chars > MAX_CHARS {
            return Err(Error::invalid(
                "passphrase",
                Message::new("error-passphrase-too-long").with("max", MAX_CHARS),
            ));
        }
        Ok(Passphrase(text))
    }

    /// What she typed to unlock: only emptiness and size are refused, so a passphrase set
    /// under other rules still opens.
    pub fn typed(text: String) -> Result<Passphrase> {
        let text = Zeroizing::new(text);
        if text.is_empty() {
            return Err(Error::invalid("passphrase", "error-passphrase-empty"));
        }
        if text.chars().count() > MAX_CHARS {
            return Err(Error::invalid(
                "passphrase",
                Message::new("error-passphrase-too-long").with("max", MAX_CHARS),
            ));
        }
        Ok(Passphrase(text))
    }

    pub fn strength(&self) -> Strength {
        Strength::of(&self.0)
    }
}

/// A rough guide while she types; the words are shown, the level styles them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    TooShort,
    Weak,
    Fair,
    Strong,
}

impl Strength {
    /// Estimates the guesses needed from length and the kinds of characters used; a run of
    /// one repeated character counts once.
    pub fn of(text: &str) -> Strength {
        let chars: Vec<char> = text.chars().collect();
        if chars.len() < MIN_CHARS {
            return Strength::TooShort;
        }
        let mut pool = 0u32;
        let has = |f: fn(&char) -> bool| chars.iter().any(f);
        if has(char::is_ascii_lowercase) {
            pool += 26;
        }
        if has(char::is_ascii_uppercase) {
            pool += 26;
        }
        if has(char::is_ascii_digit) {
            pool += 10;
        }
        if has(|c| c.is_ascii_punctuation() || *c == ' ') {
            pool += 33;
        }
        if has(|c| !c.is_ascii()) {
            pool += 100;
        }
        let mut distinct = chars.clone();
        distinct.dedup();
        // People pick words, not random letters, and words are guessed far faster: each
        // character counts for half of what a random one would.
        let bits = distinct.len() as f64 * f64::from(pool.max(2)).log2() / 2.0;
        match bits {
            b if b < 30.0 => Strength::Weak,
            b if b < 50.0 => Strength::Fair,
            _ => Strength::Strong,
        }
    }

    pub fn words(self) -> &'static str {
        match self {
            Strength::TooShort => "Too short: at least 8 characters.",
            Strength::Weak => "Easy to guess. A few unrelated words together are stronger.",
            Strength::Fair => "Fair. One or two more words would make it strong.",
            Strength::Strong => "Strong.",
        }
    }
}

/// The raw key for one encrypted file and the salt it was stretched with (kept in the file's
/// first 16 bytes). Every file Village encrypts with this key carries the same salt.
#[derive(Clone, PartialEq, Eq)]
pub struct Key {
    bytes: Zeroizing<[u8; KEY_BYTES]>,
    salt: [u8; SALT_BYTES],
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(…)")
    }
}

/// Argon2 refusing parameters Village chose itself: Village's fault, with Argon2's words as
/// the detail for whoever reads the log or the report.
fn key_not_made(error: impl std::fmt::Display) -> Message {
    Message::new("error-key-not-made").with("detail", error.to_string())
}

impl Key {
    /// A key with a new random salt, for encrypting a file afresh.
    pub fn fresh(passphrase: &Passphrase) -> Result<Key> {
        Key::derive(passphrase, *uuid::Uuid::new_v4().as_bytes())
    }

    /// The key for a file whose salt is `salt`.
    pub fn derive(passphrase: &Passphrase, salt: [u8; SALT_BYTES]) -> Result<Key> {
        let params = argon2::Params::new(ARGON2_KIB, ARGON2_PASSES, 1, Some(KEY_BYTES))
            .map_err(|e| Error::Internal(key_not_made(e)))?;
        let argon =
            argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        let mut bytes = Zeroizing::new([0u8; KEY_BYTES]);
        argon
            .hash_password_into(passphrase.0.as_bytes(), &salt, bytes.as_mut())
            .map_err(|e| Error::Internal(key_not_made(e)))?;
        Ok(Key { bytes, salt })
    }

    /// The key for the encrypted file at `path`, from its own salt.
    pub fn for_file(passphrase: &Passphrase, path: &Path) -> Result<Key> {
        match salt_of(path)? {
            Some(salt) => Key::derive(passphrase, salt),
            None => Err(Error::invalid(
                "passphrase",
                Message::new("error-not-encrypted").with("path", path.display().to_string()),
            )),
        }
    }

    pub fn salt(&self) -> [u8; SALT_BYTES] {
        self.salt
    }

    /// SQLCipher's raw key form, `x'<key><salt>'`: with the salt given, every copy made with
    /// this key keeps the same salt, so one key opens the database and its backups.
    pub(crate) fn sqlcipher(&self) -> Zeroizing<String> {
        let mut text = Zeroizing::new(String::with_capacity(3 + 2 * (KEY_BYTES + SALT_BYTES)));
        text.push_str("x'");
        for byte in self.bytes.iter().chain(self.salt.iter()) {
            text.push(char::from(HEX[usize::from(byte >> 4)]));
            text.push(char::from(HEX[usize::from(byte & 0x0f)]));
        }
        text.push('\'');
        text
    }

    /// The key and salt as hex, for remembering it in the device's keychain.
    pub fn to_hex(&self) -> Zeroizing<String> {
        let text = self.sqlcipher();
        Zeroizing::new(text[2..text.len() - 1].to_owned())
    }

    pub fn from_hex(text: &str) -> Result<Key> {
        let bad = || Error::invalid("key", "error-remembered-key");
        let digits = text.as_bytes();
        if digits.len() != 2 * (KEY_BYTES + SALT_BYTES) {
            return Err(bad());
        }
        let mut all = Zeroizing::new([0u8; KEY_BYTES + SALT_BYTES]);
        for (i, pair) in digits.chunks(2).enumerate() {
            let high = hex_value(pair[0]).ok_or_else(bad)?;
            let low = hex_value(pair[1]).ok_or_else(bad)?;
            all[i] = high << 4 | low;
        }
        let mut bytes = Zeroizing::new([0u8; KEY_BYTES]);
        bytes.copy_from_slice(&all[..KEY_BYTES]);
        let mut salt = [0u8; SALT_BYTES];
        salt.copy_from_slice(&all[KEY_BYTES..]);
        Ok(Key { bytes, salt })
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn hex_value(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    }
}

/// What lies at a path, judged from its first bytes without opening it as a database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// No file, or an empty one: SQLite makes a new database there.
    Missing,
    Plain,
    /// Whole pages of what looks like noise: a SQLCipher file (or something no one can tell
    /// apart from one without the key).
    Encrypted,
    /// Anything else, left alone.
    Foreign,
}

pub fn file_kind(path: &Path) -> Result<FileKind> {
    let unreadable = |e: std::io::Error| Error::unwritable(path, &e);
    let mut file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(FileKind::Missing),
        Err(e) => return Err(unreadable(e)),
    };
    let len = file.metadata().map_err(unreadable)?.len();
    let mut header = Vec::with_capacity(SQLITE_HEADER.len());
    file.by_ref()
        .take(SQLITE_HEADER.len() as u64)
        .read_to_end(&mut header)
        .map_err(unreadable)?;
    Ok(if header.is_empty() {
        FileKind::Missing
    } else if header == SQLITE_HEADER {
        FileKind::Plain
    } else if len >= PAGE_BYTES && len % PAGE_BYTES == 0 {
        FileKind::Encrypted
    } else {
        FileKind::Foreign
    })
}

/// The salt of an encrypted file; None for a plain or missing one.
pub fn salt_of(path: &Path) -> Result<Option<[u8; SALT_BYTES]>> {
    if file_kind(path)? != FileKind::Encrypted {
        return Ok(None);
    }
    let mut salt = [0u8; SALT_BYTES];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut salt))
        .map_err(|e| Error::unwritable(path, &e))?;
    Ok(Some(salt))
}

/// How long the unlock screen waits before trying again after `failures` wrong passphrases
/// in a row: a typo costs nothing, then the wait doubles up to half a minute.
pub fn unlock_delay(failures: u32) -> Duration {
    match failures {
        0 | 1 => Duration::ZERO,
        n => Duration::from_secs((1u64 << (n - 1).min(5)).min(30)),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn passphrase_rules() {
        assert!(Passphrase::new("short".into()).is_err());
        assert!(Passphrase::new("tab\there ok".into()).is_err());
        assert!(Passphrase::new("x".repeat(1_025)).is_err());
        assert!(Passphrase::new("lullaby moon".into()).is_ok());
        assert!(Passphrase::new("ночь тишина".into()).is_ok());
        assert!(Passphrase::typed(String::new()).is_err());
        assert!(Passphrase::typed("abc".into()).is_ok());
    }

    #[test]
    fn strength_grows_with_length_and_variety() {
        assert_eq!(Strength::of("abc"), Strength::TooShort);
        assert_eq!(Strength::of("aaaaaaaaaaaaaaa"), Strength::Weak);
        assert_eq!(Strength::of("password"), Strength::Weak);
        assert_eq!(Strength::of("Sunrise at 7:45"), Strength::Fair);
        assert_eq!(Strength::of("pear tree lantern"), Strength::Fair);
        assert_eq!(
            Strength::of("quiet lantern under pear trees"),
            Strength::Strong
        );
    }

    #[test]
    fn the_same_passphrase_and_salt_make_the_same_key() {
        let pass = Passphrase::typed("lullaby moon".into()).unwrap();
        let a = Key::derive(&pass, [7; 16]).unwrap();
        let b = Key::derive(&pass, [7; 16]).unwrap();
        let c = Key::derive(&pass, [8; 16]).unwrap();
        assert!(a == b);
        assert!(a != c);
        let text = a.sqlcipher();
        assert_eq!(text.len(), 99);
        assert!(text.starts_with("x'"));
        assert!(text.ends_with(&format!("{}'", "07".repeat(16))));
        assert!(Key::from_hex(&a.to_hex()).unwrap() == a);
        assert!(Key::from_hex("zz").is_err());
        assert!(Key::from_hex(&"g".repeat(96)).is_err());
    }

    #[test]
    fn the_wait_grows_and_stops_at_half_a_minute() {
        let waits: Vec<u64> = (0..9).map(|n| unlock_delay(n).as_secs()).collect();
        assert_eq!(waits, [0, 0, 2, 4, 8, 16, 30, 30, 30]);
        assert_eq!(unlock_delay(u32::MAX).as_secs(), 30);
    }
}
