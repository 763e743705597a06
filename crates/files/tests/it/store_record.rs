//! `load_record`, the roll-up's reading of a file: the same session as `load` but for the log,
//! read to its last entry; the same seal state; the same errors; every fixture and sample.

use std::fs;
use std::path::Path;

use chibo_core::domain::{SealState, Session};
use chibo_core::i18n::Lang;
use chibo_files::store;

use chibo_testkit::stored::{fixture, repo};

/// `s` with its log cut to its last entry, as `load_record` reads it.
fn record(mut s: Session) -> Session {
    s.log = s.log.pop().into_iter().collect();
    s
}

fn same_as_load(p: &Path) {
    let whole = store::load(p).unwrap_or_else(|e| panic!("{}", e.message(Lang::En)));
    let (read, seal) = store::load_record(p).unwrap();
    assert_eq!(seal, whole.seal_state(), "{}", p.display());
    assert_eq!(read, record(whole), "{}", p.display());
}

#[test]
fn every_fixture_and_sample_reads_as_load_reads_it_but_the_log() {
    for e in fs::read_dir(fixture("valid_sessions", "")).unwrap() {
        same_as_load(&e.unwrap().path());
    }
    for e in fs::read_dir(repo("sessions")).unwrap() {
        same_as_load(&e.unwrap().path());
    }
}

#[test]
fn a_sealed_meeting_is_intact_and_a_log_put_first_by_hand_is_read_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let s = chibo_core::domain::demo::finished_session(12, 2025);
    assert!(s.log.len() > 10);
    let p = tmp.path().join("a.ron");
    store::save(&p, &s).unwrap();
    let (read, seal) = store::load_record(&p).unwrap();
    assert_eq!(seal, SealState::Intact);
    assert_eq!(read, record(s.clone()));
    // The log moved before the status: not the last field, so the file is read whole.
    let text = fs::read_to_string(&p).unwrap();
    let at = text.find("\n    log: [").unwrap();
    let (head, log) = text.split_at(at);
    let log = log.trim_end().trim_end_matches(')');
    let status = head.find("\n    status: ").unwrap();
    let moved = format!("{}{log}{})\n", &head[..status], &head[status..]);
    fs::write(&p, moved).unwrap();
    let (read, seal) = store::load_record(&p).unwrap();
    assert_eq!((read, seal), (s, SealState::Intact));
}

#[test]
fn a_file_that_does_not_load_gives_loads_error() {
    for e in fs::read_dir(fixture("invalid_sessions", "")).unwrap() {
        let p = e.unwrap().path();
        let (Err(a), Err(b)) = (store::load(&p), store::load_record(&p)) else {
            panic!("{} loads one way and not the other", p.display());
        };
        assert_eq!(a.message(Lang::En), b.message(Lang::En), "{}", p.display());
    }
}
