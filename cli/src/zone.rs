//! Her time zone's name, for the calendar file's TZID. `chrono::Local` gives the offsets.

/// The IANA name of the zone `chrono::Local` follows. `TZ` comes first because Local reads it
/// first; a name the system will not give is left empty, and core then names the zone itself
/// beside the offsets it writes, which is right in any calendar, unlike a wrong name.
pub fn tzid() -> String {
    if let Some(tz) = std::env::var_os("TZ") {
        let tz = tz.to_string_lossy();
        let name = tz.strip_prefix(':').unwrap_or(&tz);
        // "Europe/London" and "UTC" are names; "/etc/localtime" is a file, and "EST5EDT"-style
        // POSIX rules are not IANA names a calendar can look up.
        return if looks_like_iana(name) {
            name.to_owned()
        } else {
            String::new()
        };
    }
    iana_time_zone::get_timezone().unwrap_or_default()
}

fn looks_like_iana(name: &str) -> bool {
    !name.starts_with('/')
        && (name.contains('/') || matches!(name, "UTC" | "GMT" | "Etc/UTC"))
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '-' | '+'))
}

#[cfg(test)]
mod tests {
    use super::looks_like_iana;

    #[test]
    fn zone_names_are_told_from_files_and_posix_rules() {
        assert!(looks_like_iana("Europe/London"));
        assert!(looks_like_iana("America/Argentina/Buenos_Aires"));
        assert!(looks_like_iana("UTC"));
        assert!(!looks_like_iana("/etc/localtime"));
        assert!(!looks_like_iana("EST5EDT,M3.2.0,M11.1.0"));
        assert!(!looks_like_iana(""));
    }
}
