//! Every string of the terminal app, in Vietnamese (the default) and English.

use chrono::{DateTime, FixedOffset, NaiveDateTime};

use crate::domain::{
    Attendance, DomainError, Exclusion, FindingKind, Member, Outcome, Post, Requirement, Score,
    Session, Step,
};
use crate::i18n::{Lang, level_name};
use crate::tui::app::SaveState;
use crate::tui::keymap::Action;

macro_rules! texts {
    ($($name:ident => $vi:literal, $en:literal;)*) => {
        /// A fixed UI text; [`T::get`] gives it in a language.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum T { $($name),* }
        impl T {
            pub fn get(self, lang: Lang) -> &'static str {
                match self { $(T::$name => lang.pick($vi, $en)),* }
            }
        }
    };
}

texts! {
    HomeTitle => "Hội nghị kiểm điểm, đánh giá, xếp loại", "Annual review meetings";
    Sessions => " Các phiên họp ", " Sessions ";
    Reading => "Đang đọc các phiên họp trong thư mục…", "Reading the sessions of this folder…";
    NoPresent => "Chưa có đảng viên nào có mặt: hãy điểm danh trước.", "No member is present yet: call the roll first.";
    NoSessions => "Chưa có phiên họp nào trong thư mục này. Nhấn n để tạo phiên mới.", "No sessions in this folder yet. Press n to create one.";
    ColCell => "Chi bộ", "Cell";
    ColYear => "Năm", "Year";
    ColDate => "Ngày họp", "Date";
    ColStatus => "Trạng thái", "Status";
    ColMembers => "Đảng viên", "Members";
    ColRated => "Đã xếp", "Rated";
    ColName => "Họ và tên", "Full name";
    ColId => "Mã", "Id";
    ColBorn => "Năm sinh", "Born";
    ColPost => "Chức vụ", "Post";
    ColNotes => "Ghi chú", "Notes";
    NewSessionTitle => "Phiên họp mới", "New session";
    CellName => "Tên chi bộ", "Cell name";
    Committee => "Đảng bộ cấp trên", "Committee above";
    DateDmy => "Ngày họp (dd/mm/yyyy)", "Date (dd/mm/yyyy)";
    Place => "Địa điểm", "Place";
    RuleSet => "Quy định áp dụng", "Rules";
    RosterFrom => "Danh sách đảng viên", "Roster";
    EmptyRoster => "Danh sách trống", "Empty roster";
    NeedCell => "Cần nhập tên chi bộ", "The cell needs a name";
    BadYear => "Năm không hợp lệ", "Not a valid year";
    BadDate => "Ngày không hợp lệ (dd/mm/yyyy)", "Not a valid date (dd/mm/yyyy)";
    BadTime => "Giờ không hợp lệ (hh:mm)", "Not a valid time (hh:mm)";
    TimeHhMm => "Giờ (hh:mm)", "Time (hh:mm)";
    RosterTitle => "Danh sách đảng viên", "Roster";
    Members => "Đảng viên", "Members";
    AddMemberTitle => "Thêm đảng viên", "Add a member";
    EditMemberTitle => "Sửa thông tin đảng viên", "Edit member";
    Membership => "Đảng viên", "Membership";
    Official => "Chính thức", "Official";
    Probationary => "Dự bị", "Probationary";
    ProbationaryMark => " (dự bị)", " (probationary)";
    Admitted => "Ngày kết nạp", "Admitted on";
    Exempt => "Miễn sinh hoạt", "Exempt";
    Suspended => "Đình chỉ sinh hoạt", "Suspended";
    Elsewhere => "Sinh hoạt tạm thời tại", "Temporarily active at";
    Disciplined => "Bị kỷ luật trong năm", "Disciplined this year";
    SelfReported => "Tự phát hiện, khắc phục", "Self-reported, remedied";
    SickLeave => "Nghỉ ốm từ 3 tháng", "Sick leave ≥ 3 months";
    IdFixed => "Không đổi được mã đảng viên", "A member's id cannot change";
    RemoveMemberQ => "Xóa đảng viên", "Remove";
    Agenda => " Chương trình ", " Agenda ";
    Findings => " Lưu ý ", " Findings ";
    Opening => "Khai mạc, điểm danh", "Opening, roll call";
    Collective => "Kiểm điểm tập thể", "Collective review";
    CellRating => "Chi bộ tự xếp loại", "The cell's rating";
    Summary => "Tổng hợp", "Summary";
    MinutesVote => "Thông qua biên bản", "Minutes vote";
    Close => "Bế mạc, khóa biên bản", "Close and finalize";
    Chair => "Chủ trì", "Chair";
    MinuteTaker => "Thư ký", "Minute-taker";
    StartTime => "Giờ bắt đầu", "Start time";
    MeetingInfo => "Thông tin hội nghị", "Meeting details";
    Settings => "Quy định, cách tính", "Rules and counting";
    Denominator => "Mẫu số khi tính quá 1/2", "Majority counted over";
    DenomConvened => "đảng viên chính thức được triệu tập", "official members called";
    DenomPresent => "đảng viên chính thức có mặt", "official members present";
    Cumulative => "Cộng dồn phiếu mức cao sang mức thấp", "Count votes cumulatively";
    CumulativeShort => " · cộng dồn", " · cumulative";
    CapPercent => "Tỷ lệ HTXSNV tối đa so với HTTNV (%)", "Excellent cap, % of Good";
    CapPercentBad => "Tỷ lệ HTXSNV phải là số nguyên (20, tối đa 25)", "The cap must be a whole number (20, at most 25)";
    CapReason => "Lý do (khi trên 20%)", "Reason (above 20%)";
    DraftSentShort => "gửi dự thảo", "draft sent";
    DraftSent => "Ngày gửi dự thảo báo cáo (dd/mm/yyyy)", "Draft report sent on (dd/mm/yyyy)";
    EndTime => "Giờ kết thúc", "End time";
    Guest => "Khách mời", "Guest";
    AddGuestRow => "+ Thêm khách mời", "+ Add a guest";
    AbsenceReason => "Lý do vắng mặt", "Reason for absence";
    ReopenReason => "Lý do mở lại biên bản (ghi vào phụ lục)", "Why reopen (kept as an amendment)";
    Strengths => "Ưu điểm", "Strengths";
    Shortcomings => "Hạn chế, khuyết điểm", "Shortcomings";
    Causes => "Nguyên nhân", "Causes";
    Remedies => "Biện pháp khắc phục", "Remedies";
    Answer => "Giải trình, tiếp thu", "Answer";
    Conclusion => "Kết luận của chủ trì", "Chair's conclusion";
    AddContribution => "+ Thêm ý kiến đóng góp", "+ Add a contribution";
    AddCriticism => "+ Thêm ý kiến góp ý", "+ Add a criticism";
    Remark => "Ý kiến", "Remark";
    Speaker => "Người phát biểu", "Speaker";
    GuestSpeaker => "Khách mời (nhập tên)…", "A guest (type the name)…";
    GuestName => "Họ tên, chức vụ khách mời", "Guest's name and post";
    Member => "Đảng viên", "Member";
    SelfLevel => "Tự nhận mức", "Self-assessed level";
    SelfScore => "Điểm tự chấm", "Self-score";
    ScoreGeneral => "Tiêu chí chung (≤ 30)", "General criteria (≤ 30)";
    ScoreTasks => "Kết quả nhiệm vụ (≤ 70)", "Task results (≤ 70)";
    ScoreRange => "Điểm: tiêu chí chung ≤ 30, nhiệm vụ ≤ 70", "Score: general ≤ 30, tasks ≤ 70";
    NoneYet => "— (chưa)", "— (none)";
    Round => "Vòng", "Round";
    VoteRow => "▶ Biểu quyết xếp loại (b)", "▶ Vote on the level (b)";
    NextRoundRow => "▶ Biểu quyết vòng tiếp theo (b)", "▶ Vote another round (b)";
    VoteAgainRow => "Biểu quyết lại (b)", "Vote again (b)";
    VoteTitle => "Biểu quyết xếp loại", "Rating vote";
    Method => "Hình thức", "Method";
    SecretBallot => "Phiếu kín", "Secret ballot";
    ShowOfHands => "Giơ tay", "Show of hands";
    Issued => "Số phiếu phát ra", "Ballots issued";
    Returned => "Số phiếu thu về", "Ballots returned";
    Invalid => "Số phiếu không hợp lệ", "Invalid ballots";
    NotANumber => "không phải là số", "not a number";
    Proposed => "Đề xuất:", "Proposed:";
    NoResult => "Không mức nào đạt; cần biểu quyết lại", "No level passed; vote again";
    UndoVoteQ => "Xóa vòng biểu quyết cuối cùng?", "Remove the last vote round?";
    TheCell => "Chi bộ", "The cell";
    NotYet => "chưa xếp loại", "not rated yet";
    Rated => "Đã xếp loại", "Rated";
    PerLevel => "Số lượng theo mức", "Per level";
    HistoryTitle => "Xếp loại qua các năm", "Ratings over the years";
    NoHistory => "Chưa có phiên họp nào có đảng viên này.", "No session names this member.";
    Agree => "Tán thành", "Agree";
    Disagree => "Không tán thành", "Disagree";
    Abstain => "Không biểu quyết", "Abstain";
    Status => "Trạng thái", "Status";
    NotFinalized => "Chưa khóa — nhấn f để khóa biên bản", "Not finalized — press f to finalize";
    FinalizedAt => "Đã khóa lúc", "Finalized at";
    FinalizeQ => "Khóa biên bản? Sau khi khóa, phiên họp chỉ còn đọc.", "Finalize? The session becomes read-only.";
    Unfinished => "Chưa xong:", "Unfinished:";
    NoMinutesVote => "chưa biểu quyết thông qua biên bản", "no vote on the minutes";
    RemoveRemarkQ => "Xóa ý kiến này?", "Remove this remark?";
    RemoveGuestQ => "Xóa khách mời này?", "Remove this guest?";
    ExportTitle => "Xuất biên bản", "Export the minutes";
    Exported => "Đã ghi", "Written";
    PreviewTitle => "Xem trước biên bản", "Minutes preview";
    PreviewHint => " ↑↓ PgUp PgDn cuộn · Esc đóng ", " ↑↓ PgUp PgDn scroll · Esc close ";
    Error => "Lỗi", "Error";
    SaveFailed => "Không lưu được phiên họp. Mọi thay đổi vẫn được giữ và sẽ lưu lại tự động.", "The session could not be saved. Nothing is lost; saving is retried automatically.";
    QuitUnsaved => "Chưa lưu được phiên họp. Vẫn thoát và bỏ các thay đổi chưa lưu?", "The session is not saved. Quit anyway and lose the unsaved changes?";
    Confirm => "Xác nhận", "Confirm";
    ConfirmHint => " Enter/c: đồng ý · Esc/k: hủy ", " Enter/y: yes · Esc/n: no ";
    PressAnyKey => " Nhấn phím bất kỳ để đóng ", " Press any key to close ";
    PickHint => " ↑↓ hoặc chữ đầu tên · Enter · Esc ", " ↑↓ or a name's first letter · Enter · Esc ";
    FormHint => " Tab/↑↓ chuyển ô · ←→/Space chọn · Enter lưu · Esc hủy ", " Tab/↑↓ move · ←→/Space choose · Enter save · Esc cancel ";
    EditorHint => " Gõ nội dung · tự lưu sau 2 giây · Esc xong ", " Type · saved every 2 s · Esc done ";
    LineHint => " Enter lưu · Esc hủy ", " Enter save · Esc cancel ";
    HelpTitle => "Phím tắt", "Keys";
    Saved => "✓ đã lưu", "✓ saved";
    Unsaved => "… đang gõ", "… typing";
    NotSaved => "✗ CHƯA LƯU", "✗ NOT SAVED";
    ReadOnly => "CHỈ ĐỌC", "READ-ONLY";
    Quorum => "Có mặt", "Present";
    Elapsed => "Thời gian", "Elapsed";
    Draft => "Chuẩn bị", "Draft";
    InProgress => "Đang họp", "In progress";
    Finalized => "Đã khóa", "Finalized";
}

