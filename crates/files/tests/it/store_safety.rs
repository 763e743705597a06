//! Issue 10, "Safe in a shared folder": each numbered problem, as a user meets it. The lock and
//! a planted symlink, one session through two paths, lost updates and the conflict choices,
//! stray temp files, things that are not files.

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use chibo_core::domain::Command;
use chibo_core::i18n::Lang;
#[cfg(unix)]
use chibo_files::os::symlink;
use chibo_files::store::{self, StoreError};

use chibo_testkit::stored;
use stored::{at, meeting};

fn saved(dir: &Path, name: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    store::save(&p, &meeting()).unwrap();
    p
}

// ---------- 1. the lock and symlinks ----------

/// Unix: symlinks on Windows need a privilege.
#[cfg(unix)]
#[test]
fn a_planted_lock_symlink_is_refused_and_its_target_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let p = saved(dir.path(), "2025-x.ron");
    let victim = dir.path().join("precious.txt");
    fs::write(&victim, "do not touch\n").unwrap();
    symlink(&victim, &store::lock_path(&p)).unwrap();
    let e = store::lock(&p).unwrap_err();
    assert!(matches!(e, StoreError::UnsafeLock { .. }), "{e:?}");
    assert!(e.message(Lang::En).contains("not made by chibo"), "{e}");
    assert!(e.message(Lang::Vi).contains("không phải do chibo tạo"));
    assert_eq!(fs::read_to_string(&victim).unwrap(), "do not touch\n");
    // A dangling one is not followed either (no file created where it points).
    let nowhere = dir.path().join("nowhere");
    fs::remove_file(store::lock_path(&p)).unwrap();
    symlink(&nowhere, &store::lock_path(&p)).unwrap();
    assert!(matches!(
        store::lock(&p),
        Err(StoreError::UnsafeLock { .. })
    ));
    assert!(!nowhere.exists());
}

#[test]
fn a_planted_hard_link_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let p = saved(dir.path(), "2025-x.ron");
    let victim = dir.path().join("precious.txt");
    fs::write(&victim, "12345\n").unwrap();
    fs::hard_link(&victim, store::lock_path(&p)).unwrap();
    assert!(matches!(
        store::lock(&p),
        Err(StoreError::UnsafeLock { .. })
    ));
    assert_eq!(fs::read_to_string(&victim).unwrap(), "12345\n");
}

/// Unix: symlinks on Windows need a privilege.
#[cfg(unix)]
#[test]
fn every_path_to_one_file_meets_the_same_lock() {
    let dir = tempfile::tempdir().unwrap();
    let real = saved(dir.path(), "2025-x.ron");
    let link = dir.path().join("link.ron");
    symlink(&real, &link).unwrap();
    let held = store::lock(&link).unwrap();
    for other in [real.clone(), dir.path().join(".").join("2025-x.ron")] {
        let e = store::lock(&other).unwrap_err();
        assert!(matches!(e, StoreError::Locked { .. }), "{other:?}: {e:?}");
    }
    drop(held);
    let _again = store::lock(&real).unwrap();
}

/// Unix: symlinks on Windows need a privilege.
#[cfg(unix)]
#[test]
fn a_save_through_a_symlink_writes_the_real_file() {
    let dir = tempfile::tempdir().unwrap();
    let real = saved(dir.path(), "2025-x.ron");
    let link = dir.path().join("link.ron");
    symlink(&real, &link).unwrap();
    let mut s = store::load(&link).unwrap();
    s.apply(Command::AddGuest("Khách mời".into()), at(40))
        .unwrap();
    store::save(&link, &s).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(store::load(&real).unwrap(), s);
}

// ---------- 2. lost updates ----------

