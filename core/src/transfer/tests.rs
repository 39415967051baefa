//! The pure parts of reading and writing files: mood names, times, vCard values, Markdown.

#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;

use super::*;

#[test]
fn her_mood_names_come_first_and_daylio_defaults_fill_in() {
    let map = MoodMap::parse("Rad=4, sleepy=3,").unwrap();
    assert_eq!(map.mood("RAD"), Some(4));
    assert_eq!(map.mood("sleepy"), Some(3));
    assert_eq!(map.mood("awful"), Some(1));
    assert_eq!(map.mood("unknown"), None);
    for bad in ["rad=0", "rad=6", "rad", "=3", "rad=x"] {
        assert!(MoodMap::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn daylio_times_in_either_clock_are_read() {
    for (text, hm) in [
        ("20:15", (20, 15)),
        ("8:15 PM", (20, 15)),
        ("8:15 pm", (20, 15)),
        ("12:05 AM", (0, 5)),
        ("07:05", (7, 5)),
        ("17:01", (17, 1)),
        ("5:01 PM", (17, 1)),
        ("05:01 p.m.", (17, 1)),
        ("5:01 p. m.", (17, 1)),
        ("9:15 a. m.", (9, 15)),
        ("12:30 p. m.", (12, 30)),
        // Newer Android writes a narrow no-break space before the half of the day.
        ("5:01\u{202f}PM", (17, 1)),
        ("17:01:00", (17, 1)),
    ] {
        let time = daylio::parse_time(text).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(
            time,
            chrono::NaiveTime::from_hms_opt(hm.0, hm.1, 0).unwrap()
        );
    }
    for bad in [
        "", "25:00", "8 PM", "noon", "13:00 PM", "0:30 AM", "7:5", "+7:05", "7:05 xm", "7:05:",
    ] {
        assert!(daylio::parse_time(bad).is_none(), "{bad}");
    }
}

#[test]
fn daylio_day_and_month_in_english_or_spanish_in_any_order() {
    for (text, expected) in [
        ("June 22", (6, 22)),
        ("22 June", (6, 22)),
        ("jun. 22", (6, 22)),
        ("JUN 22", (6, 22)),
        ("June 22nd", (6, 22)),
        ("22 de junio", (6, 22)),
        ("3 de Septiembre", (9, 3)),
        ("3 de setiembre", (9, 3)),
        ("sept. 3", (9, 3)),
        ("1 de ENERO", (1, 1)),
        ("ene. 1", (1, 1)),
        ("15 de dic.", (12, 15)),
        ("4 de abr", (4, 4)),
        ("ago 9", (8, 9)),
        // Accents, as a phone might add them, are read past.
        ("2 de agósto", (8, 2)),
        ("May 5", (5, 5)),
        ("5 de mayo", (5, 5)),
    ] {
        assert_eq!(daylio::month_day(text), Some(expected), "{text}");
    }
    for bad in [
        "",
        "June",
        "22",
        "June 22 23",
        "June July 1",
        "Juni 22",
        "22 of june",
        "June 2x",
    ] {
        assert_eq!(daylio::month_day(bad), None, "{bad}");
    }
}

#[test]
fn vcard_birthdays_in_every_form_and_impossible_ones_refused() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
    let read = |text: &str| vcard::birthday(text, today).map(|b| (b.month, b.day, b.year));
    assert_eq!(read("1985-04-12"), Some((4, 12, Some(1985))));
    assert_eq!(read("19850412"), Some((4, 12, Some(1985))));
    assert_eq!(read("1985-04-12T00:00:00Z"), Some((4, 12, Some(1985))));
    assert_eq!(read("--0412"), Some((4, 12, None)));
    assert_eq!(read("--04-12"), Some((4, 12, None)));
    assert_eq!(read("--0229"), Some((2, 29, None)));
    for bad in ["1985-02-30", "2030-01-01", "1985", "tomorrow", "--1301", ""] {
        assert_eq!(read(bad), None, "{bad}");
    }
}

#[test]
fn markdown_never_turns_her_words_into_markup() {
    let at = chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 11, 21, 9, 30, 0).unwrap();
    let note = |text: &str| MoodNoteRecord {
        id: crate::journal::MoodNoteId::new(),
        mood: 3,
        note: text.into(),
        tags: vec!["*bold*".into()],
        energy: None,
        sleep_hours: None,
        written_at: at,
        local_date: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
        created_at: at,
        updated_at: at,
    };
    let md = journal_markdown(
        &[note(
            "## two\n- item\n[link](javascript:alert(1))\n<img src=x onerror=alert(1)>\n10. ten",
        )],
        &chrono::Utc,
        crate::catalog::Language::En,
    );
    assert!(md.contains("\\## two\\\n\\- item\\\n\\[link\\](javascript:alert(1))\\\n\\<img src=x onerror=alert(1)\\>\\\n10\\. ten\n"), "{md}");
    assert!(md.contains("*Tags: \\*bold\\**"), "{md}");
    assert!(
        md.contains("\n## Saturday, November 21, 2026\n\n### 9:30 AM \u{b7} Okay (3 of 5)\n"),
        "{md}"
    );
    let es = journal_markdown(&[note("Hola")], &chrono::Utc, crate::catalog::Language::Es);
    assert!(es.starts_with("# Mi diario de Village\n"), "{es}");
    assert!(es.contains("*Etiquetas: \\*bold\\**"), "{es}");
    assert!(
        es.contains(
            "\n## sábado, 21 de noviembre de 2026\n\n### 9:30 a. m. \u{b7} Regular (3 de 5)\n"
        ),
        "{es}"
    );
}

#[test]
fn counts_and_reports_say_one_and_many_in_both_languages() {
    use crate::catalog::Language::{En, Es};
    let ones = Counts {
        people: 1,
        check_ins: 1,
        mood_notes: 1,
        tags: 1,
        groups: 1,
        self_checks: 1,
        safety_plan_steps: 1,
        ready_messages: 1,
        settings: 1,
    };
    assert_eq!(
        ones.words(En),
        "1 mood note, 1 person, 1 check-in, 1 group, 1 tag, 1 self-check, 1 safety plan step, 1 saved message and 1 setting"
    );
    assert_eq!(
        ones.words(Es),
        "1 nota de ánimo, 1 persona, 1 contacto anotado, 1 grupo, 1 etiqueta, 1 autoevaluación, 1 paso del plan de seguridad, 1 mensaje guardado y 1 ajuste"
    );
    let many = Counts {
        people: 3,
        check_ins: 4,
        mood_notes: 2,
        tags: 5,
        groups: 6,
        self_checks: 7,
        safety_plan_steps: 8,
        ready_messages: 10,
        settings: 9,
    };
    assert_eq!(
        many.words(En),
        "2 mood notes, 3 people, 4 check-ins, 6 groups, 5 tags, 7 self-checks, 8 safety plan steps, 10 saved messages and 9 settings"
    );
    assert_eq!(
        many.words(Es),
        "2 notas de ánimo, 3 personas, 4 contactos anotados, 6 grupos, 5 etiquetas, 7 autoevaluaciones, 8 pasos del plan de seguridad, 10 mensajes guardados y 9 ajustes"
    );
    assert_eq!(Counts::default().words(Es), "nada");

    let report = |applied: bool, added: Counts, updated: Counts, unchanged: Counts| ImportReport {
        format: ImportFormat::Json,
        applied,
        added,
        updated,
        unchanged,
        first: Vec::new(),
        moods: Vec::new(),
        skipped: Vec::new(),
        notices: Vec::new(),
    };
    let one_note = Counts {
        mood_notes: 1,
        ..Counts::default()
    };
    let two_people = Counts {
        people: 2,
        ..Counts::default()
    };
    let nothing = Counts::default();
    let said = report(true, one_note, nothing, one_note);
    assert_eq!(
        said.words(En),
        "Added 1 mood note. 1 mood note already in Village is left as it is."
    );
    assert_eq!(
        said.words(Es),
        "Village agregó 1 nota de ánimo. 1 nota de ánimo ya está en Village y se deja como está."
    );
    let said = report(false, two_people, one_note, two_people);
    assert_eq!(
        said.words(En),
        "This will add 2 people and update 1 mood note. 2 people already in Village are left as they are."
    );
    assert_eq!(
        said.words(Es),
        "Esto agregará 2 personas y actualizará 1 nota de ánimo. 2 personas ya están en Village y se dejan como están."
    );
    let said = report(true, nothing, two_people, nothing);
    assert_eq!(said.words(En), "Added nothing and updated 2 people.");
    assert_eq!(
        said.words(Es),
        "Village no agregó nada y actualizó 2 personas."
    );
    let said = report(false, nothing, nothing, nothing);
    assert_eq!(said.words(En), "This will add nothing.");
    assert_eq!(said.words(Es), "Esto no agregará nada.");
}

#[test]
fn what_an_import_says_about_a_file_counts_one_and_many_in_both_languages() {
    use crate::catalog::{Language::En, Language::Es, say};
    let crowded = |count: usize, lines: &str, language| {
        say(
            language,
            "import-daylio-crowded",
            &[
                ("count", count.into()),
                ("max", 20.into()),
                ("lines", lines.into()),
            ],
        )
    };
    assert!(crowded(1, "x", En).starts_with("1 entry had more than 20 activities"));
    assert!(crowded(2, "x", En).starts_with("2 entries had more than 20 activities"));
    assert!(crowded(1, "x", Es).starts_with("1 entrada tenía más de 20 actividades"));
    assert!(crowded(2, "x", Es).starts_with("2 entradas tenían más de 20 actividades"));
    let lines = |count: usize, language| {
        say(
            language,
            "import-lines",
            &[("count", count.into()), ("numbers", "2, 5".into())],
        )
    };
    assert_eq!(lines(1, En), "line 2, 5");
    assert_eq!(lines(2, En), "lines 2, 5");
    assert_eq!(lines(1, Es), "línea 2, 5");
    assert_eq!(lines(2, Es), "líneas 2, 5");
    let columns = |count: usize, language| {
        say(
            language,
            "import-daylio-columns-left-out",
            &[("count", count.into()), ("columns", "«a»".into())],
        )
    };
    assert!(columns(1, En).ends_with("so it was left out."));
    assert!(columns(2, En).ends_with("so they were left out."));
    assert_eq!(
        columns(1, Es),
        "Village no guarda la columna «a», así que se dejó fuera."
    );
    assert_eq!(
        columns(2, Es),
        "Village no guarda las columnas «a», así que se dejaron fuera."
    );
}

#[test]
fn what_she_is_told_about_a_file_and_writes_into_her_notes_come_in_her_language() {
    use crate::catalog::Language::Es;
    let now = chrono::Utc::now();
    let cards = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nTEL;TYPE=CELL:+1 555 555 0101\r\nTEL;TYPE=WORK:+1 555 555 0102\r\nBDAY:someday\r\nEND:VCARD\r\n\
                 BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nobody\r\nEND:VCARD\r\n";
    let incoming = Incoming::read(
        ImportFormat::Vcard,
        cards.as_bytes(),
        &MoodMap::default(),
        now,
        &chrono::Utc,
        Es,
    )
    .unwrap();
    assert_eq!(
        incoming.skipped,
        [
            "La tarjeta de la línea 1: El cumpleaños de Ana, «someday», no es una fecha que Village sepa leer, así que se dejó fuera.",
            "La tarjeta de la línea 8 no tiene nombre (FN o N), apodo, organización ni correo, así que se dejó fuera.",
        ]
    );
    assert!(
        incoming.snapshot.people[0]
            .notes
            .starts_with("Otros teléfonos: "),
        "{}",
        incoming.snapshot.people[0].notes
    );

    let activities: Vec<String> = (1..=22).map(|i| format!("a{i}")).collect();
    let daylio = format!(
        "full_date,date,weekday,time,mood,activities,note_title,note,scales\n\
         2024-03-05,March 5,Tuesday,20:15,good,{},,,7\n",
        activities.join(" | ")
    );
    let incoming = Incoming::read(
        ImportFormat::Daylio,
        daylio.as_bytes(),
        &MoodMap::default(),
        now,
        &chrono::Utc,
        Es,
    )
    .unwrap();
    assert_eq!(
        incoming.notices,
        [
            "1 entrada tenía más de 20 actividades: las primeras 20 se volvieron etiquetas y el resto se agregó al final de la nota (línea 2).",
            "Village no guarda la columna «scales», así que se dejó fuera.",
        ]
    );
    assert_eq!(incoming.snapshot.mood_notes[0].note, "También: a21, a22");
}
