//! The cell: its name, the committee above, its kind (which says where the Excellent cap is
//! counted) and the locality of the minutes' date line.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cell {
    /// "Chi bộ Khu phố 3" — the name without the word "Chi bộ" is fine too.
    pub name: String,
    /// The party committee directly above ("Đảng bộ Phường …").
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub committee: String,
    /// A grassroots cell, or a cell under a grassroots committee (the default).
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub kind: CellKind,
    /// The locality of the minutes' date line (địa danh: "Phường Tân Định"); when empty, it is
    /// taken from the committee's name (see [`Cell::locality`]).
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub locality: String,
}

/// Where the cell stands (DOMAIN.md, the Excellent cap): the cap is counted over the grassroots
/// organisation, so only a grassroots cell checks it over itself.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum CellKind {
    /// Chi bộ trực thuộc đảng ủy cơ sở: the cap is counted by the committee above.
    #[default]
    UnderCommittee,
    /// Chi bộ cơ sở: the cell is the grassroots organisation; the cap is checked here.
    Grassroots,
}

impl Cell {
    /// A cell under a grassroots committee, its locality taken from the committee's name.
    pub fn new(name: impl Into<String>, committee: impl Into<String>) -> Self {
        Cell {
            name: name.into(),
            committee: committee.into(),
            ..Cell::default()
        }
    }

    /// The locality of the date line: the field when given; otherwise the committee's name less
    /// its leading "Đảng bộ" or "Đảng ủy" ("Đảng bộ Phường Tân Định" → "Phường Tân Định"); empty
    /// when neither is known. Never taken from the venue's address.
    pub fn locality(&self) -> String {
        let own = self.locality.trim();
        if !own.is_empty() {
            return own.to_owned();
        }
        let committee = self.committee.trim();
        [
            "Đảng bộ ",
            "Đảng ủy ",
            "Đảng uỷ ",
            "Đảng bộ cơ sở ",
            "Đảng ủy cơ sở ",
        ]
        .iter()
        .rev()
        .find_map(|p| strip_prefix_ci(committee, p))
        // A committee named otherwise ("Chi bộ cơ sở …", a typo) is its own locality.
        .unwrap_or(committee)
        .trim()
        .to_owned()
    }
}

/// `s` less `prefix`, letters compared without case.
fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let (head, rest) = s.split_at_checked(prefix.len())?;
    (head.to_lowercase() == prefix.to_lowercase()).then_some(rest)
}