#[test]
fn a_change_on_disk_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let p = saved(dir.path(), "2025-x.ron");
    let (mut mine, fp) = store::load_with_fingerprint(&p).unwrap();
    // Someone edits the file by hand (or a synced folder brings another machine's version).
    let theirs = fs::read_to_string(&p)
        .unwrap()
        .replace("Trần Thị Bích", "Trần Thị Bích Ngọc");
    fs::write(&p, &theirs).unwrap();
    mine.apply(Command::AddGuest("Khách".into()), at(41))
        .unwrap();
    let e = store::save_if_unchanged(&p, &mine, &fp).unwrap_err();
    assert_eq!(e, StoreError::ChangedOnDisk { path: p.clone() });
    assert!(e.message(Lang::En).contains("changed elsewhere"), "{e}");
    assert!(e.message(Lang::Vi).contains("đã bị thay đổi"));
    assert_eq!(fs::read_to_string(&p).unwrap(), theirs, "nothing written");

    // Keep mine: theirs kept beside it first.
    let copy = store::keep_conflict_copy(&p).unwrap();
    let name = copy.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("2025-x.conflict-") && name.ends_with(".ron"),
        "{name}"
    );
    assert_eq!(
        name.len(),
        "2025-x.conflict-20261129-170000.ron".len(),
        "{name}"
    );
    assert_eq!(fs::read_to_string(&copy).unwrap(), theirs);
    let fp = store::save_with_fingerprint(&p, &mine).unwrap();
    assert_eq!(store::load(&p).unwrap(), mine);
    // And the next save goes through.
    mine.apply(Command::AddGuest("Khách 2".into()), at(42))
        .unwrap();
    let fp2 = store::save_if_unchanged(&p, &mine, &fp).unwrap();
    assert_ne!(fp, fp2);
    assert_eq!(store::load(&p).unwrap(), mine);
}

#[test]
fn save_mine_as_a_copy_leaves_theirs() {
    let dir = tempfile::tempdir().unwrap();
    let p = saved(dir.path(), "2025-x.ron");
    let before = fs::read(&p).unwrap();
    let mut mine = store::load(&p).unwrap();
    mine.apply(Command::AddGuest("Khách".into()), at(41))
        .unwrap();
    let copy = store::save_copy(&p, &mine).unwrap();
    assert!(
        copy.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("2025-x.copy-")
    );
    assert_eq!(store::load(&copy).unwrap(), mine);
    assert_eq!(fs::read(&p).unwrap(), before);
}

#[test]
fn a_touched_file_with_the_same_content_is_no_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let p = saved(dir.path(), "2025-x.ron");
    let (s, fp) = store::load_with_fingerprint(&p).unwrap();
    let f = fs::File::options().write(true).open(&p).unwrap();
    f.set_modified(SystemTime::now() + Duration::from_secs(60))
        .unwrap();
    store::save_if_unchanged(&p, &s, &fp).unwrap();
}

#[test]
fn a_removed_file_is_a_change_too() {
    let dir = tempfile::tempdir().unwrap();
    let p = saved(dir.path(), "2025-x.ron");
    let (s, fp) = store::load_with_fingerprint(&p).unwrap();
    fs::remove_file(&p).unwrap();
    let e = store::save_if_unchanged(&p, &s, &fp).unwrap_err();
    assert!(matches!(e, StoreError::ChangedOnDisk { .. }));
    assert!(!p.exists());
}

// ---------- 4. stray copies ----------

#[test]
fn stale_temp_files_are_swept_when_the_session_is_opened() {
    let dir = tempfile::tempdir().unwrap();
    let p = saved(dir.path(), "2025-x.ron");
    let old = SystemTime::now() - store::STALE_AFTER - Duration::from_secs(5);
    for n in 0..3 {
        let t = dir.path().join(format!(".2025-x.ron.tmp-4242-{n}"));
        fs::write(&t, "(half").unwrap();
        fs::File::options()
            .write(true)
            .open(&t)
            .unwrap()
            .set_modified(old)
            .unwrap();
    }
    // A save in progress: a process that runs (this test's) and a fresh file.
    let fresh = dir
        .path()
        .join(format!(".2025-x.ron.tmp-{}-9", std::process::id()));
    fs::write(&fresh, "(a save in progress").unwrap();
    let someone_elses = dir.path().join(".2025-x.ron.tmp-notes");
    fs::write(&someone_elses, "mine").unwrap();
    fs::File::options()
        .write(true)
        .open(&someone_elses)
        .unwrap()
        .set_modified(old)
        .unwrap();
    let held = store::lock(&p).unwrap();
    assert_eq!(held.swept(), 3);
    let left: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect();
    assert_eq!(left.len(), 2, "{left:?}");
}

