//! The minutes model, checked field by field against the fixture meeting, and the settings and
//! blanks that change what the minutes say.

use chibo_testkit::meeting as export_support;

use chibo_core::domain::{
    Attendance, Command, Exclusion, Fraction, Level, LevelCounts, LevelThreshold, Membership,
    Motion, Outcome, Post, RuleSetName, Score, Settings, Severity, Subject, Tally, VoteMethod,
};
use chibo_core::i18n::Lang;
use chibo_docs::words::long_date;
use chibo_docs::{Format, Minutes, render};
use export_support::*;

fn text(s: &chibo_core::domain::Session, lang: Lang) -> String {
    String::from_utf8(render(s, Format::Txt, lang).unwrap()).unwrap()
}

/// The text with its line breaks and indents collapsed, to search for wrapped sentences.
fn flat(s: &chibo_core::domain::Session, lang: Lang) -> String {
    text(s, lang)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn header_title_and_time() {
    let m = Minutes::build(&finished());
    assert_eq!(m.header.committee, "ĐẢNG BỘ PHƯỜNG BẾN THÀNH");
    assert_eq!(m.header.cell, "CHI BỘ KHU PHỐ 3");
    assert_eq!(m.header.place, "Phường Bến Thành");
    assert_eq!(m.header.date, d(2025, 12, 15));
    assert_eq!(m.year, 2025);
    assert_eq!(m.start.map(|t| t.to_string()), Some("14:00:00".into()));
    assert_eq!(m.end.map(|t| t.to_string()), Some("16:30:00".into()));
    assert_eq!(m.place, "Nhà văn hóa Khu phố 3, phường Bến Thành");
    let t = flat(&finished(), Lang::Vi);
    assert!(t.contains("Phường Bến Thành, ngày 15 tháng 12 năm 2025"));
    assert!(t.contains("Hồi 14 giờ 00, ngày 15 tháng 12 năm 2025, tại Nhà văn hóa Khu phố 3"));
    assert!(t.contains("BIÊN BẢN Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng tập thể chi bộ và đảng viên năm 2025"));
}

#[test]
fn attendance_breakdown() {
    let a = Minutes::build(&finished()).attendance;
    assert_eq!((a.total, a.official, a.probationary), (9, 7, 2));
    assert_eq!(a.exempt, ["Đỗ Thị Phương"]);
    assert!(a.suspended.is_empty());
    assert_eq!(
        a.temporary_elsewhere,
        [(
            "Bùi Thị Hạnh".to_owned(),
            "Chi bộ Trường THCS Lê Lợi".to_owned()
        )]
    );
    assert_eq!((a.present_official, a.present_probationary), (3, 2));
    assert_eq!(
        a.absent_excused,
        [
            ("Hoàng Văn Em".to_owned(), "ốm, nằm viện".to_owned()),
            (
                "Bùi Thị Hạnh".to_owned(),
                "sinh hoạt tạm thời nơi khác".to_owned()
            )
        ]
    );
    assert_eq!(a.absent_unexcused, ["Đặng Văn Khoa"]);
    assert!(a.not_called.is_empty(), "the exempt member is not called");
    assert_eq!((a.denominator, a.voters_present), (4, 3));
}

#[test]
fn chair_minute_taker_guests_and_not_reviewed() {
    let m = Minutes::build(&finished());
    assert_eq!(m.chair.as_deref(), Some("Nguyễn Văn An"));
    assert_eq!(m.minute_taker.as_deref(), Some("Trần Thị Bích"));
    assert_eq!(
        m.guests,
        ["Đồng chí Lý Văn Long, Đảng ủy viên phụ trách chi bộ"]
    );
    assert_eq!(
        m.not_reviewed,
        [
            ("Đỗ Thị Phương".to_owned(), Exclusion::Exempt),
            (
                "Vũ Văn Giang".to_owned(),
                Exclusion::AdmittedRecently {
                    admitted: d(2025, 9, 1)
                }
            )
        ]
    );
}

#[test]
fn collective_review_in_order() {
    let c = Minutes::build(&finished()).collective;
    assert!(
        c.report
            .strengths
            .starts_with("Chi bộ duy trì sinh hoạt đều đặn")
    );
    assert_eq!(c.report.remedies, "Mỗi quý sinh hoạt chuyên đề một lần.");
    let who: Vec<(&str, bool)> = c
        .contributions
        .iter()
        .map(|s| (s.speaker.as_str(), s.guest))
        .collect();
    assert_eq!(
        who,
        // A guest typed with the title: the minutes write "Đồng chí" once, before the name.
        [("Lê Văn Cường", false), ("Lý Văn Long", true)]
    );
}

#[test]
fn members_in_review_order_with_everything_said() {
    let m = Minutes::build(&finished());
    let names: Vec<&str> = m.members.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Nguyễn Văn An",
            "Trần Thị Bích",
            "Lê Văn Cường",
            "Phạm Thị Dung",
            "Hoàng Văn Em",
            "Bùi Thị Hạnh",
            "Đặng Văn Khoa"
        ]
    );
    let an = &m.members[0];
    assert_eq!(an.post, Post::Secretary);
    assert_eq!(an.report.shortcomings, "Có lúc chưa sâu sát cơ sở.");
    let said: Vec<&str> = an.remarks.iter().map(|r| r.speaker.as_str()).collect();
    assert_eq!(said, ["Lê Văn Cường", "Trần Thị Bích"]);
    assert_eq!(
        an.answer,
        "Tiếp thu ý kiến, sẽ sắp xếp lịch đi cơ sở hằng tháng."
    );
    assert_eq!(an.conclusion, "Đồng chí An hoàn thành tốt nhiệm vụ.");
    assert_eq!(an.rating.self_assessed, Some(Level::Good));
    assert_eq!(
        an.rating.self_score,
        Some(Score {
            general: 27,
            tasks: 60
        })
    );
    assert_eq!(an.rating.score_band, Some(Level::Good), "87/100");
    assert_eq!(an.rating.proposed, Some(Level::Good));
    let dung = &m.members[3];
    assert_eq!(dung.membership, Membership::Probationary);
    let em = &m.members[4];
    assert!(matches!(em.attendance, Attendance::Excused(_)));
    assert!(em.rating.rounds.is_empty() && em.rating.proposed.is_none());
}

