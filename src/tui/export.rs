//! The export action: the minutes (or the results table) in a chosen format, written atomically
//! next to the session file, and the path shown.

use crate::export::{Format, default_path, render};
use crate::i18n::Lang;
use crate::store::write_atomic;
use crate::tui::app::App;
use crate::tui::popup::Popup;
use crate::tui::words::{T, format_label};

/// The formats offered, in the order of the picker.
pub fn formats(lang: Lang) -> Vec<String> {
    Format::ALL
        .iter()
        .map(|f| format_label(*f, lang).to_owned())
        .collect()
}

impl App {
    pub(crate) fn export(&mut self, sel: usize) {
        let lang = self.lang;
        let (Some(format), Some(open)) = (Format::ALL.get(sel).copied(), &self.open) else {
            return;
        };
        let out = default_path(&open.path, format);
        let written = render(&open.session, format, lang)
            .map_err(|e| e.to_string())
            .and_then(|bytes| write_atomic(&out, &bytes).map_err(|e| e.message(lang)));
        match written {
            Ok(()) => self.popups.push(Popup::Message {
                title: T::ExportTitle.get(lang).to_owned(),
                text: format!("{} {}", T::Exported.get(lang), out.display()),
                error: false,
            }),
            Err(e) => self.show_error(e),
        }
    }
}

impl App {
    /// The minutes as the 80-column text export renders them, in a scrollable popup.
    pub(crate) fn preview(&mut self) {
        let Some(open) = &self.open else { return };
        match render(&open.session, Format::Txt, self.lang) {
            Ok(bytes) => {
                let text = String::from_utf8_lossy(&bytes);
                let lines = text.lines().map(str::to_owned).collect();
                self.popups.push(Popup::Preview { lines, scroll: 0 });
            }
            Err(e) => self.show_error(e.to_string()),
        }
    }
}
