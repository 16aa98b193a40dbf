//! tera's errors as diagnostics: the template's file, line and column, and
//! one diagnostic for the same error met on many pages.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use regex::Regex;

use crate::diagnostic::{Diagnostic, Kind};
use crate::messages::Message;
use crate::msg;

/// Merges the same error met on many pages into one diagnostic, counting
/// the pages when it names the page it was rendering.
pub fn merge_repeated(diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut merged: Vec<Diagnostic> = Vec::new();
    for d in diagnostics {
        let same = merged.iter_mut().find(|m| {
            m.path == d.path
                && m.line == d.line
                && m.message == d.message
                && match (&*m.kind, &*d.kind) {
                    (Kind::WhileRendering { .. }, Kind::WhileRendering { .. }) => true,
                    (a, b) => a == b,
                }
        });
        match same {
            Some(m) => {
                if let Kind::WhileRendering { more, .. } = &mut *m.kind {
                    *more += 1;
                }
            }
            None => merged.push(d),
        }
    }
    merged
}

/// The functions, filters, tests and templates that templates name but do
/// not exist: tera checks them all once the templates are compiled, and
/// reports each as `error: Unknown filter `x`` over ` --> name:line:column`.
pub fn unknown_names(message: &str, paths: &HashMap<String, PathBuf>) -> Vec<Diagnostic> {
    static REPORT: OnceLock<Regex> = OnceLock::new();
    let report = REPORT.get_or_init(|| {
        Regex::new(r"(?m)^error: (Unknown [^\n]+)\n\s*--> ([^\n]+):(\d+):(\d+)$").expect("valid regex")
    });
    report
        .captures_iter(message)
        .filter_map(|c| {
            let path = paths.get(&c[2])?.clone();
            let (line, column) = (c[3].parse().ok()?, c[4].parse().ok()?);
            Some(Diagnostic::error(path, unknown_name(&c[1])).hint(msg!("templates-hint")).at(line, column))
        })
        .collect()
}

/// tera's `Unknown filter `x`` (or test, function, component, template),
/// in the run's language; anything else as tera says it.
fn unknown_name(report: &str) -> Message {
    static NAMED: OnceLock<Regex> = OnceLock::new();
    let named = NAMED.get_or_init(|| {
        Regex::new(r"^Unknown (filter|test|function|component|template) `([^`]*)`$").expect("valid regex")
    });
    let Some(c) = named.captures(report) else { return msg!("templates-unknown", detail = report) };
    let name = &c[2];
    match &c[1] {
        "filter" => msg!("templates-unknown-filter", name = name),
        "test" => msg!("templates-unknown-test", name = name),
        "function" => msg!("templates-unknown-function", name = name),
        "component" => msg!("templates-unknown-component", name = name),
        _ => msg!("templates-unknown-template", name = name),
    }
}

/// Turns a tera error into one located diagnostic.
pub fn to_diagnostic(error: &tera::Error, fallback: &Path, paths: &HashMap<String, PathBuf>) -> Diagnostic {
    let hint = msg!("templates-hint");
    let report = match error.kind() {
        tera::ErrorKind::SyntaxError(report) => {
            Some((report, msg!("templates-syntax-error", detail = report.message())))
        }
        tera::ErrorKind::RenderingError(report) => {
            Some((report, msg!("templates-error", detail = report.message())))
        }
        _ => None,
    };
    let Some((report, message)) = report else {
        let mut message = error.to_string();
        let mut source = std::error::Error::source(error);
        while let Some(inner) = source {
            message = inner.to_string();
            source = inner.source();
        }
        // Inheritance errors name the template at fault, not a place in it.
        let at_fault = match error.kind() {
            tera::ErrorKind::MissingParent { current, .. } => Some(current),
            tera::ErrorKind::CircularExtend { tpl, .. } | tera::ErrorKind::CircularInclude { tpl, .. } => {
                Some(tpl)
            }
            _ => None,
        };
        let path = at_fault.and_then(|name| paths.get(name)).map_or(fallback, PathBuf::as_path);
        let message = match error.kind() {
            tera::ErrorKind::MissingParent { parent, .. } => {
                match crate::util::text::closest(parent, paths.keys().map(String::as_str)) {
                    Some(meant) => {
                        msg!("templates-extends-missing-did-you-mean", parent = parent, meant = meant)
                    }
                    None => msg!("templates-extends-missing", parent = parent),
                }
            }
            tera::ErrorKind::CircularExtend { inheritance_chain, .. } => {
                msg!("templates-extends-circle", chain = inheritance_chain.join(" → "))
            }
            tera::ErrorKind::CircularInclude { include_chain, .. } => {
                msg!("templates-includes-circle", chain = include_chain.join(" → "))
            }
            _ => msg!("templates-error", detail = message),
        };
        return Diagnostic::error(path, message).hint(hint);
    };
    let path = paths.get(report.filename()).cloned().unwrap_or_else(|| fallback.to_path_buf());
    let span = report.span();
    Diagnostic::error(path, message).hint(hint).at(span.start_line.max(1), span.start_col + 1)
}