pub fn action_label(a: Action, lang: Lang) -> &'static str {
    let (vi, en) = match a {
        Action::Help => ("trợ giúp", "help"),
        Action::Quit => ("thoát", "quit"),
        Action::Back => ("quay lại", "back"),
        Action::Up => ("lên", "up"),
        Action::Down => ("xuống", "down"),
        Action::Open => ("mở", "open"),
        Action::NewSession => ("phiên mới", "new session"),
        Action::Reload => ("tải lại", "reload"),
        Action::AddMember => ("thêm", "add"),
        Action::EditMember => ("sửa", "edit"),
        Action::RemoveMember => ("xóa", "remove"),
        Action::ToMeeting => ("vào họp", "meeting"),
        Action::ToRoster => ("danh sách", "roster"),
        Action::PrevStep => ("bước trước", "previous step"),
        Action::NextStep => ("bước sau", "next step"),
        Action::SwitchPane => ("đổi khung", "switch pane"),
        Action::Edit => ("nhập/sửa", "edit"),
        Action::Present => ("có mặt", "present"),
        Action::Excused => ("vắng có lý do", "absent, excused"),
        Action::Unexcused => ("vắng không lý do", "absent, unexcused"),
        Action::Chair => ("chủ trì", "chair"),
        Action::MinuteTaker => ("thư ký", "minute-taker"),
        Action::AddGuest => ("khách mời", "guest"),
        Action::AddRemark => ("thêm ý kiến", "add remark"),
        Action::Delete => ("xóa", "delete"),
        Action::MoveUp => ("chuyển ý kiến lên", "move remark up"),
        Action::MoveDown => ("chuyển ý kiến xuống", "move remark down"),
        Action::Vote => ("biểu quyết", "vote"),
        Action::UndoVote => ("xóa vòng cuối", "undo last round"),
        Action::Level => ("tự nhận mức", "self level"),
        Action::Score => ("điểm", "score"),
        Action::Finalize => ("khóa biên bản", "finalize"),
        Action::Export => ("xuất biên bản", "export"),
        Action::Preview => ("xem biên bản", "preview minutes"),
        Action::Reopen => ("mở lại để sửa", "reopen to correct"),
        Action::History => ("các năm", "past years"),
        Action::Save => ("lưu", "save"),
        Action::Pick => ("chọn", "choose"),
        Action::Submit => ("đồng ý", "yes"),
        Action::Cancel => ("hủy", "cancel"),
        Action::Close => ("đóng", "close"),
        Action::Done => ("xong (tự lưu mỗi 2 giây)", "done (saved every 2 s)"),
        Action::NextField => ("ô sau", "next field"),
        Action::PrevField => ("ô trước", "previous field"),
        Action::ClearField => ("xóa ô", "clear field"),
        Action::Choose => ("chọn", "choose"),
        Action::PageUp => ("trang trước", "page up"),
        Action::PageDown => ("trang sau", "page down"),
        Action::Top => ("đầu", "top"),
        Action::Bottom => ("cuối", "bottom"),
    };
    lang.pick(vi, en)
}

