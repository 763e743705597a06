//! A member of the cell as the session records them: identity, standing, and attendance at this
//! meeting.

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// A member's id, stable across the sessions of the years (copied with the roster).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct MemberId(pub String);

impl MemberId {
    pub fn new(s: impl Into<String>) -> Self {
        MemberId(s.into())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for MemberId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Official members vote; probationary (dự bị) members are reviewed and rated but do not vote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Membership {
    #[default]
    Official,
    Probationary,
}

/// A leadership post in the cell; it sets the review order (secretary, deputy, committee, others).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Post {
    Secretary,
    Deputy,
    Committee,
    /// No post. (Written `Ordinary`: `None` is a RON keyword; old files may still say `None`.)
    #[default]
    #[serde(alias = "None")]
    Ordinary,
}

/// Presence at this meeting, taken at the roll call.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Attendance {
    /// Not called yet.
    #[default]
    Unknown,
    Present,
    /// An exempt member (miễn công tác và sinh hoạt) who came but takes no part in the votes:
    /// at the meeting, not in the base ("có mặt …, tham gia biểu quyết thì vẫn tính" counts him
    /// only when he votes). Only an exempt member is recorded so.
    PresentNotVoting,
    /// Absent with a reason the cell accepted.
    Excused(String),
    Unexcused,
}

impl Attendance {
    /// At the meeting, voting or not.
    pub fn is_present(&self) -> bool {
        matches!(self, Attendance::Present | Attendance::PresentNotVoting)
    }
    pub fn is_absent(&self) -> bool {
        matches!(self, Attendance::Excused(_) | Attendance::Unexcused)
    }
}

/// A discipline: its form as the decision words it ("Khiển trách"), the decision (number, date,
/// issuer) and the date of the violation. Its dates say whether it counts for the year under
/// review ([`Member::discipline_time`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Discipline {
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub form: String,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub decision: super::document::Document,
    /// When the violation was committed, if known.
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub violated: Option<NaiveDate>,
}

/// Whether a discipline counts for the year under review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DisciplineTime {
    /// Every date the record gives falls in the year (or it gives none): the level is bounded.
    InYear,
    /// The decision (or the violation) is dated outside the year: the committee above weighs it
    /// ("xem xét theo thẩm quyền"), never the automatic Not complete.
    Outside(NaiveDate),
}

/// A member of another cell on temporary party activity here (sinh hoạt tạm thời tại chi bộ):
/// listed in the attendance, not rated here, not counted in any denominator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Visitor {
    pub name: String,
    /// The member's own cell, where they are rated.
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub home_cell: String,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub attendance: Attendance,
}

/// The written opinion of the cell where a member has temporary party activity (ý kiến nhận xét
/// của chi bộ nơi sinh hoạt tạm thời, HD 43 mục 7.6): he is rated at home after it is in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemporaryOpinion {
    /// When it reached the cell.
    pub received: NaiveDate,
    /// The cell that wrote it.
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub cell: String,
    /// What it says (in full, or its gist).
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub text: String,
}

/// Why a member is not reviewed nor rated at this meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exclusion {
    /// Exempt from work and party activity (miễn công tác và sinh hoạt đảng).
    Exempt,
    /// Suspended from party activity (đình chỉ sinh hoạt đảng).
    Suspended,
    /// Admitted less than 6 months before the meeting date.
    AdmittedRecently { admitted: NaiveDate },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub id: MemberId,
    pub name: String,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub born: Option<i32>,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub membership: Membership,
    /// Date of admission to the party (kết nạp).
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub admitted: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub post: Post,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub exempt: bool,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub suspended: bool,
    /// On temporary party activity at another cell (where): rated here, not counted as a voter.
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub temporary_elsewhere: Option<String>,
    /// That cell's written opinion of the member, which his rating here waits for.
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub temporary_opinion: Option<TemporaryOpinion>,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub disciplined: bool,
    /// The form of discipline and the decision that gave it, when `disciplined`.
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub discipline: Option<Box<Discipline>>,
    /// The member found and reported the violation and remedied it: the discipline rule is a note.
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub self_reported: bool,
    /// On sick leave for 3 months or more in the year (only judged under `qd132`).
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub long_sick_leave: bool,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub attendance: Attendance,
}

impl Member {
    /// A member is reviewed once admitted this many full months before the meeting.
    pub const REVIEWED_AFTER_MONTHS: u32 = 6;
    /// Sick leave of this many months or more (qd132) keeps a member out of the two best levels.
    pub const LONG_SICK_LEAVE_MONTHS: u32 = 3;

