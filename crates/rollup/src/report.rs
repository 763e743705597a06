//! The roll-up as the committee's report (DOCX), laid out as the minutes are (A4, Times New
//! Roman, the party's two-column header, ruled tables; see `export::docx`): per committee,
//! the header "ĐẢNG ỦY …", then per year the table of the cells with their totals, the shares
//! of each level, the cap over the organisation, the members not rated; the problems last.

use chrono::NaiveDate;

use super::words::{self, clean};
use super::{CellLine, Rollup, RollupError, Totals};
use chibo_core::domain::{Cell, Level};
use chibo_core::i18n::Lang;
use chibo_docs::layout::{Align, Block, Doc, Meta, Signature, Span, Table};

/// The report's DOCX, dated `today`.
pub fn docx(r: &Rollup, lang: Lang, today: NaiveDate) -> Result<Vec<u8>, RollupError> {
    Ok(chibo_docs::docx::render(&doc(r, lang, today))?)
}

/// The report as blocks.
pub fn doc(r: &Rollup, lang: Lang, today: NaiveDate) -> Doc {
    let mut b = Vec::new();
    let mut committees: Vec<&str> = r.totals.iter().map(|t| t.committee.as_str()).collect();
    committees.dedup();
    for committee in &committees {
        header(committee, today, lang, &mut b);
        for t in r.totals.iter().filter(|t| t.committee == *committee) {
            year(r, t, lang, &mut b);
        }
    }
    if committees.is_empty() {
        header("", today, lang, &mut b);
    }
    problems(r, lang, &mut b);
    b.push(Block::Signatures([
        Signature {
            title: lang.pick("NGƯỜI TỔNG HỢP", "COMPILED BY").to_owned(),
            name: String::new(),
        },
        Signature {
            title: lang.pick("T/M ĐẢNG ỦY", "FOR THE COMMITTEE").to_owned(),
            name: String::new(),
        },
    ]));
    let title = committees
        .first()
        .map_or_else(String::new, |c| words::committee_header(c));
    Doc {
        meta: Meta {
            title: format!(
                "{} — {title}",
                lang.pick("Báo cáo tổng hợp", "Roll-up report")
            ),
            author: None,
            seal: None,
            page_numbers: true,
        },
        blocks: b,
    }
}

fn header(committee: &str, today: NaiveDate, lang: Lang, b: &mut Vec<Block>) {
    let place = Cell::new("", committee).locality();
    b.extend([
        Block::Header {
            // The body above the committee is not in the cells' files: left for the office.
            committee: String::new(),
            cell: clean(&words::committee_header(committee)),
            party: chibo_docs::words::party(lang).to_owned(),
            place_date: chibo_docs::words::place_date(&clean(&place), today, lang),
        },
        Block::Title(lang.pick("BÁO CÁO", "REPORT").to_owned()),
    ]);
}

fn para(text: String) -> Block {
    Block::Para(vec![Span::plain(text)])
}

fn item(text: String) -> Block {
    Block::Item(vec![Span::plain(text)])
}

/// A committee's year: the subtitle, the figures, the table, the shares, the cap, who is not
/// rated.
fn year(r: &Rollup, t: &Totals, lang: Lang, b: &mut Vec<Block>) {
    let cells: Vec<&CellLine> = r
        .cells
        .iter()
        .filter(|c| c.committee == t.committee && c.year == t.year)
        .collect();
    b.push(Block::Subtitle(words::report_subtitle(t.year, lang)));
    b.push(para(match lang {
        Lang::Vi => format!(
            "Số chi bộ có kết quả: {}; tổng số đảng viên: {}; được kiểm điểm: {}; đã được chi bộ \
             đề xuất xếp loại: {}.",
            t.cells, t.members, t.reviewed, t.rated
        ),
        Lang::En => format!(
            "Cells with results: {}; members: {}; reviewed: {}; given a proposed level: {}.",
            t.cells, t.members, t.reviewed, t.rated
        ),
    }));
    b.push(Block::Table(table(&cells, t, lang)));
    b.push(Block::Heading(
        lang.pick("Tỷ lệ và giới hạn HTXSNV", "Shares and the Excellent cap")
            .to_owned(),
    ));
    b.extend(
        words::cap_lines(t, lang)
            .into_iter()
            .map(|l| item(l.trim().to_owned())),
    );
    b.extend(
        cells
            .iter()
            .filter_map(|c| words::own_cap(c, lang).map(|l| (c, l)))
            .map(|(c, l)| {
                let l = l.trim_start().trim_start_matches('↳').trim_start();
                item(format!("{} — {l}", clean(&c.cell)))
            }),
    );
    let unrated: Vec<String> = cells.iter().flat_map(|c| unrated(c, lang)).collect();
    if !unrated.is_empty() {
        b.push(Block::Heading(
            lang.pick("Đảng viên chưa được xếp loại", "Members not rated")
                .to_owned(),
        ));
        b.extend(unrated.into_iter().map(item));
    }
}

