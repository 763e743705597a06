//! A small fixture builder for domain tests: a 2025 session of a cell with Vietnamese names,
//! members added one by one with their standing, and short helpers to apply commands and read
//! the findings.

use chibo_core::domain::{
    Attendance, Cell, Command, Finding, FindingKind, LevelCounts, Member, MemberId, Membership,
    Post, Session, Severity, Subject, Tally, VoteMethod, evaluate,
};
use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};

pub const NAMES: [&str; 14] = [
    "Nguyễn Văn An",
    "Trần Thị Bình",
    "Lê Văn Cường",
    "Phạm Thị Dung",
    "Hoàng Văn Đức",
    "Vũ Thị Giang",
    "Đặng Văn Hải",
    "Bùi Thị Hoa",
    "Đỗ Văn Khánh",
    "Ngô Thị Lan",
    "Dương Văn Minh",
    "Lý Thị Ngọc",
    "Hồ Văn Phúc",
    "Mai Thị Quỳnh",
];

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

/// 14:00 on 15 December 2025, Hanoi time.
pub fn at() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(7 * 3600)
        .expect("offset")
        .with_ymd_and_hms(2025, 12, 15, 14, 0, 0)
        .single()
        .expect("time")
}

pub fn id(n: usize) -> MemberId {
    MemberId::new(format!("m{n}"))
}

/// The meeting is on Monday 15 December 2025; the draft went out a week before.
pub fn empty() -> Session {
    let cell = Cell {
        name: "Chi bộ Khu phố 3".into(),
        committee: "Đảng bộ Phường Bến Thành".into(),
        ..Default::default()
    };
    let mut s = Session::new(
        "2025-khu-pho-3",
        cell,
        2025,
        d(2025, 12, 15),
        "Nhà văn hóa khu phố 3",
    );
    s.meeting.draft_sent = Some(d(2025, 12, 8));
    s
}

/// A session with `n` official members m1..mn, not yet called (attendance Unknown).
pub fn with_members(n: usize) -> Session {
    let mut s = empty();
    for i in 1..=n {
        s.members.push(member(i));
    }
    s
}

/// Like [`with_members`], every member present.
pub fn present(n: usize) -> Session {
    let mut s = with_members(n);
    for m in &mut s.members {
        m.attendance = Attendance::Present;
    }
    s
}

pub fn member(n: usize) -> Member {
    Member::new(format!("m{n}"), NAMES[(n - 1) % NAMES.len()])
}

pub fn get(s: &mut Session, n: usize) -> &mut Member {
    let id = id(n);
    s.members
        .iter_mut()
        .find(|m| m.id == id)
        .expect("fixture member")
}

pub fn probationary(s: &mut Session, n: usize) {
    get(s, n).membership = Membership::Probationary;
}

pub fn post(s: &mut Session, n: usize, p: Post) {
    get(s, n).post = p;
}

pub fn apply(s: &mut Session, cmd: Command) {
    s.apply(cmd, at()).expect("command should apply");
}

pub fn counts(e: u32, g: u32, c: u32, n: u32) -> LevelCounts {
    LevelCounts::new(e, g, c, n)
}

/// Records a vote round where every ballot came back valid.
pub fn vote(s: &mut Session, n: usize, c: LevelCounts) {
    apply(
        s,
        Command::RecordVote {
            member: id(n),
            tally: Tally::simple(VoteMethod::SecretBallot, c),
        },
    );
}

pub fn findings(s: &Session) -> Vec<Finding> {
    evaluate(s)
}

/// Findings of one rule id about one subject.
pub fn about(s: &Session, subject: &Subject, rule: &str) -> Vec<Finding> {
    evaluate(s)
        .into_iter()
        .filter(|f| &f.subject == subject && f.kind.rule() == rule)
        .collect()
}

pub fn member_subject(n: usize) -> Subject {
    Subject::Member(id(n))
}

pub fn kinds_of(s: &Session, rule: &str) -> Vec<(Severity, Subject, FindingKind)> {
    evaluate(s)
        .into_iter()
        .filter(|f| f.kind.rule() == rule)
        .map(|f| (f.severity, f.subject, f.kind))
        .collect()
}