pub fn format_label(f: crate::export::Format, lang: Lang) -> &'static str {
    use crate::export::Format;
    match f {
        Format::Docx => lang.pick("Biên bản Word (.docx)", "Minutes, Word (.docx)"),
        Format::Md => lang.pick("Biên bản Markdown (.md)", "Minutes, Markdown (.md)"),
        Format::Txt => lang.pick("Biên bản văn bản (.txt)", "Minutes, plain text (.txt)"),
        Format::Csv => lang.pick("Bảng kết quả (.csv)", "Results table (.csv)"),
    }
}

pub fn too_small(w: u16, h: u16, min: (u16, u16), lang: Lang) -> String {
    let (mw, mh) = min;
    match lang {
        Lang::Vi => {
            format!("Cửa sổ quá nhỏ ({w}×{h}). Cần ít nhất {mw}×{mh}: hãy phóng to cửa sổ.")
        }
        Lang::En => format!("The terminal is too small ({w}×{h}). It needs at least {mw}×{mh}."),
    }
}

pub fn attendance_label(a: &Attendance, lang: Lang) -> String {
    match a {
        Attendance::Unknown => lang.pick("chưa điểm danh", "not called").to_owned(),
        Attendance::Present => lang.pick("có mặt", "present").to_owned(),
        Attendance::Excused(r) => format!("{}: {r}", lang.pick("vắng có lý do", "absent, excused")),
        Attendance::Unexcused => lang
            .pick("vắng không lý do", "absent, unexcused")
            .to_owned(),
    }
}

