//! The app driven by keys on a TestBackend, as a secretary runs a meeting; the saved file is
//! checked afterwards.

use crate::support;

use chibo_core::domain::{Attendance, Level, MemberId, Status, Step};
use chibo_core::i18n::Lang;
use chibo_tui::Context;
use support::*;

fn id(s: &str) -> MemberId {
    MemberId::new(s)
}

/// Home → new session → three members in the roster → the meeting screen.
fn create_session(app: &mut chibo_tui::App, names: &[&str]) {
    keys(app, &["n"]);
    type_text(app, "Chi bộ Khu phố 3");
    keys(app, &["Tab"]);
    type_text(app, "Đảng bộ Phường Bến Nghé");
    keys(app, &["Tab", "Tab", "Tab", "Tab"]);
    type_text(app, "Hội trường khu phố");
    keys(app, &["Enter"]);
    for (i, n) in names.iter().enumerate() {
        keys(app, &["a"]);
        type_text(app, n);
        if i == 0 {
            // Down to the post, and the first choice after "member" wraps to "secretary".
            keys(app, &["Down", "Down", "Down", "Down", "Right"]);
        }
        keys(app, &["Enter"]);
    }
    keys(app, &["m"]);
}

/// Counts typed into the tally form, which opens on the first level.
fn vote(app: &mut chibo_tui::App, counts: [&str; 4]) {
    keys(app, &["b"]);
    assert_eq!(app.context(), Context::Form, "the tally form");
    for c in counts {
        type_text(app, c);
        keys(app, &["Down"]);
    }
    keys(app, &["Enter"]);
}

