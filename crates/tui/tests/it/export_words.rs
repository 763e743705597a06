//! The minutes' words: one term for each field across the screens and the minutes, and the
//! facts the issue asked the minutes to say (absent members reviewed later, invalid ballots,
//! attendance and votes with their shares, the cell's request).

use chibo_core::i18n::Lang;
use chibo_docs::words::{self as w, ReportPart};
use chibo_docs::{Format, render};
use chibo_tui::Words as T;

#[test]
fn the_screens_and_the_minutes_name_the_report_parts_alike() {
    for lang in [Lang::Vi, Lang::En] {
        for (part, screen) in [
            (ReportPart::Strengths, T::Strengths),
            (ReportPart::Shortcomings, T::Shortcomings),
            (ReportPart::Causes, T::Causes),
            (ReportPart::Remedies, T::Remedies),
        ] {
            assert_eq!(w::report_part(part, lang), screen.get(lang), "{part:?}");
        }
    }
    assert_eq!(
        w::label(w::Label::Conclusion, Lang::Vi),
        T::Conclusion.get(Lang::Vi)
    );
    assert_eq!(
        w::label(w::Label::Answer, Lang::Vi),
        T::Answer.get(Lang::Vi)
    );
    assert_eq!(
        w::report_part(ReportPart::Remedies, Lang::Vi),
        "Biện pháp khắc phục"
    );
}

fn minutes_2024(lang: Lang) -> String {
    let s = chibo_files::store::load(&chibo_testkit::stored::repo(
        "sessions/2024-chi-bo-khu-pho-3.ron",
    ))
    .unwrap();
    let md = String::from_utf8(render(&s, Format::Md, lang).unwrap()).unwrap();
    md.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_2024_minutes_say_the_facts_in_the_meetings_words() {
    let t = minutes_2024(Lang::Vi);
    for s in [
        "Có mặt: 13/15 đồng chí (86,7%)",
        "Đồng chí Bùi Quốc Khánh vắng mặt, sẽ kiểm điểm, xếp loại sau.",
        "Đồng chí vắng mặt tại hội nghị, sẽ kiểm điểm, xếp loại sau.",
        "hợp lệ 9, không hợp lệ 1;",
        "không có mức nào đạt quá 1/2 (trên 5/10), phải biểu quyết lại",
        "đảng viên được miễn công tác và sinh hoạt đảng vắng mặt, đảng viên bị đình chỉ sinh hoạt đảng",
        "không vượt quá 20% số đảng viên xếp loại “Hoàn thành tốt nhiệm vụ”",
        "“Hoàn thành tốt nhiệm vụ”: 1/8 (12,5%)",
        "- **Đồng chí Võ Văn Thành:** Thống nhất",
        "| 1 | Nguyễn Văn Hùng | CT | HTTNV | 2 (20,0%) | 8 (80,0%) | 0 (0,0%) | 0 (0,0%) | HTTNV |",
        "Chi bộ đề nghị Đảng ủy Phường Tân Định xem xét, công nhận",
        "Hội nghị kết thúc vào lúc 16 giờ 40 cùng ngày.",
        "tán thành 10/10 đồng chí (100% nhất trí).",
    ] {
        assert!(t.contains(s), "{s}");
    }
    for s in [
        "tức 0 đồng chí",
        "Giải pháp khắc phục",
        "khóa",
        "đề xuất tự xếp loại",
        "qd124",
    ] {
        assert!(!t.contains(s), "{s}");
    }
    let en = minutes_2024(Lang::En);
    for s in [
        "Present: 13/15 (86.7%)",
        "Bùi Quốc Khánh: absent; will be reviewed and rated later.",
        "9 valid, 1 invalid;",
        "no level has more than half (over 5 of 10)",
        "10 of 10 for (100%, unanimous).",
    ] {
        assert!(en.contains(s), "{s}");
    }
}