    /// A new official member with nothing else known.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Member {
            id: MemberId::new(id),
            name: name.into(),
            born: None,
            membership: Membership::Official,
            admitted: None,
            post: Post::Ordinary,
            exempt: false,
            suspended: false,
            temporary_elsewhere: None,
            temporary_opinion: None,
            disciplined: false,
            discipline: None,
            self_reported: false,
            long_sick_leave: false,
            attendance: Attendance::Unknown,
        }
    }

    pub fn is_official(&self) -> bool {
        self.membership == Membership::Official
    }

    /// Why this member is not reviewed at a meeting held on `meeting`, if they are not.
    /// A member admitted exactly six months before the meeting is reviewed ("chưa đủ 6 tháng"
    /// excludes only those short of six full months).
    pub fn exclusion(&self, meeting: NaiveDate) -> Option<Exclusion> {
        if self.exempt {
            return Some(Exclusion::Exempt);
        }
        if self.suspended {
            return Some(Exclusion::Suspended);
        }
        let admitted = self.admitted?;
        match admitted.checked_add_months(Months::new(Member::REVIEWED_AFTER_MONTHS)) {
            Some(six) if meeting < six => Some(Exclusion::AdmittedRecently { admitted }),
            _ => None,
        }
    }

    /// When the member is disciplined: whether the discipline counts for `year`. The decision's
    /// date, and the violation's when given, must fall in the year; a record without dates
    /// counts (`disciplined` has always meant "disciplined during the year").
    pub fn discipline_time(&self, year: i32) -> Option<DisciplineTime> {
        if !self.disciplined {
            return None;
        }
        let d = self.discipline.as_deref();
        let dates = [d.and_then(|d| d.decision.date), d.and_then(|d| d.violated)];
        Some(
            match dates.into_iter().flatten().find(|date| date.year() != year) {
                Some(date) => DisciplineTime::Outside(date),
                None => DisciplineTime::InYear,
            },
        )
    }

    /// Disciplined, and the discipline counts for `year` (see [`Member::discipline_time`]).
    pub fn disciplined_in(&self, year: i32) -> bool {
        self.discipline_time(year) == Some(DisciplineTime::InYear)
    }

    /// Whether this member counts in the majority denominator under the default rule
    /// (official members called to the meeting, less those the rule takes away).
    pub fn counts_in_denominator(&self) -> bool {
        self.is_official()
            && self.temporary_elsewhere.is_none()
            && !self.suspended
            // An exempt member counts only when he came and takes part in the vote.
            && (!self.exempt || self.attendance == Attendance::Present)
            && !matches!(self.attendance, Attendance::Excused(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn six_months_boundary() {
        let mut m = Member::new("m1", "Lê Thị Hoa");
        m.admitted = Some(d(2025, 6, 15));
        assert!(m.exclusion(d(2025, 12, 14)).is_some(), "one day short");
        assert_eq!(m.exclusion(d(2025, 12, 15)), None, "exactly six months");
        assert_eq!(m.exclusion(d(2025, 12, 16)), None);
    }

    #[test]
    fn six_months_from_month_end() {
        let mut m = Member::new("m1", "Lê Thị Hoa");
        m.admitted = Some(d(2025, 8, 31));
        // 31 Aug + 6 months clamps to 28 Feb.
        assert!(m.exclusion(d(2026, 2, 27)).is_some());
        assert_eq!(m.exclusion(d(2026, 2, 28)), None);
    }

    #[test]
    fn exempt_and_suspended_are_excluded() {
        let mut m = Member::new("m1", "Trần Văn Bình");
        m.exempt = true;
        assert_eq!(m.exclusion(d(2025, 12, 1)), Some(Exclusion::Exempt));
        m.exempt = false;
        m.suspended = true;
        assert_eq!(m.exclusion(d(2025, 12, 1)), Some(Exclusion::Suspended));
    }

    #[test]
    fn denominator_membership() {
        let mut m = Member::new("m1", "Phạm Văn Cường");
        assert!(m.counts_in_denominator(), "official, not yet called");
        m.attendance = Attendance::Unexcused;
        assert!(
            m.counts_in_denominator(),
            "absent without reason still counts"
        );
        m.attendance = Attendance::Excused("ốm".into());
        assert!(!m.counts_in_denominator());
        m.attendance = Attendance::Present;
        m.exempt = true;
        assert!(m.counts_in_denominator(), "exempt but present counts");
        m.attendance = Attendance::PresentNotVoting;
        assert!(!m.counts_in_denominator(), "exempt, present, not voting");
        m.attendance = Attendance::Unknown;
        assert!(!m.counts_in_denominator(), "exempt and not present");
        m.exempt = false;
        m.temporary_elsewhere = Some("Chi bộ Trường THCS".into());
        assert!(!m.counts_in_denominator());
        m.temporary_elsewhere = None;
        m.membership = Membership::Probationary;
        assert!(!m.counts_in_denominator());
    }
}