#[test]
fn every_round_with_its_outcome() {
    let m = Minutes::build(&finished());
    let bich = &m.members[1];
    assert_eq!(bich.rating.rounds.len(), 2);
    assert_eq!(
        bich.rating.rounds[0].tally.counts,
        LevelCounts::new(2, 1, 0, 0)
    );
    assert_eq!(
        bich.rating.rounds[0].outcome,
        Outcome::NoResult { denominator: 4 }
    );
    assert_eq!(
        bich.rating.rounds[1].outcome,
        Outcome::Proposed {
            level: Level::Good,
            votes: 3,
            denominator: 4
        }
    );
    assert_eq!(bich.rating.proposed, Some(Level::Good));
    let t = flat(&finished(), Lang::Vi);
    assert!(t.contains(
        "Biểu quyết vòng 1 (bỏ phiếu kín). Tổ kiểm phiếu công bố kết quả: phát ra 3, thu về 3, \
         hợp lệ 3; HTXSNV 2, HTTNV 1, HTNV 0, KHTNV 0. Kết quả: không có mức nào đạt quá 1/2 \
         (trên 2/4), phải biểu quyết lại."
    ));
    assert!(t.contains("Kết quả: Hoàn thành tốt nhiệm vụ, 3/4 (75,0%)."));
}

#[test]
fn voting_method_and_default_settings() {
    let v = Minutes::build(&finished()).voting;
    assert_eq!(v.method, VoteMethod::SecretBallot);
    assert_eq!(v.rule_set, RuleSetName::Qd366);
    assert_eq!(v.denominator, 4);
    assert!(!v.cumulative && v.thresholds.is_empty());
    assert_eq!((v.cap_percent, v.cap_reason), (20, None));
    assert_eq!(v.quorum, None, "the default quorum is not named");
    let t = flat(&finished(), Lang::Vi);
    assert!(t.contains("Căn cứ: Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW."));
    assert!(
        !t.contains("qd366"),
        "the app's code for its rule set is not for the minutes"
    );
    assert!(!t.contains("cộng dồn"));
}

