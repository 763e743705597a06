//! Why a message could not be acted on, as a value: the lower layers' errors as they came, and
//! the app's own refusals. It becomes words only where it is shown (`words::problem`), so a test
//! or the log can tell one problem from another without reading a sentence.

use chibo_core::domain::{DomainError, NameError};
use chibo_docs::ExportError;
use chibo_files::import::ImportError;
use chibo_files::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum Problem {
    /// A session file could not be read, locked or written.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Saving the open session failed; it stays in memory and the save is retried.
    #[error("the session could not be saved: {0}")]
    NotSaved(StoreError),
    /// The domain refused a change.
    #[error(transparent)]
    Domain(#[from] DomainError),
    /// A document could not be produced.
    #[error(transparent)]
    Export(#[from] ExportError),
    /// A member list could not be read.
    #[error(transparent)]
    Import(#[from] ImportError),
    /// A change asked of a session opened only to be read.
    #[error("this session is open to read only")]
    OpenToRead,
    /// A name of the counting team that is not exactly one member present.
    #[error(transparent)]
    Name(#[from] NameError),
}
