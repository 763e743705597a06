//! The facts the minutes need (issue 8): the locality of the date line, the basis, the cell's
//! kind, the representative of the committee above and the remarks, visiting members, the
//! discipline decision; files from before them load unchanged; and the seal that lasts.

use chibo_testkit::sessions as common;
use chibo_testkit::stored::repo;

use chibo_core::domain::{
    Attendance, Cell, CellKind, Command, Document, DomainError, SealState, Status, Visitor,
};
use chibo_docs::minutes::Minutes;
use common::*;

const SAMPLE_2024: &str = "sessions/2024-chi-bo-khu-pho-3.ron";
const OLD_2024: &str = "tests/valid_sessions/2024-kp3-sealed-before-issue-8.ron";
/// The canonical seal of the 2024 sample: a change in ron, serde_json or the writer of the
/// canonical form must not move it.
const SAMPLE_2024_DIGEST: &str = "434f5ea0738995f316913051cef6aa02c3302c56c09a5dd4bdbe6e17e7694adb";
/// The seal the 2024 sample's file holds: the same canonical form when it still covered
/// `schema` (an old seal, kept in the file to show it still verifies).
const SAMPLE_2024_WRITTEN: &str =
    "e0d18c2bb97f01e4a6f185d7429d651f7ab364d1a81f84437b23ccdac33ae4ef";

#[test]
fn locality_defaults_from_the_committee_never_from_the_venue() {
    let mut s = empty();
    s.meeting.place = "Nhà văn hóa Tổ dân phố 7, số 12 ngõ 45 phố Phú Thượng".into();
    s.cell = Cell::new("Chi bộ Tổ dân phố 7", "Đảng bộ Phường Phú Thượng");
    assert_eq!(s.cell.locality(), "Phường Phú Thượng");
    assert_eq!(Minutes::build(&s).header.place, "Phường Phú Thượng");
    s.cell.committee = "Đảng ủy Xã Tân Phú".into();
    assert_eq!(s.cell.locality(), "Xã Tân Phú");
    apply(&mut s, Command::SetLocality("Hà Nội".into()));
    assert_eq!(Minutes::build(&s).header.place, "Hà Nội");
    s.cell = Cell::default();
    assert_eq!(
        Minutes::build(&s).header.place,
        "…",
        "left blank, not the venue"
    );
}

#[test]
fn basis_kind_representative_and_remarks_reach_the_minutes() {
    let mut s = present(3);
    let basis = Document {
        number: "08-HD/ĐU".into(),
        date: Some(d(2025, 11, 20)),
        issuer: "Đảng ủy Phường Bến Thành".into(),
    };
    apply(&mut s, Command::SetBasis(Some(basis.clone())));
    apply(&mut s, Command::SetCellKind(CellKind::Grassroots));
    let guest = "Lê Hoàng Nam, Đảng ủy viên".to_owned();
    let refused = s.apply(Command::SetRepresentative(Some(guest.clone())), at());
    assert_eq!(refused, Err(DomainError::NotAGuest));
    apply(&mut s, Command::AddGuest(guest.clone()));
    apply(&mut s, Command::SetRepresentative(Some(guest.clone())));
    apply(
        &mut s,
        Command::SetRepresentativeRemarks("Hội nghị đúng quy định.".into()),
    );
    apply(
        &mut s,
        Command::SetClosingRemarks("Đề nghị thực hiện nghiêm.".into()),
    );
    let m = Minutes::build(&s);
    assert_eq!(m.basis, Some(basis));
    assert_eq!(m.cell_kind, CellKind::Grassroots);
    let rep = m.representative.unwrap();
    assert_eq!(
        (rep.speaker.as_str(), rep.text.as_str()),
        (guest.as_str(), "Hội nghị đúng quy định.")
    );
    assert_eq!(m.closing_remarks, "Đề nghị thực hiện nghiêm.");
    apply(&mut s, Command::RemoveGuest(0));
    assert_eq!(s.meeting.representative, None, "gone with the guest");
    apply(&mut s, Command::SetBasis(Some(Document::default())));
    assert_eq!(s.meeting.basis, None, "an empty basis is no basis");
}

