//! The facts the minutes carry beyond the meeting's details (issue 8): the cell's kind, the
//! locality of the date line, the basis, the representative of the committee above and the
//! remarks, the chair's closing remarks, and the members of other cells on temporary activity.

use chrono::NaiveDate;

use crate::forms::{TypedForm, optional_date};
use crate::msg::Msg;
use crate::popup::Cx;
use crate::widgets::form::{Field, Form};
use chibo_core::domain::{Attendance, CellKind, Command, Document, Session, Visitor};
use chibo_core::i18n::Lang;

fn dmy(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FactsField {
    Kind,
    Locality,
    BasisNumber,
    BasisDate,
    BasisIssuer,
    Representative,
    RepresentativeRemarks,
    ClosingRemarks,
    Visitors,
}

const KINDS: [CellKind; 2] = [CellKind::UnderCommittee, CellKind::Grassroots];

/// The facts the minutes carry beyond the meeting's details: the cell's kind, the locality of
/// the date line, the basis, the representative of the committee above (one of the guests) and
/// the remarks, and the members of other cells on temporary activity here, written
/// "name, home cell; name, home cell".
pub(crate) struct MinutesFactsForm {
    form: Form<FactsField>,
}

fn visitors_text(s: &Session) -> String {
    let one = |v: &Visitor| match v.home_cell.as_str() {
        "" => v.name.clone(),
        home => format!("{}, {home}", v.name),
    };
    s.meeting
        .visitors
        .iter()
        .map(one)
        .collect::<Vec<_>>()
        .join("; ")
}

impl MinutesFactsForm {
    pub(crate) fn new(s: &Session, lang: Lang) -> Self {
        let title = lang.pick("Thông tin cho biên bản", "Facts for the minutes");
        MinutesFactsForm {
            form: Form::new(title.to_owned(), fields(s, lang)),
        }
    }
}

/// The two choices: the cell's kind, and the representative among the guests ("—" for none).
fn choices(s: &Session, lang: Lang) -> [Field<FactsField>; 2] {
    let kinds = [
        lang.pick(
            "Chi bộ trực thuộc đảng ủy cơ sở",
            "Cell under a grassroots committee",
        ),
        lang.pick("Chi bộ cơ sở", "Grassroots cell"),
    ];
    let kinds = kinds.iter().map(|k| (*k).to_owned()).zip(KINDS).collect();
    // The representative by name, among the guests; "—" for none.
    let mut guests: Vec<(String, Option<String>)> = vec![("—".to_owned(), None)];
    guests.extend(
        s.meeting
            .guests
            .iter()
            .map(|g| (g.clone(), Some(g.clone()))),
    );
    let rep_label = lang.pick(
        "Đại diện cấp ủy cấp trên",
        "Representative of the committee above",
    );
    [
        Field::choice(
            FactsField::Kind,
            lang.pick("Loại chi bộ", "Kind of cell"),
            kinds,
            &s.cell.kind,
        ),
        Field::choice(
            FactsField::Representative,
            rep_label,
            guests,
            &s.meeting.representative,
        ),
    ]
}

fn fields(s: &Session, lang: Lang) -> Vec<Field<FactsField>> {
    use FactsField as F;
    let basis = s.meeting.basis.clone().unwrap_or_default();
    let date = basis.date.map_or(String::new(), dmy);
    let text = |id, vi, en, v: &str| Field::text(id, lang.pick(vi, en), v);
    let [kind, rep] = choices(s, lang);
    let m = &s.meeting;
    vec![
        kind,
        text(
            F::Locality,
            "Địa danh (dòng ngày tháng)",
            "Locality (date line)",
            &s.cell.locality,
        ),
        text(
            F::BasisNumber,
            "Căn cứ: số văn bản",
            "Basis: number",
            &basis.number,
        ),
        text(
            F::BasisDate,
            "Căn cứ: ngày (dd/mm/yyyy)",
            "Basis: date (dd/mm/yyyy)",
            &date,
        ),
        text(
            F::BasisIssuer,
            "Căn cứ: cơ quan ban hành",
            "Basis: issuer",
            &basis.issuer,
        ),
        rep,
        text(
            F::RepresentativeRemarks,
            "Ý kiến của đại diện cấp trên",
            "The representative's remarks",
            &m.representative_remarks,
        ),
        text(
            F::ClosingRemarks,
            "Phát biểu bế mạc của chủ trì",
            "The chair's closing remarks",
            &m.closing_remarks,
        ),
        text(
            F::Visitors,
            "Sinh hoạt tạm thời tại chi bộ (họ tên, chi bộ; …)",
            "On temporary activity here (name, cell; …)",
            &visitors_text(s),
        ),
    ]
}

/// "name, home cell; name" → visitors, keeping the attendance of those already listed.
fn parse_visitors(text: &str, s: &Session) -> Vec<Visitor> {
    text.split(';')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|t| {
            let (name, home) = t.split_once(',').unwrap_or((t, ""));
            let (name, home_cell) = (name.trim().to_owned(), home.trim().to_owned());
            let attendance = s
                .meeting
                .visitors
                .iter()
                .find(|v| v.name == name)
                .map_or(Attendance::Present, |v| v.attendance.clone());
            Visitor {
                name,
                home_cell,
                attendance,
            }
        })
        .collect()
}

