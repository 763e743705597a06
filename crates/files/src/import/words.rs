//! The import's words, in Vietnamese and English: the preview and why a row was set aside. The
//! fixed texts are the `texts!` table [`T`]; sentences with values are functions matching on
//! the language once.

use super::read::MAX_BYTES;
use super::{Admission, Column, Entry, How, ImportError, Preview, Problem, Said};
use chibo_core::domain::{Member, Membership};
use chibo_core::i18n::Lang;

chibo_core::texts! {
    /// The import's fixed texts.
    pub enum T {
        Name => "họ và tên", "full name";
        Born => "năm sinh", "year of birth";
        Admitted => "ngày vào Đảng", "admitted on";
        OfficialOn => "ngày chính thức", "official on";
        Post => "chức vụ", "post";
        Membership => "chính thức/dự bị", "official/probationary";
        ProbationaryMark => "đánh dấu dự bị", "probationary mark";
        OfficialMark => "đánh dấu chính thức", "official mark";
        Note => "ghi chú", "note";
        NoName => "không có họ tên", "no name";
        Official => "chính thức", "official";
        Probationary => "dự bị", "probationary";
        /// The preview's table: its headers.
        Row => "Dòng", "Row";
        FullName => "Họ và tên", "Full name";
        Kind => "Chính thức/dự bị", "Membership";
        From => "Theo", "From";
        Exempt => "miễn sinh hoạt", "exempt from activity";
        Suspended => "đình chỉ sinh hoạt", "suspended";
        Elsewhere => "sinh hoạt tạm thời nơi khác", "on temporary activity elsewhere";
        NoColumnSays =>
            "danh sách không có cột nào ghi chính thức hay dự bị",
            "the list has no column saying official or probationary";
        NotUtf8 =>
            "Tệp danh sách không phải văn bản UTF-8; hãy lưu lại dưới dạng “CSV UTF-8”.",
            "The list is not UTF-8 text; save it as “CSV UTF-8”.";
        UnknownKind =>
            "Chỉ nhập được tệp .csv hoặc .xlsx.", "Only .csv and .xlsx files can be imported.";
        NoHeader =>
            "Không thấy dòng tiêu đề có cột “Họ và tên”.", "No header row with a “Full name” column.";
        /// A column of the list that is not read.
        NotUsed => "bỏ qua", "not used";
        Columns => "Các cột:", "Columns:";
    }
}

pub fn column(c: Column, lang: Lang) -> &'static str {
    match c {
        Column::Name => T::Name,
        Column::Born => T::Born,
        Column::Admitted => T::Admitted,
        Column::OfficialOn => T::OfficialOn,
        Column::Post => T::Post,
        Column::Membership => T::Membership,
        Column::Probationary => T::ProbationaryMark,
        Column::Official => T::OfficialMark,
        Column::Note => T::Note,
    }
    .get(lang)
}

pub fn problem(p: &Problem, lang: Lang) -> String {
    match (p, lang) {
        (Problem::NoName, _) => T::NoName.get(lang).to_owned(),
        (Problem::BadDate { column: c, value }, Lang::Vi) => {
            format!("{} không đọc được: “{value}”", column(*c, lang))
        }
        (Problem::BadDate { column: c, value }, Lang::En) => {
            format!("{} cannot be read: “{value}”", column(*c, lang))
        }
        (Problem::Duplicate { first_row }, Lang::Vi) => format!("trùng với dòng {first_row}"),
        (Problem::Duplicate { first_row }, Lang::En) => {
            format!("the same person as row {first_row}")
        }
        (Problem::AdmittedYear(y), Lang::Vi) => {
            format!("ngày vào Đảng chỉ ghi năm {y}: cần ngày đầy đủ để biết đã đủ 6 tháng chưa")
        }
        (Problem::AdmittedYear(y), Lang::En) => format!(
            "admitted only as a year ({y}): the full date tells whether 6 months have passed"
        ),
        (Problem::NoMembership { read }, _) if read.is_empty() => {
            T::NoColumnSays.get(lang).to_owned()
        }
        (Problem::NoMembership { read }, Lang::Vi) => {
            format!("không ghi chính thức hay dự bị (đã xem {})", quoted(read))
        }
        (Problem::NoMembership { read }, Lang::En) => {
            format!(
                "says neither official nor probationary (read {})",
                quoted(read)
            )
        }
        (Problem::Disagree(said), Lang::Vi) => {
            format!("các cột ghi khác nhau: {}", told(said, lang))
        }
        (Problem::Disagree(said), Lang::En) => {
            format!("the columns disagree: {}", told(said, lang))
        }
        (Problem::Unclear { column, value }, Lang::Vi) => {
            format!("“{column}”: không rõ “{value}” là chính thức hay dự bị")
        }
        (Problem::Unclear { column, value }, Lang::En) => {
            format!("“{column}”: “{value}” says neither official nor probationary clearly")
        }
    }
}

