//! The roll-up in words: the table in 80 columns, the CSV for machines, and the problems.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use chibo_core::domain::Cell;

use super::{CellLine, CellStatus, NotRated, OrgCap, Problem, Rollup, RollupError, Totals};
use chibo_core::domain::Level;
use chibo_core::i18n::Lang;

/// The CSV's header, one row per cell.
pub const CSV_HEADER: &str = "committee,year,cell,file,status,members,reviewed,rated,excellent,\
                              good,complete,not_complete,not_rated,cell_proposed";

fn status_code(s: CellStatus) -> &'static str {
    match s {
        CellStatus::Draft => "draft",
        CellStatus::InProgress => "in_progress",
        CellStatus::Finalized => "finalized",
        CellStatus::Changed => "changed",
    }
}

pub fn status(s: CellStatus, lang: Lang) -> &'static str {
    match s {
        CellStatus::Draft => lang.pick("chuẩn bị", "draft"),
        CellStatus::InProgress => lang.pick("đang họp", "in progress"),
        CellStatus::Finalized => lang.pick("đã khóa", "finalized"),
        CellStatus::Changed => lang.pick("ĐÃ BỊ SỬA", "CHANGED"),
    }
}

/// One row per cell, for machines; text cells quoted by the csv writer, control characters
/// kept out.
pub fn csv(r: &Rollup) -> Result<Vec<u8>, RollupError> {
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    let header: Vec<&str> = CSV_HEADER.split(',').collect();
    w.write_record(&header)?;
    for c in &r.cells {
        let n = |l: Level| c.per_level.get(l).to_string();
        let row = [
            clean(&c.committee),
            c.year.to_string(),
            clean(&c.cell),
            clean(&c.file.display().to_string()),
            status_code(c.status).to_owned(),
            c.members.to_string(),
            c.reviewed.to_string(),
            c.rated.to_string(),
            n(Level::Excellent),
            n(Level::Good),
            n(Level::Complete),
            n(Level::NotComplete),
            c.not_rated.len().to_string(),
            c.cell_proposed
                .map_or(String::new(), |l| l.short().to_owned()),
        ];
        w.write_record(&row)?;
    }
    w.into_inner()
        .map_err(|e| RollupError::Csv(e.into_error().into()))
}

/// Why the roll-up could not be written, in the user's words.
pub fn error(e: &RollupError, lang: Lang) -> String {
    match (e, lang) {
        (RollupError::Csv(e), Lang::Vi) => format!("Không ghi được tệp CSV: {e}"),
        (RollupError::Csv(e), Lang::En) => format!("Could not write the CSV: {e}"),
        (RollupError::Xlsx(e), Lang::Vi) => format!("Không tạo được bảng tính: {e}"),
        (RollupError::Xlsx(e), Lang::En) => format!("Could not build the workbook: {e}"),
        (RollupError::Report(e), _) => e.message(lang),
    }
}

/// Text from files, safe for a terminal and a spreadsheet: control characters shown escaped
/// ([`chibo_core::domain::visible`], as `show` and the exports do).
pub fn clean(s: &str) -> String {
    chibo_core::domain::visible(s).into_owned()
}

/// `s` in exactly `w` columns: cut with "…" or padded.
fn fit(s: &str, w: usize) -> String {
    let s = clean(s);
    if s.width() <= w {
        return format!("{s}{}", " ".repeat(w - s.width()));
    }
    let mut out = String::new();
    let mut used = 0;
    for ch in s.chars() {
        // Control characters (width `None`) were made visible by `clean` above.
        let cw = ch.width().unwrap_or(0);
        if used + cw + 1 > w {
            break;
        }
        used += cw;
        out.push(ch);
    }
    format!("{out}…{}", " ".repeat(w.saturating_sub(used + 1)))
}

const NAME_W: usize = 22;

