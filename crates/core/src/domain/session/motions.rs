//! The meeting's own steps beside the ratings, as the minutes carry them: the purpose stated at
//! the opening and the cell's request to the committee above (texts), and the votes on motions —
//! the agenda, the counting team, the collective report, the minutes.

use super::Session;
use crate::domain::tally::Motion;

/// A motion the meeting votes on (counts only, as every vote).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MotionOf {
    /// The agenda, at the opening (thông qua chương trình).
    Agenda,
    /// The counting team, before the first secret ballot (bầu tổ kiểm phiếu).
    CountingTeam,
    /// The collective report, after its contributions (thông qua báo cáo kiểm điểm).
    Report,
    /// The minutes, at the close (thông qua biên bản).
    Minutes,
}

impl MotionOf {
    pub const ALL: [MotionOf; 4] = [
        MotionOf::Agenda,
        MotionOf::CountingTeam,
        MotionOf::Report,
        MotionOf::Minutes,
    ];
}

/// A text of the meeting itself (not of a report).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MeetingText {
    /// The purpose the chair states opening the meeting (mục đích, yêu cầu).
    Purpose,
    /// What the cell asks of the committee above besides confirming the ratings (kiến nghị).
    Request,
}

impl Session {
    /// The vote recorded on `of`, if any.
    pub fn motion(&self, of: MotionOf) -> Option<&Motion> {
        match of {
            MotionOf::Agenda => self.meeting.agenda_vote.as_ref(),
            MotionOf::CountingTeam => self.meeting.counting_vote.as_ref(),
            MotionOf::Report => self.collective.adoption.as_ref(),
            MotionOf::Minutes => self.minutes_vote.as_ref(),
        }
    }

    pub(crate) fn motion_mut(&mut self, of: MotionOf) -> &mut Option<Motion> {
        match of {
            MotionOf::Agenda => &mut self.meeting.agenda_vote,
            MotionOf::CountingTeam => &mut self.meeting.counting_vote,
            MotionOf::Report => &mut self.collective.adoption,
            MotionOf::Minutes => &mut self.minutes_vote,
        }
    }

    /// A text of the meeting itself.
    pub fn meeting_text(&self, field: MeetingText) -> &str {
        match field {
            MeetingText::Purpose => &self.meeting.purpose,
            MeetingText::Request => &self.meeting.request,
        }
    }

    pub(crate) fn meeting_text_mut(&mut self, field: MeetingText) -> &mut String {
        match field {
            MeetingText::Purpose => &mut self.meeting.purpose,
            MeetingText::Request => &mut self.meeting.request,
        }
    }
}
