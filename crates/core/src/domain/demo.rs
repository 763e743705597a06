//! A generated meeting of any size, built through the same commands a user gives: for
//! benchmarks and tests that need a large, finished, believable session.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveTime, Offset, TimeZone, Utc};

use super::command::{Command, TextField};
use super::level::LevelCounts;
use super::member::{Attendance, Member, MemberId, Membership, Post};
use super::method::VoteMethod;
use super::session::{Cell, Remark, Session, Speaker, Step};
use super::tally::{Motion, Tally};

const FAMILY: [&str; 8] = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"];
const MIDDLE: [&str; 4] = ["Văn", "Thị", "Hữu", "Ngọc"];
const GIVEN: [&str; 10] = [
    "An", "Bình", "Cường", "Dũng", "Hạnh", "Hương", "Khánh", "Lan", "Minh", "Ấn",
];

/// A finished meeting of `n` members (n ≥ 3) in year `year`: all present, every member reviewed
/// with criticism and one vote round, the cell rated, the minutes adopted and the session
/// finalized. Deterministic: the same `n` and `year` give the same session.
pub fn finished_session(n: usize, year: i32) -> Session {
    // 10 December exists in every year chrono knows; a year beyond its range gets 1970's.
    let date = NaiveDate::from_ymd_opt(year, 12, 10).unwrap_or_default();
    let cell = Cell {
        name: "Chi bộ Khu phố 7".into(),
        committee: "Đảng bộ Phường Bến Thành".into(),
        ..Default::default()
    };
    let mut s = Session::new(
        format!("{year}-chi-bo-khu-pho-7"),
        cell,
        year,
        date,
        "Hội trường Khu phố 7",
    );
    s.meeting.draft_sent = date.checked_sub_signed(Duration::days(10));
    let mut demo = Demo {
        s,
        clock: Clock::new(date),
    };
    let ids: Vec<MemberId> = (0..n).map(|i| MemberId(format!("m{:02}", i + 1))).collect();
    demo.roster(&ids);
    demo.open(&ids);
    let order: Vec<MemberId> = demo.s.review_order().iter().map(|m| m.id.clone()).collect();
    // Each member is criticised by the next one in review order.
    let critics = order.iter().cycle().skip(1);
    for (i, (id, critic)) in order.iter().zip(critics).enumerate() {
        demo.review(i, id, critic);
    }
    demo.close();
    demo.s
}

/// The session being built and its clock.
struct Demo {
    s: Session,
    clock: Clock,
}

impl Demo {
    fn go(&mut self, cmd: Command) {
        // Every command here is valid by construction; a refusal would only shorten the demo.
        let _ = self.s.apply(cmd, self.clock.tick());
    }

    fn roster(&mut self, ids: &[MemberId]) {
        for (i, id) in ids.iter().enumerate() {
            let mut m = Member::new(id.0.clone(), name(i));
            m.born = Some(1950 + (i as i32 * 7) % 50);
            m.post = match i {
                0 => Post::Secretary,
                1 => Post::Deputy,
                _ => Post::Ordinary,
            };
            if i % 10 == 9 {
                m.membership = Membership::Probationary;
            }
            self.go(Command::AddMember(m));
        }
    }

    /// Roll call, chair and minute-taker (the first two members), the collective review with
    /// one contribution (by the third).
    fn open(&mut self, ids: &[MemberId]) {
        self.go(Command::SetStart(NaiveTime::from_hms_opt(8, 0, 0)));
        for id in ids {
            let attendance = Attendance::Present;
            let member = id.clone();
            self.go(Command::SetAttendance { member, attendance });
        }
        let mut named = ids.iter().cloned();
        self.go(Command::SetChair(named.next()));
        self.go(Command::SetMinuteTaker(named.next()));
        self.go(Command::Goto(Step::Collective));
        let text = COLLECTIVE.to_owned();
        let field = TextField::Strengths;
        self.go(Command::SetCollectiveText { field, text });
        if let Some(id) = named.next() {
            let speaker = Speaker::Member(id);
            let text = COLLECTIVE.into();
            self.go(Command::AddContribution(Remark { speaker, text }));
        }
    }