#[test]
fn a_whole_meeting_from_home_to_finalized() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path(), Lang::Vi);
    create_session(
        &mut app,
        &["Nguyễn Văn Ấn", "Trần Thị Bình", "Lê Văn Cường"],
    );
    assert!(screen(&app, 120, 40).contains("Khai mạc, điểm danh"));

    // Roll call: three present; chair and minute-taker from those present.
    keys(&mut app, &["c", "c", "c", "t"]);
    assert_picker(&app, "Chủ trì");
    keys(&mut app, &["Enter", "y"]);
    assert_picker(&app, "Thư ký");
    keys(&mut app, &["Down", "Enter"]);
    let top = screen(&app, 120, 40);
    assert!(top.contains("Có mặt 3/3"), "{top}");

    // Collective review: the strengths, and one contribution by the second member.
    keys(&mut app, &["PgDn", "Enter"]);
    type_text(&mut app, "Đoàn kết, thống nhất");
    keys(&mut app, &["Esc", "n"]);
    assert_picker(&app, "Người phát biểu");
    keys(&mut app, &["Down", "Enter"]);
    type_text(&mut app, "Cần nêu rõ hạn chế trong sinh hoạt.");
    keys(&mut app, &["Esc"]);

    // The secretary: self-review, self level, one criticism, the vote.
    keys(&mut app, &["PgDn", "Enter"]);
    type_text(&mut app, "Hoàn thành tốt công tác được giao");
    keys(&mut app, &["Esc", "l"]);
    assert_picker(&app, "Tự nhận mức");
    keys(&mut app, &["Down", "Enter", "n"]);
    assert_picker(&app, "Người phát biểu");
    keys(&mut app, &["Down", "Down", "Enter"]);
    type_text(&mut app, "Cần sâu sát cơ sở hơn");
    keys(&mut app, &["Esc"]);
    keys(&mut app, &["b"]);
    assert_popup(
        &app,
        Context::Form,
        "Biểu quyết xếp loại — Nguyễn Văn Ấn — vòng 1",
    );
    keys(&mut app, &["Down"]);
    type_text(&mut app, "3");
    let form = screen(&app, 120, 40);
    assert!(
        form.contains("HTTNV (Hoàn thành tốt nhiệm vụ): 3/3 > 1/2"),
        "{form}"
    );
    keys(&mut app, &["Enter"]);

    // The second member is Excellent; the third needs a second round.
    keys(&mut app, &["PgDn"]);
    vote(&mut app, ["3", "", "", ""]);
    keys(&mut app, &["PgDn"]);
    vote(&mut app, ["1", "1", "1", ""]);
    assert!(screen(&app, 120, 40).contains("biểu quyết lại"));
    vote(&mut app, ["", "2", "1", ""]);

    // The cell, the summary, the minutes, the close.
    keys(&mut app, &["PgDn", "l"]);
    assert_picker(&app, "Tự nhận mức");
    keys(&mut app, &["Down", "Enter"]);
    vote(&mut app, ["", "3", "", ""]);
    keys(&mut app, &["PgDn"]);
    let summary = screen(&app, 120, 40);
    assert!(summary.contains("HTXSNV"), "{summary}");
    keys(&mut app, &["PgDn", "b"]);
    assert_popup(&app, Context::Form, "Thông qua biên bản");
    keys(&mut app, &["Enter", "Down", "Enter"]);
    assert_popup(&app, Context::Form, "Giờ kết thúc");
    keys(&mut app, &["Enter", "PgDn", "f"]);
    assert_popup(&app, Context::Confirm, "Xác nhận");
    keys(&mut app, &["Enter"]);
    assert!(screen(&app, 120, 40).contains("CHỈ ĐỌC"));

    let s = load(&session_file(dir.path()));
    assert_eq!(s.cell.name, "Chi bộ Khu phố 3");
    assert_eq!(s.cell.committee, "Đảng bộ Phường Bến Nghé");
    assert_eq!(s.meeting.place, "Hội trường khu phố");
    assert_eq!(s.members.len(), 3);
    assert!(
        s.members
            .iter()
            .all(|m| m.attendance == Attendance::Present)
    );
    assert_eq!(s.meeting.chair, Some(id("m1")));
    assert_eq!(s.meeting.minute_taker, Some(id("m2")));
    assert_eq!(s.collective.report.strengths, "Đoàn kết, thống nhất");
    assert_eq!(s.collective.contributions.len(), 1);
    let r1 = s.review(&id("m1")).unwrap();
    assert_eq!(r1.report.strengths, "Hoàn thành tốt công tác được giao");
    assert_eq!(r1.self_assessed, Some(Level::Good));
    assert_eq!(r1.criticism[0].text, "Cần sâu sát cơ sở hơn");
    assert_eq!(s.proposed(&id("m1")), Some(Level::Good));
    assert_eq!(s.proposed(&id("m2")), Some(Level::Excellent));
    assert_eq!(s.review(&id("m3")).unwrap().rounds.len(), 2);
    assert_eq!(s.proposed(&id("m3")), Some(Level::Good));
    assert_eq!(s.cell_outcome().and_then(|o| o.level()), Some(Level::Good));
    assert_eq!(s.cell_rating.self_assessed, Some(Level::Good));
    assert_eq!(s.minutes_vote.map(|m| m.agree), Some(3));
    assert_eq!(s.meeting.end, chrono::NaiveTime::from_hms_opt(9, 30, 0));
    assert_eq!(s.step, Step::Close);
    assert!(matches!(s.status, Status::Finalized { .. }));
}

/// The same meeting typed in NFC and in NFD (marks as separate keys) saves the same file.
#[test]
fn nfc_and_nfd_input_give_the_same_file() {
    use unicode_normalization::UnicodeNormalization;
    let run = |decompose: bool| {
        let dir = tempfile::tempdir().unwrap();
        let mut app = app(dir.path(), Lang::Vi);
        let t = |s: &str| -> String {
            if decompose {
                s.nfd().collect()
            } else {
                s.to_owned()
            }
        };
        let names = [t("Nguyễn Văn Ấn"), t("Đặng Thị Ỷ")];
        create_session(&mut app, &[&names[0], &names[1]]);
        keys(&mut app, &["c", "v"]);
        type_text(&mut app, &t("ốm nằm viện"));
        keys(&mut app, &["Enter", "c", "PgDn", "Enter"]);
        type_text(&mut app, &t("Ưu điểm nổi bật"));
        keys(&mut app, &["Bksp", "Bksp", "Esc", "Down", "Enter"]);
        paste(&mut app, &t("Hạn chế: chưa thường xuyên"));
        keys(&mut app, &["Esc"]);
        std::fs::read_to_string(session_file(dir.path())).unwrap()
    };
    let nfc = run(false);
    let nfd = run(true);
    assert!(
        nfc.contains("Ưu điểm nổi b"),
        "two backspaces take two letters: {nfc}"
    );
    assert!(nfc.contains("ốm nằm viện"));
    assert_eq!(nfc, nfd);
}