pub fn exclusion_label(x: Exclusion, lang: Lang) -> String {
    match x {
        Exclusion::Exempt => lang
            .pick("miễn sinh hoạt, không kiểm điểm", "exempt, not reviewed")
            .to_owned(),
        Exclusion::Suspended => lang.pick("đình chỉ sinh hoạt", "suspended").to_owned(),
        Exclusion::AdmittedRecently { admitted } => {
            let d = admitted.format("%d/%m/%Y");
            lang.pick("kết nạp chưa đủ 6 tháng", "admitted under 6 months ago")
                .to_owned()
                + &format!(" ({d})")
        }
    }
}

pub fn post_label(p: Post, lang: Lang) -> &'static str {
    match p {
        Post::Secretary => lang.pick("Bí thư", "Secretary"),
        Post::Deputy => lang.pick("Phó bí thư", "Deputy"),
        Post::Committee => lang.pick("Chi ủy viên", "Committee"),
        Post::Ordinary => lang.pick("Đảng viên", "Member"),
    }
}

/// The roster's notes column: probationary, exempt, and the like.
pub fn member_flags(m: &Member, lang: Lang) -> String {
    let mut v: Vec<&str> = Vec::new();
    if !m.is_official() {
        v.push(T::Probationary.get(lang));
    }
    for (on, t) in [
        (m.exempt, T::Exempt),
        (m.suspended, T::Suspended),
        (m.temporary_elsewhere.is_some(), T::Elsewhere),
        (m.disciplined, T::Disciplined),
        (m.long_sick_leave, T::SickLeave),
    ] {
        if on {
            v.push(t.get(lang));
        }
    }
    v.join(", ")
}

