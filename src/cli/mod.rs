//! The command line: subcommands that work on session files, and the entry to the terminal app.
//!
//! Help is in English (clap); what the commands print is in the user's language (`--lang`).

mod args;
mod commands;
mod out;
mod roster;
mod show;
mod summary;
mod verify;
mod words;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use chibo_core::i18n::Lang;

/// Runs a party cell's annual review meeting (kiểm điểm, đánh giá, xếp loại chất lượng)
/// and keeps its minutes.
#[derive(Debug, Parser)]
#[command(name = "chibo", version, about)]
pub(crate) struct Args {
    /// The sessions folder (default: $CHIBO_DIR, else ./sessions).
    #[arg(long, global = true, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Language of messages and minutes: vi (default) or en.
    #[arg(long, global = true, value_enum, ignore_case = true)]
    pub lang: Option<args::LangArg>,
    /// How much goes to the log file (its path is below).
    #[arg(long, global = true, value_enum, default_value_t, value_name = "LEVEL")]
    pub log_level: crate::log::Level,
    #[command(subcommand)]
    pub command: Option<Cmd>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Cmd {
    /// One line per session in the folder: file, cell, year, date, status, members, rated/total.
    List,
    /// Load and validate session files; print findings. Exit 0: no error, 1: an error-level
    /// finding, 2: a file cannot be read or parsed.
    Check {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Whether each session's seal holds: sealed and intact, changed since it was sealed, or
    /// not finalized. Exit 0: all intact, 1: one changed, 2: one not finalized or unreadable.
    Verify {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Print a session as text: header, attendance and quorum, members, votes, findings.
    Show {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Create a session and print its path.
    New {
        /// The cell's name, e.g. "Chi bộ Khu phố 3".
        #[arg(long)]
        cell: String,
        /// The party committee directly above, e.g. "Đảng bộ Phường Tân Định".
        #[arg(long)]
        committee: String,
        /// The year under review.
        #[arg(long)]
        year: i32,
        /// Meeting date, YYYY-MM-DD.
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: chrono::NaiveDate,
        /// Meeting place.
        #[arg(long)]
        place: String,
        /// Copy the roster (member ids kept) from a past session.
        #[arg(long, value_name = "OLD.ron")]
        from: Option<PathBuf>,
    },
    /// The committee's roll-up: every session file under PATH (folders searched), a line per
    /// cell (counted once a year: the newest sealed file), totals per committee and year with
    /// the Excellent cap over the cells under the committee (a grassroots cell has its own),
    /// provisional while a cell's results are not final, and the check list on standard error
    /// (duplicates, missing cells, unreadable, not finalized, changed since sealed). Names
    /// match in any case and spacing. Exit 0, 1 when it lists a problem, 2 when no session
    /// could be read, none is of COMMITTEE, or --cap-percent is above 25.
    Summary {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        #[arg(long)]
        year: Option<i32>,
        #[arg(long)]
        committee: Option<String>,
        /// table (80 columns), csv (a row per cell), xlsx (a sheet per committee and year, totals
        /// and cap as formulas) or docx (the committee's report); xlsx and docx go to OUT, by
        /// default tong-hop[-YEAR].xlsx|docx in the current folder.
        #[arg(long, value_enum, default_value = "table")]
        format: summary::SummaryFormat,
        /// The committee's Excellent cap, % of Good (20 unless it sets up to 25; above 25 is
        /// refused).
        #[arg(long, value_name = "N")]
        cap_percent: Option<u32>,
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// The roster of a session.
    Roster {
        #[command(subcommand)]
        action: RosterCmd,
    },
    /// Write the minutes, the results table or a paper of the vote (ballots, the counting
    /// record, the list sent up) of a session.
    Export {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// docx, md, txt or csv (the minutes' results table); xlsx for the list.
        #[arg(long, value_enum, ignore_case = true)]
        format: args::FormatArg,
        /// The paper: minutes (default), ballots (the members' levels), cell-ballots (the
        /// cell's own level), counting (the counting team's record) or list (the list of
        /// proposed levels sent up).
        #[arg(long, value_enum, ignore_case = true, default_value_t = args::PaperArg::Minutes)]
        doc: args::PaperArg,
        /// How many ballots (default: the official members present).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
        copies: Option<u32>,
        /// Output file (default: next to the session).
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum RosterCmd {
    /// Adds the members of a list (.csv or .xlsx, columns found by their headers): prints what
    /// each column became, who is added, who is already there and every row set aside; asks
    /// before changing anything (or `--yes`).
    Import {
        #[arg(value_name = "SESSION")]
        session: PathBuf,
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Import without asking.
        #[arg(long)]
        yes: bool,
    },
}

impl Cmd {
    /// The subcommand's name for the log (never its arguments: they may be names).
    fn name(cmd: Option<&Cmd>) -> &'static str {
        match cmd {
            None => "tui",
            Some(Cmd::List) => "list",
            Some(Cmd::Check { .. }) => "check",
            Some(Cmd::Show { .. }) => "show",
            Some(Cmd::Verify { .. }) => "verify",
            Some(Cmd::New { .. }) => "new",
            Some(Cmd::Export { .. }) => "export",
            Some(Cmd::Roster { .. }) => "roster import",
            Some(Cmd::Summary { .. }) => "summary",
        }
    }
}

/// Parses the command line, with the log file's path (known only at run time) under `--help`.
pub(crate) fn parse() -> Args {
    let matches = Args::command().after_help(log_help()).get_matches();
    Args::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

fn log_help() -> String {
    let path = crate::log::path();
    let mb = crate::log::MAX_BYTES / (1024 * 1024);
    words::log_help(path.as_deref(), mb, crate::log::KEEP, crate::log::DIR_VAR)
}

/// The sessions folder: `--dir`, else `$CHIBO_DIR`, else `./sessions`.
pub(crate) fn sessions_dir(arg: Option<PathBuf>) -> PathBuf {
    arg.or_else(|| std::env::var_os("CHIBO_DIR").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("sessions"))
}

/// Runs the parsed command line and returns the process exit code.
pub(crate) fn run(args: Args) -> ExitCode {
    let lang = args.lang.map(Lang::from).unwrap_or_default();
    let dir = sessions_dir(args.dir);
    tracing::info!(command = %Cmd::name(args.command.as_ref()), "run");
    let printed = match args.command {
        None => Ok(commands::tui(&dir, lang)),
        Some(Cmd::List) => commands::list(&dir, lang),
        Some(Cmd::Check { files }) => commands::check(&files, lang),
        Some(Cmd::Show { file }) => commands::show(&file, lang),
        Some(Cmd::Verify { files }) => verify::verify(&files, lang),
        Some(Cmd::New {
            cell,
            committee,
            year,
            date,
            place,
            from,
        }) => commands::new(
            &dir,
            &chibo_files::store::NewSession {
                cell,
                committee,
                year,
                date,
                start: None,
                place,
                rules: chibo_core::domain::RuleSet::for_year(year),
                roster_from: from,
            },
            lang,
        ),
        Some(Cmd::Export {
            file,
            format,
            doc,
            copies,
            output,
        }) => commands::export(&file, (doc.into(), format.into(), copies), output, lang),
        Some(Cmd::Roster {
            action: RosterCmd::Import { session, file, yes },
        }) => roster::import(&session, &file, yes, lang),
        Some(Cmd::Summary {
            paths,
            year,
            committee,
            format,
            cap_percent,
            output,
        }) => {
            let filter = chibo_rollup::Filter {
                year,
                committee,
                cap_percent,
            };
            summary::run(&paths, &filter, format, output, lang)
        }
    };
    // A command whose output could not be written stops with the status that says so.
    ExitCode::from(printed.unwrap_or_else(|stopped| stopped.status(lang)))
}