#[test]
fn visitors_are_listed_not_rated_and_not_counted() {
    let mut s = present(3);
    let (convened, denominator) = (s.convened(), s.denominator());
    let empty_name = Visitor {
        name: " ".into(),
        home_cell: String::new(),
        attendance: Attendance::Present,
    };
    assert_eq!(
        s.apply(Command::AddVisitor(empty_name), at()),
        Err(DomainError::EmptyVisitor)
    );
    let v = Visitor {
        name: "Trương Thị Mai".into(),
        home_cell: "Chi bộ Trường Tiểu học".into(),
        attendance: Attendance::Present,
    };
    apply(&mut s, Command::AddVisitor(v));
    assert_eq!((s.convened(), s.denominator()), (convened, denominator));
    assert_eq!(s.review_order().len(), 3, "not reviewed here");
    let a = Minutes::build(&s).attendance;
    assert_eq!(
        a.visitors,
        vec![(
            "Trương Thị Mai".to_owned(),
            "Chi bộ Trường Tiểu học".to_owned(),
            Attendance::Present
        )]
    );
    assert_eq!(a.total, 3);
    apply(&mut s, Command::RemoveVisitor(0));
    assert!(s.meeting.visitors.is_empty());
}

#[test]
fn a_disciplined_members_decision_is_in_their_part() {
    let s = chibo_files::store::load(&repo(SAMPLE_2024)).unwrap();
    let m = Minutes::build(&s);
    let dung = m.members.iter().find(|m| m.id.as_str() == "m08").unwrap();
    let d = dung.discipline.as_ref().unwrap();
    assert_eq!(d.form, "Khiển trách");
    assert_eq!(d.decision.number, "45-QĐ/ĐU");
    assert!(
        m.members
            .iter()
            .filter(|x| x.id.as_str() != "m08")
            .all(|x| x.discipline.is_none())
    );
}

#[test]
fn a_file_from_before_the_new_facts_loads_and_keeps_its_seal() {
    let text = std::fs::read_to_string(repo(OLD_2024)).unwrap();
    assert!(!text.contains("locality") && !text.contains("basis"));
    let stored = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("checksum: \""))
        .map(|l| l.trim_end_matches("\",").to_owned())
        .unwrap();
    // Parsed without the store's upgrade: the old seal still verifies as it was written.
    let raw = chibo_testkit::stored::parse(&text);
    assert_eq!(raw.legacy_checksum().unwrap(), stored);
    assert_eq!(raw.seal_state(), SealState::Intact);
    assert_eq!(raw.cell.kind, CellKind::UnderCommittee);
    assert!(raw.meeting.visitors.is_empty() && raw.meeting.basis.is_none());
    // Loaded by the store: the seal is rewritten in the canonical form.
    let s = chibo_files::store::load(&repo(OLD_2024)).unwrap();
    let Status::Finalized { checksum, .. } = &s.status else {
        panic!()
    };
    assert_eq!(*checksum, s.content_checksum().unwrap());
    assert_ne!(*checksum, stored);
    assert_eq!(s.seal_state(), SealState::Intact);
}

#[test]
fn the_2024_samples_seal_is_pinned() {
    let text = std::fs::read_to_string(repo(SAMPLE_2024)).unwrap();
    assert!(text.contains(SAMPLE_2024_WRITTEN));
    let s = chibo_files::store::load(&repo(SAMPLE_2024)).unwrap();
    assert_eq!(s.content_checksum().unwrap(), SAMPLE_2024_DIGEST);
    let Status::Finalized { checksum, .. } = &s.status else {
        panic!()
    };
    assert_eq!(checksum, SAMPLE_2024_DIGEST);
    assert_eq!(s.seal_state(), SealState::Intact);
}

#[test]
fn a_change_after_sealing_breaks_either_form_of_seal() {
    let mut s = chibo_files::store::load(&repo(SAMPLE_2024)).unwrap();
    s.meeting.closing_remarks.push('.');
    assert_eq!(s.seal_state(), SealState::Changed);
    assert!(!s.upgrade_seal(), "a broken seal is never rewritten");
    let mut old = chibo_files::store::load(&repo(OLD_2024)).unwrap();
    old.members[0].name.push('x');
    assert_eq!(old.seal_state(), SealState::Changed);
    assert_eq!(empty().seal_state(), SealState::NotFinalized);
}

