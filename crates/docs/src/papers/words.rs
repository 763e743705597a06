//! The papers' own words, in Vietnamese and English: their fixed texts in the `texts!` tables
//! [`T`], [`Part`] and [`Remark`], their sentences as functions matching on the language once.
//! What they share with the minutes (dates, levels, percentages, the header, column titles)
//! comes from [`crate::words`].

use crate::words::{self as w, BLANK};
use chibo_core::domain::{Level, Post};
use chibo_core::i18n::{Lang, level_name, no_majority};

chibo_core::texts! {
    /// The papers' fixed texts.
    pub enum T {
        /// The one line of instructions on a ballot.
        BallotInstruction =>
            "Đánh dấu (X) vào một ô mức xếp loại ở mỗi dòng.", "Mark (X) one level in each row.";
        PartyCell => "Chi bộ", "Party cell";
        No => "STT", "No.";
        CountingTitle => "BIÊN BẢN KIỂM PHIẾU", "RECORD OF THE BALLOT COUNT";
        Result => "Kết quả", "Result";
        /// The result column when no level passed.
        NoResult => "Không đạt", "None";
        TeamMembers => "THÀNH VIÊN", "MEMBERS";
        TeamHead => "TỔ TRƯỞNG", "HEAD OF THE TEAM";
        Born => "Năm sinh", "Born";
        Post => "Chức vụ", "Post";
        VotesForProposed => "Số phiếu mức đề xuất", "Votes for the proposed level";
        Remarks => "Ghi chú", "Remarks";
        Secretary => "Bí thư", "Secretary";
        Deputy => "Phó Bí thư", "Deputy";
        Committee => "Chi ủy viên", "Committee";
        Ordinary => "Đảng viên", "Member";
        /// Right of the list: "T/M CHI BỘ" over "BÍ THƯ".
        ListSignature => "T/M CHI BỘ\nBÍ THƯ", "FOR THE CELL\nSECRETARY";
        /// The XLSX sheet's name.
        Sheet => "Danh sách", "List";
        Share => "Tỷ lệ", "Share";
    }
}

chibo_core::texts! {
    /// The parts of the counting record.
    pub enum Part {
        Team => "I. Tổ kiểm phiếu", "I. The counting team";
        Ballots => "II. Số phiếu", "II. The ballots";
        Results => "III. Kết quả kiểm phiếu", "III. The count";
    }
}

chibo_core::texts! {
    /// Why a member of the list has no level, or a discipline without its decision.
    pub enum Remark {
        /// Absent, reviewed and rated later.
        AbsentLater => "Vắng mặt, kiểm điểm, xếp loại sau", "Absent: rated later";
        Absent => "Vắng mặt", "Absent";
        NotVoted => "Chưa biểu quyết", "Not voted on";
        Disciplined => "Bị kỷ luật trong năm", "Disciplined this year";
    }
}

pub(crate) fn ballot_title(year: i32, cell: bool, lang: Lang) -> String {
    match (cell, lang) {
        (false, Lang::Vi) => format!("PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM {year}"),
        (true, Lang::Vi) => format!("PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CHI BỘ NĂM {year}"),
        (false, Lang::En) => format!("BALLOT: QUALITY RATING OF PARTY MEMBERS, {year}"),
        (true, Lang::En) => format!("BALLOT: QUALITY RATING OF THE PARTY CELL, {year}"),
    }
}

/// STT, the member's name (or the cell's), then one column per level.
pub(crate) fn ballot_columns(cell: bool, lang: Lang) -> Vec<String> {
    let name = if cell {
        T::PartyCell.get(lang)
    } else {
        w::T::ColName.get(lang)
    };
    let mut c = vec![T::No.get(lang).to_owned(), name.to_owned()];
    c.extend(Level::ALL.iter().map(|l| level_name(*l, lang).to_owned()));
    c
}

pub(crate) fn counting_subtitle(year: i32, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Biểu quyết xếp loại chất lượng đảng viên và chi bộ năm {year}"),
        Lang::En => format!("Vote on the quality rating of the members and the cell, {year}"),
    }
}

/// "Hồi …… giờ ……, ngày …, tại …, tổ kiểm phiếu … tiến hành kiểm phiếu."
pub(crate) fn counting_opening(
    date: chrono::NaiveDate,
    place: &str,
    cell: &str,
    lang: Lang,
) -> String {
    let date = w::long_date(date, lang);
    let place = if place.trim().is_empty() {
        BLANK
    } else {
        place
    };
    match lang {
        Lang::Vi => format!(
            "Hồi {BLANK} giờ {BLANK}, {date}, tại {place}, tổ kiểm phiếu do hội nghị kiểm \
             điểm, đánh giá, xếp loại chất lượng của {cell} bầu ra đã tiến hành kiểm phiếu."
        ),
        Lang::En => format!(
            "At {BLANK}:{BLANK} on {date}, at {place}, the counting team elected by the review \
             meeting of {cell} counted the ballots."
        ),
    }
}

pub(crate) fn team_head(name: Option<&str>, lang: Lang) -> String {
    let n = name.unwrap_or(BLANK);
    match lang {
        Lang::Vi => format!("Tổ trưởng: đồng chí {n}."),
        Lang::En => format!("Head: {n}."),
    }
}

pub(crate) fn team_members(names: &[String], lang: Lang) -> String {
    let n = if names.is_empty() {
        BLANK.to_owned()
    } else {
        names.join(", ")
    };
    match lang {
        Lang::Vi => format!("Thành viên: {n}."),
        Lang::En => format!("Members: {n}."),
    }
}