    /// Member `i` of the review order: report, one criticism by `critic`, one vote round
    /// (every sixth member Excellent, the others Good).
    fn review(&mut self, i: usize, id: &MemberId, critic: &MemberId) {
        let voters = self.s.voters_present();
        self.go(Command::Goto(Step::Member(id.clone())));
        for field in [
            TextField::Strengths,
            TextField::Shortcomings,
            TextField::Remedies,
        ] {
            let name = self.s.member_name(id);
            let text = format!("Đồng chí {name} tự kiểm điểm: {COLLECTIVE}");
            let member = id.clone();
            self.go(Command::SetMemberText {
                member,
                field,
                text,
            });
        }
        let remark = Remark {
            speaker: Speaker::Member(critic.clone()),
            text: "Cần chủ động hơn trong công tác dân vận.".into(),
        };
        let member = id.clone();
        self.go(Command::AddCriticism { member, remark });
        let counts = if i % 6 == 5 {
            LevelCounts::new(voters - 1, 1, 0, 0)
        } else {
            LevelCounts::new(0, voters - 1, 1, 0)
        };
        let tally = Tally::simple(VoteMethod::SecretBallot, counts);
        let member = id.clone();
        self.go(Command::RecordVote { member, tally });
    }

    /// The cell's vote, the minutes adopted, the closing time, sealed.
    fn close(&mut self) {
        let voters = self.s.voters_present();
        self.go(Command::Goto(Step::CellRating));
        let tally = Tally::simple(VoteMethod::SecretBallot, LevelCounts::new(0, voters, 0, 0));
        self.go(Command::RecordCellVote(tally));
        let motion = Motion {
            method: VoteMethod::ShowOfHands,
            agree: voters,
            disagree: 0,
            abstain: 0,
        };
        self.go(Command::RecordMinutesVote(Some(motion)));
        self.go(Command::SetEnd(NaiveTime::from_hms_opt(11, 30, 0)));
        self.go(Command::Goto(Step::Close));
        self.go(Command::Finalize);
    }
}

/// The collective's strengths, also quoted in every member's report.
const COLLECTIVE: &str =
    "Lãnh đạo thực hiện tốt nhiệm vụ chính trị, giữ vững an ninh trật tự khu phố.";

/// A believable Vietnamese name for member `i`.
fn name(i: usize) -> String {
    // Every index is taken modulo the list's length: never out of range.
    let pick = |list: &[&'static str], k: usize| list.get(k).copied().unwrap_or_default();
    let f = pick(&FAMILY, i % FAMILY.len());
    let m = pick(&MIDDLE, (i / FAMILY.len()) % MIDDLE.len());
    let g = pick(&GIVEN, (i * 3 + i / GIVEN.len()) % GIVEN.len());
    format!("{f} {m} {g}")
}

/// Minutes ticking from 08:00 on the meeting day, +07:00.
struct Clock {
    at: DateTime<FixedOffset>,
}

impl Clock {
    fn new(date: NaiveDate) -> Self {
        // +07:00 is a valid offset; UTC only stands in for the impossible.
        let tz = FixedOffset::east_opt(7 * 3600).unwrap_or(Utc.fix());
        let at = tz
            .from_local_datetime(&date.and_time(NaiveTime::MIN))
            .single()
            .unwrap_or_else(|| tz.from_utc_datetime(&date.and_time(NaiveTime::MIN)));
        Clock {
            at: at + Duration::hours(8),
        }
    }
    fn tick(&mut self) -> DateTime<FixedOffset> {
        self.at += Duration::seconds(20);
        self.at
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Severity, evaluate};

    #[test]
    fn sixty_members_all_rated_and_finalized() {
        let s = finished_session(60, 2025);
        assert_eq!(s.members.len(), 60);
        assert_eq!(s.rated_count(), (60, 60));
        assert!(s.status.is_finalized());
        assert!(s.cell_outcome().and_then(|o| o.level()).is_some());
        let errors: Vec<_> = evaluate(&s)
            .into_iter()
            .filter(|f| f.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
    }

    #[test]
    fn deterministic() {
        assert_eq!(finished_session(12, 2024), finished_session(12, 2024));
    }
}
