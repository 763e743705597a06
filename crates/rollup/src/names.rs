//! Names as the office compares them: a committee or a cell typed two ways by two secretaries
//! ("Đảng bộ phường Tân Định", "Đảng bộ Phường  Tân Định") is one, and is shown in the spelling
//! most files use.

use std::collections::HashMap;

use super::CellLine;
use chibo_core::domain::nfc;

/// The form names are compared in: the domain's (NFC, case folded, spaces collapsed).
pub use chibo_core::domain::name_key as key;

/// The spelling shown: as typed, blanks collapsed.
fn tidy(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How often each spelling of one name is used.
#[derive(Default)]
struct Spellings(HashMap<String, u32>);

impl Spellings {
    fn add(&mut self, name: &str) {
        *self.0.entry(tidy(&nfc(name))).or_insert(0) += 1;
    }

    /// The spelling most files use; of two used as often, the one first in code-point order
    /// (capitals first), so that the choice does not depend on the order files are read in.
    fn most_used(&self) -> Option<&String> {
        self.0
            .iter()
            .max_by(|(a, m), (b, n)| m.cmp(n).then_with(|| b.cmp(a)))
            .map(|(s, _)| s)
    }
}

/// Gives every line the spelling most files use of its committee's name and of its cell's name
/// (the cell's counted within its committee); every file read has a say, of every year.
pub(crate) fn unify(lines: &mut [CellLine]) {
    let mut committees: HashMap<String, Spellings> = HashMap::new();
    let mut cells: HashMap<(String, String), Spellings> = HashMap::new();
    let keys: Vec<(String, String)> = lines
        .iter()
        .map(|c| (key(&c.committee), key(&c.cell)))
        .collect();
    for (c, k) in lines.iter().zip(&keys) {
        committees.entry(k.0.clone()).or_default().add(&c.committee);
        cells.entry(k.clone()).or_default().add(&c.cell);
    }
    for (c, k) in lines.iter_mut().zip(&keys) {
        if let Some(name) = committees.get(&k.0).and_then(Spellings::most_used) {
            c.committee.clone_from(name);
        }
        if let Some(name) = cells.get(k).and_then(Spellings::most_used) {
            c.cell.clone_from(name);
        }
    }
}

/// The committees of `lines`, each once, in order.
pub(crate) fn committees(lines: &[CellLine]) -> Vec<String> {
    let mut out: Vec<String> = lines.iter().map(|c| c.committee.clone()).collect();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_name_however_it_is_typed() {
        let k = key("Đảng bộ Phường Tân Định");
        assert_eq!(key("Đảng bộ phường  Tân định"), k);
        assert_eq!(key(" ĐẢNG BỘ PHƯỜNG\u{a0}TÂN ĐỊNH "), k);
        // Decomposed (NFD) as some keyboards and files have it.
        assert_eq!(
            key("Đa\u{309}ng bo\u{323}\u{302} Phươ\u{300}ng Tân Đi\u{323}nh"),
            k
        );
        assert_ne!(key("Đảng bộ Phường Tân Định 2"), k);
    }

    #[test]
    fn the_spelling_most_used_and_ties_decided_the_same_way_every_time() {
        let mut s = Spellings::default();
        s.add("Đảng bộ phường Tân Định");
        s.add("Đảng bộ Phường  Tân Định");
        s.add("Đảng bộ Phường Tân Định");
        assert_eq!(s.most_used().unwrap(), "Đảng bộ Phường Tân Định");
        let mut tie = Spellings::default();
        tie.add("chi bộ khu phố 1");
        tie.add("Chi bộ Khu phố 1");
        assert_eq!(tie.most_used().unwrap(), "Chi bộ Khu phố 1");
    }
}
