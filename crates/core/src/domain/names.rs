//! Members found by a name as people type it: without its marks, in any case, full name or given
//! name ("binh" finds "Trần Thị Bình"). One rule for every front end.

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

impl Session {
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
}