/// The figure: 456 stray temp files (18.6 MB) after 1,000 kills, swept only once older
/// than 10 minutes. A temp file whose process is gone is no save in progress: it goes at once.
#[cfg(unix)]
#[test]
fn a_temp_file_left_by_a_dead_process_is_swept_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let p = saved(dir.path(), "2025-x.ron");
    let mut child = std::process::Command::new("true").spawn().unwrap();
    let dead = child.id();
    child.wait().unwrap();
    let orphans: Vec<_> = (0..3)
        .map(|n| dir.path().join(format!(".2025-x.ron.tmp-{dead}-{n}")))
        .collect();
    for t in &orphans {
        fs::write(t, "(a save killed a moment ago").unwrap();
    }
    let held = store::lock(&p).unwrap();
    assert_eq!(held.swept(), 3);
    assert!(orphans.iter().all(|t| !t.exists()));
}

// ---------- 5. only regular files ----------

#[test]
fn a_folder_or_a_huge_file_is_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("archive.ron");
    fs::create_dir(&folder).unwrap();
    let e = store::load(&folder).unwrap_err();
    assert!(matches!(e, StoreError::NotAFile { .. }), "{e:?}");
    assert!(e.message(Lang::En).contains("not a regular file"));
    let big = dir.path().join("big.ron");
    fs::File::create(&big)
        .unwrap()
        .set_len(store::MAX_FILE_SIZE + 1)
        .unwrap();
    let e = store::load(&big).unwrap_err();
    assert!(matches!(e, StoreError::TooLarge { .. }), "{e:?}");
    assert!(e.message(Lang::En).contains("too large"), "{e}");
}

#[cfg(unix)]
#[test]
fn dev_zero_is_refused_at_once() {
    let e = store::load(Path::new("/dev/zero")).unwrap_err();
    assert!(matches!(e, StoreError::NotAFile { .. }), "{e:?}");
}

/// Unix: symlinks on Windows need a privilege.
#[cfg(unix)]
#[test]
fn every_unreadable_ron_is_listed_with_its_error() {
    let dir = tempfile::tempdir().unwrap();
    saved(dir.path(), "2025-x.ron");
    fs::create_dir(dir.path().join("folder.ron")).unwrap();
    symlink(&dir.path().join("gone"), &dir.path().join("dangling.ron")).unwrap();
    let list = store::index(dir.path());
    let errors: Vec<_> = list
        .iter()
        .filter_map(|e| {
            e.summary
                .as_ref()
                .err()
                .map(|err| (e.path.file_name().unwrap().to_owned(), err.clone()))
        })
        .collect();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(
        errors
            .iter()
            .any(|(n, e)| n == "folder.ron" && matches!(e, StoreError::NotAFile { .. }))
    );
    assert!(errors.iter().any(|(n, e)| n == "dangling.ron"
        && matches!(
            e,
            StoreError::Io {
                kind: std::io::ErrorKind::NotFound,
                ..
            }
        )));
    assert_eq!(store::session_files(dir.path()).unwrap().len(), 3);
}

/// On a really full disk (a small tmpfs named by `CHIBO_FULL_DISK_DIR`, e.g.
/// `mount -t tmpfs -o size=64k tmpfs /mnt/full`): opening leaves no empty lock file behind and a
/// save fails plainly, the file intact. Ignored: it needs that mount.
#[test]
#[ignore = "needs a small tmpfs in CHIBO_FULL_DISK_DIR"]
fn a_full_disk_leaves_the_file_and_no_empty_lock() {
    let Some(dir) = std::env::var_os("CHIBO_FULL_DISK_DIR") else {
        return;
    };
    let dir = Path::new(&dir);
    let p = saved(dir, "2025-full.ron");
    let before = fs::read(&p).unwrap();
    // Fill every free block.
    let filler = dir.join("filler");
    let mut f = fs::File::create(&filler).unwrap();
    let block = vec![b'x'; 4096];
    while std::io::Write::write_all(&mut f, &block).is_ok() {}
    drop(f);
    match store::lock(&p) {
        Ok(held) => drop(held),
        Err(e) => {
            println!("lock on a full disk: {e}");
            assert!(
                fs::symlink_metadata(store::lock_path(&p)).is_err(),
                "empty lock left"
            );
        }
    }
    let mut s = store::load(&p).unwrap();
    s.apply(Command::AddGuest("x".repeat(8192)), at(45))
        .unwrap();
    let e = store::save(&p, &s).unwrap_err();
    println!("save on a full disk: {e}");
    assert!(e.message(Lang::En).contains("disk full"), "{e}");
    assert_eq!(fs::read(&p).unwrap(), before);
    assert!(
        !fs::read_dir(dir).unwrap().any(|e| e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .contains(".tmp-"))
    );
    fs::remove_file(filler).unwrap();
}