/// The terminal's table: a block per committee and year, in 80 columns.
pub fn table(r: &Rollup, lang: Lang) -> String {
    let mut out = Vec::new();
    for t in &r.totals {
        out.push(format!("{} — {}", clean(&t.committee), t.year));
        out.push(header_row(lang));
        let cells = r
            .cells
            .iter()
            .filter(|c| c.committee == t.committee && c.year == t.year);
        for c in cells {
            out.push(cell_row(c, lang));
            out.extend(own_cap(c, lang));
        }
        out.extend(totals_rows(t, lang));
        out.push(String::new());
    }
    out.join("\n")
}

fn header_row(lang: Lang) -> String {
    let (cell, m, rev, rated, proposed, st) = match lang {
        Lang::Vi => ("Chi bộ", "ĐV", "KĐ", "XL", "CB", "Trạng thái"),
        Lang::En => ("Cell", "Mem", "Rev", "Rtd", "Cell", "Status"),
    };
    let levels: Vec<String> = Level::ALL
        .iter()
        .map(|l| format!("{:>7}", l.short()))
        .collect();
    format!(
        "{} {m:>3} {rev:>3} {rated:>3}{} {proposed:<6} {st}",
        fit(cell, NAME_W),
        levels.join("")
    )
}

fn cell_row(c: &CellLine, lang: Lang) -> String {
    let levels: Vec<String> = Level::ALL
        .iter()
        .map(|l| format!("{:>7}", c.per_level.get(*l)))
        .collect();
    let proposed = c.cell_proposed.map_or("—", Level::short);
    format!(
        "{} {:>3} {:>3} {:>3}{} {proposed:<6} {}",
        fit(&c.cell, NAME_W),
        c.members,
        c.reviewed,
        c.rated,
        levels.join(""),
        status(c.status, lang)
    )
}

fn totals_rows(t: &Totals, lang: Lang) -> Vec<String> {
    let levels: Vec<String> = Level::ALL
        .iter()
        .map(|l| format!("{:>7}", t.per_level.get(*l)))
        .collect();
    let label = totals_label(t.cells, lang);
    vec![
        format!(
            "{} {:>3} {:>3} {:>3}{}",
            fit(&label, NAME_W),
            t.members,
            t.reviewed,
            t.rated,
            levels.join("")
        ),
        cap_line(&t.member_cap, false, lang),
        cap_line(&t.cell_cap, true, lang),
    ]
}

/// A grassroots cell's own cap, under its row: "  ↳ Chi bộ cơ sở: HTXSNV/HTTNV 1/5, …".
pub fn own_cap(c: &CellLine, lang: Lang) -> Option<String> {
    let cap = c.own_cap.as_ref()?;
    let who = lang.pick("Chi bộ cơ sở", "Grassroots cell");
    Some(format!("  ↳ {}", cap_words(cap, who, lang)))
}

/// The cap over the organisation, for the members and for the cells, a line each.
pub fn cap_lines(t: &Totals, lang: Lang) -> [String; 2] {
    [
        cap_line(&t.member_cap, false, lang),
        cap_line(&t.cell_cap, true, lang),
    ]
}

/// "  Đảng viên: HTXSNV/HTTNV 5/40, tối đa 8 (20%): còn được thêm 3".
fn cap_line(c: &OrgCap, cells: bool, lang: Lang) -> String {
    let who = match (lang, cells) {
        (Lang::Vi, false) => "Đảng viên",
        (Lang::Vi, true) => "Chi bộ",
        (Lang::En, false) => "Members",
        (Lang::En, true) => "Cells",
    };
    format!("  {}", cap_words(c, who, lang))
}

/// "Đảng viên: HTXSNV/HTTNV 5/40, tối đa 8 (20%): còn được thêm 3".
fn cap_words(c: &OrgCap, who: &str, lang: Lang) -> String {
    let (x, g) = (Level::Excellent.short(), Level::Good.short());
    let room = c.room();
    let verdict = match (lang, room) {
        (Lang::Vi, r) if r >= 0 => format!("còn được thêm {r}"),
        (Lang::Vi, r) => format!("VƯỢT {}", -r),
        (Lang::En, r) if r >= 0 => format!("{r} more allowed"),
        (Lang::En, r) => format!("{} OVER", -r),
    };
    let most = lang.pick("tối đa", "at most");
    format!(
        "{who}: {x}/{g} {}/{}, {most} {} ({}%): {verdict}",
        c.excellent, c.good, c.limit, c.percent
    )
}

