//! Sessions for the store tests: fixture files, and a meeting built through domain commands.
#![allow(dead_code)]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::{Path, PathBuf};

use chibo::domain::{
    Attendance, Cell, Command, Level, LevelCounts, Member, MemberId, Post, Remark, Session,
    Speaker, Step, Tally, TextField, VoteMethod,
};
use chrono::{DateTime, FixedOffset, NaiveDate};

pub fn fixture(dir: &str, name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(dir)
        .join(name)
}

pub fn at(minute: u32) -> DateTime<FixedOffset> {
    let s = format!("2025-12-10T08:{minute:02}:00+07:00");
    DateTime::parse_from_rfc3339(&s).unwrap()
}

/// A meeting built the way the app builds it: through domain commands.
pub fn meeting() -> Session {
    let date = NaiveDate::from_ymd_opt(2025, 12, 10).unwrap();
    let mut s = Session::new("2025-kp3", Cell::default(), 2025, date, "");
    let mut n = 0;
    let mut apply = |s: &mut Session, c: Command| {
        n += 1;
        s.apply(c, at(n)).unwrap();
    };
    apply(
        &mut s,
        Command::SetCell {
            name: "Chi bộ Khu phố 3".into(),
            committee: "Đảng bộ Phường Bến Thành".into(),
        },
    );
    let mut secretary = Member::new("m1", "Nguyễn Văn Ấn");
    secretary.post = Post::Secretary;
    for m in [
        secretary,
        Member::new("m2", "Trần Thị Bích"),
        Member::new("m3", "Đặng Thị Ỷ"),
    ] {
        let id = m.id.clone();
        apply(&mut s, Command::AddMember(m));
        let attendance = Attendance::Present;
        apply(
            &mut s,
            Command::SetAttendance {
                member: id,
                attendance,
            },
        );
    }
    let m1 = MemberId::new("m1");
    apply(&mut s, Command::SetChair(Some(m1.clone())));
    apply(&mut s, Command::Goto(Step::Member(m1.clone())));
    apply(
        &mut s,
        Command::SetMemberText {
            member: m1.clone(),
            field: TextField::Strengths,
            text: "Gương mẫu; \"sâu sát\" cơ sở.\nLuôn hoàn thành nhiệm vụ.".into(),
        },
    );
    apply(
        &mut s,
        Command::SetSelfAssessed {
            member: m1.clone(),
            level: Some(Level::Excellent),
        },
    );
    let remark = Remark {
        speaker: Speaker::Member(MemberId::new("m3")),
        text: "Đồng ý, đề nghị xếp loại xuất sắc.".into(),
    };
    apply(
        &mut s,
        Command::AddCriticism {
            member: m1.clone(),
            remark,
        },
    );
    let tally = Tally::simple(VoteMethod::SecretBallot, LevelCounts::new(3, 0, 0, 0));
    apply(&mut s, Command::RecordVote { member: m1, tally });
    s
}
