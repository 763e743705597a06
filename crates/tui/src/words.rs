//! Every string of the terminal app, in Vietnamese (the default) and English: the fixed texts
//! and the labels here, the words about the state of the meeting in `words/meeting.rs`.

mod meeting;

pub(crate) use meeting::*;

use crate::keymap::Action;
use chibo_core::domain::{Attendance, Exclusion, Member, Post};
use chibo_core::i18n::Lang;
use chibo_files::store::StoreError;

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
    ReadingFiles => "Đang đọc các phiên họp…", "Reading the sessions…";
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
    OpinionReceived => "Ý kiến nơi SHTT: ngày nhận", "Its opinion: received on";
    OpinionCell => "Ý kiến nơi SHTT: chi bộ", "Its opinion: from the cell";
    OpinionText => "Ý kiến nơi SHTT: nội dung", "Its opinion: text";
    OpinionNeedsDate => "Ý kiến của chi bộ nơi sinh hoạt tạm thời cần ngày nhận (dd/mm/yyyy)", "The temporary cell's opinion needs the day it was received (dd/mm/yyyy)";
    ViolationDate => "Ngày vi phạm", "Violation: date";
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
    AgendaVote => "Thông qua chương trình", "Agenda adopted";
    AgendaRow => "Chương trình họp", "Agenda";
    CountingVote => "Bầu tổ kiểm phiếu", "Counting team elected";
    ReportVote => "Thông qua báo cáo", "Report adopted";
    Purpose => "Mục đích, yêu cầu", "Purpose";
    Request => "Kiến nghị của chi bộ", "The cell's requests";
    Close => "Bế mạc, khóa biên bản", "Close and finalize";
    Chair => "Chủ trì", "Chair";
    MinuteTaker => "Thư ký", "Minute-taker";
    StartTime => "Giờ bắt đầu", "Start time";
    MeetingInfo => "Thông tin hội nghị", "Meeting details";
    Settings => "Quy định, cách tính", "Rules and counting";
    DenomConvened => "đảng viên chính thức được triệu tập", "official members called";
    DenomPresent => "đảng viên chính thức có mặt", "official members present";
    Cumulative => "Cộng dồn phiếu mức cao sang mức thấp", "Count votes cumulatively";
    CumulativeShort => " · cộng dồn", " · cumulative";
    CapPercent => "Tỷ lệ HTXSNV tối đa so với HTTNV (%)", "Excellent cap, % of Good";
    Holidays => "Ngày nghỉ lễ khác 1/1 (dd/mm/yyyy, …)", "Holidays besides 1 Jan (dd/mm/yyyy, …)";
    BadHolidays => "Ngày nghỉ lễ: ghi dd/mm/yyyy, cách nhau bởi dấu phẩy", "Holidays: write dd/mm/yyyy, separated by commas";
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
    Answer => "Tiếp thu, giải trình", "The member's answer";
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
    FixTheCounts => "Chưa lưu: hãy sửa các số cho khớp.", "Not saved: make the counts add up.";
    NewRoundQ => "đã có kết quả", "already has a result";
    NewRoundAsk => "Biểu quyết thêm một vòng? Biên bản ghi lại mọi vòng.", "Hold another round? The minutes keep every round.";
    NoResult => "Không mức nào đạt; cần biểu quyết lại", "No level passed; vote again";
    UndoVoteQ => "Xóa vòng biểu quyết cuối cùng?", "Remove the last vote round?";
    TheCell => "Chi bộ", "The cell";
    NotYet => "chưa xếp loại", "not rated yet";
    Rated => "Đã xếp loại", "Rated";
    PerLevel => "Số lượng theo mức", "Per level";
    HistoryTitle => "Xếp loại qua các năm", "Ratings over the years";
    NoHistory => "Chưa có phiên họp nào của chi bộ có đảng viên này.", "No session of the cell names this member.";
    ByNameOnly => "chỉ khớp theo họ tên: thiếu năm sinh", "matched by name only: no birth year";
    Agree => "Tán thành", "Agree";
    Disagree => "Không tán thành", "Disagree";
    Abstain => "Không biểu quyết", "Abstain";
    Status => "Trạng thái", "Status";
    NotFinalized => "Chưa khóa — nhấn f để khóa biên bản", "Not finalized — press f to finalize";
    FinalizedAt => "Đã khóa lúc", "Finalized at";
    FinalizeQ => "Khóa biên bản? Sau khi khóa, phiên họp chỉ còn đọc.", "Finalize? The session becomes read-only.";
    Unfinished => "Chưa xong:", "Unfinished:";
    ReadOnlyWhy => "Biên bản đã khóa, chỉ xem được — nhấn o để mở lại và sửa (ghi lý do).", "The minutes are finalized and read-only — press o to reopen them (with a reason).";
    ExportAll => "Tất cả: Word, Markdown, văn bản và bảng kết quả", "All: Word, Markdown, text and the results table";
    ImportPath => "Tệp danh sách đảng viên (.csv hoặc .xlsx)", "Member list file (.csv or .xlsx)";
    ImportQ => "Nhập danh sách", "Import the list";
    ChangedElsewhere => "Tệp phiên họp đã bị sửa ở nơi khác", "The session file was changed elsewhere";
    KeepMine => "Giữ bản của tôi (bản kia được cất thành một tệp .conflict bên cạnh)", "Keep mine (theirs is kept beside it as a .conflict file)";
    MineAsCopy => "Lưu bản của tôi thành một bản sao, rồi mở bản trên đĩa", "Save mine as a copy, then open theirs";
    ReloadTheirs => "Mở bản trên đĩa (bỏ những thay đổi chưa lưu của tôi)", "Open theirs (drop my unsaved changes)";
    TheirsKept => "Đã lưu bản của tôi; bản kia cất tại", "Mine is saved; theirs is kept at";
    MineKept => "Bản của tôi đã lưu tại", "Mine is saved at";
    VisitorMark => "sinh hoạt tạm thời", "temporary here";
    FactsRow => "Cho biên bản", "For the minutes";
    BasisShort => "văn bản", "basis";
    RepShort => "đại diện cấp trên", "representative";
    SummaryTitle => "Tổng hợp kết quả các chi bộ trong thư mục", "The results of every cell in the folder";
    OpenToRead => "Phiên họp này được mở để xem, không sửa được.", "This session is open to read only.";
    BatchTitle => "Kiểm phiếu: một đợt phiếu cho tất cả đảng viên có mặt", "Counting: one set of ballots for every member present";
    BatchBallots => "Phiếu phát ra / thu về", "Ballots issued / returned";
    InvalidShort => "K.hợp lệ", "Invalid";
    RowDoesNotAddUp => "chưa khớp số phiếu", "does not add up";
    GridDecided => "(đã có kết quả)", "(decided)";
    PaperBallots => "Phiếu đánh giá đảng viên (.docx)", "Ballots for the members (.docx)";
    PaperCellBallots => "Phiếu đánh giá chi bộ (.docx)", "Ballots for the cell (.docx)";
    PaperCounting => "Biên bản kiểm phiếu (.docx)", "The counting record (.docx)";
    PaperList => "Danh sách đề nghị xếp loại (.docx)", "The list sent up (.docx)";
    PaperListXlsx => "Danh sách đề nghị xếp loại (.xlsx)", "The list sent up (.xlsx)";
    CountingTeam => "Tổ kiểm phiếu", "Counting team";
    CountingTeamAsk => "Tổ kiểm phiếu: tên các đồng chí, tổ trưởng trước (vd. An, Bình, Cường)", "Counting team: names, the head first (e.g. An, Bình, Cường)";
    DropTypedQ => "Bỏ những gì vừa nhập trong ô này?", "Drop what was typed in this form?";
    RemoveRemarkQ => "Xóa ý kiến này?", "Remove this remark?";
    RemoveGuestQ => "Xóa khách mời này?", "Remove this guest?";
    ExportTitle => "Xuất biên bản", "Export the minutes";
    Exported => "Đã ghi", "Written";
    PreviewTitle => "Xem trước biên bản", "Minutes preview";
    PreviewHint => " ↑↓ PgUp PgDn cuộn · Esc đóng ", " ↑↓ PgUp PgDn scroll · Esc close ";
    Error => "Lỗi", "Error";
    SaveRefused => "Không lưu phiên họp: tệp lưu ra sẽ không mở lại được. Mọi thay đổi vẫn còn ở đây; hãy sửa điều nói dưới đây, lần thay đổi sau sẽ được lưu.", "The session was not saved: the file would not open again. Every change is still here; fix what is said below, and the next change is saved.";
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
    // The header while the file changed elsewhere waits for the user's choice.
    EditedElsewhere => "✗ TỆP BỊ SỬA Ở NƠI KHÁC", "✗ CHANGED ELSEWHERE";
    // The bottom of a question that takes no key yet (it came while the user was typing).
    QuestionWaits =>
        " dừng gõ 1 giây rồi chọn: phím gõ trước đó không được tính ",
        " stop typing for a second, then choose: keys typed before are not taken ";
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
        Action::ChangeSpeaker => ("đổi người phát biểu", "change the speaker"),
        Action::Import => ("nhập từ danh sách", "import a list"),
        Action::BatchVote => ("kiểm phiếu cả chi bộ", "count all at once"),
        Action::Ballots => ("in phiếu đánh giá", "print the ballots"),
        Action::Rollup => ("tổng hợp các chi bộ", "all cells"),
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