#[test]
fn reopening_returns_to_the_same_step() {
    let dir = tempfile::tempdir().unwrap();
    write_session(dir.path(), &["Nguyễn Văn Ấn", "Trần Thị Bình"], 2025);
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter", "PgDn", "PgDn", "PgDn", "Esc"]);
    assert!(
        app.session().is_none(),
        "Esc goes back home and closes the session"
    );
    keys(&mut app, &["Enter"]);
    assert_eq!(app.session().unwrap().step, Step::Member(id("m2")));
    assert!(
        screen(&app, 80, 24).contains("› Trần Thị Bình")
            || screen(&app, 80, 24).contains("›○ Trần Thị Bình")
    );
}

#[test]
fn typed_text_is_saved_within_two_seconds_while_typing() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), &["Nguyễn Văn Ấn"], 2025);
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter", "PgDn", "Enter"]);
    type_text(&mut app, "Đoàn kết");
    assert_eq!(
        load(&path).collective.report.strengths,
        "",
        "not yet committed"
    );
    assert_eq!(app.save_state(), Some(&chibo_tui::SaveState::Unsaved));
    app.tick_at(std::time::Instant::now() + chibo_tui::AUTOSAVE);
    assert_eq!(load(&path).collective.report.strengths, "Đoàn kết");
    assert!(
        screen(&app, 80, 24).contains("Đoàn kết"),
        "the editor stays open"
    );
    type_text(&mut app, " nội bộ");
    keys(&mut app, &["Esc"]);
    assert_eq!(load(&path).collective.report.strengths, "Đoàn kết nội bộ");
    assert_eq!(app.save_state(), Some(&chibo_tui::SaveState::Saved));
}

#[test]
fn a_tally_that_does_not_add_up_is_refused_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), &["Nguyễn Văn Ấn", "Trần Thị Bình"], 2025);
    let mut app = app(dir.path(), Lang::En);
    keys(&mut app, &["Enter", "c", "c", "PgDn", "PgDn", "b"]);
    type_text(&mut app, "1");
    let shown = screen(&app, 120, 40);
    assert!(
        shown.contains("does not add up: the level counts add up to 1"),
        "{shown}"
    );
    keys(&mut app, &["Enter"]);
    assert!(
        screen(&app, 120, 40).contains("Rating vote"),
        "the form stays open"
    );
    assert!(load(&path).reviews.iter().all(|r| r.rounds.is_empty()));
    keys(&mut app, &["Down"]);
    type_text(&mut app, "1");
    keys(&mut app, &["Enter"]);
    assert_eq!(load(&path).review(&id("m1")).unwrap().rounds.len(), 1);
}

#[test]
fn a_failed_save_keeps_the_change_and_retries() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("usb");
    std::fs::create_dir(&dir).unwrap();
    let path = write_session(&dir, &["Nguyễn Văn Ấn"], 2025);
    let mut app = app(&dir, Lang::Vi);
    keys(&mut app, &["Enter"]);
    // The folder goes away (a USB stick pulled out): every save fails until it is back.
    let away = tmp.path().join("away");
    std::fs::rename(&dir, &away).unwrap();
    keys(&mut app, &["c"]);
    assert!(matches!(
        app.save_state(),
        Some(chibo_tui::SaveState::Failed(_))
    ));
    assert!(screen(&app, 80, 24).contains("Không lưu được"));
    keys(&mut app, &["Esc"]);
    assert!(screen(&app, 80, 24).contains("CHƯA LƯU"));
    app.tick();
    assert!(matches!(
        app.save_state(),
        Some(chibo_tui::SaveState::Failed(_))
    ));
    std::fs::rename(&away, &dir).unwrap();
    app.tick();
    assert_eq!(app.save_state(), Some(&chibo_tui::SaveState::Saved));
    assert_eq!(load(&path).members[0].attendance, Attendance::Present);
}

