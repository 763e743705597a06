//! The store's words, in Vietnamese and English: what is wrong with a session file. The fixed
//! texts are the `texts!` table [`T`]; sentences with values are functions matching on the
//! language once.

use std::io::ErrorKind;

use super::{IoOp, StoreError};
use chibo_core::domain::{Place, SCHEMA_VERSION, StructureError};
use chibo_core::i18n::Lang;

chibo_core::texts! {
    /// The store's fixed texts.
    pub(crate) enum T {
        NotUtf8 =>
            "tệp không phải văn bản UTF-8 (byte không hợp lệ ở đây); hãy lưu lại tệp dưới dạng UTF-8",
            "the file is not UTF-8 text (invalid byte here); save it as UTF-8";
        Invalid => "tệp phiên họp bị lỗi", "invalid session file";
        EndsHere =>
            " (tệp dừng ở đây: có thể bị trống hoặc bị cắt cụt)",
            " (the file ends here: it may be empty or cut short)";
        NotWritten => "không ghi được phiên họp", "could not write the session";
        ControlInName =>
            "tên chứa ký tự điều khiển, không được phép; hãy xóa ký tự này",
            "a name holds a control character, which is not allowed; remove it";
        NoReason =>
            "vắng có lý do (`Excused`) cần ghi lý do",
            "an excused absence (`Excused`) needs its reason";
        UnsafeLock =>
            "tệp khóa này không phải do chibo tạo (liên kết, thư mục hoặc tệp khác); chibo không mở phiên họp và không động đến tệp đó. Hãy kiểm tra rồi xóa nó",
            "this lock file was not made by chibo (a link, a folder or another file); chibo does not open the session and leaves that file alone. Check it, then remove it";
        NotAFile =>
            "không phải tệp thông thường (thư mục, FIFO hay thiết bị): không đọc",
            "not a regular file (a folder, a FIFO or a device): not read";
        ChangedOnDisk =>
            "tệp đã bị thay đổi từ nơi khác kể từ lần mở hoặc lưu trước; chưa ghi gì",
            "the file was changed elsewhere since it was opened or last saved; nothing was written";
        /// `chibo check` on a session another chibo has open.
        OpenElsewhere =>
            "đang được mở ở một chibo khác; kết quả có thể chưa phải bản cuối",
            "open in another chibo; what is on disk may not be final";
        Locked => "phiên họp đang được mở ở một chibo khác", "the session is open in another chibo";
        CannotRead => "không đọc được tệp", "cannot read the file";
        CannotWrite => "không ghi được tệp", "cannot write the file";
        CannotLock => "không khóa được tệp", "cannot lock the file";
        CannotListDir => "không đọc được thư mục", "cannot read the folder";
        EmptyId => "có đảng viên không có mã", "a member has an empty id";
        InReview => "phần kiểm điểm", "a review";
        InCriticism => "ý kiến góp ý", "a criticism";
        InContribution => "ý kiến đóng góp", "a contribution";
        AsChair => "chủ trì", "the chair";
        AsMinuteTaker => "thư ký", "the minute-taker";
        InAgendaStep => "bước chương trình", "the agenda step";
        InCountingTeam => "tổ kiểm phiếu", "the counting team";
        AsCountingHead => "tổ trưởng tổ kiểm phiếu", "the counting team's head";
        DiskFull => "ổ đĩa đã đầy", "disk full";
        NotFound => "không tìm thấy tệp hoặc thư mục", "no such file or folder";
        PermissionDenied => "không có quyền", "permission denied";
        ReadOnlyDisk => "ổ đĩa chỉ đọc", "read-only disk";
    }
}

