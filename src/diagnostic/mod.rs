//! Diagnostics: what went wrong, where, and what to do about it.
//!
//! Every stage reports problems as [`Diagnostic`]s instead of returning on the
//! first error, so one run shows the author every mistake at once, printed the
//! way compilers print them: `content/fr/x.md:3:7: error: message`.

pub mod excerpt;
/// Kept with the messages, which escape every value they show.
pub use crate::messages::printable;

use std::fmt;
use std::path::{Path, PathBuf};

use crate::messages::Message;
use crate::msg;

/// How serious a diagnostic is. Only errors make a command fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// What went wrong, as data the code acts on; the message says it to people.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Kind {
    /// Nothing the code reads back.
    #[default]
    General,
    /// The reader's browser would load `url` from another site.
    LoadsFromAnotherSite { url: String },
    /// A template failed while rendering `page`, another file than its own,
    /// and the same way on `more` other pages.
    WhileRendering { page: PathBuf, more: usize },
}

/// One problem, located in a file of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path relative to the site root when the file is inside it.
    pub path: PathBuf,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column in characters, when known.
    pub column: Option<usize>,
    pub message: Message,
    /// What the author can do to fix it (boxed, as `kind` is).
    pub hint: Option<Box<Message>>,
    /// Boxed: most diagnostics are `General`, and every `Result` that may
    /// hold one stays small.
    pub kind: Box<Kind>,
}

impl Diagnostic {
    pub fn error(path: impl Into<PathBuf>, message: impl Into<Message>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            path: path.into(),
            line: None,
            column: None,
            message: message.into(),
            hint: None,
            kind: Box::new(Kind::General),
        }
    }

    pub fn warning(path: impl Into<PathBuf>, message: impl Into<Message>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(path, message) }
    }

    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    pub fn at_line(mut self, line: usize) -> Self {
        self.line = Some(line);
        self
    }

    pub fn with_position(mut self, position: Option<Position>) -> Self {
        if let Some(p) = position {
            self.line = Some(p.line);
            self.column = Some(p.column);
        }
        self
    }

    pub fn hint(mut self, hint: impl Into<Message>) -> Self {
        self.hint = Some(Box::new(hint.into()));
        self
    }

    pub fn kind(mut self, kind: Kind) -> Self {
        self.kind = Box::new(kind);
        self
    }

    /// The address a page or file would load from another site, when this
    /// says so.
    pub fn loads_from_another_site(&self) -> Option<&str> {
        match &*self.kind {
            Kind::LoadsFromAnotherSite { url } => Some(url),
            _ => None,
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// What a terminal shows: a file name or a message holding an ANSI escape
/// or a bidirectional override (both can come from a file's name or its
/// text) is written with those characters spelled out, so no report can
/// clear the screen, recolour it or reorder what follows.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.headline())?;
        if let Some(hint) = self.hint_line() {
            write!(f, "\n{hint}")?;
        }
        Ok(())
    }
}

impl Diagnostic {
    /// `path:line:column: error: message`, in the run's language.
    pub fn headline(&self) -> String {
        let mut out = printable::printable_path(&self.path);
        if let Some(line) = self.line {
            out.push_str(&format!(":{line}"));
            if let Some(column) = self.column {
                out.push_str(&format!(":{column}"));
            }
        }
        let label = match self.severity {
            Severity::Error => msg!("diagnostic-error"),
            Severity::Warning => msg!("diagnostic-warning"),
        };
        let said = msg!("diagnostic-labelled", label = label, text = self.message.clone());
        out.push_str(&format!(": {}", printable::printable_lines(&said.to_string())));
        if let Kind::WhileRendering { page, more } = &*self.kind {
            let page = printable::printable_path(page);
            out.push_str(&format!(" ({})", msg!("diagnostic-while-rendering", page = page, more = *more)));
        }
        out
    }

    /// `  = hint: what to do`, when there is something to say.
    pub fn hint_line(&self) -> Option<String> {
        let hint = self.hint.as_ref()?;
        let said = msg!("diagnostic-labelled", label = msg!("diagnostic-hint"), text = (**hint).clone());
        Some(format!("  = {}", printable::printable_lines(&said.to_string())))
    }
}

/// A 1-based line and character column in a text file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    /// The position of byte `offset` in `text` (clamped to the text's end).
    pub fn of_offset(text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Position { line, column }
    }

    /// This position moved down by `lines` lines (for text embedded in a file).
    pub fn below(self, lines: usize) -> Position {
        Position { line: self.line + lines, ..self }
    }
}

/// Line starts of a text, for locating many offsets without rescanning it.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0).chain(memchr_newlines(text)).collect();
        LineIndex { text, starts }
    }

    /// The line of `offset` alone (no column to count), from 1.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset.min(self.text.len()))
    }

    /// The same as [`Position::of_offset`], in logarithmic time.
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line(offset);
        let start = self.starts[line - 1];
        Position { line, column: self.text[start..offset].chars().count() + 1 }
    }
}

fn memchr_newlines(text: &str) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1)
}

/// Everything a run found, in the order found.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    /// Sorted by file, then line, so reports are stable whatever the thread order.
    pub fn sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| {
            (&a.path, a.line, a.column, a.severity, &a.message)
                .cmp(&(&b.path, b.line, b.column, b.severity, &b.message))
        });
        self.items.dedup();
        self.items
    }
}

/// One diagnostic is a report of its own, so `?` turns a located error
/// into the error of a whole stage.
impl From<Diagnostic> for Diagnostics {
    fn from(diagnostic: Diagnostic) -> Self {
        Diagnostics { items: vec![diagnostic] }
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

/// `path` relative to `root` when it lies inside it, else unchanged.
pub fn relative_to(path: &Path, root: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_its_place_then_what_to_do_in_the_runs_language() {
        let d = Diagnostic::error("content/fr/a.md", msg!("settings-yaml-unknown-key", key = "titel"))
            .at(3, 1)
            .hint(msg!("settings-yaml-missing-key-hint", key = "title"));
        assert_eq!(
            d.to_string(),
            "content/fr/a.md:3:1: error: `titel` is not a key amal knows here\n  = hint: add a line `title: …`"
        );
    }

    #[test]
    fn the_line_index_agrees_with_the_scan() {
        let text = "a\nⵜⴰ b\n\nعربي x\n";
        let index = LineIndex::new(text);
        for offset in 0..=text.len() + 2 {
            assert_eq!(index.position(offset), Position::of_offset(text, offset), "{offset}");
        }
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "---\ntitle: ⵜⴰⵎⴰⵣⵉⵖⵜ x\n";
        let offset = text.find('x').unwrap();
        assert_eq!(Position::of_offset(text, offset), Position { line: 2, column: 17 });
    }
}
