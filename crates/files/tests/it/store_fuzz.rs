//! The loader fuzz loop: the sample and corpus files, mutated (bytes flipped, cut, repeated,
//! spliced, RON tokens and control characters inserted), through `store::parse` and the
//! roll-up's `store::parse_record`; no input may panic. `cargo fuzz` needs nightly; this runs on
//! stable, anywhere.
//!
//! Ignored by default: `.ci/run` runs it for `CHIBO_FUZZ_SECS` (default 5) seconds and prints
//! executions and panics: `cargo test -p chibo-files --test it -- --ignored store_fuzz --nocapture`.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use chibo_files::store;

const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "r#\"",
    "\"#",
    "Some(",
    "None",
    "Excused(\"\")",
    "Excused(",
    "schema: 99",
    "schema: 0",
    "\\u{1b}",
    "\u{1b}]52;c;",
    "\0",
    "\\0",
    "id: \"m1\"",
    "member: \"m9\"",
    "rules: Qd124",
    "18446744073709551616",
    "-1",
    "2024-02-30",
    "\u{feff}",
    "#![enable(implicit_some)]",
    "/*",
    "//",
    "\r\n",
    "ễ",
    "\u{9b}",
    "\u{7f}",
    "true",
    "Finalized",
];

use chibo_testkit::rng::Rng;

fn seeds() -> Vec<Vec<u8>> {
    let root = chibo_testkit::stored::repo("");
    let mut out = Vec::new();
    for dir in ["sessions", "tests/valid_sessions", "tests/invalid_sessions"] {
        for e in std::fs::read_dir(root.join(dir)).unwrap() {
            let p: PathBuf = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "ron") {
                out.push(std::fs::read(p).unwrap());
            }
        }
    }
    out
}

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>], mut b: Vec<u8>) -> Vec<u8> {
    for _ in 0..=rng.below(4) {
        let at = rng.below(b.len() + 1);
        match rng.below(6) {
            0 if !b.is_empty() => {
                let i = at.min(b.len() - 1);
                b[i] ^= 1 << rng.below(8);
            }
            1 => {
                let end = (at + rng.below(64)).min(b.len());
                b.drain(at..end);
            }
            2 => {
                let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
                b.splice(at..at, t.iter().copied());
            }
            3 => {
                let end = (at + rng.below(256)).min(b.len());
                let chunk = b[at..end].to_vec();
                b.splice(at..at, chunk);
            }
            4 => {
                let other = &seeds[rng.below(seeds.len())];
                let from = rng.below(other.len());
                let end = (from + rng.below(512)).min(other.len());
                b.splice(at..at, other[from..end].iter().copied());
            }
            _ => b.truncate(at),
        }
    }
    b
}

#[test]
#[ignore = "slow: run by .ci/run for 60 s"]
fn fuzz_loader() {
    let secs: u64 = std::env::var("CHIBO_FUZZ_SECS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(5);
    let seeds = seeds();
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let mut rng = Rng(u64::try_from(nanos % u128::from(u64::MAX)).unwrap() | 1);
    std::panic::set_hook(Box::new(|_| {}));
    let (mut runs, mut panics, mut loaded) = (0u64, 0u64, 0u64);
    let mut first_panic: Option<Vec<u8>> = None;
    let deadline = Instant::now() + Duration::from_secs(secs);
    let path = Path::new("fuzz.ron");
    while Instant::now() < deadline {
        for _ in 0..64 {
            let base = seeds[rng.below(seeds.len())].clone();
            let input = mutate(&mut rng, &seeds, base);
            let text = String::from_utf8_lossy(&input);
            let record = catch_unwind(AssertUnwindSafe(|| store::parse_record(&text, path)));
            match (
                catch_unwind(AssertUnwindSafe(|| store::parse(&text, path))),
                record,
            ) {
                (Ok(Ok(s)), Ok(record)) => {
                    loaded += 1;
                    // What loads must save and load back the same, and read as the roll-up
                    // reads it: the same but the log, cut to its last entry — or, for a file
                    // whose log is not its last field, read whole (store::load_record).
                    let again = store::parse(&store::to_ron(&s).unwrap(), path);
                    let mut cut = s.clone();
                    cut.log = cut.log.pop().into_iter().collect();
                    let record = record.map(|(r, _)| r);
                    let as_record = record.as_ref() == Ok(&cut) || record.as_ref() == Ok(&s);
                    if again.as_ref() != Ok(&s) || !as_record {
                        panics += 1;
                        first_panic.get_or_insert(input.clone());
                    }
                }
                (Ok(Err(_)), Ok(_)) => {}
                _ => {
                    panics += 1;
                    first_panic.get_or_insert(input.clone());
                }
            }
            runs += 1;
        }
    }
    let _ = std::panic::take_hook();
    if let Some(input) = &first_panic {
        let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-failure.ron");
        std::fs::write(&out, input).unwrap();
        println!("first failing input: {}", out.display());
    }
    println!(
        "loader fuzz: {secs} s, executions {runs}, loaded {loaded}, panics or round-trip failures {panics}"
    );
    assert_eq!(panics, 0);
}
