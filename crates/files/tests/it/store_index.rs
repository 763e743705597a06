//! The folder index against real files: good, broken and stray files, summaries that match a
//! full load, and the name of a new session file.
// Test code: a failed unwrap is a failed test, as clippy.toml allows in #[test] fns.

use std::fs;

use chibo_core::domain::Command;
use chibo_files::store::{self, SummaryStatus};
use chrono::NaiveDate;

use chibo_testkit::stored;
use stored::{at, fixture, meeting};

#[test]
fn index_of_a_folder_with_good_bad_and_stray_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for name in [
        "2024-kp3-explicit-some.ron",
        "2025-kp3-implicit-some.ron",
        "2023-kp3-schema0.ron",
    ] {
        fs::copy(fixture("valid_sessions", name), d.join(name)).unwrap();
    }
    fs::copy(
        fixture("invalid_sessions", "truncated.ron"),
        d.join("broken.ron"),
    )
    .unwrap();
    fs::write(d.join("notes.txt"), "không phải phiên họp").unwrap();
    fs::write(d.join("2024-kp3-explicit-some.ron.lock"), "12345\n").unwrap();
    fs::write(d.join(".2025-kp3.ron.tmp-1-0"), "(half").unwrap();
    fs::write(d.join("2025-kp3.bien-ban.md"), "# Biên bản").unwrap();
    fs::create_dir(d.join("archive.ron")).unwrap();

    let list = store::index(d);
    let names: Vec<_> = list
        .iter()
        .map(|e| e.path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "2025-kp3-implicit-some.ron",
            "2024-kp3-explicit-some.ron",
            "2023-kp3-schema0.ron",
            "archive.ron",
            "broken.ron"
        ]
    );
    // A folder named like a session is listed with its error, not hidden.
    assert!(matches!(
        list[3].summary,
        Err(store::StoreError::NotAFile { .. })
    ));
    let s2024 = list[1].summary.as_ref().unwrap();
    assert_eq!(s2024.id, "2024-kp3");
    assert_eq!(s2024.cell, "Chi bộ Khu phố 3");
    assert_eq!(s2024.committee, "Đảng bộ Phường Bến Thành");
    assert_eq!(s2024.year, 2024);
    assert_eq!(s2024.date, NaiveDate::from_ymd_opt(2024, 12, 12).unwrap());
    assert_eq!(s2024.status, SummaryStatus::InProgress);
    assert_eq!((s2024.members, s2024.reviewed, s2024.rated), (4, 4, 1));
    let s2025 = list[0].summary.as_ref().unwrap();
    // m3 is exempt: on the roster, not reviewed.
    assert_eq!((s2025.members, s2025.reviewed, s2025.rated), (3, 2, 0));
    assert_eq!(s2025.status, SummaryStatus::Draft);
    let s2023 = list[2].summary.as_ref().unwrap();
    assert_eq!((s2023.members, s2023.reviewed, s2023.rated), (2, 2, 1));
    let err = list[4].summary.as_ref().unwrap_err();
    assert_eq!(err.position(), Some((15, 9)));
    assert_eq!(err.path(), d.join("broken.ron"));
    // Listing wrote nothing.
    assert_eq!(fs::read_dir(d).unwrap().count(), 9);
}

#[test]
fn index_matches_a_full_load() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("2025-kp3.ron");
    let mut s = meeting();
    s.apply(Command::Finalize, at(59)).unwrap();
    store::save(&p, &s).unwrap();
    let list = store::index(dir.path());
    let got = list[0].summary.as_ref().unwrap();
    let (rated, reviewed) = s.rated_count();
    assert_eq!((got.rated, got.reviewed), (rated, reviewed));
    assert_eq!((rated, reviewed), (1, 3));
    assert_eq!(got.status, SummaryStatus::Finalized);
}

#[test]
fn new_session_path_in_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let p = store::new_session_path(dir.path(), 2025, "Chi bộ Khu phố 3");
    assert_eq!(p.file_name().unwrap(), "2025-chi-bo-khu-pho-3.ron");
    store::save(&p, &meeting()).unwrap();
    let q = store::new_session_path(dir.path(), 2025, "Chi bộ Khu phố 3");
    assert_eq!(q.file_name().unwrap(), "2025-chi-bo-khu-pho-3-2.ron");
}

#[test]
fn index_of_a_missing_folder_is_empty() {
    let dir = tempfile::tempdir().unwrap();
    assert!(store::index(&dir.path().join("not-yet")).is_empty());
}