pub(crate) fn format_label(f: chibo_docs::Format, lang: Lang) -> &'static str {
    use chibo_docs::Format;
    match f {
        Format::Docx => lang.pick("Biên bản Word (.docx)", "Minutes, Word (.docx)"),
        Format::Md => lang.pick("Biên bản Markdown (.md)", "Minutes, Markdown (.md)"),
        Format::Txt => lang.pick("Biên bản văn bản (.txt)", "Minutes, plain text (.txt)"),
        Format::Csv => lang.pick("Bảng kết quả (.csv)", "Results table (.csv)"),
    }
}

pub(crate) fn too_small(w: u16, h: u16, min: (u16, u16), lang: Lang) -> String {
    let (mw, mh) = min;
    match lang {
        Lang::Vi => {
            format!("Cửa sổ quá nhỏ ({w}×{h}). Cần ít nhất {mw}×{mh}: hãy phóng to cửa sổ.")
        }
        Lang::En => format!("The terminal is too small ({w}×{h}). It needs at least {mw}×{mh}."),
    }
}

/// A problem in the user's words, as its message box (or the form that sent it) shows it.
pub(crate) fn problem(p: &crate::problem::Problem, lang: Lang) -> String {
    use crate::problem::Problem;
    match p {
        Problem::Store(e) => e.message(lang),
        Problem::NotSaved(e @ StoreError::WouldNotLoad { .. }) => {
            format!("{}\n{}", T::SaveRefused.get(lang), e.message(lang))
        }
        Problem::NotSaved(e) => format!("{}\n{}", T::SaveFailed.get(lang), e.message(lang)),
        Problem::Domain(e) => domain_error(e, lang),
        // The documents' errors are technical (a library's message) and have no Vietnamese yet.
        Problem::Export(e) => e.to_string(),
        Problem::Import(e) => chibo_files::import::words::error(e, lang),
        Problem::OpenToRead => T::OpenToRead.get(lang).to_owned(),
        Problem::Name(e) => chibo_core::i18n::name_error(e, lang),
    }
}

