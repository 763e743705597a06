//! Fixture sessions for the export tests, built through domain commands as a meeting would be.

use chibo_core::domain::{
    Attendance, Cell, Command, LevelCounts, Member, MemberId, Membership, Motion, Post, Remark,
    RuleSet, RuleSetName, Score, Session, Speaker, Tally, TextField, VoteMethod,
};
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone};

pub fn at(h: u32, m: u32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(7 * 3600)
        .unwrap()
        .with_ymd_and_hms(2025, 12, 15, h, m, 0)
        .unwrap()
}

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

pub fn id(s: &str) -> MemberId {
    MemberId::new(s)
}

fn apply(s: &mut Session, cmd: Command) {
    s.apply(cmd.clone(), at(14, 0))
        .unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
}

fn member(id: &str, name: &str, f: impl FnOnce(&mut Member)) -> Member {
    let mut m = Member::new(id, name);
    f(&mut m);
    m
}

fn said(who: &str, text: &str) -> Remark {
    Remark {
        speaker: Speaker::Member(id(who)),
        text: text.into(),
    }
}

fn votes(e: u32, g: u32, c: u32, n: u32) -> Tally {
    Tally::simple(VoteMethod::SecretBallot, LevelCounts::new(e, g, c, n))
}

/// The roster: 8 members covering every kind of attendance and standing.
pub fn roster() -> Vec<Member> {
    vec![
        member("m1", "Nguyễn Văn An", |m| m.post = Post::Secretary),
        member("m2", "Trần Thị Bích", |m| m.post = Post::Deputy),
        member("m3", "Lê Văn Cường", |_| {}),
        member("m4", "Phạm Thị Dung", |m| {
            m.membership = Membership::Probationary;
            m.admitted = Some(d(2025, 3, 10));
        }),
        member("m5", "Hoàng Văn Em", |_| {}),
        member("m6", "Đỗ Thị Phương", |m| m.exempt = true),
        member("m7", "Vũ Văn Giang", |m| {
            m.membership = Membership::Probationary;
            m.admitted = Some(d(2025, 9, 1));
        }),
        member("m8", "Bùi Thị Hạnh", |m| {
            m.temporary_elsewhere = Some("Chi bộ Trường THCS Lê Lợi".into())
        }),
        member("m9", "Đặng Văn Khoa", |_| {}),
    ]
}

/// A session set up before the meeting: cell, date, roster, rules.
pub fn prepared() -> Session {
    let mut s = Session::new(
        "2025-chi-bo-khu-pho-3",
        Cell::default(),
        2025,
        d(2025, 12, 15),
        "",
    );
    apply(
        &mut s,
        Command::SetCell {
            name: "Chi bộ Khu phố 3".into(),
            committee: "Đảng bộ Phường Bến Thành".into(),
        },
    );
    apply(
        &mut s,
        Command::SetMeeting {
            date: d(2025, 12, 15),
            place: "Nhà văn hóa Khu phố 3, phường Bến Thành".into(),
        },
    );
    apply(
        &mut s,
        Command::SetRules(RuleSet::named(RuleSetName::Qd366)),
    );
    apply(&mut s, Command::SetDraftSent(Some(d(2025, 12, 8))));
    for m in roster() {
        apply(&mut s, Command::AddMember(m));
    }
    s
}

/// The meeting run to its end, not finalized.
pub fn finished() -> Session {
    let mut s = prepared();
    apply(
        &mut s,
        Command::SetCellKind(chibo_core::domain::CellKind::Grassroots),
    );
    opening(&mut s);
    collective(&mut s);
    review_an(&mut s);
    review_bich(&mut s);
    review_cuong(&mut s);
    review_dung(&mut s);
    close(&mut s);
    s
}

