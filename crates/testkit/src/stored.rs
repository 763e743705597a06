//! Sessions for the store tests: fixture files, and a meeting built through domain commands.

use std::path::{Path, PathBuf};

use chibo_core::domain::{
    Attendance, Cell, Command, Level, LevelCounts, Member, MemberId, Post, Remark, Session,
    Speaker, Step, Tally, TextField, VoteMethod,
};
use chrono::{DateTime, FixedOffset, NaiveDate};

/// A path from the top of the repository (`sessions/…`, `tests/…`), whichever crate's test
/// asks: cargo runs each crate's tests in that crate's folder.
pub fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel)
}

pub fn fixture(dir: &str, name: &str) -> PathBuf {
    repo("tests").join(dir).join(name)
}

pub fn at(minute: u32) -> DateTime<FixedOffset> {
    let s = format!("2025-12-10T08:{minute:02}:00+07:00");
    DateTime::parse_from_rfc3339(&s).unwrap()
}

/// A meeting built the way the app builds it: through domain commands.
pub fn meeting() -> Session {
    let date = NaiveDate::from_ymd_opt(2025, 12, 10).unwrap();
    let mut s = Session::new("2025-kp3", Cell::default(), 2025, date, "");
    for (n, c) in (1..).zip(meeting_commands()) {
        s.apply(c, at(n)).unwrap();
    }
    s
}

/// The commands of [`meeting`], in order.
fn meeting_commands() -> Vec<Command> {
    let mut secretary = Member::new("m1", "Nguyễn Văn Ấn");
    secretary.post = Post::Secretary;
    let mut commands = vec![Command::SetCell {
        name: "Chi bộ Khu phố 3".into(),
        committee: "Đảng bộ Phường Bến Thành".into(),
    }];
    for m in [
        secretary,
        Member::new("m2", "Trần Thị Bích"),
        Member::new("m3", "Đặng Thị Ỷ"),
    ] {
        let member = m.id.clone();
        commands.push(Command::AddMember(m));
        commands.push(Command::SetAttendance {
            member,
            attendance: Attendance::Present,
        });
    }
    let m1 = MemberId::new("m1");
    let remark = Remark {
        speaker: Speaker::Member(MemberId::new("m3")),
        text: "Đồng ý, đề nghị xếp loại xuất sắc.".into(),
    };
    let tally = Tally::simple(VoteMethod::SecretBallot, LevelCounts::new(3, 0, 0, 0));
    commands.extend([
        Command::SetChair(Some(m1.clone())),
        Command::Goto(Step::Member(m1.clone())),
        Command::SetMemberText {
            member: m1.clone(),
            field: TextField::Strengths,
            text: "Gương mẫu; \"sâu sát\" cơ sở.\nLuôn hoàn thành nhiệm vụ.".into(),
        },
        Command::SetSelfAssessed {
            member: m1.clone(),
            level: Some(Level::Excellent),
        },
        Command::AddCriticism {
            member: m1.clone(),
            remark,
        },
        Command::RecordVote { member: m1, tally },
    ]);
    commands
}

/// Writes `s` to `path` as RON, as the store writes it but with no lock or seal: a file planted
/// for a test.
pub fn save(path: &Path, s: &Session) {
    let cfg = ron::ser::PrettyConfig::new().extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    std::fs::write(path, ron::ser::to_string_pretty(s, cfg).unwrap()).unwrap();
}

/// The session in a file, parsed as written (no store: the raw file is what is checked).
pub fn load(path: &Path) -> Session {
    parse(&std::fs::read_to_string(path).unwrap())
}

/// A session's RON text parsed as written, without the store's checks or upgrades.
pub fn parse(text: &str) -> Session {
    let opts =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    opts.from_str(text).unwrap()
}

/// The one session file in `dir`.
pub fn session_file(dir: &Path) -> std::path::PathBuf {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    assert_eq!(v.len(), 1, "one session file in {v:?}");
    v.remove(0)
}

/// A draft session with these members (the first is secretary), saved in `dir`.
pub fn write_session(dir: &Path, names: &[&str], year: i32) -> std::path::PathBuf {
    use chibo_core::domain::{Cell, Member, Post};
    let date = chrono::NaiveDate::from_ymd_opt(year, 12, 15).unwrap();
    let cell = Cell {
        name: "Chi bộ Khu dân cư số 7 phường Phúc Xá".into(),
        committee: "Đảng bộ phường Phúc Xá".into(),
        ..Default::default()
    };
    let mut s = Session::new(format!("{year}-kdc7"), cell, year, date, "Nhà văn hóa");
    s.meeting.start = chrono::NaiveTime::from_hms_opt(8, 0, 0);
    for (i, n) in names.iter().enumerate() {
        let mut m = Member::new(format!("m{}", i + 1), *n);
        if i == 0 {
            m.post = Post::Secretary;
        }
        s.members.push(m);
    }
    let path = dir.join(format!("{year}-kdc7.ron"));
    save(&path, &s);
    path
}
