//! The papers around the vote read back: the ballots of the 2025 sample (every member to be
//! rated and no one else, one page per copy, every copy the same, no name or number that could
//! tell a ballot's holder), and the minutes, the counting record and the list of the 2024
//! sample agreeing on every member's counts.

use std::collections::BTreeMap;
use std::path::Path;

use chibo_core::domain::{Command, MemberId, Session};
use chibo_core::i18n::Lang;
use chibo_docs::Format;
use chibo_docs::papers::{OutFormat, Paper, render};

const Y2024: &str = "sessions/2024-chi-bo-khu-pho-3.ron";
const Y2025: &str = "sessions/2025-chi-bo-khu-pho-3.ron";

fn load(rel: &str) -> Session {
    chibo_files::store::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).unwrap()
}

use chibo_testkit::package::part;

use chibo_testkit::package::every_part;

fn ballots(s: &Session, paper: Paper, copies: Option<u32>) -> Vec<u8> {
    let docx = OutFormat::Minutes(Format::Docx);
    render(s, paper, docx, copies, Lang::Vi).unwrap()
}

const PAGE_BREAK: &str = r#"<w:br w:type="page" />"#;

/// The body of the document cut at its page breaks.
fn pages(bytes: &[u8]) -> Vec<String> {
    let xml = part(bytes, "word/document.xml");
    let body = xml.split("<w:body>").nth(1).unwrap();
    let body = body.split("<w:sectPr").next().unwrap();
    body.split(PAGE_BREAK).map(str::to_owned).collect()
}

/// The 2024 sample's ballot listed Bùi Quốc Khánh as row 7: absent with a reason, to be
/// reviewed and rated later, not rated at this meeting.
#[test]
fn the_2024_ballot_leaves_out_the_member_to_be_rated_later() {
    let s = load(Y2024);
    let text = String::from_utf8(ballots_text(&s)).unwrap();
    assert!(!text.contains("Bùi Quốc Khánh"), "{text}");
    assert!(
        text.contains("12   Vũ Đức Thắng"),
        "the rows close up: {text}"
    );
}

fn ballots_text(s: &Session) -> Vec<u8> {
    let txt = OutFormat::Minutes(Format::Txt);
    render(s, Paper::Ballots, txt, Some(1), Lang::Vi).unwrap()
}

#[test]
fn ballots_list_exactly_the_members_rated_here_once_per_copy() {
    let s = load(Y2025);
    let copies = s.voters_present();
    assert_eq!(copies, 12, "the sample's official members present");
    let bytes = ballots(&s, Paper::Ballots, None);
    let pages = pages(&bytes);
    assert_eq!(
        pages.len(),
        copies as usize,
        "one page per copy, by default"
    );
    let rated: Vec<&str> = s.rated_here().iter().map(|m| m.name.as_str()).collect();
    assert_eq!(
        rated.len(),
        12,
        "13 reviewed, one of them absent: 12 rated here"
    );
    for page in &pages {
        assert!(page.contains("PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM"));
        for name in &rated {
            assert_eq!(page.matches(name).count(), 1, "{name} once on each ballot");
        }
        // Excluded (exempt, admitted lately), or absent to be reviewed and rated later (the
        // minutes and the counting record say he is not rated: row 13 was wrong).
        for not_here in ["Trương Văn Lộc", "Lâm Gia Huy", "Vũ Đức Thắng"] {
            assert!(!page.contains(not_here), "{not_here} is not rated here");
        }
    }
    let three = ballots(&s, Paper::Ballots, Some(3));
    assert_eq!(
        part(&three, "word/document.xml")
            .matches(PAGE_BREAK)
            .count(),
        2
    );
    // The cell's ballot is one row: two to a page, the fifth alone on the third.
    let cell = ballots(&s, Paper::CellBallots, Some(5));
    let cell_pages = self::pages(&cell);
    assert_eq!(cell_pages.len(), 3);
    let titles = |p: &str| p.matches("XẾP LOẠI CHẤT LƯỢNG CHI BỘ NĂM").count();
    assert_eq!(
        cell_pages.iter().map(|p| titles(p)).collect::<Vec<_>>(),
        [2, 2, 1]
    );
    assert!(cell_pages[0].contains("XẾP LOẠI CHẤT LƯỢNG CHI BỘ NĂM"));
    assert!(cell_pages[0].contains("Chi bộ Khu phố 3"));
    assert!(!cell_pages[0].contains("Nguyễn Văn Hùng"));
}

