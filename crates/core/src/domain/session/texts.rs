//! Every text field of a session, visited by one walk: the loader cleans what it reads with it,
//! `check` counts what the loader replaced with it, and every export cleans its copy with it, so
//! a control character is treated the same everywhere (U+FFFD where it was).
//!
//! Each struct is taken apart in full, without `..`: a text field added to the session that the
//! walk does not visit does not compile.

use super::{
    Amendment, CollectiveReview, LogEntry, Meeting, MemberReview, Remark, Report, Session, Speaker,
    Status, Step,
};
use crate::domain::document::Document;
use crate::domain::member::{Attendance, Discipline, Member, MemberId, TemporaryOpinion, Visitor};
use crate::domain::rules::{RuleSet, Settings};
use crate::domain::text::{clean_in_place, refused_in_name};

/// What the walk does to each text.
type Visit<'a> = &'a mut dyn FnMut(&mut String);

impl Session {
    /// Calls `f` on every text of the session: names, ids and every reference to them, reports,
    /// remarks, reasons, documents, settings, the seal, the amendments and the log.
    pub fn for_each_text_mut(&mut self, f: Visit) {
        let Session {
            schema: _,
            id,
            cell,
            year: _,
            meeting,
            rules,
            members,
            collective,
            reviews,
            cell_rating: _,
            minutes_vote: _,
            step,
            status,
            amendments,
            log,
        } = self;
        f(id);
        let super::Cell {
            name,
            committee,
            kind: _,
            locality,
        } = cell;
        [name, committee, locality].into_iter().for_each(&mut *f);
        meeting_texts(meeting, f);
        rules_texts(rules, f);
        members.iter_mut().for_each(|m| member_texts(m, f));
        collective_texts(collective, f);
        reviews.iter_mut().for_each(|r| review_texts(r, f));
        record_texts(step, status, amendments, log, f);
    }

    /// Every text made NFC, each control character but newline and tab replaced by U+FFFD (a
    /// CRLF becomes a newline). Returns how many were replaced. The loader does this to what it
    /// reads, and every export to its copy.
    pub fn normalize_text(&mut self) -> usize {
        let mut replaced = 0;
        self.for_each_text_mut(&mut |s| replaced += clean_in_place(s));
        replaced
    }

    /// The first NUL or ESC in a name — a member's name or id, a guest's, the cell's or its
    /// committee's —: what the loader refuses a file for (and the command gate a command for,
    /// with the same [`refused_in_name`]).
    pub fn control_in_name(&self) -> Option<char> {
        let members = self.members.iter();
        members
            .flat_map(|m| [m.name.as_str(), m.id.as_str()])
            .chain(self.meeting.guests.iter().map(String::as_str))
            .chain([self.cell.name.as_str(), self.cell.committee.as_str()])
            .flat_map(str::chars)
            .find(|c| refused_in_name(*c))
    }

    /// A copy of the session with its text normalized ([`Session::normalize_text`]): what an
    /// export writes, whether the session came from a file or was typed.
    pub fn with_clean_text(&self) -> Session {
        let mut s = self.clone();
        s.normalize_text();
        s
    }
}

fn id_text(id: &mut MemberId, f: Visit) {
    f(&mut id.0);
}

fn attendance_text(a: &mut Attendance, f: Visit) {
    match a {
        Attendance::Excused(reason) => f(reason),
        Attendance::Unknown
        | Attendance::Present
        | Attendance::PresentNotVoting
        | Attendance::Unexcused => {}
    }
}

fn document_texts(d: &mut Document, f: Visit) {
    let Document {
        number,
        date: _,
        issuer,
    } = d;
    f(number);
    f(issuer);
}