pub fn problem(p: &Problem, lang: Lang) -> String {
    let f = |p: &std::path::Path| clean(&p.display().to_string());
    match (p, lang) {
        (Problem::Duplicate { cell, year, files }, _) => {
            let list: Vec<String> = files.iter().map(|x| f(x)).collect();
            let what = lang.pick("nhiều tệp cho cùng chi bộ", "several files for one cell");
            format!("{what} {} {year}: {}", clean(cell), list.join(", "))
        }
        (Problem::Missing { cell, year, .. }, Lang::Vi) => {
            format!(
                "{}: có năm {}, chưa có tệp năm {year}",
                clean(cell),
                year - 1
            )
        }
        (Problem::Missing { cell, year, .. }, Lang::En) => {
            format!(
                "{}: listed in {}, no file for {year}",
                clean(cell),
                year - 1
            )
        }
        // The store's message names the file already.
        (Problem::Unreadable { error, .. }, _) => clean(&error.message(lang)),
        (Problem::NotFinalized { file }, _) => {
            let what = lang.pick("chưa khóa biên bản", "not finalized");
            format!("{}: {what}", f(file))
        }
        (Problem::Changed { file }, _) => {
            let what = lang.pick(
                "đã bị sửa sau khi khóa biên bản",
                "changed since it was sealed",
            );
            format!("{}: {what}", f(file))
        }
    }
}

/// Why a member has no level, in words.
pub fn not_rated(n: NotRated, lang: Lang) -> &'static str {
    match n {
        NotRated::NotYet => lang.pick("chưa xếp loại", "not rated"),
        NotRated::Later => lang.pick("vắng, xếp loại sau", "absent, rated later"),
    }
}

/// The totals row's label: "Cộng (3 chi bộ)".
pub fn totals_label(cells: u32, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Cộng ({cells} chi bộ)"),
        Lang::En => format!("Total ({cells} cells)"),
    }
}

/// The committee's own name in a document's header: "Đảng bộ Phường Tân Định" → "ĐẢNG ỦY
/// PHƯỜNG TÂN ĐỊNH" (the committee, đảng ủy, speaks for the organisation, đảng bộ).
pub fn committee_header(committee: &str) -> String {
    let place = Cell::new("", committee).locality();
    format!("Đảng ủy {place}").trim().to_uppercase()
}

/// "Tổng hợp kết quả đánh giá, xếp loại chất lượng đảng viên và chi bộ năm 2025".
pub fn report_subtitle(year: i32, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "Tổng hợp kết quả các chi bộ đề xuất đánh giá, xếp loại chất lượng đảng viên và \
             chi bộ năm {year}"
        ),
        Lang::En => format!("The cells' proposed quality ratings of members and cells, {year}"),
    }
}

/// A problem's kind, in a word or two (a column of the workbook's problems).
pub fn problem_kind(p: &Problem, lang: Lang) -> &'static str {
    match p {
        Problem::Duplicate { .. } => lang.pick("trùng tệp", "duplicate"),
        Problem::Missing { .. } => lang.pick("thiếu chi bộ", "missing cell"),
        Problem::Unreadable { .. } => lang.pick("tệp không đọc được", "unreadable file"),
        Problem::NotFinalized { .. } => lang.pick("chưa khóa biên bản", "not finalized"),
        Problem::Changed { .. } => lang.pick("sửa sau khi khóa", "changed since sealed"),
    }
}

/// A report of several committees: each has its header, one after the other.
pub fn several_committees(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "Báo cáo gồm {n} đảng bộ, nối tiếp nhau; --committee \"Đảng bộ …\" cho báo cáo của \
             từng đảng bộ."
        ),
        Lang::En => format!(
            "The report covers {n} committees, one after the other; --committee \"Đảng bộ …\" \
             gives one committee's report."
        ),
    }
}