fn quoted(headers: &[String]) -> String {
    let q: Vec<String> = headers.iter().map(|h| format!("“{h}”")).collect();
    q.join(", ")
}

/// Each place and what it says: "“Ghi chú”: DB → dự bị; “Ngày chính thức”: 03/02/1986 → chính thức".
fn told(said: &[Said], lang: Lang) -> String {
    let each: Vec<String> = said
        .iter()
        .map(|s| format!("{} → {}", from(s, lang), membership(s.membership, lang)))
        .collect();
    each.join("; ")
}

pub fn membership(m: Membership, lang: Lang) -> &'static str {
    match m {
        Membership::Official => T::Official,
        Membership::Probationary => T::Probationary,
    }
    .get(lang)
}

/// Where a membership was read: "“Dự bị”: x", "no mark under “Dự bị”", "“Ngày chính thức”
/// empty, admitted 02/09/2025".
pub fn from(s: &Said, lang: Lang) -> String {
    let c = &s.column;
    match (s.how, lang) {
        (How::Words | How::Mark | How::OfficialOn, _) => format!("“{c}”: {}", s.cell),
        (How::NoMark, Lang::Vi) => format!("“{c}” không đánh dấu"),
        (How::NoMark, Lang::En) => format!("no mark under “{c}”"),
        (How::NoOfficialDate(a), Lang::Vi) => {
            format!("“{c}” trống, vào Đảng {} (chưa đủ một năm)", admission(a))
        }
        (How::NoOfficialDate(a), Lang::En) => {
            format!("“{c}” empty, admitted {} (less than a year)", admission(a))
        }
    }
}

fn admission(a: Admission) -> String {
    match a {
        Admission::On(d) => d.format("%d/%m/%Y").to_string(),
        Admission::In(y) => y.to_string(),
        Admission::Unknown => String::new(),
    }
}

/// Why the list could not be read, in the user's words.
pub fn error(e: &ImportError, lang: Lang) -> String {
    use ImportError as E;
    match (e, lang) {
        (E::Io { path, source }, Lang::Vi) => {
            format!("Không đọc được tệp danh sách {}: {source}", path.display())
        }
        (E::Io { path, source }, Lang::En) => {
            format!("The list {} cannot be read: {source}", path.display())
        }
        (E::NotAFile { path }, Lang::Vi) => format!("{} không phải là một tệp.", path.display()),
        (E::NotAFile { path }, Lang::En) => format!("{} is not a file.", path.display()),
        (E::TooLarge { path, size }, Lang::Vi) => format!(
            "Tệp {} quá lớn để là danh sách đảng viên ({size} byte, tối đa {MAX_BYTES}).",
            path.display()
        ),
        (E::TooLarge { path, size }, Lang::En) => format!(
            "{} is too large for a member list ({size} bytes, at most {MAX_BYTES}).",
            path.display()
        ),
        (E::Csv(e), Lang::Vi) => format!("Không đọc được tệp CSV: {e}"),
        (E::Csv(e), Lang::En) => format!("The CSV cannot be read: {e}"),
        (E::Xlsx(e), Lang::Vi) => format!("Không đọc được bảng tính: {e}"),
        (E::Xlsx(e), Lang::En) => format!("The workbook cannot be read: {e}"),
        (E::NotUtf8(_), _) => T::NotUtf8.get(lang).to_owned(),
        (E::UnknownKind, _) => T::UnknownKind.get(lang).to_owned(),
        (E::NoHeader, _) => T::NoHeader.get(lang).to_owned(),
    }
}

