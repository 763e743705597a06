//! The store's words, in Vietnamese and English: what is wrong with a session file.

use std::io::ErrorKind;

use super::{IoOp, StoreError};
use chibo_core::domain::{Place, SCHEMA_VERSION, StructureError};
use chibo_core::i18n::Lang;

/// The full message of a store error: `PATH:LINE:COL: …` when there is a position.
pub fn error_message(e: &StoreError, lang: Lang) -> String {
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
        StoreError::Utf8 { line, column, .. } => format!(
            "{path}:{line}:{column}: {}",
            lang.pick(
                "tệp không phải văn bản UTF-8 (byte không hợp lệ ở đây); hãy lưu lại tệp dưới dạng UTF-8",
                "the file is not UTF-8 text (invalid byte here); save it as UTF-8"
            )
        ),
        StoreError::Parse {
            line,
            column,
            what,
            at_end,
            ..
        } => {
            let mut m = format!(
                "{path}:{line}:{column}: {}: {}",
                lang.pick("tệp phiên họp bị lỗi", "invalid session file"),
                ron_error(what, lang)
            );
            if *at_end {
                m.push_str(lang.pick(
                    " (tệp dừng ở đây: có thể bị trống hoặc bị cắt cụt)",
                    " (the file ends here: it may be empty or cut short)",
                ));
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
        StoreError::Serialize { error, .. } => format!(
            "{path}: {}: {error}",
            lang.pick("không ghi được phiên họp", "could not write the session")
        ),
    }
}

/// The messages of issue 10's refusals: what is not safe to read, lock or overwrite.
fn safety(e: &StoreError, lang: Lang) -> String {
    let path = e.path().display();
    match e {
        StoreError::ControlInName { ch, .. } => format!(
            "{}: {} (U+{:04X})",
            at(e),
            lang.pick(
                "tên chứa ký tự điều khiển, không được phép; hãy xóa ký tự này",
                "a name holds a control character, which is not allowed; remove it"
            ),
            u32::from(*ch)
        ),
        StoreError::NoReason { .. } => format!(
            "{}: {}",
            at(e),
            lang.pick(
                "vắng có lý do (`Excused`) cần ghi lý do",
                "an excused absence (`Excused`) needs its reason"
            )
        ),
        StoreError::UnsafeLock { .. } => format!(
            "{path}: {}",
            lang.pick(
                "tệp khóa này không phải do chibo tạo (liên kết, thư mục hoặc tệp khác); chibo không mở phiên họp và không động đến tệp đó. Hãy kiểm tra rồi xóa nó",
                "this lock file was not made by chibo (a link, a folder or another file); chibo does not open the session and leaves that file alone. Check it, then remove it"
            )
        ),
        StoreError::NotAFile { .. } => format!(
            "{path}: {}",
            lang.pick(
                "không phải tệp thông thường (thư mục, FIFO hay thiết bị): không đọc",
                "not a regular file (a folder, a FIFO or a device): not read"
            )
        ),
        StoreError::TooLarge { size, .. } => match lang {
            Lang::Vi => format!(
                "{path}: tệp quá lớn ({size} byte, tối đa {} byte): không phải phiên họp",
                super::MAX_FILE_SIZE
            ),
            Lang::En => format!(
                "{path}: file too large ({size} bytes, at most {}): not a session",
                super::MAX_FILE_SIZE
            ),
        },
        StoreError::ChangedOnDisk { .. } => format!(
            "{path}: {}",
            lang.pick(
                "tệp đã bị thay đổi từ nơi khác kể từ lần mở hoặc lưu trước; chưa ghi gì",
                "the file was changed elsewhere since it was opened or last saved; nothing was written"
            )
        ),
        _ => path.to_string(),
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
    let open = lang.pick(
        "đang được mở ở một chibo khác; kết quả có thể chưa phải bản cuối",
        "open in another chibo; what is on disk may not be final",
    );
    match (lang, pid) {
        (Lang::Vi, Some(pid)) => format!("{open} (tiến trình {pid})"),
        (Lang::En, Some(pid)) => format!("{open} (process {pid})"),
        (_, None) => open.to_owned(),
    }
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
    let open = lang.pick(
        "phiên họp đang được mở ở một chibo khác",
        "the session is open in another chibo",
    );
    match (lang, pid) {
        (Lang::Vi, Some(pid)) => format!("{open} (tiến trình {pid})"),
        (Lang::En, Some(pid)) => format!("{open} (process {pid})"),
        (_, None) => open.to_owned(),
    }
}

fn io_op(op: IoOp, lang: Lang) -> &'static str {
    match op {
        IoOp::Read => lang.pick("không đọc được tệp", "cannot read the file"),
        IoOp::Write => lang.pick("không ghi được tệp", "cannot write the file"),
        IoOp::Lock => lang.pick("không khóa được tệp", "cannot lock the file"),
        IoOp::ListDir => lang.pick("không đọc được thư mục", "cannot read the folder"),
    }
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
        (StructureError::EmptyId, Lang::Vi) => "có đảng viên không có mã".to_owned(),
        (StructureError::EmptyId, Lang::En) => "a member has an empty id".to_owned(),
    }
}

/// Where the session names a member.
fn place_name(place: Place, lang: Lang) -> &'static str {
    match place {
        Place::Review => lang.pick("phần kiểm điểm", "a review"),
        Place::Criticism => lang.pick("ý kiến góp ý", "a criticism"),
        Place::Contribution => lang.pick("ý kiến đóng góp", "a contribution"),
        Place::Chair => lang.pick("chủ trì", "the chair"),
        Place::MinuteTaker => lang.pick("thư ký", "the minute-taker"),
        Place::CountingTeam => lang.pick("tổ kiểm phiếu", "the counting team"),
        Place::CountingHead => lang.pick("tổ trưởng tổ kiểm phiếu", "the counting team's head"),
        Place::AgendaStep => lang.pick("bước chương trình", "the agenda step"),
    }
}

/// What RON expected, in the reader's language. English keeps RON's own words.
fn ron_error(e: &ron::Error, lang: Lang) -> String {
    use ron::Error as E;
    if lang == Lang::En {
        return e.to_string();
    }
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
    Some(match kind {
        ErrorKind::StorageFull => lang.pick("ổ đĩa đã đầy", "disk full"),
        ErrorKind::NotFound => {
            lang.pick("không tìm thấy tệp hoặc thư mục", "no such file or folder")
        }
        ErrorKind::PermissionDenied => lang.pick("không có quyền", "permission denied"),
        ErrorKind::ReadOnlyFilesystem => lang.pick("ổ đĩa chỉ đọc", "read-only disk"),
        _ => return None,
    })
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
