//! The roll-up in words, Vietnamese and English: the table in 80 columns, the CSV for machines,
//! the caps and the provisional mark, the check list's problems; the report's own words are in
//! [`paper`], the workbook's in [`sheet`].

pub mod paper;
pub mod sheet;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{CellLine, CellStatus, NotRated, OrgCap, Problem, Rollup, RollupError, Totals};
use chibo_core::domain::{Cell, CellKind, Finding, FindingKind, Level, Severity, Subject};
use chibo_core::i18n::{Lang, finding_message};

/// The CSV's header, one row per cell counted: `kind` and `provisional` last, so the columns
/// before keep their places.
pub const CSV_HEADER: &str = "committee,year,cell,file,status,members,reviewed,rated,excellent,\
                              good,complete,not_complete,not_rated,cell_proposed,kind,provisional";

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

fn kind_code(k: CellKind) -> &'static str {
    match k {
        CellKind::UnderCommittee => "under_committee",
        CellKind::Grassroots => "grassroots",
    }
}

/// Where a cell stands, in a word or two (a column of the workbook).
pub fn kind(k: CellKind, lang: Lang) -> &'static str {
    match k {
        CellKind::UnderCommittee => lang.pick("trực thuộc", "under committee"),
        CellKind::Grassroots => lang.pick("cơ sở", "grassroots"),
    }
}

/// One row per cell counted, for machines; text cells quoted by the csv writer, control
/// characters kept out. `provisional` is `true` on a row whose session is not finalized.
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
            kind_code(c.kind).to_owned(),
            (!c.status.is_finalized()).to_string(),
        ];
        w.write_record(&row)?;
    }
    w.into_inner()
        .map_err(|e| RollupError::Csv(e.into_error().into()))
}

/// Why the roll-up could not be made or written, in the user's words. A cap above the maximum
/// is said as the session's own setting says it (the rules' finding).
pub fn error(e: &RollupError, lang: Lang) -> String {
    match (e, lang) {
        (RollupError::CapTooHigh(percent), _) => {
            let f = Finding {
                severity: Severity::Error,
                subject: Subject::Session,
                kind: FindingKind::CapTooHigh { percent: *percent },
            };
            finding_message(&f, lang)
        }
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
        out.push(heading(t, lang));
        out.push(header_row(lang));
        let cells = r
            .cells
            .iter()
            .filter(|c| c.committee == t.committee && c.year == t.year);
        for c in cells {
            out.push(cell_row(c, lang));
            out.extend(own_cap(c, lang));
        }
        out.push(totals_row(t, lang));
        out.extend(totals_notes(t, lang).iter().map(|l| format!("  {l}")));
        out.push(String::new());
    }
    out.join("\n")
}

/// "Đảng bộ Phường Tân Định — 2025", and " (tạm tính)" when the totals are provisional.
pub fn heading(t: &Totals, lang: Lang) -> String {
    let mark = if t.is_provisional() {
        format!(" ({})", provisional_word(lang))
    } else {
        String::new()
    };
    format!("{} — {}{mark}", clean(&t.committee), t.year)
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

fn totals_row(t: &Totals, lang: Lang) -> String {
    let levels: Vec<String> = Level::ALL
        .iter()
        .map(|l| format!("{:>7}", t.per_level.get(*l)))
        .collect();
    // The block's heading and the note under this row say "tạm tính": the label keeps to
    // its column.
    let label = totals_label(
        &Totals {
            not_final: 0,
            ..t.clone()
        },
        lang,
    );
    format!(
        "{} {:>3} {:>3} {:>3}{}",
        fit(&label, NAME_W),
        t.members,
        t.reviewed,
        t.rated,
        levels.join("")
    )
}

/// Under a committee's totals: provisional or not, and its caps, as the table, the app's
/// screen and the CLI's standard error print them.
pub fn totals_notes(t: &Totals, lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = provisional(t, lang).into_iter().collect();
    if let Some(cap) = &t.member_cap {
        out.push(cap_words(cap, lang.pick("Đảng viên", "Members"), lang));
    }
    if let Some(cap) = &t.cell_cap {
        out.push(cap_words(cap, lang.pick("Chi bộ", "Cells"), lang));
    }
    out.extend(caps_scope(t, lang));
    out
}

/// The word that marks totals that include a session not finalized.
pub fn provisional_word(lang: Lang) -> &'static str {
    lang.pick("tạm tính", "provisional")
}

/// "Số liệu tạm tính: 1/3 chi bộ chưa có kết quả chính thức", when the totals include a cell
/// whose session is not finalized (in words that name no file and no app state: they are
/// printed in the report too).
pub fn provisional(t: &Totals, lang: Lang) -> Option<String> {
    t.is_provisional().then(|| match lang {
        Lang::Vi => format!(
            "Số liệu tạm tính: {}/{} chi bộ chưa có kết quả chính thức",
            t.not_final, t.cells
        ),
        Lang::En => format!(
            "Provisional figures: {} of {} cells have no final result yet",
            t.not_final, t.cells
        ),
    })
}

