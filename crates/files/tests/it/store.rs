//! The store against real files: round trips, hand-written and old files, the invalid corpus
//! (each error's kind, path and position, and the file left untouched), atomic saves and the
//! lock. The folder index is in `store_index.rs`.
// Test and bench code: a failed unwrap is a failed test, as clippy.toml allows in #[test] fns.

use std::fs;
use std::path::Path;

use chibo_core::domain::{
    Attendance, Level, MemberId, Post, RuleSetName, SCHEMA_VERSION, Status, Step, StructureError,
};
use chibo_core::i18n::Lang;
use chibo_files::store::{self, StoreError};

use chibo_testkit::stored;
use stored::{fixture, meeting};

// ---------- round trips and accepted forms ----------

#[test]
fn round_trip_of_a_session_built_by_commands() {
    let s = meeting();
    assert_eq!(s.proposed(&MemberId::new("m1")), Some(Level::Excellent));
    let text = store::to_ron(&s).unwrap();
    assert!(text.contains("Đặng Thị Ỷ"), "Vietnamese is written raw");
    let back = store::parse(&text, Path::new("mem.ron")).unwrap();
    assert_eq!(back, s);
    assert_eq!(store::to_ron(&back).unwrap(), text, "writing is stable");
}

#[test]
fn save_then_load_round_trips_with_mode_0600() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("2025-kp3.ron");
    let s = meeting();
    store::save(&p, &s).unwrap();
    assert_eq!(store::load(&p).unwrap(), s);
    assert!(chibo_files::os::is_private(&fs::metadata(&p).unwrap()));
}

#[test]
fn explicit_some_file_loads() {
    let s = store::load(&fixture("valid_sessions", "2024-kp3-explicit-some.ron")).unwrap();
    assert_eq!(s.meeting.chair, Some(MemberId::new("m1")));
    assert_eq!(s.members[0].born, Some(1968));
    assert_eq!(s.members.len(), 4);
    assert_eq!(s.rules.name, RuleSetName::Qd124);
    assert_eq!(s.reviews[0].self_assessed, Some(Level::Good));
    assert_eq!(s.proposed(&MemberId::new("m1")), Some(Level::Good));
    assert_eq!(s.step, Step::Member(MemberId::new("m2")));
    assert_eq!(
        s.members[3].attendance,
        Attendance::Excused("Đi công tác".into())
    );
}

#[test]
fn implicit_some_file_loads() {
    let s = store::load(&fixture("valid_sessions", "2025-kp3-implicit-some.ron")).unwrap();
    assert_eq!(s.meeting.chair, Some(MemberId::new("m1")));
    assert_eq!(s.members[0].born, Some(1968));
    assert_eq!(
        s.rules.settings.cap_reason.as_deref(),
        Some("Chi bộ có nhiều thành tích")
    );
    assert_eq!(s.reviews[0].self_assessed, Some(Level::Excellent));
    assert_eq!(s.status, Status::Draft);
}

#[test]
fn every_valid_fixture_round_trips() {
    for e in fs::read_dir(fixture("valid_sessions", "")).unwrap() {
        let p = e.unwrap().path();
        let s = store::load(&p).unwrap_or_else(|e| panic!("{}", e.message(Lang::En)));
        let again = store::parse(&store::to_ron(&s).unwrap(), &p).unwrap();
        assert_eq!(again, s, "{}", p.display());
    }
}

#[test]
fn bom_file_loads() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("bom.ron");
    let plain = fs::read(fixture("valid_sessions", "2024-kp3-explicit-some.ron")).unwrap();
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend_from_slice(&plain);
    fs::write(&p, &bytes).unwrap();
    let s = store::load(&p).unwrap();
    assert_eq!(s.cell.name, "Chi bộ Khu phố 3");
}

