//! Office files read back for the tests: the parts of a DOCX or XLSX (a zip) by name, in order.

use std::io::{Cursor, Read};

/// Each part of a package, by name, in the zip's order.
pub fn parts(bytes: &[u8]) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut xml = String::new();
            f.read_to_string(&mut xml).unwrap();
            (f.name().to_owned(), xml)
        })
        .collect()
}

/// One part of a package (`word/document.xml`, `word/styles.xml`…).
pub fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut xml).unwrap();
    xml
}

/// A DOCX's body (`word/document.xml`).
pub fn document_xml(bytes: &[u8]) -> String {
    part(bytes, "word/document.xml")
}

/// Every part of a package, one after the other (to look for a text anywhere in it).
pub fn every_part(bytes: &[u8]) -> String {
    parts(bytes).into_iter().map(|(_, xml)| xml).collect()
}
