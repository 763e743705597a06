//! The one walk over a session's text: every text field it holds, whatever its place, is made
//! NFC with its control characters replaced by U+FFFD, and the count is what was replaced.

use chibo_core::domain::{
    Amendment, Attendance, MemberId, Session, Speaker, TemporaryOpinion, Visitor,
};
use serde_json::Value;

/// The 2024 sample with every optional text it lacks filled in.
fn full() -> Session {
    let path = chibo_testkit::stored::repo("sessions/2024-chi-bo-khu-pho-3.ron");
    let mut s = chibo_testkit::stored::load(&path);
    s.rules.settings.cap_reason = Some("Đơn vị tiêu biểu".into());
    s.meeting.counting_team = vec![MemberId::new("m02"), MemberId::new("m03")];
    s.meeting.counting_head = Some(MemberId::new("m03"));
    s.meeting.visitors.push(Visitor {
        name: "Trương Thị Mai".into(),
        home_cell: "Chi bộ Trường Tiểu học".into(),
        attendance: Attendance::Excused("ốm".into()),
    });
    let m = &mut s.members[1];
    m.temporary_elsewhere = Some("Chi bộ Trường THCS Lê Lợi".into());
    m.temporary_opinion = Some(TemporaryOpinion {
        received: chibo_testkit::sessions::d(2024, 12, 1),
        cell: "Chi bộ Trường THCS Lê Lợi".into(),
        text: "Hoàn thành tốt nhiệm vụ".into(),
    });
    s.amendments.push(Amendment {
        at: chibo_testkit::sessions::at(),
        reason: "Sửa họ tên".into(),
        previous_checksum: "ab".into(),
    });
    s
}

/// Every string of the session's JSON that can take an ESC and still be a session (enum
/// variants and dates cannot), with an ESC added; how many took one.
fn poisoned(s: &Session) -> (Session, usize) {
    let mut v = serde_json::to_value(s).unwrap();
    let mut n = 0;
    let mut paths = Vec::new();
    strings(&v, &mut Vec::new(), &mut paths);
    for path in paths {
        let Some(Value::String(text)) = v.pointer_mut(&path) else {
            continue;
        };
        let before = text.clone();
        text.push_str("\u{1b}[2J");
        if serde_json::from_value::<Session>(v.clone()).is_ok() {
            n += 1;
        } else if let Some(Value::String(text)) = v.pointer_mut(&path) {
            *text = before;
        }
    }
    (serde_json::from_value(v).unwrap(), n)
}

/// The JSON pointers of every string in `v`.
fn strings(v: &Value, at: &mut Vec<String>, out: &mut Vec<String>) {
    match v {
        Value::String(_) => out.push(format!("/{}", at.join("/"))),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                at.push(i.to_string());
                strings(item, at, out);
                at.pop();
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                at.push(k.replace('~', "~0").replace('/', "~1"));
                strings(item, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn controls_left(s: &Session) -> Vec<String> {
    let v = serde_json::to_value(s).unwrap();
    let mut paths = Vec::new();
    strings(&v, &mut Vec::new(), &mut paths);
    paths
        .into_iter()
        .filter(|p| {
            v.pointer(p)
                .and_then(Value::as_str)
                .is_some_and(|t| t.chars().any(chibo_core::domain::is_unsafe))
        })
        .collect()
}

#[test]
fn the_walk_cleans_every_text_field_and_counts_what_it_replaced() {
    let (mut s, n) = poisoned(&full());
    assert!(n > 150, "only {n} texts took an ESC");
    assert_eq!(controls_left(&s).len(), n);
    // One ESC per text; the "[2J" after it stays as text.
    assert_eq!(s.normalize_text(), n);
    assert_eq!(controls_left(&s), Vec::<String>::new());
    assert_eq!(s.normalize_text(), 0, "a clean session stays as it is");
}

#[test]
fn references_stay_references_after_the_walk() {
    // The first member's id with a BEL, wherever it is written.
    let full = full();
    let first = full.members[0].id.clone();
    let json = serde_json::to_string(&full).unwrap();
    let json = json.replace(&format!("\"{first}\""), &format!("\"{first}\\u0007\""));
    let mut s: Session = serde_json::from_str(&json).unwrap();
    assert!(s.members[0].id.as_str().ends_with('\u{7}'));
    s.collective.contributions[0].speaker = Speaker::Member(s.members[0].id.clone());
    s.normalize_text();
    let cleaned = s.members[0].id.clone();
    assert!(cleaned.as_str().ends_with('\u{fffd}'));
    assert_eq!(s.meeting.chair, Some(cleaned.clone()));
    assert_eq!(
        s.collective.contributions[0].speaker,
        Speaker::Member(cleaned)
    );
    assert_eq!(s.check_structure(), Ok(()));
}

#[test]
fn a_copy_for_export_is_clean_and_the_session_is_left_as_it_was() {
    let mut s = full();
    s.meeting.closing_remarks = "Bế mạc\u{1b}[31m đỏ".into();
    let copy = s.with_clean_text();
    assert_eq!(copy.meeting.closing_remarks, "Bế mạc\u{fffd}[31m đỏ");
    assert!(s.meeting.closing_remarks.contains('\u{1b}'));
}