fn meeting_texts(m: &mut Meeting, f: Visit) {
    let Meeting {
        date: _,
        start: _,
        end: _,
        place,
        chair,
        minute_taker,
        guests,
        draft_sent: _,
        basis,
        representative,
        representative_remarks,
        closing_remarks,
        visitors,
        counting_team,
        counting_head,
        purpose,
        agenda_vote: _,
        counting_vote: _,
        request,
    } = m;
    f(place);
    f(purpose);
    f(request);
    let ids = chair.iter_mut().chain(minute_taker.iter_mut());
    ids.chain(counting_team.iter_mut())
        .chain(counting_head.iter_mut())
        .for_each(|id| id_text(id, f));
    guests.iter_mut().for_each(&mut *f);
    basis.iter_mut().for_each(|d| document_texts(d, f));
    representative.iter_mut().for_each(&mut *f);
    f(representative_remarks);
    f(closing_remarks);
    for v in visitors {
        let Visitor {
            name,
            home_cell,
            attendance,
        } = v;
        f(name);
        f(home_cell);
        attendance_text(attendance, f);
    }
}

fn rules_texts(r: &mut RuleSet, f: Visit) {
    let RuleSet { name: _, settings } = r;
    let Settings {
        vote_method: _,
        denominator: _,
        cumulative: _,
        thresholds: _,
        quorum: _,
        excellent_cap_percent: _,
        cap_reason,
        cap_base: _,
        holidays: _,
    } = settings;
    cap_reason.iter_mut().for_each(f);
}

fn member_texts(m: &mut Member, f: Visit) {
    let Member {
        id,
        name,
        born: _,
        membership: _,
        admitted: _,
        post: _,
        exempt: _,
        suspended: _,
        temporary_elsewhere,
        temporary_opinion,
        disciplined: _,
        discipline,
        self_reported: _,
        long_sick_leave: _,
        attendance,
    } = m;
    id_text(id, f);
    f(name);
    temporary_elsewhere.iter_mut().for_each(&mut *f);
    if let Some(o) = temporary_opinion {
        let TemporaryOpinion {
            received: _,
            cell,
            text,
        } = o;
        f(cell);
        f(text);
    }
    if let Some(d) = discipline {
        let Discipline {
            form,
            decision,
            violated: _,
        } = &mut **d;
        f(form);
        document_texts(decision, f);
    }
    attendance_text(attendance, f);
}

fn report_texts(r: &mut Report, f: Visit) {
    let Report {
        strengths,
        shortcomings,
        causes,
        remedies,
    } = r;
    [strengths, shortcomings, causes, remedies]
        .into_iter()
        .for_each(f);
}

fn remark_texts(r: &mut Remark, f: Visit) {
    let Remark { speaker, text } = r;
    match speaker {
        Speaker::Member(id) => id_text(id, f),
        Speaker::Guest(name) => f(name),
    }
    f(text);
}

fn collective_texts(c: &mut CollectiveReview, f: Visit) {
    let CollectiveReview {
        report,
        contributions,
        conclusion,
        adoption: _,
        started: _,
    } = c;
    report_texts(report, f);
    contributions.iter_mut().for_each(|r| remark_texts(r, f));
    f(conclusion);
}

fn review_texts(r: &mut MemberReview, f: Visit) {
    let MemberReview {
        member,
        report,
        self_assessed: _,
        self_score: _,
        criticism,
        answer,
        conclusion,
        rounds: _,
        started: _,
        voted: _,
    } = r;
    id_text(member, f);
    report_texts(report, f);
    criticism.iter_mut().for_each(|c| remark_texts(c, f));
    f(answer);
    f(conclusion);
}

/// The agenda step, the seal, the amendments and the log: the record around the content.
fn record_texts(
    step: &mut Step,
    status: &mut Status,
    amendments: &mut [Amendment],
    log: &mut [LogEntry],
    f: Visit,
) {
    match step {
        Step::Member(id) => id_text(id, f),
        Step::Opening
        | Step::Collective
        | Step::CellRating
        | Step::Summary
        | Step::MinutesVote
        | Step::Close => {}
    }
    match status {
        Status::Finalized { at: _, checksum } => f(checksum),
        Status::Draft | Status::InProgress => {}
    }
    for a in amendments {
        let Amendment {
            at: _,
            reason,
            previous_checksum,
        } = a;
        f(reason);
        f(previous_checksum);
    }
    for e in log {
        let LogEntry { at: _, what } = e;
        f(what);
    }
}