#[test]
fn nfd_file_loads_as_nfc_and_saves_as_nfc() {
    use unicode_normalization::UnicodeNormalization;
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("nfd.ron");
    let nfc_text =
        fs::read_to_string(fixture("valid_sessions", "2024-kp3-explicit-some.ron")).unwrap();
    let nfd_text: String = nfc_text.nfd().collect();
    assert_ne!(nfd_text, nfc_text);
    fs::write(&p, &nfd_text).unwrap();
    let s = store::load(&p).unwrap();
    assert_eq!(s.members[0].name, "Nguyễn Văn Ấn");
    assert_eq!(s.cell.committee, "Đảng bộ Phường Bến Thành");
    store::save(&p, &s).unwrap();
    let saved = fs::read_to_string(&p).unwrap();
    assert!(saved.contains("\"Nguyễn Văn Ấn\""), "{saved}");
    assert!(!saved.contains("\\u"), "no escapes: {saved}");
    assert!(unicode_normalization::is_nfc(&saved));
}

#[test]
fn schema_0_file_loads_and_saves_as_current_schema() {
    let src = fixture("valid_sessions", "2023-kp3-schema0.ron");
    let s = store::load(&src).unwrap();
    assert_eq!(s.schema, SCHEMA_VERSION);
    assert_eq!(s.rules.name, RuleSetName::Qd124);
    assert_eq!(s.rules.settings, Default::default());
    assert_eq!(s.members[0].post, Post::Secretary);
    assert_eq!(s.proposed(&MemberId::new("m2")), Some(Level::Complete));

    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("2023-kp3.ron");
    store::save(&p, &s).unwrap();
    let text = fs::read_to_string(&p).unwrap();
    assert!(
        text.contains(&format!("    schema: {SCHEMA_VERSION},\n")),
        "{text}"
    );
    assert!(text.contains("        name: Qd124,\n"), "{text}");
    assert_eq!(store::load(&p).unwrap(), s);
}

#[test]
fn schema_0_error_keeps_its_line() {
    // An error after the migrated `rules` line still points at the right line.
    let text = "(\n    id: \"x\",\n    rules: Qd124,\n    year: \"2023\",\n)";
    let e = store::parse(text, Path::new("old.ron")).unwrap_err();
    assert_eq!(e.position(), Some((4, 11)), "{}", e.message(Lang::En));
}

// ---------- the invalid corpus ----------

/// Loads an invalid fixture, checks its message in both languages, and checks that neither the
/// load nor the app's open-lock-load-save flow changed a byte.
fn refused(name: &str) -> (StoreError, String) {
    let p = fixture("invalid_sessions", name);
    let before = fs::read(&p).unwrap();
    let e = store::load(&p).unwrap_err();
    let en = e.message(Lang::En);
    let vi = e.message(Lang::Vi);
    let shown = p.display().to_string();
    assert!(en.starts_with(&shown), "{en}");
    assert!(vi.starts_with(&shown), "{vi}");
    assert_ne!(en, vi);
    // The flow every front end uses: lock, load, and only then save.
    let flow = (|| -> Result<(), StoreError> {
        let _lock = store::lock(&p)?;
        let s = store::load(&p)?;
        store::save(&p, &s)
    })();
    assert_eq!(flow.unwrap_err(), e);
    assert_eq!(fs::read(&p).unwrap(), before, "{name} was changed");
    assert!(!store::lock_path(&p).exists(), "lock file left behind");
    (e, en)
}

fn at_position(e: &StoreError, en: &str, name: &str, line: usize, col: usize) {
    assert_eq!(e.position(), Some((line, col)), "{en}");
    let p = fixture("invalid_sessions", name);
    let prefix = format!("{}:{line}:{col}: ", p.display());
    assert!(en.starts_with(&prefix), "{en}");
}

#[test]
fn truncated_file() {
    let (e, en) = refused("truncated.ron");
    assert!(matches!(e, StoreError::Parse { at_end: true, .. }), "{e:?}");
    assert!(en.contains("cut short"), "{en}");
    at_position(&e, &en, "truncated.ron", 15, 9);
}

#[test]
fn bad_utf8() {
    let (e, en) = refused("bad-utf8.ron");
    assert!(matches!(e, StoreError::Utf8 { .. }), "{e:?}");
    at_position(&e, &en, "bad-utf8.ron", 4, 24);
    assert!(en.contains("UTF-8"), "{en}");
}