/// Whom the committee's cap covers, when it has grassroots cells: they are never pooled.
fn caps_scope(t: &Totals, lang: Lang) -> Option<String> {
    match (t.grassroots, t.member_cap.is_some()) {
        (0, _) => None,
        (_, true) => Some(
            lang.pick(
                "Các giới hạn này chỉ tính các chi bộ trực thuộc; chi bộ cơ sở tính riêng",
                "These caps count the cells under the committee only; grassroots cells apart",
            )
            .to_owned(),
        ),
        (_, false) => Some(
            lang.pick(
                "Mỗi chi bộ cơ sở có giới hạn HTXSNV riêng",
                "Each grassroots cell has its own Excellent cap",
            )
            .to_owned(),
        ),
    }
}

/// A grassroots cell's own cap, under its row: "  ↳ Chi bộ cơ sở: HTXSNV/HTTNV 1/5, …".
pub fn own_cap(c: &CellLine, lang: Lang) -> Option<String> {
    let cap = c.own_cap.as_ref()?;
    let who = lang.pick("Chi bộ cơ sở", "Grassroots cell");
    Some(format!("  ↳ {}", cap_words(cap, who, lang)))
}

/// "Đảng viên: HTXSNV/HTTNV 5/40, tối đa 8 (20%): còn được thêm 3".
pub fn cap_words(c: &OrgCap, who: &str, lang: Lang) -> String {
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

/// A line of the check list (the CLI's standard error, the app's screen, the workbook's sheet).
pub fn problem(p: &Problem, lang: Lang) -> String {
    let f = |p: &std::path::Path| clean(&p.display().to_string());
    match (p, lang) {
        (
            Problem::Duplicate {
                cell,
                year,
                counted,
                left_out,
            },
            _,
        ) => duplicate(cell, *year, counted, left_out, lang),
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
        (Problem::NoSuchCommittee { asked, known }, Lang::Vi) => format!(
            "Không có đảng bộ \"{}\" trong các tệp đã đọc; các tệp có: {}",
            clean(asked),
            clean(&known.join("; "))
        ),
        (Problem::NoSuchCommittee { asked, known }, Lang::En) => format!(
            "No committee \"{}\" in the files read; they name: {}",
            clean(asked),
            clean(&known.join("; "))
        ),
    }
}

/// "nhiều tệp cho cùng chi bộ X 2025: tính tệp A; không tính: B, C".
fn duplicate(
    cell: &str,
    year: i32,
    counted: &std::path::Path,
    left_out: &[std::path::PathBuf],
    lang: Lang,
) -> String {
    let f = |p: &std::path::Path| clean(&p.display().to_string());
    let list: Vec<String> = left_out.iter().map(|x| f(x)).collect();
    let (what, counts, not) = match lang {
        Lang::Vi => ("nhiều tệp cho cùng chi bộ", "tính tệp", "không tính"),
        Lang::En => ("several files for one cell", "counted", "left out"),
    };
    let (cell, counted) = (clean(cell), f(counted));
    format!(
        "{what} {cell} {year}: {counts} {counted}; {not}: {}",
        list.join(", ")
    )
}

/// A problem's kind, in a word or two (a column of the workbook's check list).
pub fn problem_kind(p: &Problem, lang: Lang) -> &'static str {
    match p {
        Problem::Duplicate { .. } => lang.pick("trùng tệp", "duplicate"),
        Problem::Missing { .. } => lang.pick("thiếu chi bộ", "missing cell"),
        Problem::Unreadable { .. } => lang.pick("tệp không đọc được", "unreadable file"),
        Problem::NotFinalized { .. } => lang.pick("chưa khóa biên bản", "not finalized"),
        Problem::Changed { .. } => lang.pick("sửa sau khi khóa", "changed since sealed"),
        Problem::NoSuchCommittee { .. } => lang.pick("không có đảng bộ", "no such committee"),
    }
}

/// The shares row's label, in the workbook and the report.
pub fn share_label(lang: Lang) -> &'static str {
    lang.pick("Tỷ lệ (trên số đã xếp loại)", "Share (of those rated)")
}

/// Why a member has no level, in words.
pub fn not_rated(n: NotRated, lang: Lang) -> &'static str {
    match n {
        NotRated::NotYet => lang.pick("chưa xếp loại", "not rated"),
        NotRated::Later => lang.pick("vắng, xếp loại sau", "absent, rated later"),
    }
}

/// The totals row's label: "Cộng (3 chi bộ)", "Cộng (3 chi bộ, tạm tính)".
pub fn totals_label(t: &Totals, lang: Lang) -> String {
    let n = t.cells;
    match (lang, t.is_provisional()) {
        (Lang::Vi, false) => format!("Cộng ({n} chi bộ)"),
        (Lang::Vi, true) => format!("Cộng ({n} chi bộ, tạm tính)"),
        (Lang::En, false) => format!("Total ({n} cells)"),
        (Lang::En, true) => format!("Total ({n} cells, provisional)"),
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

/// A report of several committees: each is its own document, one after the other.
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