pub fn score_text(s: Option<Score>, lang: Lang) -> String {
    s.map_or("—".to_owned(), |s| {
        let total = s.total();
        format!("{}/30 + {}/70 = {total}/100", s.general, s.tasks) + lang.pick("", "")
    })
}

/// A round's result and why: "HTTNV: 7/9 > 1/2".
pub fn outcome_text(s: &Session, o: &Outcome, lang: Lang) -> String {
    match o {
        Outcome::Proposed {
            level,
            votes,
            denominator,
        } => {
            let rule = match s.rules.settings.requirement(*level) {
                Requirement::MoreThan(f) => format!("> {}/{}", f.num, f.den),
                Requirement::AtLeast(f) => format!("≥ {}/{}", f.num, f.den),
            };
            let cumulative = if s.rules.settings.cumulative {
                lang.pick(" (cộng dồn)", " (cumulative)")
            } else {
                ""
            };
            format!(
                "{}: {votes}/{denominator} {rule}{cumulative}",
                level.short()
            )
        }
        Outcome::NoResult { denominator } => {
            let of = lang.pick("mẫu số", "out of");
            format!("{} ({of} {denominator})", T::NoResult.get(lang))
        }
    }
}

/// The same, with the level's full name: "HTTNV (Hoàn thành tốt nhiệm vụ): 7/9 > 1/2".
pub fn outcome_long(s: &Session, o: &Outcome, lang: Lang) -> String {
    let short = outcome_text(s, o, lang);
    match o.level() {
        Some(l) => short.replacen(':', &format!(" ({}):", level_name(l, lang)), 1),
        None => short,
    }
}

pub fn step_name(s: &Session, step: &Step, lang: Lang) -> String {
    match step {
        Step::Opening => T::Opening.get(lang).to_owned(),
        Step::Collective => T::Collective.get(lang).to_owned(),
        Step::Member(id) => s.member_name(id).to_owned(),
        Step::CellRating => T::CellRating.get(lang).to_owned(),
        Step::Summary => T::Summary.get(lang).to_owned(),
        Step::MinutesVote => T::MinutesVote.get(lang).to_owned(),
        Step::Close => T::Close.get(lang).to_owned(),
    }
}

pub fn summary_status(s: crate::store::SummaryStatus, lang: Lang) -> &'static str {
    use crate::store::SummaryStatus as S;
    match s {
        S::Draft => T::Draft.get(lang),
        S::InProgress => T::InProgress.get(lang),
        S::Finalized => T::Finalized.get(lang),
    }
}

/// The meeting's top line: the cell's name, and then the year, quorum, elapsed time and
/// whether it is saved (kept whole when the name is cut).
pub fn header_text(
    s: &Session,
    save: &SaveState,
    now: DateTime<FixedOffset>,
    lang: Lang,
) -> (String, String) {
    let elapsed = s
        .meeting
        .start
        .filter(|_| s.status != crate::domain::Status::Draft)
        .map(|t| NaiveDateTime::new(s.meeting.date, t))
        .map(|start| now.naive_local() - start)
        .filter(|d| d.num_seconds() >= 0 && d.num_hours() < 24)
        .map_or("—".to_owned(), |d| {
            format!("{}:{:02}", d.num_hours(), d.num_minutes() % 60)
        });
    let saved = match save {
        SaveState::Saved => T::Saved.get(lang),
        SaveState::Unsaved => T::Unsaved.get(lang),
        SaveState::Failed(_) => T::NotSaved.get(lang),
    };
    let ro = if s.status.is_finalized() {
        format!("{} · ", T::ReadOnly.get(lang))
    } else {
        String::new()
    };
    let stats = format!(
        " · {} · {} {}/{} · {} {elapsed} · ",
        s.year,
        T::Quorum.get(lang),
        s.denominator_present(),
        s.denominator(),
        T::Elapsed.get(lang),
    );
    (format!(" {}", s.cell.name), format!("{stats}{ro}{saved} "))
}