#[test]
fn wrong_type() {
    let (e, en) = refused("wrong-type.ron");
    assert!(
        matches!(
            &e,
            StoreError::Parse {
                what: ron::Error::ExpectedInteger,
                ..
            }
        ),
        "{e:?}"
    );
    at_position(&e, &en, "wrong-type.ron", 5, 11);
    assert!(
        !en.contains("cut short"),
        "the file goes on after line 5: {en}"
    );
    assert!(e.message(Lang::Vi).contains("cần một số nguyên"));
}

#[test]
fn unknown_level() {
    let (e, en) = refused("unknown-level.ron");
    assert!(
        matches!(&e, StoreError::Parse { what: ron::Error::NoSuchEnumVariant { found, .. }, .. } if found == "Exellent"),
        "{e:?}"
    );
    at_position(&e, &en, "unknown-level.ron", 10, 39);
    assert!(en.contains("Excellent"), "lists what was expected: {en}");
    assert!(e.message(Lang::Vi).contains("`Exellent` không hợp lệ"));
}

#[test]
fn misspelt_field_is_refused_not_ignored() {
    // Ignoring it would silently lose the roll call a secretary typed by hand.
    let (e, en) = refused("misspelt-field.ron");
    assert!(
        matches!(&e, StoreError::Parse { what: ron::Error::NoSuchStructField { found, .. }, .. } if found == "atendance"),
        "{e:?}"
    );
    at_position(&e, &en, "misspelt-field.ron", 9, 43);
    assert!(en.contains("attendance"), "lists what was expected: {en}");
    assert!(e.message(Lang::Vi).contains("`atendance`"));
}

#[test]
fn future_schema() {
    let (e, en) = refused("future-schema.ron");
    assert!(matches!(e, StoreError::Newer { found: 99, .. }), "{e:?}");
    assert!(en.contains("written by a newer chibo"), "{en}");
    at_position(&e, &en, "future-schema.ron", 2, 13);
    assert!(e.message(Lang::Vi).contains("phiên bản chibo mới hơn"));
}

#[test]
fn duplicate_member() {
    let (e, en) = refused("duplicate-member.ron");
    assert!(
        matches!(&e, StoreError::Structure { error: StructureError::DuplicateMember(id), .. } if id.as_str() == "m1"),
        "{e:?}"
    );
    assert!(en.contains("`m1`"), "{en}");
    assert!(e.message(Lang::Vi).contains("`m1`"));
    // At the second `id: "m1"`, the duplicate.
    at_position(&e, &en, "duplicate-member.ron", 11, 14);
}

#[test]
fn unknown_member_in_review() {
    let (e, en) = refused("unknown-member.ron");
    assert!(
        matches!(&e, StoreError::Structure { error: StructureError::UnknownMember { id, .. }, .. } if id.as_str() == "m9"),
        "{e:?}"
    );
    assert!(en.contains("`m9`"), "{en}");
    at_position(&e, &en, "unknown-member.ron", 9, 24);
}

#[test]
fn unknown_chair() {
    let (e, en) = refused("unknown-chair.ron");
    assert!(en.contains("the chair names member `m7`"), "{en}");
    at_position(&e, &en, "unknown-chair.ron", 6, 42);
}

#[test]
fn unknown_member_in_the_counting_team() {
    // Loaded cleanly before, and printed as the head of the team on the counting record.
    let (e, en) = refused("unknown-counting-team.ron");
    assert!(
        matches!(&e, StoreError::Structure { error: StructureError::UnknownMember { id, .. }, .. } if id.as_str() == "m9"),
        "{e:?}"
    );
    assert!(en.contains("the counting team names member `m9`"), "{en}");
    assert!(e.message(Lang::Vi).contains("tổ kiểm phiếu"));
    at_position(&e, &en, "unknown-counting-team.ron", 9, 37);
}

#[test]
fn unknown_head_of_the_counting_team() {
    let (e, en) = refused("unknown-counting-head.ron");
    assert!(
        en.contains("the counting team's head names member `m7`"),
        "{en}"
    );
    at_position(&e, &en, "unknown-counting-head.ron", 9, 24);
}