#[test]
fn quitting_asks_nothing_when_saved() {
    let dir = tempfile::tempdir().unwrap();
    write_session(dir.path(), &["Nguyễn Văn Ấn"], 2025);
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter", "c", "q"]);
    assert!(app.should_quit());
}

#[test]
fn export_and_preview_the_minutes_from_review() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), &["Nguyễn Văn Ấn", "Trần Thị Bình"], 2025);
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter", "c", "c"]);
    for _ in 0..7 {
        keys(&mut app, &["PgDn"]);
    }
    keys(&mut app, &["f", "Enter"]);
    assert!(app.session().unwrap().status.is_finalized());
    // Export: the format picker lists all, then DOCX; Down × 3 is the plain text.
    keys(&mut app, &["e"]);
    assert_picker(&app, "Xuất biên bản");
    keys(&mut app, &["Down", "Down", "Down", "Enter"]);
    let out = dir.path().join("2025-kdc7.bien-ban.txt");
    assert!(
        screen(&app, 120, 40).contains("2025-kdc7.bien-ban.txt"),
        "the path is shown"
    );
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("BIÊN BẢN"));
    assert!(text.contains("Trần Thị Bình"));
    // The confirmation takes no key: the next export starts at once.
    keys(&mut app, &["e"]);
    assert_picker(&app, "Xuất biên bản");
    keys(&mut app, &["Enter"]);
    assert!(path.with_file_name("2025-kdc7.bien-ban.docx").exists());
    keys(&mut app, &["p"]);
    assert_popup(&app, Context::Preview, "Xem trước biên bản");
    let shown = screen(&app, 120, 40);
    assert!(
        shown.contains("Xem trước biên bản") && shown.contains("BIÊN BẢN"),
        "{shown}"
    );
    keys(&mut app, &["End"]);
    assert!(
        !screen(&app, 120, 40).contains("ĐẢNG CỘNG SẢN VIỆT NAM"),
        "scrolled to the end"
    );
    keys(&mut app, &["Esc"]);
    assert!(!screen(&app, 120, 40).contains("Xem trước biên bản"));
}

#[test]
fn a_finalized_session_is_read_only_until_reopened_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), &["Nguyễn Văn Ấn"], 2025);
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter", "c"]);
    for _ in 0..6 {
        keys(&mut app, &["PgDn"]);
    }
    keys(&mut app, &["f", "Enter", "Esc", "Enter"]);
    assert!(
        screen(&app, 80, 24).contains("CHỈ ĐỌC"),
        "reopened from home, read-only"
    );
    for _ in 0..6 {
        keys(&mut app, &["PgUp"]);
    }
    keys(&mut app, &["k", "Enter"]);
    assert_eq!(
        load(&path).members[0].attendance,
        Attendance::Present,
        "no change in review"
    );
    keys(&mut app, &["o"]);
    type_text(&mut app, "Sửa lỗi chính tả tên khách mời");
    keys(&mut app, &["Enter"]);
    let s = load(&path);
    assert!(!s.status.is_finalized());
    assert_eq!(s.amendments[0].reason, "Sửa lỗi chính tả tên khách mời");
    keys(&mut app, &["k"]);
    assert_eq!(load(&path).members[0].attendance, Attendance::Unexcused);
}