/// The finalize question, naming what is unfinished.
pub fn finalize_question(s: &Session, findings: &[crate::domain::Finding], lang: Lang) -> String {
    let named = |kind: FindingKind| -> Vec<&str> {
        findings
            .iter()
            .filter(|f| f.kind == kind)
            .filter_map(|f| match &f.subject {
                crate::domain::Subject::Member(id) => Some(s.member_name(id)),
                _ => None,
            })
            .collect()
    };
    let mut text = T::FinalizeQ.get(lang).to_owned();
    let mut missing = Vec::new();
    for (kind, label) in [
        (
            FindingKind::NotRated,
            lang.pick("chưa xếp loại", "not rated"),
        ),
        (
            FindingKind::ReviewLater,
            lang.pick("vắng, xếp loại sau", "absent, to be rated later"),
        ),
    ] {
        let names = named(kind);
        if !names.is_empty() {
            missing.push(format!("{label}: {}", names.join(", ")));
        }
    }
    if s.cell_outcome().and_then(|o| o.level()).is_none() {
        missing.push(
            lang.pick("chi bộ chưa tự xếp loại", "the cell is not rated")
                .to_owned(),
        );
    }
    if s.minutes_vote.is_none() {
        missing.push(T::NoMinutesVote.get(lang).to_owned());
    }
    if s.meeting.end.is_none() {
        missing.push(
            lang.pick("chưa ghi giờ kết thúc", "no closing time")
                .to_owned(),
        );
    }
    if !missing.is_empty() {
        text = format!(
            "{text}\n\n{} {}",
            T::Unfinished.get(lang),
            missing.join("; ")
        );
    }
    text
}

/// A refused change, in words.
pub fn domain_error(e: &DomainError, lang: Lang) -> String {
    if lang == Lang::En {
        return e.to_string();
    }
    match e {
        DomainError::Finalized => "Phiên họp đã khóa; phải mở lại mới sửa được.".into(),
        DomainError::NotFinalized => "Phiên họp chưa khóa.".into(),
        DomainError::UnknownMember(id) => format!("Không có đảng viên mã `{id}`."),
        DomainError::DuplicateMember(id) => format!("Mã đảng viên `{id}` đã được dùng."),
        DomainError::EmptyMember => "Đảng viên cần có mã và họ tên.".into(),
        DomainError::NotReviewed(id) => {
            format!("Đảng viên `{id}` không thuộc diện kiểm điểm tại hội nghị này.")
        }
        DomainError::Tally(_) => "Kết quả biểu quyết không khớp.".into(),
        DomainError::Score => T::ScoreRange.get(lang).into(),
        DomainError::NoSuchItem(i) => format!("Không có mục thứ {}.", i + 1),
        DomainError::WrongField => "Trường này không thuộc về đây.".into(),
        DomainError::MotionOverVoters { counted, voters } => {
            format!(
                "Số biểu quyết ({counted}) nhiều hơn số đảng viên chính thức có mặt ({voters})."
            )
        }
        DomainError::EmptyReason => "Cần ghi lý do.".into(),
        DomainError::NotAGuest => "Đại diện cấp ủy cấp trên phải là một khách mời.".into(),
        DomainError::EmptyVisitor => "Đảng viên sinh hoạt tạm thời cần có họ tên.".into(),
        DomainError::MemberInUse(id) => {
            format!(
                "Đảng viên `{id}` đã có nội dung kiểm điểm hoặc được nêu tên trong hội nghị; hãy xóa các nội dung đó trước."
            )
        }
    }
}

pub fn field_label(f: crate::domain::TextField, lang: Lang) -> &'static str {
    match f {
        crate::domain::TextField::Strengths => T::Strengths.get(lang),
        crate::domain::TextField::Shortcomings => T::Shortcomings.get(lang),
        crate::domain::TextField::Causes => T::Causes.get(lang),
        crate::domain::TextField::Remedies => T::Remedies.get(lang),
        crate::domain::TextField::Answer => T::Answer.get(lang),
        crate::domain::TextField::Conclusion => T::Conclusion.get(lang),
    }
}

pub fn method_label(m: crate::domain::VoteMethod, lang: Lang) -> &'static str {
    match m {
        crate::domain::VoteMethod::SecretBallot => T::SecretBallot.get(lang),
        crate::domain::VoteMethod::ShowOfHands => T::ShowOfHands.get(lang),
    }
}