#[test]
fn each_new_fact_has_a_short_line_in_both_languages() {
    use chibo_core::i18n::Lang;
    use chibo_docs::words as w;
    let s = chibo_files::store::load(&repo(SAMPLE_2024)).unwrap();
    let m = Minutes::build(&s);
    assert_eq!(
        w::basis(m.basis.as_ref().unwrap(), Lang::Vi),
        "Thực hiện văn bản số 12-HD/ĐU ngày 15/11/2024 của Đảng ủy Phường Tân Định \
         về kiểm điểm, đánh giá, xếp loại chất lượng."
    );
    let rep = w::representative(m.representative.as_ref().unwrap(), Lang::En);
    assert!(rep.starts_with("Lê Hoàng Nam, Đảng ủy viên"), "{rep}");
    assert!(rep.contains("said: Ghi nhận"), "{rep}");
    assert!(
        w::closing_remarks(&m.closing_remarks, Lang::Vi)
            .starts_with("Đồng chí chủ trì phát biểu bế mạc: Chủ trì tiếp thu")
    );
    let dung = m.members.iter().find(|x| x.id.as_str() == "m08").unwrap();
    assert!(
        dung.discipline_in_year,
        "decided on 20/08/2024, in the year"
    );
    assert_eq!(
        w::discipline(dung.discipline.as_ref().unwrap(), true, Lang::Vi),
        "Bị kỷ luật trong năm: Khiển trách (quyết định số 45-QĐ/ĐU ngày 20/08/2024 của Đảng ủy Phường Tân Định)."
    );
    assert_eq!(
        w::discipline(dung.discipline.as_ref().unwrap(), false, Lang::En),
        "Disciplined: Khiển trách (decision no. 45-QĐ/ĐU of 20/08/2024 by Đảng ủy Phường Tân Định)."
    );
    assert_eq!(
        w::cell_kind(m.cell_kind, Lang::Vi),
        "Chi bộ trực thuộc đảng ủy cơ sở"
    );
    let s = chibo_files::store::load(&repo("sessions/2025-chi-bo-khu-pho-3.ron")).unwrap();
    let a = Minutes::build(&s).attendance;
    assert_eq!(
        w::visitors(&a.visitors, Lang::Vi),
        "Đảng viên sinh hoạt tạm thời tại chi bộ (1): Trương Thị Mai, Chi bộ Trường Tiểu học \
         Trần Quang Khải (có mặt); được đánh giá, xếp loại tại chi bộ chính thức."
    );
}

/// "Đồng chí Đồng chí Lâm Thị Hạnh" when a name was typed with its title: the minutes write the
/// title once, wherever they name a member (issue 16; the title is also stripped on entry).
#[test]
fn a_title_typed_with_a_name_is_written_once() {
    use chibo_core::domain::{Remark, Speaker, TextField};
    let mut s = present(3);
    get(&mut s, 2).name = "Đồng chí Lâm Thị Hạnh".into();
    get(&mut s, 3).name = "đ/c Võ Văn Sáu".into();
    apply(&mut s, Command::SetChair(Some(id(2))));
    apply(&mut s, Command::SetMinuteTaker(Some(id(3))));
    let remark = Remark {
        speaker: Speaker::Member(id(2)),
        text: "Đồng ý.".into(),
    };
    apply(
        &mut s,
        Command::AddCriticism {
            member: id(1),
            remark,
        },
    );
    let field = TextField::Strengths;
    let text = "Tốt.".to_owned();
    apply(
        &mut s,
        Command::SetMemberText {
            member: id(2),
            field,
            text,
        },
    );
    let bytes = chibo_docs::render(&s, chibo_docs::Format::Txt, chibo_core::i18n::Lang::Vi);
    let minutes = String::from_utf8(bytes.unwrap()).unwrap();
    let flat = minutes.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(!flat.to_lowercase().contains("đồng chí đồng chí"), "{flat}");
    assert!(!flat.contains("đ/c"), "{flat}");
    for said in [
        "Chủ trì: đồng chí Lâm Thị Hạnh.",
        "Thư ký: đồng chí Võ Văn Sáu.",
        "Đồng chí Lâm Thị Hạnh: Đồng ý.",
        "2. Đồng chí Lâm Thị Hạnh —",
        "Đồng chí Lâm Thị Hạnh, chủ trì hội nghị, khai mạc hội nghị.",
        "2 Lâm Thị Hạnh CT",
    ] {
        assert!(flat.contains(said), "{said:?} in {flat}");
    }
}