/// The full message of a store error: `PATH:LINE:COL: …` when there is a position.
pub(super) fn error_message(e: &StoreError, lang: Lang) -> String {
    let path = e.path().display();
    match e {
        StoreError::Io {
            op, kind, detail, ..
        } => {
            let what = io_op(*op, lang);
            match io_kind(*kind, lang) {
                // The reason in the user's words, and the system's beside it for whoever helps.
                Some(why) => format!("{path}: {what}: {why} ({detail})"),
                None => format!("{path}: {what}: {detail}"),
            }
        }
        StoreError::Utf8 { line, column, .. } => {
            format!("{path}:{line}:{column}: {}", T::NotUtf8.get(lang))
        }
        StoreError::Parse {
            line,
            column,
            what,
            at_end,
            ..
        } => {
            let mut m = format!(
                "{path}:{line}:{column}: {}: {}",
                T::Invalid.get(lang),
                ron_error(what, lang)
            );
            if *at_end {
                m.push_str(T::EndsHere.get(lang));
            }
            m
        }
        StoreError::Newer { found, .. } => format!("{}: {}", at(e), newer(*found, lang)),
        StoreError::Structure { error, .. } => format!("{}: {}", at(e), structure(error, lang)),
        StoreError::Locked { pid, .. } => format!("{path}: {}", locked(*pid, lang)),
        StoreError::ControlInName { .. }
        | StoreError::NoReason { .. }
        | StoreError::UnsafeLock { .. }
        | StoreError::NotAFile { .. }
        | StoreError::TooLarge { .. }
        | StoreError::ChangedOnDisk { .. } => safety(e, lang),
        StoreError::Serialize { error, .. } => {
            format!("{path}: {}: {error}", T::NotWritten.get(lang))
        }
        StoreError::WouldNotLoad { cause, .. } => {
            format!("{path}: {}", would_not_load(cause, lang))
        }
    }
}

/// A save refused before writing: why the file would not open again, and that nothing changed.
fn would_not_load(cause: &StoreError, lang: Lang) -> String {
    let why = match cause {
        StoreError::TooLarge { size, .. } => too_large_to_save(*size, lang),
        StoreError::ControlInName { ch, .. } => {
            format!("{} (U+{:04X})", T::ControlInName.get(lang), u32::from(*ch))
        }
        StoreError::NoReason { .. } => T::NoReason.get(lang).to_owned(),
        StoreError::Structure { error, .. } => structure(error, lang),
        StoreError::Parse { what, .. } => ron_error(what, lang),
        other => error_message(other, lang),
    };
    match lang {
        Lang::Vi => format!(
            "chưa lưu, vì tệp lưu ra sẽ không mở lại được: {why}. Tệp trên đĩa vẫn giữ nguyên."
        ),
        Lang::En => format!(
            "not saved, since the file written would not open again: {why}. The file on disk \
             is unchanged."
        ),
    }
}

/// A session too large for its file, in MiB (the limit is [`super::MAX_FILE_SIZE`]).
fn too_large_to_save(size: u64, lang: Lang) -> String {
    let mib = |n: u64| n as f64 / (1024.0 * 1024.0);
    let (size, max) = (mib(size), mib(super::MAX_FILE_SIZE));
    match lang {
        Lang::Vi => format!(
            "phiên họp quá lớn ({} MiB, một tệp phiên họp tối đa {max:.0} MiB); hãy rút ngắn \
             những đoạn văn bản dài nhất",
            format!("{size:.1}").replace('.', ",")
        ),
        Lang::En => format!(
            "the session is too large ({size:.1} MiB; a session file holds at most {max:.0} \
             MiB); shorten its longest texts"
        ),
    }
}

/// The messages of issue 10's refusals: what is not safe to read, lock or overwrite.
fn safety(e: &StoreError, lang: Lang) -> String {
    let path = e.path().display();
    let t = |t: T| t.get(lang);
    match e {
        StoreError::ControlInName { ch, .. } => {
            format!(
                "{}: {} (U+{:04X})",
                at(e),
                t(T::ControlInName),
                u32::from(*ch)
            )
        }
        StoreError::NoReason { .. } => format!("{}: {}", at(e), t(T::NoReason)),
        StoreError::UnsafeLock { .. } => format!("{path}: {}", t(T::UnsafeLock)),
        StoreError::NotAFile { .. } => format!("{path}: {}", t(T::NotAFile)),
        StoreError::TooLarge { size, .. } => format!("{path}: {}", too_large(*size, lang)),
        StoreError::ChangedOnDisk { .. } => format!("{path}: {}", t(T::ChangedOnDisk)),
        _ => path.to_string(),
    }
}