#[test]
fn excused_without_reason() {
    let (e, en) = refused("excused-without-reason.ron");
    assert!(matches!(e, StoreError::NoReason { .. }), "{e:?}");
    assert!(en.contains("needs its reason"), "{en}");
    assert!(e.message(Lang::Vi).contains("cần ghi lý do"));
    at_position(&e, &en, "excused-without-reason.ron", 10, 55);
}

#[test]
fn escape_sequence_in_a_name() {
    // `ESC ] 52 ;` writes the clipboard of the terminal that prints it.
    let (e, en) = refused("esc-in-name.ron");
    assert!(
        matches!(e, StoreError::ControlInName { ch: '\u{1b}', .. }),
        "{e:?}"
    );
    assert!(
        en.contains("control character") && en.contains("U+001B"),
        "{en}"
    );
    assert!(
        !en.contains('\u{1b}'),
        "the message itself is clean: {en:?}"
    );
    at_position(&e, &en, "esc-in-name.ron", 10, 36);
}

#[test]
fn a_control_character_written_where_it_cannot_be_found_has_no_made_up_position() {
    // `\u{01b}` is an ESC to RON, in a form the search for its position does not know.
    let p = fixture("invalid_sessions", "esc-in-name.ron");
    let text = fs::read_to_string(&p)
        .unwrap()
        .replace("\\u{1b}", "\\u{01b}");
    let e = store::parse(&text, Path::new("x.ron")).unwrap_err();
    assert!(
        matches!(
            e,
            StoreError::ControlInName {
                ch: '\u{1b}',
                at: None,
                ..
            }
        ),
        "{e:?}"
    );
    let en = e.message(Lang::En);
    assert!(en.starts_with("x.ron: "), "the path alone, not 1:1: {en}");
}

#[test]
fn raw_escape_in_the_cell_name() {
    // `ESC ] 0 ;` sets the window title.
    let (e, en) = refused("esc-raw-in-cell.ron");
    assert!(matches!(e, StoreError::ControlInName { .. }), "{e:?}");
    at_position(&e, &en, "esc-raw-in-cell.ron", 4, 26);
}

#[test]
fn nul_in_a_name() {
    let (e, en) = refused("nul-in-name.ron");
    assert!(
        matches!(e, StoreError::ControlInName { ch: '\0', .. }),
        "{e:?}"
    );
    assert!(e.message(Lang::Vi).contains("ký tự điều khiển"));
    at_position(&e, &en, "nul-in-name.ron", 9, 37);
}

#[test]
fn empty_file() {
    let (e, en) = refused("empty.ron");
    assert!(matches!(e, StoreError::Parse { at_end: true, .. }), "{e:?}");
    assert!(e.message(Lang::Vi).contains("bị trống"));
    at_position(&e, &en, "empty.ron", 1, 1);
    assert!(en.contains("`Session`"), "no internal type names: {en}");
}

#[test]
fn missing_file_names_path_and_reason() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("none.ron");
    let e = store::load(&p).unwrap_err();
    assert!(matches!(
        e,
        StoreError::Io {
            kind: std::io::ErrorKind::NotFound,
            ..
        }
    ));
    let en = e.message(Lang::En);
    assert!(
        en.contains(&p.display().to_string()) && en.contains("os error 2"),
        "{en}"
    );
    assert!(!p.exists());
}

// ---------- atomic saves ----------

#[test]
fn interrupted_save_leaves_old_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("2025-kp3.ron");
    let old = meeting();
    store::save(&p, &old).unwrap();
    let before = fs::read(&p).unwrap();

    let mut new = old.clone();
    new.meeting.place = "Hội trường UBND phường".into();
    let bytes = store::to_ron(&new).unwrap();
    let crashed = std::panic::catch_unwind(|| {
        let _ = store::write_atomic_with(&p, bytes.as_bytes(), &mut |stage| {
            if stage == store::Stage::Synced {
                panic!("simulated kill -9 between write and rename");
            }
            Ok(())
        });
    });
    assert!(crashed.is_err());
    assert_eq!(fs::read(&p).unwrap(), before, "old file byte-identical");
    assert_eq!(store::load(&p).unwrap(), old);

    // The stale temp file disturbs neither the index nor the next save.
    let listed = store::index(dir.path());
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert!(listed[0].summary.is_ok());
    store::save(&p, &new).unwrap();
    assert_eq!(store::load(&p).unwrap(), new);
}

