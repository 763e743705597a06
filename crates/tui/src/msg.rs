//! What can happen in the app, as values: the terminal's events, what screens and popups ask
//! for and what the world answered ([`Msg`]); what the app asks of the world ([`Effect`]).
//! [`crate::App::update`] is the one place that acts on a message; it returns effects, which the
//! queue (`queue.rs`) performs, bringing their results back as messages.

use std::path::PathBuf;
use std::time::Instant;

use ratatui::crossterm::event::KeyEvent;

use crate::app::Open;
use crate::effects::Resolved;
use crate::jobs::{Found, Job};
use crate::popup::{Popup, RemarkSlot};
use crate::problem::Problem;
use chibo_core::domain::{Command, MemberId, Speaker, Step};
use chibo_docs::Format;
use chibo_files::store::{Fingerprint, IndexEntry, StoreError};

/// A message to the app.
pub enum Msg {
    /// A key from the terminal.
    Key(KeyEvent),
    /// Text pasted whole (bracketed paste).
    Paste(String),
    /// Time passed: autosave of typed text, retry of a failed save.
    Tick(Instant),
    /// No input arrived before the loop's deadline: the keyboard has been quiet until then (a
    /// guarded question starts taking keys).
    Quiet(Instant),
    /// One session file of the folder, read in the background.
    Indexed(IndexEntry),
    /// The background reader has read every file.
    IndexDone,
    /// What a background job found (its progress, then its result).
    Job(Job, Found),
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
    /// A session file read (and locked, unless opened to read only): it is shown.
    Opened(Box<Open>),
    CreateSession(Box<NewSession>),
    /// The new session's file is written: it opens on its roster.
    Created(PathBuf),
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
    /// Writes several papers at once (the exports again after a correction).
    Papers(Vec<(chibo_docs::papers::Paper, chibo_docs::papers::OutFormat)>),
    Preview,
    History(MemberId),
    /// Reads a member list and shows what importing it would do, asking first.
    Import(PathBuf),
    /// Whose version stays when the file was changed elsewhere.
    Resolve(Resolution),
    /// The choice is carried out on disk.
    Resolved(Box<Resolved>),
    /// How the last save went.
    Saved(Result<Fingerprint, StoreError>),
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
    /// The saves asked for before leaving are done: leave, unless one failed.
    AllSaved(Leave),
    /// The terminal closed or the system asks the app to end: what is typed is saved, and the
    /// app quits without asking.
    Terminate,
    /// The message of the form that sent it went through: the form is done.
    FormAccepted,
    /// A problem to show: in the form whose message it was, else in a message box. What was
    /// queued after the failed message is dropped.
    Error(Problem),
    /// A short confirmation shown in the bottom line; it takes no key.
    Notice(String),
}

/// Where the user goes once all is saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leave {
    /// Back to Home.
    Close,
    Quit,
}

/// What the app asks of the world, as a value: [`crate::App::update`] returns them and the queue
/// performs them in order, each one's result coming back as a message before the next effect.
pub enum Effect {
    /// A message acted on next (after what this one caused): a sequence, a key passed on.
    Send(Msg),
    /// Drops what is still queued from the current input: a sequence stops at its first failure.
    Abort,
    /// Writes the open session, if its file is still as loaded or last saved (→ [`Msg::Saved`]).
    Save,
    /// Reads a session file, with its lock unless `read_only` (→ [`Msg::Opened`]).
    Open {
        path: PathBuf,
        read_only: bool,
    },
    /// Writes a new session file (→ [`Msg::Created`]).
    Create(Box<NewSession>),
    Export(Option<Format>),
    Paper(chibo_docs::papers::Paper, chibo_docs::papers::OutFormat),
    Papers(Vec<(chibo_docs::papers::Paper, chibo_docs::papers::OutFormat)>),
    /// Renders the minutes as text (→ a preview popup).
    Preview,
    /// After a reopening: the exports of the sealed minutes beside the session are renamed
    /// `…-thay-the-<time>.*` (→ a notice naming them).
    Supersede,
    /// After a finalize that follows a reopening: asks whether to export again.
    OfferExport,
    /// Reads a member list (→ the question whether to import it).
    Import(PathBuf),
    /// Carries out whose version stays (→ [`Msg::Resolved`]).
    Resolve(Resolution),
    /// Reads the folder for Home in the background, as reader `generation`, but the files in
    /// `skip` (read already).
    ReadFolder {
        generation: u64,
        skip: Vec<PathBuf>,
    },
    /// Reads a member's history across the folder in the background.
    ReadHistory {
        job: Job,
        member: MemberId,
    },
    /// Reads the roll-up of the folder in the background.
    ReadRollup(Job),
    /// The app ends.
    Quit,
}

/// What a new session is made of, as read from the new-session form: the store's own.
pub(crate) use chibo_files::store::NewSession;

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
