//! The log file, for when something goes wrong: what the store and the exports did (sessions
//! loaded, saved or not, locks taken, refused and released, exports written), with session ids
//! and paths, never the text of a meeting.
//!
//! It lives in `<data dir>/logs/chibo.log` (`directories`: `~/.local/share/chibo` on Linux,
//! `%APPDATA%\chibo\data` on Windows, `~/Library/Application Support/chibo` on macOS), or in
//! `$CHIBO_LOG_DIR`. It is rotated by size: a write that would take it past [`MAX_BYTES`] first
//! renames it to `chibo.log.1` (`.1` to `.2`, …), keeping [`KEEP`] old files. Writes are
//! synchronous and unbuffered, so the last line before a crash is on disk. A log that cannot be
//! opened or written is skipped: the app runs on without it.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tracing::level_filters::LevelFilter;

/// Size at which the log is rotated.
pub(crate) const MAX_BYTES: u64 = 1024 * 1024;
/// How many rotated files (`chibo.log.1` … `.3`) are kept besides the current one.
pub(crate) const KEEP: u32 = 3;
/// The file name in the log folder.
pub(crate) const FILE_NAME: &str = "chibo.log";
/// Overrides the log folder (tests use it).
pub(crate) const DIR_VAR: &str = "CHIBO_LOG_DIR";

/// How much goes to the log (`--log-level`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub(crate) enum Level {
    Off,
    Error,
    Warn,
    #[default]
    Info,
    Debug,
}

impl Level {
    fn filter(self) -> LevelFilter {
        match self {
            Level::Off => LevelFilter::OFF,
            Level::Error => LevelFilter::ERROR,
            Level::Warn => LevelFilter::WARN,
            Level::Info => LevelFilter::INFO,
            Level::Debug => LevelFilter::DEBUG,
        }
    }
}

/// The log folder: `$CHIBO_LOG_DIR`, else `<data dir>/logs`; `None` without a home folder.
pub(crate) fn dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os(DIR_VAR).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d));
    }
    directories::ProjectDirs::from("", "", "chibo").map(|p| p.data_dir().join("logs"))
}

/// The log file's path (where it would be, whether or not it exists yet).
pub(crate) fn path() -> Option<PathBuf> {
    dir().map(|d| d.join(FILE_NAME))
}

/// Starts logging at `level` to [`path`]. Returns the file's path, or `None` when logging is off
/// or the file cannot be opened (then nothing is logged and nothing else changes).
pub(crate) fn init(level: Level) -> Option<PathBuf> {
    if level == Level::Off {
        return None;
    }
    let path = path()?;
    let writer = Rotating::open(&path, MAX_BYTES, KEEP).ok()?;
    tracing_subscriber::fmt()
        .with_writer(Mutex::new(writer))
        .with_max_level(level.filter())
        .with_ansi(false)
        .try_init()
        .ok()?;
    log_panics();
    tracing::info!(
        version = env!("CARGO_PKG_VERSION"),
        pid = std::process::id(),
        "chibo started"
    );
    Some(path)
}

/// A panic is logged with its place in the code only: its message may quote user text (a
/// slicing panic prints the string it sliced). The previous hook (the terminal's restore,
/// color-eyre's report) still runs.
fn log_panics() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let at = info
            .location()
            .map_or_else(String::new, |l| format!("{}:{}", l.file(), l.line()));
        tracing::error!(at = %at, "panic");
        previous(info);
    }));
}

/// An append-only file that renames itself away when it grows past `max` bytes.
struct Rotating {
    path: PathBuf,
    file: File,
    size: u64,
    max: u64,
    keep: u32,
}

impl Rotating {
    fn open(path: &Path, max: u64, keep: u32) -> io::Result<Self> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let file = chibo_files::os::open_append_private(path)?;
        let size = file.metadata()?.len();
        Ok(Rotating {
            path: path.to_owned(),
            file,
            size,
            max,
            keep,
        })
    }

    /// `chibo.log.{keep-1}` → `.{keep}` … `chibo.log` → `.1`, then a fresh `chibo.log`. Another
    /// chibo still writing to the old file just goes on writing into `.1`.
    fn rotate(&mut self) -> io::Result<()> {
        let numbered = |n: u32| {
            let mut name = self.path.as_os_str().to_owned();
            name.push(format!(".{n}"));
            PathBuf::from(name)
        };
        for n in (1..self.keep).rev() {
            let from = numbered(n);
            if from.exists() {
                // Windows' rename does not replace a file that is open elsewhere; drop it first.
                let _ = std::fs::remove_file(numbered(n + 1));
                std::fs::rename(from, numbered(n + 1))?;
            }
        }
        if self.keep == 0 {
            std::fs::remove_file(&self.path)?;
        } else {
            let _ = std::fs::remove_file(numbered(1));
            std::fs::rename(&self.path, numbered(1))?;
        }
        self.file = chibo_files::os::open_append_private(&self.path)?;
        self.size = 0;
        Ok(())
    }
}

impl Write for Rotating {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.size > 0 && self.size + buf.len() as u64 > self.max {
            // A failed rotation must not lose the line: keep writing to the file we have.
            let _ = self.rotate();
        }
        let n = self.file.write(buf)?;
        self.size += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rotates_by_size_and_keeps_three_old_files() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(FILE_NAME);
        let mut w = Rotating::open(&p, 130, 3).unwrap();
        for i in 0..12 {
            // 60 bytes: two lines to a file.
            // One write per line, as the subscriber does.
            let line = format!("line {i:02} {}\n", "x".repeat(51));
            w.write_all(line.as_bytes()).unwrap();
        }
        let read = |name: &str| std::fs::read_to_string(dir.path().join(name)).unwrap();
        assert!(read("chibo.log").starts_with("line 10"));
        assert!(read("chibo.log.1").starts_with("line 08"));
        assert!(read("chibo.log.3").starts_with("line 04"));
        assert!(!dir.path().join("chibo.log.4").exists(), "only three kept");
        assert_eq!(read("chibo.log").len(), 120);
    }

    #[test]
    fn an_existing_log_is_appended_to_and_counted() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(FILE_NAME);
        std::fs::write(&p, "x".repeat(90)).unwrap();
        let mut w = Rotating::open(&p, 100, 3).unwrap();
        w.write_all(format!("{}\n", "y".repeat(20)).as_bytes())
            .unwrap();
        assert_eq!(
            std::fs::read_to_string(&p).unwrap(),
            format!("{}\n", "y".repeat(20))
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join("chibo.log.1"))
                .unwrap()
                .len(),
            90
        );
    }

    #[test]
    fn a_folder_that_cannot_be_made_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        std::fs::write(&blocker, "").unwrap();
        assert!(Rotating::open(&blocker.join(FILE_NAME), 100, 3).is_err());
    }
}
