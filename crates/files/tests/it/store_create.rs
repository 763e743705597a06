//! A new session file, as both front ends make it (`store::create`): named from the year and
//! the cell, its folder made, the roster copied, nothing written when the roster does not load.

use std::fs;
use std::path::Path;

use chibo_core::domain::{Attendance, RuleSet, RuleSetName};
use chibo_files::store::{self, NewSession, StoreError};
use chrono::{NaiveDate, NaiveTime};

use chibo_testkit::stored::write_session;

fn new(roster_from: Option<&Path>) -> NewSession {
    NewSession {
        cell: "Chi bộ Khu phố 3".into(),
        committee: "Đảng bộ Phường Bến Thành".into(),
        year: 2025,
        date: NaiveDate::from_ymd_opt(2025, 12, 15).unwrap(),
        start: NaiveTime::from_hms_opt(8, 0, 0),
        place: "Nhà văn hóa khu phố".into(),
        rules: RuleSet::named(RuleSetName::Qd124),
        roster_from: roster_from.map(Path::to_owned),
    }
}

#[test]
fn a_new_session_in_a_folder_not_made_yet() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("sessions").join("2025");
    let path = store::create(&folder, &new(None)).unwrap();
    assert_eq!(path, folder.join("2025-chi-bo-khu-pho-3.ron"));
    let s = store::load(&path).unwrap();
    assert_eq!(s.id, "2025-chi-bo-khu-pho-3", "named by its file");
    assert_eq!(s.cell.name, "Chi bộ Khu phố 3");
    assert_eq!(s.cell.committee, "Đảng bộ Phường Bến Thành");
    assert_eq!(s.meeting.start, NaiveTime::from_hms_opt(8, 0, 0));
    assert_eq!(s.meeting.place, "Nhà văn hóa khu phố");
    assert_eq!(s.rules.name, RuleSetName::Qd124);
    assert!(s.members.is_empty());
    // The lock was only held while the file was made.
    assert_eq!(store::held_by(&path), None);
    assert!(!store::lock_path(&path).exists());
    // The same cell again: the next free name.
    let again = store::create(&folder, &new(None)).unwrap();
    assert_eq!(again, folder.join("2025-chi-bo-khu-pho-3-2.ron"));
}

#[test]
fn a_name_held_by_another_chibo_is_not_taken() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("2025-chi-bo-khu-pho-3.ron");
    let _held = store::lock(&first).unwrap();
    let path = store::create(dir.path(), &new(None)).unwrap();
    assert_eq!(path, dir.path().join("2025-chi-bo-khu-pho-3-2.ron"));
    assert!(!first.exists());
}

#[test]
fn the_roster_is_copied_from_a_past_session() {
    let dir = tempfile::tempdir().unwrap();
    let old = write_session(dir.path(), &["Nguyễn Văn Ấn", "Trần Thị Bình"], 2024);
    let mut past = store::load(&old).unwrap();
    past.members[0].attendance = Attendance::Present;
    store::save(&old, &past).unwrap();
    let path = store::create(dir.path(), &new(Some(&old))).unwrap();
    let s = store::load(&path).unwrap();
    let names: Vec<&str> = s.members.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Nguyễn Văn Ấn", "Trần Thị Bình"]);
    assert_eq!(s.members[0].id, past.members[0].id);
    assert_eq!(s.members[0].attendance, Attendance::Unknown, "a new year");
}

#[test]
fn nothing_is_written_when_the_roster_does_not_load() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("2024-hong.ron");
    fs::write(&broken, "(schema: 1, id: ").unwrap();
    let folder = dir.path().join("new");
    let e = store::create(&folder, &new(Some(&broken))).unwrap_err();
    assert!(matches!(e, StoreError::Parse { .. }), "{e:?}");
    assert!(!folder.exists(), "not even the folder");
}