/// "Đang đọc các phiên họp… 120/500": how far a reading of many files is (the count once the
/// files are listed).
pub(crate) fn reading(p: crate::jobs::Progress, lang: Lang) -> String {
    let text = T::ReadingFiles.get(lang);
    match p.total {
        Some(total) => format!("{text} {}/{total}", p.done),
        None => text.to_owned(),
    }
}

pub(crate) fn attendance_label(a: &Attendance, lang: Lang) -> String {
    match a {
        Attendance::Unknown => lang.pick("chưa điểm danh", "not called").to_owned(),
        Attendance::Present => lang.pick("có mặt", "present").to_owned(),
        Attendance::PresentNotVoting => chibo_core::i18n::present_not_voting(lang).to_owned(),
        Attendance::Excused(r) => format!("{}: {r}", lang.pick("vắng có lý do", "absent, excused")),
        Attendance::Unexcused => lang
            .pick("vắng không lý do", "absent, unexcused")
            .to_owned(),
    }
}

pub(crate) fn exclusion_label(x: Exclusion, lang: Lang) -> String {
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

pub(crate) fn post_label(p: Post, lang: Lang) -> &'static str {
    match p {
        Post::Secretary => lang.pick("Bí thư", "Secretary"),
        Post::Deputy => lang.pick("Phó bí thư", "Deputy"),
        Post::Committee => lang.pick("Chi ủy viên", "Committee"),
        Post::Ordinary => lang.pick("Đảng viên", "Member"),
    }
}

/// The roster's notes column: probationary, exempt, and the like.
pub(crate) fn member_flags(m: &Member, lang: Lang) -> String {
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