#[test]
fn with_saves_after_the_redraw_nothing_is_lost_on_flush_tick_or_quit() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), &["Nguyễn Văn Ấn", "Trần Thị Bình"], 2025);
    let mut app = app(dir.path(), Lang::Vi);
    app.set_save_after_draw(true);
    keys(&mut app, &["Enter", "c"]);
    assert_eq!(
        load(&path).members[0].attendance,
        Attendance::Unknown,
        "waits for the redraw"
    );
    app.flush();
    assert_eq!(load(&path).members[0].attendance, Attendance::Present);
    keys(&mut app, &["c"]);
    app.tick();
    assert_eq!(load(&path).members[1].attendance, Attendance::Present);
    keys(&mut app, &["Up", "k", "q"]);
    assert!(app.should_quit());
    assert_eq!(load(&path).members[1].attendance, Attendance::Unexcused);
}

#[test]
fn the_roster_shows_why_a_member_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), &["Nguyễn Văn Ấn"], 2025);
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter", "r", "a"]);
    assert_popup(&app, Context::Form, "Thêm đảng viên");
    keys(&mut app, &["Up", "Bksp", "Bksp"]);
    type_text(&mut app, "m1");
    keys(&mut app, &["Down"]);
    type_text(&mut app, "Trần Thị Bình");
    keys(&mut app, &["Enter"]);
    let shown = screen(&app, 80, 24);
    assert!(shown.contains("Mã đảng viên `m1` đã được dùng"), "{shown}");
    assert_eq!(load(&path).members.len(), 1);
    keys(&mut app, &["Up", "Bksp"]);
    type_text(&mut app, "2");
    keys(&mut app, &["Down", "Down", "Bksp"]);
    type_text(&mut app, "19x");
    keys(&mut app, &["Enter"]);
    assert!(screen(&app, 80, 24).contains("Năm không hợp lệ"));
    keys(&mut app, &["Bksp"]);
    type_text(&mut app, "71");
    keys(&mut app, &["Enter"]);
    let s = load(&path);
    assert_eq!(s.members.len(), 2);
    assert_eq!(s.members[1].born, Some(1971));
    keys(&mut app, &["x", "Enter"]);
    assert_eq!(load(&path).members.len(), 1, "removed after confirming");
}

#[test]
fn meeting_details_clear_the_draft_report_warning() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), &["Nguyễn Văn Ấn"], 2025);
    let mut app = app(dir.path(), Lang::Vi);
    keys(&mut app, &["Enter"]);
    assert!(screen(&app, 120, 40).contains("Chưa ghi ngày gửi dự thảo"));
    // Past the chair, the minute-taker, the time, the purpose and the agenda.
    keys(
        &mut app,
        &["Down", "Down", "Down", "Down", "Down", "Down", "Enter"],
    );
    assert_popup(&app, Context::Form, "Thông tin hội nghị");
    keys(&mut app, &["Up"]);
    type_text(&mut app, "09/12/2025");
    keys(&mut app, &["Enter"]);
    let s = load(&path);
    assert_eq!(
        s.meeting.draft_sent,
        chrono::NaiveDate::from_ymd_opt(2025, 12, 9)
    );
    assert!(!screen(&app, 120, 40).contains("Chưa ghi ngày gửi dự thảo"));
}

#[test]
fn counting_cumulatively_changes_the_proposed_level() {
    let dir = tempfile::tempdir().unwrap();
    let names = [
        "Nguyễn Văn Ấn",
        "Trần Thị Bình",
        "Lê Văn Cường",
        "Phạm Thị Dung",
    ];
    let path = write_session(dir.path(), &names, 2025);
    let mut app = app(dir.path(), Lang::En);
    keys(
        &mut app,
        &[
            "Enter", "c", "c", "c", "c", "Down", "Down", "Down", "Down", "Down", "Down", "Enter",
        ],
    );
    assert_popup(&app, Context::Form, "Rules and counting");
    keys(&mut app, &["Down", "Down", "Down", " ", "Enter"]);
    assert!(load(&path).rules.settings.cumulative);
    assert!(screen(&app, 120, 40).contains("cumulative"));
    keys(&mut app, &["PgDn", "PgDn"]);
    vote(&mut app, ["2", "1", "1", ""]);
    assert_eq!(
        load(&path).proposed(&id("m1")),
        Some(Level::Good),
        "2 + 1 > 4/2"
    );
}