fn too_large(size: u64, lang: Lang) -> String {
    let max = super::MAX_FILE_SIZE;
    match lang {
        Lang::Vi => format!("tệp quá lớn ({size} byte, tối đa {max} byte): không phải phiên họp"),
        Lang::En => format!("file too large ({size} bytes, at most {max}): not a session"),
    }
}

/// `PATH:LINE:COLUMN` when the error has a position, else `PATH`.
fn at(e: &StoreError) -> String {
    match e.position() {
        Some((line, column)) => format!("{}:{line}:{column}", e.path().display()),
        None => e.path().display().to_string(),
    }
}

/// `chibo check` on a session another chibo has open.
pub fn open_elsewhere(pid: Option<u32>, lang: Lang) -> String {
    with_holder(T::OpenElsewhere.get(lang), pid, lang)
}

fn newer(found: u32, lang: Lang) -> String {
    let ours = SCHEMA_VERSION;
    match lang {
        Lang::Vi => format!(
            "tệp được ghi bởi một phiên bản chibo mới hơn (lược đồ {found}, bản này chỉ đọc được đến {ours}); hãy cập nhật chibo"
        ),
        Lang::En => format!(
            "written by a newer chibo (schema {found}; this one reads up to {ours}); update chibo"
        ),
    }
}

/// Another chibo holds the session, with its process id when the lock file names it.
fn locked(pid: Option<u32>, lang: Lang) -> String {
    with_holder(T::Locked.get(lang), pid, lang)
}

/// A sentence about another chibo, with its process id when it is known.
fn with_holder(open: &str, pid: Option<u32>, lang: Lang) -> String {
    match (lang, pid) {
        (Lang::Vi, Some(pid)) => format!("{open} (tiến trình {pid})"),
        (Lang::En, Some(pid)) => format!("{open} (process {pid})"),
        (_, None) => open.to_owned(),
    }
}

fn io_op(op: IoOp, lang: Lang) -> &'static str {
    match op {
        IoOp::Read => T::CannotRead,
        IoOp::Write => T::CannotWrite,
        IoOp::Lock => T::CannotLock,
        IoOp::ListDir => T::CannotListDir,
    }
    .get(lang)
}

fn structure(e: &StructureError, lang: Lang) -> String {
    match (e, lang) {
        (StructureError::DuplicateMember(id), Lang::Vi) => {
            format!("mã đảng viên `{id}` bị dùng hai lần")
        }
        (StructureError::DuplicateMember(id), Lang::En) => {
            format!("member id `{id}` is used twice")
        }
        (StructureError::UnknownMember { place, id }, Lang::Vi) => format!(
            "{} nhắc đến đảng viên `{id}`, người không có trong danh sách",
            place_name(*place, lang)
        ),
        (StructureError::UnknownMember { place, id }, Lang::En) => format!(
            "{} names member `{id}`, who is not in the roster",
            place_name(*place, lang)
        ),
        (StructureError::DuplicateReview(id), Lang::Vi) => {
            format!("có hai phần kiểm điểm cho đảng viên `{id}`")
        }
        (StructureError::DuplicateReview(id), Lang::En) => {
            format!("two reviews for member `{id}`")
        }
        (StructureError::EmptyId, _) => T::EmptyId.get(lang).to_owned(),
    }
}

/// Where the session names a member.
fn place_name(place: Place, lang: Lang) -> &'static str {
    match place {
        Place::Review => T::InReview,
        Place::Criticism => T::InCriticism,
        Place::Contribution => T::InContribution,
        Place::Chair => T::AsChair,
        Place::MinuteTaker => T::AsMinuteTaker,
        Place::CountingTeam => T::InCountingTeam,
        Place::CountingHead => T::AsCountingHead,
        Place::AgendaStep => T::InAgendaStep,
    }
    .get(lang)
}

/// What RON expected, in the reader's language. English keeps RON's own words.
fn ron_error(e: &ron::Error, lang: Lang) -> String {
    match lang {
        Lang::Vi => ron_error_vi(e),
        Lang::En => e.to_string(),
    }
}