#[test]
fn disk_full_is_said_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("x.ron");
    let e = store::write_atomic_with(&p, b"x", &mut |_| {
        Err(std::io::Error::from(std::io::ErrorKind::StorageFull))
    })
    .unwrap_err();
    assert!(
        e.message(Lang::En).contains("disk full"),
        "{}",
        e.message(Lang::En)
    );
    assert!(e.message(Lang::Vi).contains("ổ đĩa đã đầy"));
    assert!(!p.exists());
}

// ---------- the lock ----------

#[test]
fn lock_refuses_second_opener_and_names_pid() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("2025-kp3.ron");
    store::save(&p, &meeting()).unwrap();
    let guard = store::lock(&p).unwrap();
    let e = store::lock(&p).unwrap_err();
    let pid = std::process::id();
    assert_eq!(
        e,
        StoreError::Locked {
            path: p.clone(),
            pid: Some(pid)
        }
    );
    assert!(e.message(Lang::En).contains(&pid.to_string()));
    assert!(e.message(Lang::Vi).contains(&pid.to_string()));
    // The lock file is not a session.
    assert_eq!(store::index(dir.path()).len(), 1);
    drop(guard);
    assert!(!store::lock_path(&p).exists());
    let again = store::lock(&p).unwrap();
    drop(again);
}

#[test]
fn bad_date_keeps_its_position() {
    // chrono's message has no field name; the position says which date it is.
    let (e, en) = refused("bad-date.ron");
    assert!(
        matches!(&e, StoreError::Parse { what: ron::Error::Message(m), .. } if m.contains("out of range")),
        "{e:?}"
    );
    at_position(&e, &en, "bad-date.ron", 6, 22);
    assert!(e.message(Lang::Vi).contains("giá trị không hợp lệ"));
}

proptest::proptest! {
    #[test]
    fn any_text_round_trips_as_nfc(name in "\\PC*", text in "(\\PC|\n|\t)*") {
        let mut s = meeting();
        s.members[1].name = name.clone();
        s.reviews[0].answer = text.clone();
        let back = store::parse(&store::to_ron(&s).unwrap(), Path::new("p.ron")).unwrap();
        proptest::prop_assert_eq!(&back.members[1].name, &chibo_core::domain::nfc(&name));
        proptest::prop_assert_eq!(&back.reviews[0].answer, &chibo_core::domain::nfc(&text));
    }
}

#[test]
fn missing_field_is_named_and_not_called_cut_short() {
    let text = "(\n    schema: 1,\n    id: \"x\",\n    cell: (name: \"Chi bộ 1\"),\n    year: 2024,\n    meeting: (date: \"2024-12-01\"),\n)\n";
    let e = store::parse(text, Path::new("x.ron")).unwrap_err();
    let en = e.message(Lang::En);
    assert!(en.contains("`rules`"), "{en}");
    assert!(!en.contains("cut short"), "{en}");
    assert!(e.message(Lang::Vi).contains("thiếu trường `rules`"));
}

#[test]
fn defaults_are_not_written_but_settings_always_are() {
    let mut s = chibo_core::domain::demo::finished_session(3, 2025);
    s.members[2].exempt = true;
    let text = chibo_files::store::to_ron(&s).unwrap();
    // Member flags appear only where they are set.
    assert_eq!(text.matches("exempt: true").count(), 1, "{text}");
    assert!(!text.contains("exempt: false"), "{text}");
    assert!(!text.contains("causes: \"\""), "{text}");
    // A sealed session's rules must not follow a later change of the defaults.
    for field in ["quorum:", "excellent_cap_percent: 20", "cumulative: false"] {
        assert!(text.contains(field), "{field} missing:\n{text}");
    }
    assert_eq!(
        chibo_files::store::parse(&text, std::path::Path::new("x.ron")).unwrap(),
        s
    );
}