/// No. | Cell | Members | Rated/reviewed | the four levels | the cell's own level; the last
/// row the totals. Nine columns, as the minutes' results table.
fn table(cells: &[&CellLine], t: &Totals, lang: Lang) -> Table {
    let mut rows: Vec<Vec<String>> = cells
        .iter()
        .zip(1..)
        .map(|(c, i): (&&CellLine, u32)| {
            let mut row = vec![
                i.to_string(),
                clean(&c.cell),
                c.members.to_string(),
                format!("{}/{}", c.rated, c.reviewed),
            ];
            row.extend(Level::ALL.iter().map(|l| c.per_level.get(*l).to_string()));
            row.push(
                c.cell_proposed
                    .map_or(String::new(), |l| l.short().to_owned()),
            );
            row
        })
        .collect();
    rows.extend(totals_rows(t, lang));
    Table {
        columns: columns(lang),
        rows,
        widths: Vec::new(),
        row_height: 0,
    }
}

fn columns(lang: Lang) -> Vec<(String, Align)> {
    let text = |vi: &str, en: &str, a| (lang.pick(vi, en).to_owned(), a);
    let mut columns = vec![
        text("STT", "No.", Align::Center),
        text("Chi bộ", "Cell", Align::Left),
        text("Số ĐV", "Members", Align::Center),
        text("Xếp loại/ Kiểm điểm", "Rated/ reviewed", Align::Center),
    ];
    columns.extend(
        Level::ALL
            .iter()
            .map(|l| (l.short().to_owned(), Align::Center)),
    );
    columns.push(text(
        "Chi bộ tự xếp loại",
        "Cell's own level",
        Align::Center,
    ));
    columns
}

/// The totals row and the share of each level among those rated.
fn totals_rows(t: &Totals, lang: Lang) -> [Vec<String>; 2] {
    let mut total = vec![
        String::new(),
        words::totals_label(t.cells, lang),
        t.members.to_string(),
        format!("{}/{}", t.rated, t.reviewed),
    ];
    total.extend(Level::ALL.iter().map(|l| t.per_level.get(*l).to_string()));
    let own: Vec<String> = Level::ALL
        .iter()
        .map(|l| format!("{} {}", l.short(), t.cells_per_level.get(*l)))
        .filter(|s| !s.ends_with(" 0"))
        .collect();
    total.push(own.join("; "));
    let label = lang.pick("Tỷ lệ (trên số đã xếp loại)", "Share (of those rated)");
    let mut share = vec![
        String::new(),
        label.to_owned(),
        String::new(),
        String::new(),
    ];
    share.extend(
        Level::ALL
            .iter()
            .map(|l| percent(t.per_level.get(*l), t.rated, lang)),
    );
    share.push(String::new());
    [total, share]
}

/// "12,8%" (a decimal comma in Vietnamese) of `n` among `of`.
fn percent(n: u32, of: u32, lang: Lang) -> String {
    let pct = format!("{:.1}%", f64::from(n) * 100.0 / f64::from(of.max(1)));
    match lang {
        Lang::Vi => pct.replace('.', ","),
        Lang::En => pct,
    }
}

fn unrated(c: &CellLine, lang: Lang) -> Vec<String> {
    c.not_rated
        .iter()
        .map(|(name, why)| {
            format!(
                "{}: {} ({})",
                clean(&c.cell),
                clean(name),
                words::not_rated(*why, lang)
            )
        })
        .collect()
}

fn problems(r: &Rollup, lang: Lang, b: &mut Vec<Block>) {
    b.push(Block::Heading(
        lang.pick("Những vấn đề cần xem xét", "Problems to look at")
            .to_owned(),
    ));
    if r.problems.is_empty() {
        b.push(para(lang.pick("Không có.", "None.").to_owned()));
    }
    b.extend(r.problems.iter().map(|p| item(words::problem(p, lang))));
}