/// The preview, line by line: what each column became, who is added (a table: row, name,
/// membership and where it was read), who is already there, and every row set aside.
pub fn preview(p: &Preview, lang: Lang) -> String {
    let cols: Vec<String> = p
        .columns
        .iter()
        .filter(|(h, _)| !h.is_empty())
        .map(|(h, c)| match c {
            Some(c) => format!("“{h}” → {}", column(*c, lang)),
            None => format!("“{h}” → {}", T::NotUsed.get(lang)),
        })
        .collect();
    let mut out = vec![format!("{} {}", T::Columns.get(lang), cols.join("; "))];
    out.push(added(p.new.len(), lang));
    out.extend(table(&p.new, lang));
    if !p.matched.is_empty() {
        let m: Vec<String> = p
            .matched
            .iter()
            .map(|(r, n)| format!("{n} ({r})"))
            .collect();
        out.push(already_there(&m, lang));
    }
    for (row, why) in &p.problems {
        out.push(set_aside(*row, why, lang));
    }
    out.join("\n")
}

/// The members to add, a line each, in columns: row, name, membership, where it was read; what
/// a note said of the member's standing on a line under the name.
fn table(new: &[Entry], lang: Lang) -> Vec<String> {
    if new.is_empty() {
        return Vec::new();
    }
    let head = [T::Row, T::FullName, T::Kind].map(|t| t.get(lang).to_owned());
    let rows: Vec<[String; 3]> = new
        .iter()
        .map(|e| {
            let kind = membership(e.member.membership, lang).to_owned();
            [e.row.to_string(), e.member.name.clone(), kind]
        })
        .collect();
    let width = |i: usize| {
        std::iter::once(&head)
            .chain(&rows)
            .filter_map(|r| r.get(i))
            .map(|c| c.chars().count())
            .max()
            .unwrap_or(0)
    };
    let [wa, wb, wc] = [width(0), width(1), width(2)];
    let pad = |s: &str, w: usize| format!("{s}{}", " ".repeat(w.saturating_sub(s.chars().count())));
    let line = |[a, b, c]: &[String; 3], d: &str| {
        format!("  {}  {}  {}  {d}", pad(a, wa), pad(b, wb), pad(c, wc))
    };
    let mut out = vec![line(&head, T::From.get(lang))];
    for (e, r) in new.iter().zip(&rows) {
        let from: Vec<String> = e.said.iter().map(|s| from(s, lang)).collect();
        out.push(line(r, &from.join("; ")));
        let (column, note) = e.noted.clone().unwrap_or_default();
        for extra in standing(&e.member, lang) {
            out.push(format!(
                "  {}  {extra} (“{column}”: {note})",
                " ".repeat(wa)
            ));
        }
    }
    out
}

/// What a note said of the member besides the membership.
fn standing(m: &Member, lang: Lang) -> Vec<&'static str> {
    let mut out = Vec::new();
    if m.exempt {
        out.push(T::Exempt.get(lang));
    }
    if m.suspended {
        out.push(T::Suspended.get(lang));
    }
    if m.temporary_elsewhere.is_some() {
        out.push(T::Elsewhere.get(lang));
    }
    out
}

fn added(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Thêm {n} đảng viên:"),
        Lang::En => format!("{n} members to add:"),
    }
}

fn already_there(names: &[String], lang: Lang) -> String {
    let names = names.join(", ");
    match lang {
        Lang::Vi => format!("Đã có trong danh sách, không thêm: {names}"),
        Lang::En => format!("Already in the roster, not added: {names}"),
    }
}

fn set_aside(row: usize, why: &Problem, lang: Lang) -> String {
    let why = problem(why, lang);
    match lang {
        Lang::Vi => format!("Dòng {row}: {why}"),
        Lang::En => format!("Row {row}: {why}"),
    }
}
