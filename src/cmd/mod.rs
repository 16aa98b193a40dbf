//! One module per subcommand; each has an `execute` that returns whether the
//! command succeeded, leaving the exit code to `main`.

pub mod build;
pub mod check;
pub mod cli;
pub mod help_text;
pub mod new;
pub mod serve;
pub mod translated;

use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::diagnostic::excerpt::Excerpt;

/// Prints diagnostics to stderr, errors and warnings alike, each with the
/// line of the site's file it points at, then what to do.
pub fn report(site: &Path, diagnostics: impl IntoIterator<Item = Diagnostic>) {
    for d in diagnostics {
        eprintln!("{}", d.headline());
        if let Some(excerpt) = Excerpt::of(&d, site) {
            eprintln!("{}", excerpt.for_terminal());
        }
        if let Some(hint) = d.hint_line() {
            eprintln!("{hint}");
        }
    }
}