impl TypedForm for MinutesFactsForm {
    type Field = FactsField;
    fn form(&self) -> &Form<FactsField> {
        &self.form
    }
    fn form_mut(&mut self) -> &mut Form<FactsField> {
        &mut self.form
    }
    /// Only what changed becomes a command, so the log names only that.
    fn parse(&self, cx: &Cx) -> Result<Msg, String> {
        use FactsField as F;
        let form = &self.form;
        let date = optional_date(form.text(F::BasisDate), cx.lang)?;
        let Some(s) = cx.session else {
            return Ok(Msg::Seq(Vec::new()));
        };
        let mut cmds = Vec::new();
        let mut push = |changed: bool, cmd: Command| {
            if changed {
                cmds.push(Msg::Apply(cmd));
            }
        };
        // The choices are the form's own fields: never missing, else unchanged.
        let kind = form.chosen(F::Kind).unwrap_or(s.cell.kind);
        push(kind != s.cell.kind, Command::SetCellKind(kind));
        let locality = form.text(F::Locality).to_owned();
        push(locality != s.cell.locality, Command::SetLocality(locality));
        let basis = Document {
            number: form.text(F::BasisNumber).to_owned(),
            date,
            issuer: form.text(F::BasisIssuer).to_owned(),
        };
        let basis = Some(basis).filter(|b| *b != Document::default());
        push(basis != s.meeting.basis, Command::SetBasis(basis));
        let rep = form.chosen(F::Representative);
        let rep = rep.unwrap_or_else(|| s.meeting.representative.clone());
        push(
            rep != s.meeting.representative,
            Command::SetRepresentative(rep),
        );
        let remarks = form.text(F::RepresentativeRemarks).to_owned();
        let changed = remarks != s.meeting.representative_remarks;
        push(changed, Command::SetRepresentativeRemarks(remarks));
        let closing = form.text(F::ClosingRemarks).to_owned();
        push(
            closing != s.meeting.closing_remarks,
            Command::SetClosingRemarks(closing),
        );
        let visitors = parse_visitors(form.text(F::Visitors), s);
        if visitors != s.meeting.visitors {
            cmds.extend(
                (0..s.meeting.visitors.len()).map(|_| Msg::Apply(Command::RemoveVisitor(0))),
            );
            cmds.extend(
                visitors
                    .into_iter()
                    .map(|v| Msg::Apply(Command::AddVisitor(v))),
            );
        }
        Ok(Msg::Seq(cmds))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> chrono::DateTime<chrono::FixedOffset> {
        chrono::DateTime::parse_from_rfc3339("2025-12-15T14:00:00+07:00").unwrap()
    }

    fn cx(s: &Session) -> Cx<'_> {
        Cx {
            session: Some(s),
            lang: Lang::Vi,
            now: now(),
        }
    }

    fn commands(msg: Msg) -> Vec<Command> {
        let Msg::Seq(msgs) = msg else {
            panic!("not a sequence")
        };
        msgs.into_iter()
            .map(|m| match m {
                Msg::Apply(c) => c,
                _ => panic!("not a command"),
            })
            .collect()
    }

    fn applied(s: &Session, msg: Msg) -> Session {
        let mut s = s.clone();
        for c in commands(msg) {
            s.apply(c, now()).unwrap();
        }
        s
    }

    #[test]
    fn the_facts_form_sets_each_new_fact_and_nothing_else() {
        let mut s = chibo_core::domain::demo::finished_session(3, 2025);
        s.status = chibo_core::domain::Status::InProgress;
        s.meeting.guests = vec!["Lê Hoàng Nam, Đảng ủy viên".into()];
        let mut f = MinutesFactsForm::new(&s, Lang::Vi);
        assert!(
            commands(f.parse(&cx(&s)).unwrap()).is_empty(),
            "unchanged: nothing"
        );
        let form = f.form_mut();
        form.set_choice(FactsField::Kind, &CellKind::Grassroots);
        let rep = Some("Lê Hoàng Nam, Đảng ủy viên".to_owned());
        form.set_choice(FactsField::Representative, &rep);
        for (id, text) in [
            (FactsField::Locality, "Phường Bến Thành"),
            (FactsField::BasisNumber, "08-HD/ĐU"),
            (FactsField::BasisDate, "20/11/2025"),
            (FactsField::ClosingRemarks, "Bế mạc."),
            (
                FactsField::Visitors,
                "Trương Thị Mai, Chi bộ Trường Tiểu học; Đỗ Tâm",
            ),
        ] {
            form.focus_on(id);
            form.paste(text);
        }
        let after = applied(&s, f.parse(&cx(&s)).unwrap());
        assert_eq!(after.cell.kind, CellKind::Grassroots);
        assert_eq!(after.cell.locality, "Phường Bến Thành");
        let basis = after.meeting.basis.unwrap();
        assert_eq!(
            (basis.number.as_str(), basis.date),
            ("08-HD/ĐU", NaiveDate::from_ymd_opt(2025, 11, 20))
        );
        assert_eq!(
            after.meeting.representative.as_deref(),
            Some("Lê Hoàng Nam, Đảng ủy viên")
        );
        assert_eq!(after.meeting.closing_remarks, "Bế mạc.");
        let names: Vec<(&str, &str)> = after
            .meeting
            .visitors
            .iter()
            .map(|v| (v.name.as_str(), v.home_cell.as_str()))
            .collect();
        assert_eq!(
            names,
            vec![("Trương Thị Mai", "Chi bộ Trường Tiểu học"), ("Đỗ Tâm", "")]
        );
    }
}