/// "Số phiếu phát ra: 12; thu về: 12; hợp lệ: 12; không hợp lệ: 0."
/// Figures, or blanks to fill in by hand before any count.
pub(crate) fn ballots<T: std::fmt::Display>(
    issued: T,
    returned: T,
    valid: T,
    invalid: T,
    lang: Lang,
) -> String {
    match lang {
        Lang::Vi => format!(
            "Số phiếu phát ra: {issued}; số phiếu thu về: {returned}; số phiếu hợp lệ: \
             {valid}; số phiếu không hợp lệ: {invalid}."
        ),
        Lang::En => format!(
            "Ballots issued: {issued}; returned: {returned}; valid: {valid}; invalid: {invalid}."
        ),
    }
}

/// A round's ballots: issued, returned, valid (unknown when the round does not add up),
/// invalid.
pub(crate) type Figures = (u32, u32, Option<u32>, u32);

/// [`ballots`] of a round's figures.
pub(crate) fn figures((issued, returned, valid, invalid): Figures, lang: Lang) -> String {
    let n = |x: u32| x.to_string();
    let valid = crate::words::figure(valid);
    ballots(n(issued), n(returned), valid, n(invalid), lang)
}

/// The same for one member's (or the cell's) round, when it differs from the others.
pub(crate) fn row_ballots(name: &str, f: Figures, lang: Lang) -> String {
    let figures = figures(f, lang);
    match lang {
        Lang::Vi => format!("Riêng phiếu về đồng chí {name}: {}", lower_first(&figures)),
        Lang::En => format!("For {name} only: {}", lower_first(&figures)),
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_lowercase().chain(c).collect())
        .unwrap_or_default()
}

fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The base of the percentages: official members present, the majority denominator.
pub(crate) fn base(voters: u32, denominator: u32, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "Số đảng viên chính thức có mặt được biểu quyết: {voters}. Tỷ lệ tính trên \
             {denominator} đồng chí."
        ),
        Lang::En => format!(
            "Official members present, who may vote: {voters}. Shares are of {denominator}."
        ),
    }
}

/// STT, name, one column per level (short), result.
pub(crate) fn count_columns(lang: Lang) -> Vec<String> {
    let mut c = vec![
        T::No.get(lang).to_owned(),
        w::T::ColName.get(lang).to_owned(),
    ];
    c.extend(Level::ALL.iter().map(|l| w::short(*l, lang).to_owned()));
    c.push(T::Result.get(lang).to_owned());
    c
}

/// A name with its round, when a member was voted on more than once.
pub(crate) fn with_round(name: &str, round: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{name} (vòng {round})"),
        Lang::En => format!("{name} (round {round})"),
    }
}

pub(crate) fn not_counted(names: &[String], lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Chưa có kết quả bỏ phiếu kín: {}.", names.join(", ")),
        Lang::En => format!("No secret-ballot count yet: {}.", names.join(", ")),
    }
}

pub(crate) fn counting_close(lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "Biên bản kiểm phiếu lập xong hồi {BLANK} giờ {BLANK} cùng ngày và được đọc \
             trước hội nghị."
        ),
        Lang::En => format!("This record was closed at {BLANK}:{BLANK} and read to the meeting."),
    }
}

/// Left and right: the team's members, its head.
pub(crate) fn team_titles(lang: Lang) -> [&'static str; 2] {
    [T::TeamMembers, T::TeamHead].map(|t| t.get(lang))
}

pub(crate) fn list_title(year: i32, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("DANH SÁCH ĐỀ NGHỊ XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM {year}"),
        Lang::En => format!("PROPOSED QUALITY RATINGS OF PARTY MEMBERS, {year}"),
    }
}

pub(crate) fn list_columns(lang: Lang) -> [&'static str; 9] {
    [
        T::No.get(lang),
        w::T::ColName.get(lang),
        T::Born.get(lang),
        T::Post.get(lang),
        w::T::ColMembership.get(lang),
        w::T::ColSelf.get(lang),
        T::VotesForProposed.get(lang),
        w::T::ColProposed.get(lang),
        T::Remarks.get(lang),
    ]
}

pub(crate) fn post(p: Post, lang: Lang) -> &'static str {
    match p {
        Post::Secretary => T::Secretary,
        Post::Deputy => T::Deputy,
        Post::Committee => T::Committee,
        Post::Ordinary => T::Ordinary,
    }
    .get(lang)
}

/// "10/12 (83,3%)".
pub(crate) fn votes(votes: u32, of: u32, lang: Lang) -> String {
    match w::percent(votes, of, lang) {
        Some(p) => format!("{votes}/{of} ({p})"),
        None => format!("{votes}/{of}"),
    }
}

/// The remark on a member voted on without a level passing: "Không có mức nào đạt quá 1/2".
pub(crate) fn no_majority_remark(lang: Lang) -> String {
    upper_first(&no_majority(lang))
}

pub(crate) fn not_rated(why: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Không xếp loại: {why}"),
        Lang::En => format!("Not rated: {why}"),
    }
}

/// The cell's own proposed level under the list.
pub(crate) fn cell_level(level: Option<Level>, lang: Lang) -> String {
    let l = level.map_or(BLANK, |l| level_name(l, lang));
    match lang {
        Lang::Vi => format!("Chi bộ đề nghị xếp loại chất lượng chi bộ: {l}."),
        Lang::En => format!("The cell proposes for itself: {l}."),
    }
}

/// The XLSX splits the votes into the count and the share.
pub(crate) fn xlsx_votes(lang: Lang) -> [&'static str; 2] {
    [T::VotesForProposed, T::Share].map(|t| t.get(lang))
}