/// Finished, finalized, reopened for a correction and finalized again.
pub fn amended() -> Session {
    let mut s = finished();
    s.apply(Command::Finalize, at(16, 40)).unwrap();
    s.apply(
        Command::Reopen {
            reason: "Sửa lỗi chính tả trong ý kiến của đồng chí Cường".into(),
        },
        at(17, 5),
    )
    .unwrap();
    s.apply(
        Command::EditCriticism {
            member: id("m1"),
            index: 0,
            remark: said("m3", "Đồng chí cần dành thêm thời gian xuống cơ sở."),
        },
        at(17, 8),
    )
    .unwrap();
    s.apply(Command::Finalize, at(17, 10)).unwrap();
    s
}

fn opening(s: &mut Session) {
    let roll = [
        ("m1", Attendance::Present),
        ("m2", Attendance::Present),
        ("m3", Attendance::Present),
        ("m4", Attendance::Present),
        ("m5", Attendance::Excused("ốm, nằm viện".into())),
        ("m7", Attendance::Present),
        (
            "m8",
            Attendance::Excused("sinh hoạt tạm thời nơi khác".into()),
        ),
        ("m9", Attendance::Unexcused),
    ];
    for (who, a) in roll {
        apply(
            s,
            Command::SetAttendance {
                member: id(who),
                attendance: a,
            },
        );
    }
    apply(s, Command::SetStart(NaiveTime::from_hms_opt(14, 0, 0)));
    apply(s, Command::SetChair(Some(id("m1"))));
    apply(s, Command::SetMinuteTaker(Some(id("m2"))));
    apply(
        s,
        Command::AddGuest("Đồng chí Lý Văn Long, Đảng ủy viên phụ trách chi bộ".into()),
    );
}

fn collective(s: &mut Session) {
    apply(s, Command::Goto(chibo_core::domain::Step::Collective));
    let texts = [
        (
            TextField::Strengths,
            "Chi bộ duy trì sinh hoạt đều đặn, lãnh đạo khu phố hoàn thành các chỉ tiêu năm 2025.",
        ),
        (
            TextField::Shortcomings,
            "Nội dung sinh hoạt chuyên đề còn ít.",
        ),
        (TextField::Causes, "Nhiều đảng viên tuổi cao."),
        (TextField::Remedies, "Mỗi quý sinh hoạt chuyên đề một lần."),
    ];
    for (field, text) in texts {
        apply(
            s,
            Command::SetCollectiveText {
                field,
                text: text.into(),
            },
        );
    }
    apply(
        s,
        Command::AddContribution(said(
            "m3",
            "Đề nghị bổ sung kết quả vận động quỹ vì người nghèo.",
        )),
    );
    apply(
        s,
        Command::AddContribution(Remark {
            speaker: Speaker::Guest("Đồng chí Lý Văn Long".into()),
            text: "Báo cáo đánh giá đúng thực chất; cần nêu rõ địa chỉ trách nhiệm.".into(),
        }),
    );
}

fn report(s: &mut Session, who: &str, strengths: &str, shortcomings: &str) {
    for (field, text) in [
        (TextField::Strengths, strengths),
        (TextField::Shortcomings, shortcomings),
    ] {
        apply(
            s,
            Command::SetMemberText {
                member: id(who),
                field,
                text: text.into(),
            },
        );
    }
}

fn text(s: &mut Session, who: &str, field: TextField, text: &str) {
    apply(
        s,
        Command::SetMemberText {
            member: id(who),
            field,
            text: text.into(),
        },
    );
}

fn review_an(s: &mut Session) {
    apply(s, Command::Goto(chibo_core::domain::Step::Member(id("m1"))));
    report(
        s,
        "m1",
        "Lãnh đạo chi bộ hoàn thành nhiệm vụ năm.",
        "Có lúc chưa sâu sát cơ sở.",
    );
    apply(
        s,
        Command::SetSelfAssessed {
            member: id("m1"),
            level: Some(chibo_core::domain::Level::Good),
        },
    );
    apply(
        s,
        Command::SetSelfScore {
            member: id("m1"),
            score: Some(Score {
                general: 27,
                tasks: 60,
            }),
        },
    );
    apply(
        s,
        Command::AddCriticism {
            member: id("m1"),
            remark: said("m3", "Đồng chí cần dành thêm thời gian đi cơ sở."),
        },
    );
    apply(
        s,
        Command::AddCriticism {
            member: id("m1"),
            remark: said("m2", "Thống nhất với bản tự kiểm điểm."),
        },
    );
    text(
        s,
        "m1",
        TextField::Answer,
        "Tiếp thu ý kiến, sẽ sắp xếp lịch đi cơ sở hằng tháng.",
    );
    text(
        s,
        "m1",
        TextField::Conclusion,
        "Đồng chí An hoàn thành tốt nhiệm vụ.",
    );
    apply(
        s,
        Command::RecordVote {
            member: id("m1"),
            tally: votes(0, 3, 0, 0),
        },
    );
}

