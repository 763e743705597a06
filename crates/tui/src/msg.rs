//! What can happen in the app, as values: the terminal's events and what screens and popups ask
//! for. [`crate::App::update`] is the one place that acts on them.

use std::path::PathBuf;
use std::time::Instant;

use ratatui::crossterm::event::KeyEvent;

use crate::popup::{Popup, RemarkSlot};
use chibo_core::domain::{Command, MemberId, Speaker, Step};
use chibo_docs::Format;
use chibo_files::store::IndexEntry;

/// A message to the app.
pub enum Msg {
    /// A key from the terminal.
    Key(KeyEvent),
    /// Text pasted whole (bracketed paste).
    Paste(String),
    /// Time passed: autosave of typed text, retry of a failed save.
    Tick(Instant),
    /// One session file of the folder, read in the background.
    Indexed(IndexEntry),
    /// The background reader has read every file.
    IndexDone,
    /// A change to the open session; it is saved at once.
    Apply(Command),
    /// Several messages in order; stops at the first that fails.
    Seq(Vec<Msg>),
    /// Shows a popup.
    Push(Popup),
    /// Closes the popup on top (a form whose typing the user chose to drop).
    ClosePopup,
    /// Moves the selection of the meeting's step pane by this many rows.
    MoveRow(isize),
    /// Opens the multi-line editor on a remark by `speaker`, added on its first save.
    EditRemark {
        slot: RemarkSlot,
        speaker: Speaker,
    },
    OpenSession(PathBuf),
    /// Opens a session only to read it: no lock, no change (another cell's, from the roll-up).
    ReadSession(PathBuf),
    CreateSession(Box<NewSession>),
    /// Back to Home, releasing the session.
    CloseSession,
    ShowRoster,
    ShowMeeting,
    /// Moves the meeting to a step (recorded in the session unless it is read-only).
    Goto(Step),
    /// Writes the minutes in one format, or in all of them (`None`).
    Export(Option<Format>),
    /// Writes a paper of the vote (ballots, the counting record, the list sent up).
    Paper(chibo_docs::papers::Paper, chibo_docs::papers::OutFormat),
    Preview,
    History(MemberId),
    /// Reads a member list and shows what importing it would do, asking first.
    Import(PathBuf),
    /// Whose version stays when the file was changed elsewhere.
    Resolve(Resolution),
    /// The counting team as typed: members' names, the head first.
    CountingTeam(String),
    /// Reads the folder again.
    Reload,
    /// The committee's roll-up of the folder (and its subfolders).
    ShowRollup,
    /// Quits, asking first when a save has failed.
    Quit,
    /// Quits without asking.
    ForceQuit,
    /// A problem to show in a message box.
    Error(String),
    /// A short confirmation shown in the bottom line; it takes no key.
    Notice(String),
}

/// What a new session is made of, as read from the new-session form: the store's own.
pub use chibo_files::store::NewSession;

/// What a key did to a popup. The app acts on it: a popup never pops or pushes itself.
pub enum Outcome {
    /// The popup stays open.
    Stay,
    /// The popup stays open and its text changed (typing to autosave).
    Typed,
    /// The popup closes.
    Close,
    /// The popup closes and the message is acted on; a form whose message fails is shown
    /// again with the reason.
    Emit(Msg),
    /// The popup closes and the key goes on to what is under it (a message never eats a key).
    Pass,
    /// The popup stays and a question is asked over it; yes acts on the message.
    Ask { text: String, yes: Msg },
}

/// The user's choice when the session file was changed elsewhere since it was loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// Reload the file: the changes made here since the last save are dropped.
    Theirs,
    /// Save what is here; their version is kept beside it as a conflict copy.
    Mine,
    /// Save what is here as a copy, then reload theirs.
    MineAsCopy,
}
