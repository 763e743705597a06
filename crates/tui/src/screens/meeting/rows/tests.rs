//! Rows are told apart by their kind: the selection keeps a kind, so two rows of one step
//! must never share one.

use super::*;
use chibo_core::domain::{Attendance, Command, Remark, Speaker, Visitor, demo};

fn now() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339("2025-12-15T14:00:00+07:00").unwrap()
}

/// A finished meeting with a bit of everything: guests, a visitor, remarks, several rounds.
fn busy() -> Session {
    let mut s = demo::finished_session(4, 2025);
    s.status = chibo_core::domain::Status::InProgress;
    let first = s.members[0].id.clone();
    let said = |text: &str| Remark {
        speaker: Speaker::Guest("Khách".into()),
        text: text.into(),
    };
    let cmds = [
        Command::AddGuest("Đồng chí Tám".into()),
        Command::AddGuest("Đồng chí Chín".into()),
        Command::AddVisitor(Visitor {
            name: "Trương Thị Mai".into(),
            home_cell: String::new(),
            attendance: Attendance::Present,
        }),
        Command::AddContribution(said("Một")),
        Command::AddContribution(said("Hai")),
        Command::AddCriticism {
            member: first.clone(),
            remark: said("Ba"),
        },
        Command::AddCriticism {
            member: first,
            remark: said("Bốn"),
        },
    ];
    for c in cmds {
        s.apply(c, now()).unwrap();
    }
    s
}

#[test]
fn no_two_rows_of_a_step_have_the_same_kind() {
    let s = busy();
    for step in s.agenda() {
        let list = rows(&s, &step, Lang::Vi);
        for (i, r) in list.iter().enumerate() {
            let twin = list.iter().skip(i + 1).find(|x| x.kind == r.kind);
            assert!(twin.is_none(), "{step:?}: {:?} twice", r.kind);
        }
    }
}