#[test]
fn non_default_settings_are_named() {
    let mut s = finished();
    let settings = Settings {
        cumulative: true,
        thresholds: vec![LevelThreshold {
            level: Level::Excellent,
            at_least: Fraction::TWO_THIRDS,
        }],
        excellent_cap_percent: 25,
        cap_reason: Some("Đơn vị tiêu biểu, Đảng ủy phường cho phép".into()),
        quorum: Fraction { num: 3, den: 4 },
        ..Settings::default()
    };
    s.apply(Command::SetSettings(settings), at(16, 0)).unwrap();
    let v = Minutes::build(&s).voting;
    assert!(v.cumulative);
    assert_eq!(v.cap_percent, 25);
    assert_eq!(v.quorum, Some(Fraction { num: 3, den: 4 }));
    let t = flat(&s, Lang::Vi);
    assert!(t.contains("Cách tính: cộng dồn"));
    assert!(t.contains("Mức Hoàn thành xuất sắc nhiệm vụ cần ít nhất 2/3 số phiếu."));
    assert!(t.contains("không vượt quá 25% số đảng viên xếp loại “Hoàn thành tốt nhiệm vụ” (theo cấp có thẩm quyền: Đơn vị tiêu biểu, Đảng ủy phường cho phép)."));
    assert!(t.contains("Hội nghị cần ít nhất 3/4 số đảng viên dự họp."));
    assert!(t.contains("3/4 (75,0%, cộng dồn)"));
    let en = flat(&s, Lang::En);
    assert!(en.contains("Counting: cumulative"));
    assert!(en.contains("Excellent needs at least 2/3 of the votes."));
}

#[test]
fn results_totals_and_ratio() {
    let m = Minutes::build(&finished());
    assert_eq!(m.results.denominator, 4);
    assert_eq!(m.results.reviewed().count(), 7);
    assert_eq!(m.totals.per_level, LevelCounts::new(1, 3, 0, 0));
    assert_eq!(m.totals.unrated, 3);
    assert_eq!(m.totals.cap, 0, "20% of 3 Good, rounded down");
    let t = flat(&finished(), Lang::Vi);
    // The cap as a figure, never "tức 0 đồng chí".
    assert!(t.contains(
        "Tỷ lệ số đảng viên xếp loại “Hoàn thành xuất sắc nhiệm vụ” so với số đảng viên xếp loại \
         “Hoàn thành tốt nhiệm vụ”: 1/3 (33,3%); mức tối đa: 20%."
    ));
    let en = flat(&finished(), Lang::En);
    assert!(
        en.contains("Members rated Excellent to members rated Good: 1/3 (33.3%); at most 20%.")
    );
}

#[test]
fn the_caps_base_is_named_with_the_cap_and_the_ratio() {
    let mut s = finished();
    let settings = Settings {
        cap_base: chibo_core::domain::CapBase::GoodAndExcellent,
        ..Settings::default()
    };
    s.apply(Command::SetSettings(settings), at(16, 0)).unwrap();
    let m = Minutes::build(&s);
    assert_eq!(m.totals.cap, 0, "20% of 1 Excellent + 3 Good, rounded down");
    let t = flat(&s, Lang::Vi);
    assert!(
        t.contains(
            "không vượt quá 20% số đảng viên xếp loại “Hoàn thành tốt nhiệm vụ” và “Hoàn thành \
         xuất sắc nhiệm vụ”."
        ),
        "{t}"
    );
    assert!(t.contains(
        "so với số đảng viên xếp loại “Hoàn thành tốt nhiệm vụ” và “Hoàn thành xuất sắc nhiệm \
         vụ”: 1/4 (25,0%); mức tối đa: 20%."
    ));
    let en = flat(&s, Lang::En);
    assert!(
        en.contains("at most 20% of those proposed Good or Excellent."),
        "{en}"
    );
    assert!(en.contains("Members rated Excellent to members rated Good or Excellent: 1/4 (25.0%)"));
}

#[test]
fn the_cell_rates_itself() {
    let c = Minutes::build(&finished()).cell_rating;
    assert_eq!(c.self_assessed, Some(Level::Good));
    assert_eq!(c.rounds.len(), 1);
    assert_eq!(c.proposed, Some(Level::Good));
    assert!(
        flat(&finished(), Lang::Vi)
            .contains("Hội nghị thống nhất đề nghị xếp loại chi bộ: Hoàn thành tốt nhiệm vụ.")
    );
}