#[test]
fn no_ballot_can_be_told_from_another() {
    let mut s = load(Y2025);
    // Even with the counting team recorded, nothing of it reaches a ballot.
    let team = vec![MemberId::new("m10"), MemberId::new("m11")];
    let head = Some(MemberId::new("m10"));
    let at = chrono::DateTime::parse_from_rfc3339("2025-12-16T15:00:00+07:00").unwrap();
    s.apply(
        Command::SetCountingTeam {
            members: team,
            head,
        },
        at,
    )
    .unwrap();
    for paper in [Paper::Ballots, Paper::CellBallots] {
        // Four copies: four pages of the members' ballot, two of the cell's.
        let bytes = ballots(&s, paper, Some(4));
        let pages = pages(&bytes);
        // Every copy's text the same, and between two breaks every copy's XML the same (the
        // first and the last pages carry half of the break's paragraph): no paragraph carries
        // an id or a counter that could tell one copy from another.
        let texts: Vec<String> = pages.iter().map(|p| text(p)).collect();
        assert!(
            texts.windows(2).all(|w| w[0] == w[1]),
            "{paper:?}: every copy the same"
        );
        let inner = &pages[1..pages.len() - 1];
        assert!(
            inner.windows(2).all(|w| w[0] == w[1]),
            "{paper:?}: the same XML"
        );
        let all = every_part(&bytes);
        assert!(!all.contains("paraId"), "{paper:?}: no paragraph ids");
        assert!(!all.contains("PAGE"), "{paper:?}: no page number field");
        let core = part(&bytes, "docProps/core.xml");
        for m in &s.members {
            assert!(
                !core.contains(&m.name),
                "{paper:?}: no name in the properties"
            );
        }
        assert!(core.contains("<dc:creator>chibo</dc:creator>"));
        // The chair, the minute-taker and the counting team are named nowhere on a ballot but
        // as members to be rated, once a page.
        let page = &pages[0];
        for id in ["m10", "m11"] {
            let name = s.member_name(&MemberId::new(id)).to_owned();
            assert!(page.matches(&name).count() <= 1, "{name}");
        }
    }
}

