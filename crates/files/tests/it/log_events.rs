//! What the store writes to the log: ids and paths, never the text of the meeting. Alone in its
//! test binary: tracing caches which callsites are listened to, and another test's thread with
//! no subscriber would race this one's.

use std::io::{self, Write};
use std::sync::Mutex;

/// A log in memory, for the events of one thread.
#[derive(Clone, Default)]
struct Memory(std::sync::Arc<Mutex<Vec<u8>>>);

impl Write for Memory {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0
            .lock()
            .map_err(|_| io::Error::other("poisoned"))?
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn the_store_logs_ids_and_paths_never_meeting_text() {
    use chibo_core::domain::{Cell, Member, Session};
    let memory = Memory::default();
    let writer = memory.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("2025-kp3.ron");
    let cell = Cell {
        name: "Chi bộ Khu phố 3".into(),
        committee: "Đảng bộ Phường Bến Thành".into(),
        ..Default::default()
    };
    let date = chrono::NaiveDate::from_ymd_opt(2025, 12, 10).unwrap();
    let mut s = Session::new("2025-kp3", cell, 2025, date, "Nhà văn hóa");
    s.members.push(Member::new("m1", "Nguyễn Văn Ấn"));
    tracing::subscriber::with_default(subscriber, || {
        let held = chibo_files::store::lock(&p).unwrap();
        chibo_files::store::lock(&p).unwrap_err();
        chibo_files::store::save(&p, &s).unwrap();
        chibo_files::store::load(&p).unwrap();
        chibo_files::store::write_atomic(&dir.path().join("x.txt"), b"minutes").unwrap();
        drop(held);
        chibo_files::store::save(&dir.path().join("no/such.ron"), &s).unwrap_err();
    });
    let log = String::from_utf8(memory.0.lock().unwrap().clone()).unwrap();
    for event in [
        "lock taken",
        "lock refused",
        "session saved",
        "session loaded",
        "export written",
        "lock released",
        "save failed",
    ] {
        assert!(log.contains(event), "{event} missing:\n{log}");
    }
    assert!(log.contains("session=2025-kp3"), "{log}");
    assert!(log.contains(&p.display().to_string()), "{log}");
    for text in ["Nguyễn", "Chi bộ", "Đảng bộ", "Nhà văn hóa"] {
        assert!(!log.contains(text), "{text} in the log:\n{log}");
    }
}
