//! Names compared: members found by a name as people type it (without its marks, in any case,
//! full name or given name: "binh" finds "Trần Thị Bình"), and names that are one name across
//! files ([`same_name`]: a cell, a committee, a person in another session). One rule for every
//! front end.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::command::Command;
use super::member::{Member, MemberId};
use super::session::Session;

/// Why a typed name does not find exactly one member present.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NameError {
    #[error("no member present is named `{0}`")]
    NotFound(String),
    #[error("more than one member present is named `{0}`; write the full name")]
    Ambiguous(String),
}

/// A name or a word without its marks, lower case, spaces squeezed ("Họ và  Tên" → "ho va ten";
/// đ → d).
pub fn plain(s: &str) -> String {
    let bare: String = s
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| if c == 'đ' || c == 'Đ' { 'd' } else { c })
        .collect::<String>()
        .to_lowercase();
    bare.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A name as files are compared by it: NFC, lower case, blanks squeezed to one space and none
/// at the ends. The marks stay ("Bình" and "Binh" are two names). Equal keys are one name
/// ([`same_name`]); a key can be a map's key where many names are grouped.
pub fn name_key(s: &str) -> String {
    let lower = s.nfc().collect::<String>().to_lowercase();
    let squeezed = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    // Lower case of a composed letter may come apart; NFC again puts it back together.
    squeezed.nfc().collect()
}

/// Whether two names are one name, as DOMAIN.md compares cells and committees: equal after
/// NFC, case folding and collapsing spaces ("Đảng bộ phường Tân Định" = "Đảng bộ Phường  Tân
/// Định"). Used for a cell across sessions, a committee in the roll-up, a person's name in the
/// history.
pub fn same_name(a: &str, b: &str) -> bool {
    name_key(a) == name_key(b)
}

/// On what a member of another session was taken for this one ([`Member::same_person`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Likeness {
    /// The same name and birth year.
    NameAndBirth,
    /// The same name; one of the two has no birth year to compare.
    NameOnly,
}

impl Member {
    /// Whether `other`, a member of another session of the same cell, is this person: the same
    /// name ([`same_name`]) and, when both have one, the same birth year. Never by id: `m1` is
    /// only a place in its own file.
    pub fn same_person(&self, other: &Member) -> Option<Likeness> {
        if !same_name(&self.name, &other.name) {
            return None;
        }
        match (self.born, other.born) {
            (Some(a), Some(b)) if a == b => Some(Likeness::NameAndBirth),
            (Some(_), Some(_)) => None,
            _ => Some(Likeness::NameOnly),
        }
    }
}

impl Session {
    /// Whether `other` is a session of the same cell: the cells' names are one name
    /// ([`same_name`]). The committee above is not compared: it may be renamed or merged from
    /// one year to the next while the cell stays.
    pub fn same_cell(&self, other: &Session) -> bool {
        same_name(&self.cell.name, &other.cell.name)
    }

    /// The member present whose full name, or given name (the last word), is `name`, marks and
    /// case ignored.
    pub fn present_named(&self, name: &str) -> Result<&Member, NameError> {
        let want = plain(name);
        let mut found = self.members.iter().filter(|m| {
            let full = plain(&m.name);
            m.attendance.is_present()
                && (full == want || full.split(' ').next_back() == Some(want.as_str()))
        });
        match (found.next(), found.next()) {
            (Some(m), None) => Ok(m),
            (None, _) => Err(NameError::NotFound(name.to_owned())),
            (Some(_), Some(_)) => Err(NameError::Ambiguous(name.to_owned())),
        }
    }

    /// The counting team from the names typed ("An, Bình, Cường", commas or semicolons, the
    /// head first): each must be one member present ([`Session::present_named`]).
    pub fn counting_team_named(&self, text: &str) -> Result<Command, NameError> {
        let members = text
            .split([',', ';'])
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(|n| self.present_named(n).map(|m| m.id.clone()))
            .collect::<Result<Vec<MemberId>, NameError>>()?;
        let head = members.first().cloned();
        Ok(Command::SetCountingTeam { members, head })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_drops_marks_case_and_extra_spaces() {
        assert_eq!(plain("  Họ và  TÊN "), "ho va ten");
        assert_eq!(plain("Đặng"), "dang");
        assert_eq!(plain("Kho\u{302}\u{301}i"), "khoi");
    }

    #[test]
    fn same_name_ignores_case_spaces_and_composition_but_not_marks() {
        assert!(same_name(
            "Đảng bộ phường Tân Định",
            " Đảng bộ Phường  Tân Định "
        ));
        assert!(same_name(
            "ĐẢNG BỘ PHƯỜNG TÂN ĐỊNH",
            "Đảng bộ phường Tân Định"
        ));
        // "Khôi" typed decomposed (NFD) is the same name.
        assert!(same_name("Nguyễn Kho\u{302}\u{300}i", "Nguyễn Khồi"));
        assert!(!same_name("Trần Thị Bình", "Tran Thi Binh"));
        assert!(!same_name("Chi bộ Khu phố 1", "Chi bộ Khu phố 11"));
    }

    #[test]
    fn a_person_is_a_name_and_a_birth_year_never_an_id() {
        let mut a = Member::new("m1", "Nguyễn Văn An");
        a.born = Some(1980);
        let mut b = Member::new("m7", "nguyễn văn  an");
        b.born = Some(1980);
        assert_eq!(a.same_person(&b), Some(Likeness::NameAndBirth));
        b.born = Some(1981);
        assert_eq!(a.same_person(&b), None, "another person of the same name");
        b.born = None;
        assert_eq!(a.same_person(&b), Some(Likeness::NameOnly));
        let other = Member::new("m1", "Quách Văn Bảo");
        assert_eq!(
            a.same_person(&other),
            None,
            "the same id is not the same person"
        );
    }
}