/// The text of some XML: what is between the tags.
fn text(xml: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in xml.chars() {
        match c {
            '<' => inside = true,
            '>' => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

/// The rows of the Markdown tables whose first cell is a number (or empty, for the cell's row):
/// the name, then the other cells.
fn rows(md: &str, columns: usize) -> BTreeMap<String, Vec<String>> {
    md.lines()
        .filter(|l| l.starts_with("| ") && l.matches('|').count() == columns + 1)
        .map(|l| {
            let cells: Vec<String> = l
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_owned())
                .collect();
            (cells[1].clone(), cells)
        })
        .filter(|(_, c)| c[0].chars().all(|ch| ch.is_ascii_digit()) && !c[0].is_empty())
        .collect()
}

fn md(s: &Session, paper: Paper) -> String {
    let bytes = render(s, paper, OutFormat::Minutes(Format::Md), None, Lang::Vi).unwrap();
    String::from_utf8(bytes).unwrap()
}

#[test]
fn minutes_counting_record_and_list_agree_on_every_count() {
    let s = load(Y2024);
    let minutes = rows(&md(&s, Paper::Minutes), 9);
    let counting = rows(&md(&s, Paper::Counting), 7);
    let list = rows(&md(&s, Paper::List), 9);
    let levels = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"];
    let mut checked = 0;
    for (name, m) in &minutes {
        let Some(l) = list.get(name) else {
            panic!("{name} is missing from the list")
        };
        assert_eq!(l[7], m[8], "{name}: the proposed level");
        assert_eq!(l[5], m[3], "{name}: the self-assessed level");
        if m[4].is_empty() {
            assert!(!counting.contains_key(name), "{name}: not counted");
            continue;
        }
        // The last round: a member voted on twice is named with the round.
        let c = counting
            .get(name)
            .or_else(|| counting.get(&format!("{name} (vòng 2)")))
            .unwrap_or_else(|| panic!("{name} is missing from the counting record"));
        assert_eq!(c[2..6], m[4..8], "{name}: the count per level");
        assert_eq!(c[6], m[8], "{name}: the result");
        // The list's votes for the proposed level: the count in that level's column.
        let at = levels.iter().position(|x| *x == m[8]).unwrap();
        let count = m[4 + at].split(' ').next().unwrap();
        let share = m[4 + at].split(' ').nth(1).unwrap();
        assert_eq!(
            l[6],
            format!("{count}/10 {share}"),
            "{name}: votes in the list"
        );
        checked += 1;
    }
    assert_eq!(checked, 12, "every member voted on in the 2024 sample");
    assert!(
        list.contains_key("Trương Văn Lộc"),
        "those not rated are listed too"
    );
    assert!(list["Trương Văn Lộc"][8].starts_with("Không xếp loại"));
}

#[test]
fn the_counting_record_names_the_team_and_the_ballots() {
    let mut s = load(Y2024);
    let mut open = s.clone();
    open.status = chibo_core::domain::Status::InProgress;
    let at = chrono::DateTime::parse_from_rfc3339("2024-12-12T15:00:00+07:00").unwrap();
    let team = vec![MemberId::new("m10"), MemberId::new("m11")];
    let cmd = Command::SetCountingTeam {
        members: team,
        head: Some(MemberId::new("m12")),
    };
    open.apply(cmd, at).unwrap();
    assert_eq!(
        open.meeting.counting_team.len(),
        3,
        "the head joins the team"
    );
    s = open;
    let text = md(&s, Paper::Counting);
    assert!(
        !text.contains("DỰ THẢO"),
        "the record is signed at the meeting"
    );
    assert!(
        md(&s, Paper::List).contains("DỰ THẢO"),
        "the list of an open session"
    );
    let head = s.member_name(&MemberId::new("m12")).to_owned();
    assert!(
        text.contains(&format!("Tổ trưởng: đồng chí {head}.")),
        "{text}"
    );
    assert!(text.contains("Số phiếu phát ra: 10; số phiếu thu về: 10"));
    assert!(text.contains("số phiếu hợp lệ: 9; số phiếu không hợp lệ: 1"));
    let en = render(
        &s,
        Paper::Counting,
        OutFormat::Minutes(Format::Txt),
        None,
        Lang::En,
    );
    let en = String::from_utf8(en.unwrap()).unwrap();
    assert!(en.contains("RECORD OF THE BALLOT COUNT"));
    assert!(en.contains(&format!("Head: {head}.")));
}

#[test]
fn the_list_comes_as_xlsx_and_no_paper_as_csv() {
    let s = load(Y2024);
    let xlsx = render(&s, Paper::List, OutFormat::Xlsx, None, Lang::Vi).unwrap();
    let strings = part(&xlsx, "xl/sharedStrings.xml");
    assert!(strings.contains("DANH SÁCH ĐỀ NGHỊ XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2024"));
    assert!(strings.contains("Nguyễn Văn Hùng"));
    assert!(strings.contains("BÍ THƯ"));
    for paper in [Paper::Ballots, Paper::Counting, Paper::List] {
        let csv = OutFormat::Minutes(Format::Csv);
        assert!(render(&s, paper, csv, None, Lang::Vi).is_err(), "{paper:?}");
    }
    assert!(render(&s, Paper::Counting, OutFormat::Xlsx, None, Lang::Vi).is_err());
    assert!(!strings.contains("DỰ THẢO"), "the 2024 sample is finalized");
    let open = load(Y2025);
    let xlsx = render(&open, Paper::List, OutFormat::Xlsx, None, Lang::Vi).unwrap();
    assert!(part(&xlsx, "xl/sharedStrings.xml").contains("DỰ THẢO"));
}

#[test]
fn export_writes_each_paper_next_to_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("2025.ron");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(Y2025), &session).unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_chibo"))
            .arg("export")
            .arg(&session)
            .args(args)
            .env("CHIBO_LOG_DIR", dir.path().join("log"))
            .output()
            .unwrap()
    };
    let out = run(&["--doc", "ballots", "--format", "docx", "--copies", "2"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ballots = std::fs::read(dir.path().join("2025.phieu-danh-gia.docx")).unwrap();
    assert_eq!(pages(&ballots).len(), 2);
    for (paper, name) in [
        ("counting", "2025.bien-ban-kiem-phieu.docx"),
        ("list", "2025.danh-sach-de-nghi-du-thao.docx"),
    ] {
        let out = run(&["--doc", paper, "--format", "docx"]);
        assert!(out.status.success(), "{paper}");
        assert!(dir.path().join(name).exists(), "{name}");
    }
    let out = run(&["--doc", "list", "--format", "xlsx"]);
    assert!(out.status.success());
    assert!(
        dir.path()
            .join("2025.danh-sach-de-nghi-du-thao.xlsx")
            .exists()
    );
    let out = run(&["--doc", "ballots", "--format", "csv"]);
    assert_eq!(out.status.code(), Some(2), "no ballots as CSV");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim(),
        "Không xuất được giấy tờ: Giấy tờ này không xuất ra dạng .csv.",
        "in the user's language, not the error's English"
    );
    let out = run(&["--doc", "ballots", "--format", "docx", "--copies", "0"]);
    assert!(!out.status.success(), "no empty stack of ballots");
    // The minutes stay the default paper.
    assert!(run(&["--format", "md"]).status.success());
    assert!(dir.path().join("2025.bien-ban-du-thao.md").exists());
}

