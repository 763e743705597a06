//! Export speed: DOCX, Markdown and CSV of a generated 60-member finished session.
//! Target: DOCX ≤ 20 ms.

use std::hint::black_box;

use chibo::domain::{
    Attendance, Cell, Command, Level, LevelCounts, Member, MemberId, Membership, Motion, Post,
    Remark, Score, Session, Speaker, Tally, TextField, VoteMethod,
};
use chibo::export::{Format, Minutes, docx, layout, render};
use chibo::i18n::Lang;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone};
use criterion::{Criterion, criterion_group, criterion_main};

const FAMILY: [&str; 8] = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"];
const MIDDLE: [&str; 4] = ["Văn", "Thị", "Hữu", "Ngọc"];
const GIVEN: [&str; 8] = [
    "An", "Bình", "Cường", "Dũng", "Hạnh", "Lộc", "Phương", "Thảo",
];

fn at() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(7 * 3600)
        .and_then(|o| o.with_ymd_and_hms(2025, 12, 15, 14, 0, 0).single())
        .expect("a valid time")
}

fn apply(s: &mut Session, cmd: Command) {
    s.apply(cmd, at()).expect("a valid command");
}

fn id(i: usize) -> MemberId {
    MemberId::new(format!("m{i}"))
}

/// 60 members (10 probationary), all present; each reviewed with two remarks and one vote.
fn session() -> Session {
    let date = NaiveDate::from_ymd_opt(2025, 12, 15).expect("a valid date");
    let cell = Cell {
        name: "Chi bộ Khu phố 3".into(),
        committee: "Đảng bộ Phường Bến Thành".into(),
    };
    let mut s = Session::new(
        "bench",
        cell,
        2025,
        date,
        "Nhà văn hóa Khu phố 3, phường Bến Thành",
    );
    for i in 0..60 {
        let name = format!("{} {} {}", FAMILY[i % 8], MIDDLE[i % 4], GIVEN[(i / 8) % 8]);
        let mut m = Member::new(format!("m{i}"), name);
        m.membership = if i >= 50 {
            Membership::Probationary
        } else {
            Membership::Official
        };
        m.post = if i == 0 { Post::Secretary } else { Post::None };
        apply(&mut s, Command::AddMember(m));
        apply(
            &mut s,
            Command::SetAttendance {
                member: id(i),
                attendance: Attendance::Present,
            },
        );
    }
    apply(&mut s, Command::SetStart(NaiveTime::from_hms_opt(8, 0, 0)));
    apply(&mut s, Command::SetChair(Some(id(0))));
    apply(&mut s, Command::SetMinuteTaker(Some(id(1))));
    for i in 0..60 {
        review(&mut s, i);
    }
    apply(&mut s, Command::SetCellSelfAssessed(Some(Level::Good)));
    let cell_vote = Tally::simple(VoteMethod::SecretBallot, LevelCounts::new(0, 50, 0, 0));
    apply(&mut s, Command::RecordCellVote(cell_vote));
    apply(&mut s, Command::SetEnd(NaiveTime::from_hms_opt(17, 0, 0)));
    let minutes = Motion {
        method: VoteMethod::ShowOfHands,
        agree: 50,
        disagree: 0,
        abstain: 0,
    };
    apply(&mut s, Command::RecordMinutesVote(Some(minutes)));
    apply(&mut s, Command::Finalize);
    s
}

fn review(s: &mut Session, i: usize) {
    let member = id(i);
    for (field, text) in [
        (
            TextField::Strengths,
            "Hoàn thành tốt nhiệm vụ được giao, tích cực tham gia sinh hoạt.",
        ),
        (
            TextField::Shortcomings,
            "Có lúc chưa chủ động trong công việc.",
        ),
        (TextField::Answer, "Xin tiếp thu ý kiến của các đồng chí."),
        (TextField::Conclusion, "Đồng chí hoàn thành tốt nhiệm vụ."),
    ] {
        apply(
            s,
            Command::SetMemberText {
                member: member.clone(),
                field,
                text: text.into(),
            },
        );
    }
    for k in 1..=2 {
        let remark = Remark {
            speaker: Speaker::Member(id((i + k) % 60)),
            text: "Đồng chí cần phát huy hơn nữa tinh thần trách nhiệm.".into(),
        };
        apply(
            s,
            Command::AddCriticism {
                member: member.clone(),
                remark,
            },
        );
    }
    apply(
        s,
        Command::SetSelfAssessed {
            member: member.clone(),
            level: Some(Level::Good),
        },
    );
    let score = Score {
        general: 26,
        tasks: 60,
    };
    apply(
        s,
        Command::SetSelfScore {
            member: member.clone(),
            score: Some(score),
        },
    );
    let counts = if i.is_multiple_of(12) {
        LevelCounts::new(45, 5, 0, 0)
    } else {
        LevelCounts::new(3, 42, 5, 0)
    };
    let tally = Tally::simple(VoteMethod::SecretBallot, counts);
    apply(s, Command::RecordVote { member, tally });
}

fn bench(c: &mut Criterion) {
    let s = session();
    for (name, format) in [
        ("docx", Format::Docx),
        ("markdown", Format::Md),
        ("csv", Format::Csv),
    ] {
        c.bench_function(&format!("export {name} 60 members"), |b| {
            b.iter(|| render(black_box(&s), format, Lang::Vi).expect("rendered"))
        });
    }
    c.bench_function("export text 60 members", |b| {
        b.iter(|| render(black_box(&s), Format::Txt, Lang::Vi).expect("rendered"))
    });
    // The stages, to see where the time goes.
    c.bench_function("stage evaluate 60 members", |b| {
        b.iter(|| chibo::domain::evaluate(black_box(&s)))
    });
    c.bench_function("stage minutes model 60 members", |b| {
        b.iter(|| Minutes::build(black_box(&s)))
    });
    let m = Minutes::build(&s);
    c.bench_function("stage layout 60 members", |b| {
        b.iter(|| layout::doc(black_box(&m), Lang::Vi))
    });
    let d = layout::doc(&m, Lang::Vi);
    c.bench_function("stage docx writer 60 members", |b| {
        b.iter(|| docx::render(black_box(&d)).expect("rendered"))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
