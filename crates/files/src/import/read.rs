//! A CSV or XLSX file as rows of text cells, and the dates and years written in them.

use std::path::Path;

use calamine::{Data, Reader, Xlsx};
use chrono::{Datelike, NaiveDate};

use super::ImportError;

/// The most a member list may weigh; a bigger file is not a member list.
pub(super) const MAX_BYTES: u64 = 16 * 1024 * 1024;

/// The rows of the file's first sheet (or of the CSV), every cell as text.
pub(super) fn rows(file: &Path) -> Result<Vec<Vec<String>>, ImportError> {
    let io = |source| ImportError::Io {
        path: file.to_owned(),
        source,
    };
    let meta = std::fs::metadata(file).map_err(io)?;
    if !meta.is_file() {
        return Err(ImportError::NotAFile {
            path: file.to_owned(),
        });
    }
    if meta.len() > MAX_BYTES {
        return Err(ImportError::TooLarge {
            path: file.to_owned(),
            size: meta.len(),
        });
    }
    // No extension is no known kind.
    let ext = file
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "csv" => csv_rows(&std::fs::read(file).map_err(io)?),
        "xlsx" => {
            let mut book: Xlsx<_> = calamine::open_workbook(file)?;
            // A workbook without a sheet has no header row either.
            let range = book.worksheet_range_at(0).ok_or(ImportError::NoHeader)??;
            Ok(range.rows().map(|r| r.iter().map(cell).collect()).collect())
        }
        _ => Err(ImportError::UnknownKind),
    }
}

/// CSV as spreadsheets write it: UTF-8 with or without a BOM, commas or semicolons.
pub(super) fn csv_rows(bytes: &[u8]) -> Result<Vec<Vec<String>>, ImportError> {
    let text = std::str::from_utf8(bytes)?.trim_start_matches('\u{feff}');
    // An empty file has an empty first line: commas, and no rows.
    let first = text.lines().next().unwrap_or("");
    let sep = if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sep)
        .from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| Ok(r?.iter().map(str::to_owned).collect()))
        .collect()
}

/// A spreadsheet cell as text; dates as dd/mm/yyyy, whole numbers without ".0".
fn cell(d: &Data) -> String {
    match d {
        Data::DateTime(dt) => dt
            .as_datetime()
            .map_or_else(String::new, |t| t.format("%d/%m/%Y").to_string()),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

/// A date as lists write it: dd/mm/yyyy, d-m-yyyy, dd.mm.yyyy or yyyy-mm-dd.
pub(super) fn date(v: &str) -> Option<NaiveDate> {
    let v = v.trim();
    ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(v, f).ok())
}

/// A year of birth: "1975", or the year of a date.
pub(super) fn year(v: &str) -> Option<i32> {
    let v = v.trim();
    match v.parse::<i32>() {
        Ok(y) if (1900..=2100).contains(&y) => Some(y),
        Ok(_) => None,
        Err(_) => date(v).map(|d| d.year()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_years_as_lists_write_them() {
        assert_eq!(date("03/02/1990"), NaiveDate::from_ymd_opt(1990, 2, 3));
        assert_eq!(date("1990-02-03"), NaiveDate::from_ymd_opt(1990, 2, 3));
        assert_eq!(date("31/02/1990"), None);
        assert_eq!(year("1975"), Some(1975));
        assert_eq!(year("12/05/1975"), Some(1975));
        assert_eq!(year("75"), None);
    }

    #[test]
    fn a_list_that_cannot_be_read_says_why() {
        use chibo_core::i18n::Lang;
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("ds.csv");
        let e = rows(&missing).unwrap_err();
        assert!(
            matches!(&e, ImportError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound),
            "{e:?}"
        );
        assert!(matches!(
            rows(dir.path()),
            Err(ImportError::NotAFile { .. })
        ));
        let e = csv_rows(b"H\xff,x\n").unwrap_err();
        assert!(matches!(e, ImportError::NotUtf8(_)), "{e:?}");
        let (vi, en) = (
            super::super::words::error(&e, Lang::Vi),
            super::super::words::error(&e, Lang::En),
        );
        assert!(vi.contains("UTF-8") && en.contains("UTF-8") && vi != en);
    }

    #[test]
    fn csv_with_a_bom_and_semicolons() {
        let rows = csv_rows("\u{feff}Họ và tên;Năm sinh\nAn;1980\n".as_bytes()).unwrap();
        assert_eq!(
            rows,
            vec![vec!["Họ và tên", "Năm sinh"], vec!["An", "1980"]]
        );
    }
}
