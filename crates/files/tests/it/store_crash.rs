//! The crash harness: a child process saves a session in a loop and is killed (`SIGKILL` on
//! unix, `TerminateProcess` on Windows) at random moments, N times; after each kill the file
//! must load and be one of the versions the child wrote. Then the temp files the kills left are
//! counted and swept by the next open: their processes are gone, so at once (where the system
//! cannot tell whether a process runs, Windows, they are first aged past
//! [`store::STALE_AFTER`]). Each child's own open sweeps what the kill before it left.
//!
//! Ignored by default: `.ci/run` runs it with `CHIBO_CRASH_KILLS` (default 100) and prints the
//! figures: `cargo test -p chibo-files --test it -- --ignored --exact store_crash::crash_harness --nocapture`.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime};

use chibo_core::domain::{Command as Cmd, Session};
use chibo_files::store;

use chibo_testkit::stored;

const FILE_VAR: &str = "CHIBO_CRASH_FILE";

/// The versions the child alternates between: different sizes, so a torn write would show.
fn versions() -> [Session; 2] {
    let a = stored::meeting();
    let mut b = a.clone();
    let long = "Tôi xin tiếp thu ý kiến của các đồng chí. ".repeat(400);
    b.apply(Cmd::AddGuest(long), stored::at(50)).unwrap();
    [a, b]
}

/// The child: takes the lock (a stale one left by the last kill is taken over), then saves
/// forever. Does nothing unless the harness started it.
#[test]
#[ignore = "run by crash_harness"]
fn child_save_loop() {
    let Some(path) = std::env::var_os(FILE_VAR) else {
        return;
    };
    let path = Path::new(&path);
    let _lock = store::lock(path).unwrap();
    let [a, b] = versions();
    loop {
        store::save(path, &a).unwrap();
        store::save(path, &b).unwrap();
    }
}

use chibo_testkit::rng::Rng;

fn temp_files(dir: &Path) -> Vec<std::path::PathBuf> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".tmp-"))
        .collect()
}

#[test]
#[ignore = "slow: run by .ci/run with a small N"]
fn crash_harness() {
    let kills: usize = std::env::var("CHIBO_CRASH_KILLS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("2025-kp3.ron");
    let [a, b] = versions();
    store::save(&path, &a).unwrap();
    let seed = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let mut rng = Rng(u64::try_from(seed % u128::from(u64::MAX)).unwrap() | 1);
    let (mut broken, mut saw_a, mut saw_b) = (0, 0, 0);
    for _ in 0..kills {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "store_crash::child_save_loop",
                "--ignored",
                "--test-threads=1",
            ])
            .env(FILE_VAR, &path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(5_000 + rng.next_u64() % 45_000));
        child.kill().unwrap();
        child.wait().unwrap();
        match store::load(&path) {
            Ok(s) if s == a => saw_a += 1,
            Ok(s) if s == b => saw_b += 1,
            Ok(_) | Err(_) => broken += 1,
        }
    }
    let left = temp_files(dir.path());
    if cfg!(not(unix)) {
        let aged = SystemTime::now() - store::STALE_AFTER - Duration::from_secs(1);
        for t in &left {
            fs::File::options()
                .write(true)
                .open(t)
                .unwrap()
                .set_modified(aged)
                .unwrap();
        }
    }
    let swept = store::lock(&path).unwrap().swept();
    println!(
        "crash harness: kills {kills}, broken files {broken}, old version {saw_a}, new version {saw_b}, \
         temp files left {}, swept on next open {swept}",
        left.len()
    );
    assert_eq!(broken, 0);
    assert_eq!(swept, left.len());
    assert!(temp_files(dir.path()).is_empty());
}