#[test]
fn standing_findings_with_their_subjects() {
    let m = Minutes::build(&finished());
    // The blanks of the record are findings too (issue 16), tested where the record is.
    let f: Vec<(&str, Severity, Option<&str>)> = m
        .findings
        .iter()
        .filter(|f| f.finding.kind.rule() != "unfinished")
        .map(|f| {
            (
                f.finding.kind.rule(),
                f.finding.severity,
                f.member.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        f,
        [
            ("excellent-cap", Severity::Warning, None),
            ("review-later", Severity::Note, Some("Hoàng Văn Em")),
            ("review-later", Severity::Note, Some("Bùi Thị Hạnh")),
            ("review-later", Severity::Note, Some("Đặng Văn Khoa")),
        ]
    );
    assert_eq!(m.findings[0].finding.subject, Subject::Session);
    // The findings stay in the app: the minutes say facts, never its warnings.
    let t = flat(&finished(), Lang::Vi);
    assert!(!t.contains("CẢNH BÁO") && !t.contains("GHI CHÚ") && !t.contains("CẦN LƯU Ý"));
}

#[test]
fn close_vote_on_minutes_and_signatures() {
    let m = Minutes::build(&finished());
    let v = m.minutes_vote.unwrap();
    assert_eq!((v.motion.agree, v.denominator, v.adopted), (3, 4, true));
    assert!(m.seal.is_none() && m.amendments.is_empty());
    let t = text(&finished(), Lang::Vi);
    assert!(t.contains("Hội nghị kết thúc vào lúc 16 giờ 30 cùng ngày."));
    let sig = t.lines().find(|l| l.contains("THƯ KÝ")).unwrap();
    assert!(
        sig.find("THƯ KÝ") < sig.find("CHỦ TRÌ"),
        "minute-taker left, chair right"
    );
    let names = t
        .lines()
        .rev()
        .find(|l| l.contains("Trần Thị Bích"))
        .unwrap();
    assert!(names.find("Trần Thị Bích") < names.find("Nguyễn Văn An"));
}

#[test]
fn a_vote_not_adopted_says_so() {
    let mut s = finished();
    let motion = Motion {
        method: VoteMethod::ShowOfHands,
        agree: 2,
        disagree: 1,
        abstain: 0,
    };
    s.apply(Command::RecordMinutesVote(Some(motion)), at(16, 31))
        .unwrap();
    assert!(
        !Minutes::build(&s).minutes_vote.unwrap().adopted,
        "2 of 4 is not more than half"
    );
    assert!(flat(&s, Lang::Vi).contains("nhưng chưa được thông qua"));
}

#[test]
fn seal_and_amendments() {
    let s = amended();
    let m = Minutes::build(&s);
    let seal = m.seal.as_ref().unwrap();
    assert_eq!(seal.checksum, s.content_checksum().unwrap());
    assert_eq!(m.amendments.len(), 1);
    assert_ne!(
        m.amendments[0].previous_checksum, seal.checksum,
        "content was corrected"
    );
    // The seal is in the DOCX's properties (tests/export_docx_print.rs), not the body.
    let t = flat(&s, Lang::Vi);
    assert!(!t.contains(&seal.checksum) && !t.contains("SHA-256"));
    assert!(t.contains(
        "Lần 1, lúc 17 giờ 05 ngày 15/12/2025: điều chỉnh biên bản. Lý do: Sửa lỗi chính tả \
         trong ý kiến của đồng chí Cường."
    ));
    assert!(!t.contains(&m.amendments[0].previous_checksum));
}

#[test]
fn a_suspended_member_and_the_present_denominator() {
    let mut s = finished();
    let mut khoa = s.member(&id("m9")).unwrap().clone();
    khoa.suspended = true;
    s.apply(Command::UpdateMember(khoa), at(16, 0)).unwrap();
    let settings = Settings {
        denominator: chibo_core::domain::DenominatorRule::OfficialPresent,
        ..Settings::default()
    };
    s.apply(Command::SetSettings(settings), at(16, 0)).unwrap();
    let m = Minutes::build(&s);
    assert_eq!(m.attendance.suspended, ["Đặng Văn Khoa"]);
    assert!(
        m.not_reviewed
            .iter()
            .any(|(n, e)| n == "Đặng Văn Khoa" && *e == Exclusion::Suspended)
    );
    assert_eq!(m.voting.denominator, 3);
    let t = flat(&s, Lang::Vi);
    assert!(t.contains("Đình chỉ sinh hoạt đảng: 1 (Đặng Văn Khoa)."));
    assert!(t.contains("quá 1/2 số đảng viên chính thức có mặt (3 đồng chí)"));
}

#[test]
fn blanks_before_the_meeting() {
    let s = prepared();
    let m = Minutes::build(&s);
    assert!(m.chair.is_none() && m.start.is_none() && m.minutes_vote.is_none());
    assert_eq!(
        m.attendance.not_called.len(),
        8,
        "everyone but the exempt member"
    );
    let t = flat(&s, Lang::Vi);
    assert!(t.contains("Hồi ……, ngày 15 tháng 12 năm 2025"));
    assert!(
        t.contains("Chủ trì: đồng chí …… - Thư ký: đồng chí ……"),
        "no full stop after a blank"
    );
    assert!(t.contains("Hội nghị kết thúc vào lúc …… cùng ngày."));
    assert!(t.contains("kết quả biểu quyết thông qua: ……"));
}

#[test]
fn a_cell_name_without_its_kind_gets_it_in_the_header() {
    let mut s = finished();
    s.apply(
        Command::SetCell {
            name: "Khu phố 3".into(),
            committee: "Phường Bến Thành".into(),
        },
        at(16, 0),
    )
    .unwrap();
    let h = Minutes::build(&s).header;
    assert_eq!(h.cell, "CHI BỘ KHU PHỐ 3");
    assert_eq!(h.committee, "ĐẢNG BỘ PHƯỜNG BẾN THÀNH");
}

#[test]
fn dates_in_each_language() {
    assert_eq!(
        long_date(d(2025, 12, 15), Lang::Vi),
        "ngày 15 tháng 12 năm 2025"
    );
    assert_eq!(
        long_date(d(2026, 1, 5), Lang::Vi),
        "ngày 05 tháng 01 năm 2026"
    );
    assert_eq!(
        long_date(d(2025, 3, 9), Lang::Vi),
        "ngày 09 tháng 3 năm 2025"
    );
    assert_eq!(long_date(d(2025, 12, 15), Lang::En), "15 December 2025");
    assert_eq!(long_date(d(2026, 1, 5), Lang::En), "5 January 2026");
}

#[test]
fn a_show_of_hands_round_has_no_ballots() {
    let mut s = finished();
    s.apply(Command::UndoCellVote, at(16, 0)).unwrap();
    let hands = Tally::simple(VoteMethod::ShowOfHands, LevelCounts::new(0, 3, 0, 0));
    s.apply(Command::RecordCellVote(hands), at(16, 0)).unwrap();
    let t = flat(&s, Lang::Vi);
    assert!(t.contains(
        "Biểu quyết vòng 1 (giơ tay bằng thẻ đảng viên): HTXSNV 0, HTTNV 3, HTNV 0, KHTNV 0."
    ));
}

#[test]
fn english_minutes_carry_the_same_facts() {
    let t = flat(&amended(), Lang::En);
    for s in [
        "COMMUNIST PARTY OF VIETNAM",
        "MINUTES",
        "At 14:00 on 15 December 2025, at Nhà văn hóa Khu phố 3, phường Bến Thành",
        "Members of the cell: 9 (official: 7; probationary: 2).",
        "Absent without a reason: 1 (Đặng Văn Khoa).",
        "Voting method: secret ballot.",
        "The meeting closed at 16:30 the same day.",
        "MINUTE-TAKER",
        "ADDENDUM: CORRECTIONS AFTER THE MINUTES WERE ADOPTED",
    ] {
        assert!(t.contains(s), "{s}");
    }
}

#[test]
fn probationary_members_are_listed_as_such() {
    let m = Minutes::build(&finished());
    let dung = m
        .results
        .rows
        .iter()
        .find(|r| r.name == "Phạm Thị Dung")
        .unwrap();
    assert_eq!(dung.membership, Membership::Probationary);
    let t = text(&finished(), Lang::Vi);
    let row = t
        .lines()
        .find(|l| l.contains("Phạm Thị Dung") && l.contains("DB"))
        .unwrap();
    assert!(row.contains("HTTNV"));
}