fn review_bich(s: &mut Session) {
    apply(s, Command::Goto(chibo_core::domain::Step::Member(id("m2"))));
    report(s, "m2", "Phụ trách tốt công tác mặt trận.", "Chưa có.");
    apply(
        s,
        Command::SetSelfAssessed {
            member: id("m2"),
            level: Some(chibo_core::domain::Level::Excellent),
        },
    );
    apply(
        s,
        Command::AddCriticism {
            member: id("m2"),
            remark: said("m1", "Cần nêu rõ hạn chế của bản thân."),
        },
    );
    text(s, "m2", TextField::Answer, "Xin tiếp thu.");
    text(
        s,
        "m2",
        TextField::Conclusion,
        "Đề nghị biểu quyết mức hoàn thành tốt nhiệm vụ.",
    );
    for tally in [votes(2, 1, 0, 0), votes(0, 3, 0, 0)] {
        apply(
            s,
            Command::RecordVote {
                member: id("m2"),
                tally,
            },
        );
    }
}

fn review_cuong(s: &mut Session) {
    apply(s, Command::Goto(chibo_core::domain::Step::Member(id("m3"))));
    report(
        s,
        "m3",
        "Vận động được 12 hộ tham gia quỹ.",
        "Tham gia sinh hoạt chưa đầy đủ.",
    );
    apply(
        s,
        Command::SetSelfAssessed {
            member: id("m3"),
            level: Some(chibo_core::domain::Level::Excellent),
        },
    );
    apply(
        s,
        Command::SetSelfScore {
            member: id("m3"),
            score: Some(Score {
                general: 28,
                tasks: 65,
            }),
        },
    );
    text(
        s,
        "m3",
        TextField::Conclusion,
        "Đồng chí Cường có nhiều đóng góp nổi bật.",
    );
    apply(
        s,
        Command::RecordVote {
            member: id("m3"),
            tally: votes(3, 0, 0, 0),
        },
    );
}

fn review_dung(s: &mut Session) {
    apply(s, Command::Goto(chibo_core::domain::Step::Member(id("m4"))));
    report(
        s,
        "m4",
        "Tích cực học tập nghị quyết.",
        "Kinh nghiệm còn ít.",
    );
    apply(
        s,
        Command::SetSelfAssessed {
            member: id("m4"),
            level: Some(chibo_core::domain::Level::Good),
        },
    );
    apply(
        s,
        Command::RecordVote {
            member: id("m4"),
            tally: votes(0, 3, 0, 0),
        },
    );
}

fn close(s: &mut Session) {
    apply(s, Command::Goto(chibo_core::domain::Step::CellRating));
    apply(
        s,
        Command::SetCellSelfAssessed(Some(chibo_core::domain::Level::Good)),
    );
    apply(s, Command::RecordCellVote(votes(0, 3, 0, 0)));
    apply(s, Command::Goto(chibo_core::domain::Step::Summary));
    apply(s, Command::SetEnd(NaiveTime::from_hms_opt(16, 30, 0)));
    apply(
        s,
        Command::RecordMinutesVote(Some(Motion {
            method: VoteMethod::ShowOfHands,
            agree: 3,
            disagree: 0,
            abstain: 0,
        })),
    );
    apply(s, Command::Goto(chibo_core::domain::Step::Close));
}
