//! The export action: the minutes in a chosen format, written next to the session file.
//! Waits for `crate::export`; until it lands the action says so.

use crate::i18n::Lang;
use crate::i18n::tui::T;
use crate::tui::app::App;

/// The formats offered, in the order of the picker.
pub fn formats(_lang: Lang) -> Vec<String> {
    ["DOCX", "Markdown", "Text", "CSV"]
        .map(str::to_owned)
        .to_vec()
}

impl App {
    pub(crate) fn export(&mut self, _sel: usize) {
        let text = T::ExportUnavailable.get(self.lang).to_owned();
        self.show_error(text);
    }
}
