//! The line a diagnostic points at, shown under it with the spot marked,
//! so a writer sees her own words, not only a line number.

use std::io::Read;
use std::path::Path;

use super::Diagnostic;
use super::printable::printable;

/// Files larger than this are not read again to show a line.
const MAX_FILE: u64 = 8 << 20;
/// The files whose lines are shown: what people write by hand. Never a
/// data file: a row may hold the very identifier the error is about, and
/// amal never prints a cell's value.
const WRITTEN: [&str; 10] = ["md", "markdown", "yaml", "yml", "ftl", "html", "htm", "xml", "css", "svg"];

/// The statistics' folder (`stats::schema::DATA_DIR`, a later stage than
/// this one, so named again; a test holds the two together).
const DATA_DIR: &str = "data";

/// Characters shown either side of the spot on a long line.
const AROUND: usize = 60;

/// One line of a file, as shown under a diagnostic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excerpt {
    /// 1-based line number.
    pub line: usize,
    /// The line's text (a window of it when long), safe to print.
    pub text: String,
    /// Characters of `text` before the spot, when the diagnostic has a column.
    pub before: Option<usize>,
    /// Whether text was cut before and after the window.
    pub cut_before: bool,
    pub cut_after: bool,
}

impl Excerpt {
    /// The line `diagnostic` points at, read from the site in `root`; none
    /// without a line, or for a file that cannot be read as text.
    pub fn of(diagnostic: &Diagnostic, root: &Path) -> Option<Excerpt> {
        let number = diagnostic.line?;
        if !shown(&diagnostic.path) {
            return None;
        }
        let path =
            if diagnostic.path.is_absolute() { diagnostic.path.clone() } else { root.join(&diagnostic.path) };
        let file = std::fs::File::open(&path).ok()?;
        if !file.metadata().ok()?.is_file() {
            return None;
        }
        let mut bytes = Vec::new();
        file.take(MAX_FILE).read_to_end(&mut bytes).ok()?;
        let raw = bytes.split(|&b| b == b'\n').nth(number - 1)?;
        let line = String::from_utf8_lossy(raw);
        let line = line.trim_end_matches('\r');
        Some(Excerpt::window(number, line, diagnostic.column))
    }

    fn window(number: usize, line: &str, column: Option<usize>) -> Excerpt {
        let chars: Vec<char> = line.chars().map(|c| if c == '\t' { ' ' } else { c }).collect();
        let spot = column.map(|c| c.saturating_sub(1).min(chars.len()));
        let start = spot.map_or(0, |s| s.saturating_sub(AROUND));
        let end = (spot.unwrap_or(0) + AROUND).max(start + 2 * AROUND).min(chars.len());
        let shown: String = chars[start..end].iter().collect();
        // Escaping can lengthen what precedes the spot: count it escaped.
        let before = spot.map(|s| printable(&chars[start..s].iter().collect::<String>()).chars().count());
        Excerpt {
            line: number,
            text: printable(&shown),
            before,
            cut_before: start > 0,
            cut_after: end < chars.len(),
        }
    }

    /// Two or three lines for a terminal: the line under its number, and a
    /// caret under the spot when there is one.
    pub fn for_terminal(&self) -> String {
        let number = self.line.to_string();
        let gutter = " ".repeat(number.len());
        let (open, close) = (if self.cut_before { "…" } else { "" }, if self.cut_after { "…" } else { "" });
        let mut out = format!("{gutter} |\n{number} | {open}{}{close}", self.text);
        if let Some(before) = self.before {
            let pad = before + usize::from(self.cut_before);
            out.push_str(&format!("\n{gutter} | {}^", " ".repeat(pad)));
        }
        out
    }
}

/// Whether lines of the file at `path` (relative to the site) may be shown.
fn shown(path: &Path) -> bool {
    let written = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| WRITTEN.contains(&e.to_ascii_lowercase().as_str()));
    let data = path.starts_with(DATA_DIR) && !path.ends_with("schema.yaml");
    written && !data
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_data_files_lines_are_never_shown() {
        assert!(!shown(Path::new("data/cases/2026.csv")));
        assert!(!shown(Path::new("data/cases/2026.xlsx")));
        assert!(!shown(Path::new("data/cases/notes.yaml")), "whatever its extension");
        assert!(shown(Path::new("data/schema.yaml")));
        assert_eq!(DATA_DIR, crate::stats::schema::DATA_DIR);
        assert!(shown(Path::new("content/fr/about.md")));
        assert!(!shown(Path::new("content/fr/photo.jpg")));
    }

    #[test]
    fn the_spot_is_marked_under_its_character() {
        let e = Excerpt::window(3, "titel: Bonjour", Some(1));
        assert_eq!(e.for_terminal(), "  |\n3 | titel: Bonjour\n  | ^");
        let e = Excerpt::window(12, "date: 2024-13-01", Some(7));
        assert_eq!(e.for_terminal(), "   |\n12 | date: 2024-13-01\n   |       ^");
    }

    #[test]
    fn a_long_line_is_cut_around_the_spot_and_hostile_text_is_shown_not_obeyed() {
        let line = format!("{}X{}", "a".repeat(500), "b".repeat(500));
        let e = Excerpt::window(1, &line, Some(501));
        assert!(e.cut_before && e.cut_after);
        assert_eq!(e.text.chars().nth(e.before.unwrap()), Some('X'));
        let e = Excerpt::window(1, "a\u{1b}[2Jb", Some(6));
        assert_eq!(e.text, "a\\u{1b}[2Jb");
        assert_eq!(e.text.chars().nth(e.before.unwrap()), Some('b'));
    }
}
