//! The member form of the roster: every attribute the rules use.

use super::{TypedForm, optional_date};
use crate::msg::Msg;
use crate::popup::Cx;
use crate::widgets::form::{Field, Form};
use crate::words::{T, post_label};
use chibo_core::domain::{
    Command, Discipline, Document, Member, MemberId, Membership, Post, TemporaryOpinion,
};
use chibo_core::i18n::Lang;

const POSTS: [Post; 4] = [
    Post::Secretary,
    Post::Deputy,
    Post::Committee,
    Post::Ordinary,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum F {
    Id,
    Name,
    Born,
    Membership,
    Admitted,
    Post,
    Exempt,
    Suspended,
    Elsewhere,
    /// The opinion of the cell where the member has temporary activity: received, cell, text.
    OpinionReceived,
    OpinionCell,
    OpinionText,
    Disciplined,
    /// The form of discipline and its decision: number, date, issuer.
    DisciplineForm,
    DecisionNumber,
    DecisionDate,
    DecisionIssuer,
    /// When the violation was committed: with the decision's date, whether it counts this year.
    Violated,
    SelfReported,
    SickLeave,
}

pub(crate) struct MemberForm {
    form: Form<F>,
    /// The member as it was: `None` when adding.
    old: Option<Member>,
}

impl MemberForm {
    /// Adding (`old` is `None`, `new_id` is offered) or editing a member.
    pub(crate) fn new(old: Option<&Member>, new_id: &str, lang: Lang) -> Self {
        let blank = Member::new(new_id, "");
        let m = old.unwrap_or(&blank);
        let admitted = m
            .admitted
            .map_or(String::new(), |d| d.format("%d/%m/%Y").to_string());
        let born = m.born.map_or(String::new(), |b| b.to_string());
        let kinds = vec![
            (T::Official.get(lang).into(), Membership::Official),
            (T::Probationary.get(lang).into(), Membership::Probationary),
        ];
        let posts = POSTS.map(|p| (post_label(p, lang).to_owned(), p)).to_vec();
        let elsewhere = m.temporary_elsewhere.as_deref().unwrap_or("");
        let mut fields = vec![
            Field::text(F::Id, T::ColId.get(lang), m.id.as_str()),
            Field::text(F::Name, T::ColName.get(lang), &m.name),
            Field::text(F::Born, T::ColBorn.get(lang), &born),
            Field::choice(F::Membership, T::Membership.get(lang), kinds, &m.membership),
            Field::text(F::Admitted, T::Admitted.get(lang), &admitted),
            Field::choice(F::Post, T::ColPost.get(lang), posts, &m.post),
            Field::flag(F::Exempt, T::Exempt.get(lang), m.exempt),
            Field::flag(F::Suspended, T::Suspended.get(lang), m.suspended),
            Field::text(F::Elsewhere, T::Elsewhere.get(lang), elsewhere),
        ];
        fields.extend(opinion_fields(m, lang));
        fields.push(Field::flag(
            F::Disciplined,
            T::Disciplined.get(lang),
            m.disciplined,
        ));
        fields.extend(discipline_fields(m, lang));
        fields.extend([
            Field::flag(F::SelfReported, T::SelfReported.get(lang), m.self_reported),
            Field::flag(F::SickLeave, T::SickLeave.get(lang), m.long_sick_leave),
        ]);
        let title = if old.is_some() {
            T::EditMemberTitle
        } else {
            T::AddMemberTitle
        };
        let mut form = Form::new(title.get(lang).to_owned(), fields);
        form.focus_on(F::Name);
        MemberForm {
            form,
            old: old.cloned(),
        }
    }
}

impl TypedForm for MemberForm {
    type Field = F;
    fn form(&self) -> &Form<F> {
        &self.form
    }
    fn form_mut(&mut self) -> &mut Form<F> {
        &mut self.form
    }
    fn parse(&self, cx: &Cx) -> Result<Msg, String> {
        let lang = cx.lang;
        let form = &self.form;
        let new_id = MemberId::new(form.text(F::Id));
        if self.old.as_ref().is_some_and(|o| o.id != new_id) {
            return Err(T::IdFixed.get(lang).to_owned());
        }
        let mut m = self
            .old
            .clone()
            .unwrap_or_else(|| Member::new(new_id.0.clone(), ""));
        m.name = form.text(F::Name).to_owned();
        m.born = match form.text(F::Born) {
            "" => None,
            t => Some(
                t.parse::<i32>()
                    .map_err(|_| T::BadYear.get(lang).to_owned())?,
            ),
        };
        // The choices are the form's own fields: they always give a value, else the member
        // keeps what they had.
        m.membership = form.chosen(F::Membership).unwrap_or(m.membership);
        m.admitted = optional_date(form.text(F::Admitted), lang)?;
        m.post = form.chosen(F::Post).unwrap_or(m.post);
        m.exempt = form.flag(F::Exempt);
        m.suspended = form.flag(F::Suspended);
        m.temporary_elsewhere = Some(form.text(F::Elsewhere).to_owned()).filter(|t| !t.is_empty());
        m.temporary_opinion = opinion(form, lang)?;
        m.disciplined = form.flag(F::Disciplined);
        m.discipline = discipline(form, lang)?;
        m.self_reported = form.flag(F::SelfReported);
        m.long_sick_leave = form.flag(F::SickLeave);
        Ok(if self.old.is_some() {
            Msg::Apply(Command::UpdateMember(m))
        } else {
            // The new member is last in the roster: the selection goes to them.
            Msg::Seq(vec![
                Msg::Apply(Command::AddMember(m)),
                Msg::MoveRow(isize::MAX),
            ])
        })
    }
}

/// The discipline's form and decision, as the member has them.
fn discipline_fields(m: &Member, lang: Lang) -> [Field<F>; 5] {
    let d = m.discipline.as_deref().cloned().unwrap_or_default();
    let shown = |d: Option<chrono::NaiveDate>| {
        d.map_or(String::new(), |d| d.format("%d/%m/%Y").to_string())
    };
    let (date, violated) = (shown(d.decision.date), shown(d.violated));
    let text = |id, vi, en, v: &str| Field::text(id, lang.pick(vi, en), v);
    [
        text(
            F::DisciplineForm,
            "Hình thức kỷ luật",
            "Form of discipline",
            &d.form,
        ),
        text(
            F::DecisionNumber,
            "Quyết định kỷ luật: số",
            "Decision: number",
            &d.decision.number,
        ),
        text(F::DecisionDate, "Quyết định: ngày", "Decision: date", &date),
        text(
            F::DecisionIssuer,
            "Quyết định: cơ quan",
            "Decision: issued by",
            &d.decision.issuer,
        ),
        Field::text(F::Violated, T::ViolationDate.get(lang), &violated),
    ]
}

/// The temporary cell's opinion, as the member has it.
fn opinion_fields(m: &Member, lang: Lang) -> [Field<F>; 3] {
    let o = m.temporary_opinion.as_ref();
    let received = o.map_or(String::new(), |o| o.received.format("%d/%m/%Y").to_string());
    [
        Field::text(F::OpinionReceived, T::OpinionReceived.get(lang), &received),
        Field::text(
            F::OpinionCell,
            T::OpinionCell.get(lang),
            o.map_or("", |o| &o.cell),
        ),
        Field::text(
            F::OpinionText,
            T::OpinionText.get(lang),
            o.map_or("", |o| &o.text),
        ),
    ]
}

/// The opinion as typed: none when every field is blank; its day is needed otherwise.
fn opinion(form: &Form<F>, lang: Lang) -> Result<Option<TemporaryOpinion>, String> {
    let (cell, text) = (form.text(F::OpinionCell), form.text(F::OpinionText));
    let Some(received) = optional_date(form.text(F::OpinionReceived), lang)? else {
        if cell.is_empty() && text.is_empty() {
            return Ok(None);
        }
        return Err(T::OpinionNeedsDate.get(lang).to_owned());
    };
    Ok(Some(TemporaryOpinion {
        received,
        cell: cell.to_owned(),
        text: text.to_owned(),
    }))
}

/// The discipline as typed; none when every field is blank.
fn discipline(form: &Form<F>, lang: Lang) -> Result<Option<Box<Discipline>>, String> {
    let d = Discipline {
        form: form.text(F::DisciplineForm).to_owned(),
        decision: Document {
            number: form.text(F::DecisionNumber).to_owned(),
            date: optional_date(form.text(F::DecisionDate), lang)?,
            issuer: form.text(F::DecisionIssuer).to_owned(),
        },
        violated: optional_date(form.text(F::Violated), lang)?,
    };
    Ok((d != Discipline::default()).then(|| Box::new(d)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(f: &MemberForm) -> Member {
        let now = chrono::DateTime::parse_from_rfc3339("2025-12-15T14:00:00+07:00").unwrap();
        let cx = Cx {
            session: None,
            lang: Lang::Vi,
            now,
        };
        match f.parse(&cx) {
            Ok(Msg::Apply(Command::UpdateMember(m))) => m,
            _ => panic!("not an update"),
        }
    }

    #[test]
    fn every_post_is_shown_and_saved_as_itself() {
        for post in POSTS {
            let mut m = Member::new("m1", "Lê Văn Cường");
            m.post = post;
            assert_eq!(parsed(&MemberForm::new(Some(&m), "", Lang::Vi)).post, post);
        }
    }

    #[test]
    fn the_discipline_and_its_decision_are_entered_with_the_member() {
        let mut m = Member::new("m8", "Ngô Văn Dũng");
        m.disciplined = true;
        let mut f = MemberForm::new(Some(&m), "", Lang::Vi);
        assert_eq!(parsed(&f).discipline, None, "all blank: none");
        for (id, text) in [
            (F::DisciplineForm, "Khiển trách"),
            (F::DecisionNumber, "45-QĐ/ĐU"),
            (F::DecisionDate, "20/08/2025"),
            (F::DecisionIssuer, "Đảng ủy Phường Tân Định"),
            (F::Violated, "02/07/2025"),
        ] {
            f.form.focus_on(id);
            f.form.paste(text);
        }
        let d = parsed(&f).discipline.unwrap();
        assert_eq!(d.form, "Khiển trách");
        assert_eq!(d.decision.number, "45-QĐ/ĐU");
        assert_eq!(
            d.decision.date,
            chrono::NaiveDate::from_ymd_opt(2025, 8, 20)
        );
        assert_eq!(d.decision.issuer, "Đảng ủy Phường Tân Định");
        assert_eq!(d.violated, chrono::NaiveDate::from_ymd_opt(2025, 7, 2));
        let again = MemberForm::new(Some(&parsed(&f)), "", Lang::Vi);
        assert_eq!(
            again.form.text(F::DecisionNumber),
            "45-QĐ/ĐU",
            "shown when edited again"
        );
    }

    #[test]
    fn the_form_opens_on_the_members_post_and_membership_and_gives_them_back() {
        let mut m = Member::new("m2", "Trần Thị Bình");
        m.post = Post::Deputy;
        m.membership = Membership::Probationary;
        let f = MemberForm::new(Some(&m), "", Lang::Vi);
        let back = parsed(&f);
        assert_eq!((back.post, back.membership), (m.post, m.membership));
    }

    #[test]
    fn the_temporary_cells_opinion_is_entered_with_the_member_and_needs_its_day() {
        let mut m = Member::new("m4", "Phạm Thị Dung");
        m.temporary_elsewhere = Some("Chi bộ Trường THCS Lê Lợi".into());
        let mut f = MemberForm::new(Some(&m), "", Lang::Vi);
        assert_eq!(parsed(&f).temporary_opinion, None, "all blank: none");
        f.form.focus_on(F::OpinionText);
        f.form.paste("Hoàn thành tốt nhiệm vụ");
        let now = chrono::DateTime::parse_from_rfc3339("2025-12-15T14:00:00+07:00").unwrap();
        let cx = Cx {
            session: None,
            lang: Lang::En,
            now,
        };
        assert_eq!(
            f.parse(&cx).err(),
            Some(T::OpinionNeedsDate.get(Lang::En).to_owned())
        );
        f.form.focus_on(F::OpinionReceived);
        f.form.paste("10/12/2025");
        f.form.focus_on(F::OpinionCell);
        f.form.paste("Chi bộ Trường THCS Lê Lợi");
        let o = parsed(&f).temporary_opinion.unwrap();
        assert_eq!(
            o.received,
            chrono::NaiveDate::from_ymd_opt(2025, 12, 10).unwrap()
        );
        assert_eq!(
            (o.cell.as_str(), o.text.as_str()),
            ("Chi bộ Trường THCS Lê Lợi", "Hoàn thành tốt nhiệm vụ")
        );
        let again = MemberForm::new(Some(&parsed(&f)), "", Lang::Vi);
        assert_eq!(again.form.text(F::OpinionReceived), "10/12/2025");
    }
}
