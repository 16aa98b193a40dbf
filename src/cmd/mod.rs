//! One module per subcommand; each has an `execute` that returns whether the
//! command succeeded, leaving the exit code to `main`.

pub mod build;
pub mod check;
pub mod new;
pub mod serve;
pub mod translated;

use crate::diagnostic::Diagnostic;

/// Prints diagnostics to stderr, errors and warnings alike, sorted by place.
pub fn report(diagnostics: impl IntoIterator<Item = Diagnostic>) {
    for d in diagnostics {
        eprintln!("{d}");
    }
}