/// RON's messages in Vietnamese (RON has none of its own).
fn ron_error_vi(e: &ron::Error) -> String {
    use ron::Error as E;
    let s = |t: &str| t.to_owned();
    match e {
        E::Eof => s("tệp kết thúc giữa chừng (thiếu phần cuối?)"),
        E::ExpectedComma => s("thiếu dấu phẩy `,`"),
        E::ExpectedInteger => s("cần một số nguyên"),
        E::ExpectedString => s("cần một chuỗi trong dấu ngoặc kép"),
        E::ExpectedBoolean => s("cần `true` hoặc `false`"),
        E::ExpectedStringEnd => s("chuỗi chưa đóng dấu ngoặc kép"),
        E::ExpectedArray => s("cần mở danh sách bằng `[`"),
        E::ExpectedArrayEnd => s("cần đóng danh sách bằng `]`"),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => s("cần mở ngoặc `(`"),
        E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => s("cần đóng ngoặc `)`"),
        E::ExpectedMapColon => s("thiếu dấu hai chấm `:`"),
        E::TrailingCharacters => s("còn nội dung thừa sau khi phiên họp đã kết thúc"),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => format!(
            "giá trị `{found}` không hợp lệ, cần một trong: {}",
            expected.join(", ")
        ),
        E::MissingStructField { field, .. } => format!("thiếu trường `{field}`"),
        E::DuplicateStructField { field, .. } => format!("trường `{field}` xuất hiện hai lần"),
        E::NoSuchStructField { found, .. } => format!("trường `{found}` không có trong phiên họp"),
        E::IntegerOutOfBounds => s("số quá lớn hoặc âm"),
        // Messages of the value's own parser (chrono's dates): keep its words.
        E::Message(m) => format!("giá trị không hợp lệ ({m})"),
        other => format!("{other}"),
    }
}

/// The usual reasons a file cannot be read or written, in words; `None` for the rare others.
fn io_kind(kind: ErrorKind, lang: Lang) -> Option<&'static str> {
    let t = match kind {
        ErrorKind::StorageFull => T::DiskFull,
        ErrorKind::NotFound => T::NotFound,
        ErrorKind::PermissionDenied => T::PermissionDenied,
        ErrorKind::ReadOnlyFilesystem => T::ReadOnlyDisk,
        _ => return None,
    };
    Some(t.get(lang))
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use chibo_core::domain::MemberId;

    fn unknown(place: Place) -> StoreError {
        StoreError::Structure {
            at: None,
            path: PathBuf::from("s.ron"),
            error: StructureError::UnknownMember {
                place,
                id: MemberId::new("m9"),
            },
        }
    }

    #[test]
    fn an_unknown_member_is_placed_in_each_language() {
        let e = unknown(Place::MinuteTaker);
        assert_eq!(
            error_message(&e, Lang::Vi),
            "s.ron: thư ký nhắc đến đảng viên `m9`, người không có trong danh sách"
        );
        assert_eq!(
            error_message(&e, Lang::En),
            "s.ron: the minute-taker names member `m9`, who is not in the roster"
        );
        let e = unknown(Place::Criticism);
        assert!(error_message(&e, Lang::Vi).contains("ý kiến góp ý nhắc đến"));
    }

    #[test]
    fn every_text_has_both_languages() {
        let found = [
            chibo_core::i18n::untranslated::<T>(),
            chibo_core::i18n::untranslated::<crate::import::words::T>(),
        ]
        .concat();
        assert!(found.is_empty(), "{found:#?}");
    }

    #[test]
    fn a_lock_names_its_holder() {
        let e = StoreError::Locked {
            path: PathBuf::from("s.ron"),
            pid: Some(42),
        };
        assert_eq!(
            error_message(&e, Lang::Vi),
            "s.ron: phiên họp đang được mở ở một chibo khác (tiến trình 42)"
        );
        let e = StoreError::Locked {
            path: PathBuf::from("s.ron"),
            pid: None,
        };
        assert_eq!(
            error_message(&e, Lang::En),
            "s.ron: the session is open in another chibo"
        );
    }
}
