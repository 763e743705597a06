//! The command line: subcommands that work on session files.