#[test]
fn the_counting_team_is_members_of_the_cell() {
    let mut s = load(Y2025);
    let at = chrono::DateTime::parse_from_rfc3339("2025-12-16T15:00:00+07:00").unwrap();
    let team = |ids: &[&str], head: Option<&str>| Command::SetCountingTeam {
        members: ids.iter().map(|x| MemberId::new(*x)).collect(),
        head: head.map(MemberId::new),
    };
    assert!(s.apply(team(&["m10", "nobody"], None), at).is_err());
    s.apply(team(&["m10", "m11", "m10"], Some("m11")), at)
        .unwrap();
    assert_eq!(s.meeting.counting_team.len(), 2, "each member once");
    assert!(s.log.last().unwrap().what == "SetCountingTeam");
    // A member named nowhere else can be removed, but not while on the team.
    let free = s
        .members
        .iter()
        .find(|m| s.review(&m.id).is_none() && Some(&m.id) != s.meeting.chair.as_ref())
        .map(|m| m.id.clone())
        .unwrap();
    s.apply(team(&[free.as_str()], None), at).unwrap();
    let removal = Command::RemoveMember(free.clone());
    assert!(
        s.apply(removal.clone(), at).is_err(),
        "a member of the team stays"
    );
    s.apply(team(&[], None), at).unwrap();
    assert!(s.meeting.counting_team.is_empty());
    assert_eq!(s.meeting.counting_head, None);
    s.apply(removal, at).unwrap();
}

#[test]
fn a_counting_record_before_any_count_leaves_blanks() {
    let mut s = load(Y2025);
    for r in &mut s.reviews {
        r.rounds.clear();
    }
    s.cell_rating.rounds.clear();
    let text = md(&s, Paper::Counting);
    assert!(
        text.contains("Số phiếu phát ra: ……; số phiếu thu về: ……"),
        "{text}"
    );
    assert!(!text.contains("phát ra: 0"));
}
