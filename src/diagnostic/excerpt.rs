//! The line a diagnostic points at, shown under it with the spot marked,
//! so a writer sees her own words, not only a line number.

use std::io::{BufRead, Read};
use std::path::Path;

use super::Diagnostic;
use super::printable::printable;

/// How far into a file a line is looked for, and how much of one line is
/// read: a file of one huge line costs no more than this.
const MAX_FILE: u64 = 8 << 20;
const MAX_LINE: u64 = 64 << 10;
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
        let number = diagnostic.line.filter(|&n| n > 0)?;
        let path =
            if diagnostic.path.is_absolute() { diagnostic.path.clone() } else { root.join(&diagnostic.path) };
        // What is read is the file itself, wherever a link leads: only a
        // written file inside the site, never one under data/.
        let real = path.canonicalize().ok()?;
        let site = root.canonicalize().ok()?;
        let inside = real.strip_prefix(&site).ok()?;
        if !shown(inside) {
            return None;
        }
        // Asked before opening: opening a named pipe waits for a writer.
        if !std::fs::metadata(&real).ok()?.is_file() {
            return None;
        }
        let file = std::fs::File::open(&real).ok()?;
        let mut reader = std::io::BufReader::new(file.take(MAX_FILE));
        let mut raw = Vec::new();
        for _ in 0..number {
            raw.clear();
            // A line is read up to a bound, the rest of it skipped.
            let read = (&mut reader).take(MAX_LINE).read_until(b'\n', &mut raw).ok()?;
            if read == 0 {
                return None;
            }
            if raw.last() != Some(&b'\n') && read as u64 == MAX_LINE {
                skip_line(&mut reader)?;
            }
        }
        let line = String::from_utf8_lossy(&raw);
        let line = line.trim_end_matches(['\r', '\n']);
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

/// Skips the rest of a line longer than [`MAX_LINE`].
fn skip_line(reader: &mut impl BufRead) -> Option<()> {
    loop {
        let buffer = reader.fill_buf().ok()?;
        if buffer.is_empty() {
            return Some(());
        }
        match memchr::memchr(b'\n', buffer) {
            Some(at) => {
                reader.consume(at + 1);
                return Some(());
            }
            None => {
                let all = buffer.len();
                reader.consume(all);
            }
        }
    }
}

/// Whether lines of the file at `path` (relative to the site) may be shown.
fn shown(path: &Path) -> bool {
    let written = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| WRITTEN.contains(&e.to_ascii_lowercase().as_str()));
    let data = path.starts_with(DATA_DIR) && path != Path::new(DATA_DIR).join("schema.yaml");
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
        assert!(!shown(Path::new("data/cases/schema.yaml")), "only the schema itself");
        assert!(shown(Path::new("data/schema.yaml")));
        assert_eq!(DATA_DIR, crate::stats::schema::DATA_DIR);
        assert!(shown(Path::new("content/fr/about.md")));
        assert!(!shown(Path::new("content/fr/photo.jpg")));
    }

    /// A page that is a link to a data file: the line is the file's, so
    /// it is not shown; nor is a line of a file outside the site.
    #[test]
    fn a_link_to_a_data_file_shows_none_of_its_lines() {
        let site = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(site.path().join("data/cases")).unwrap();
        std::fs::create_dir_all(site.path().join("content/fr")).unwrap();
        std::fs::write(site.path().join("data/cases/2026.csv"), "month,name\n2026-01,Fatima\n").unwrap();
        std::os::unix::fs::symlink("../../data/cases/2026.csv", site.path().join("content/fr/x.md")).unwrap();
        let d = Diagnostic::error("content/fr/x.md", crate::msg!("diagnostic-hint")).at(2, 1);
        assert_eq!(Excerpt::of(&d, site.path()), None);
        let outside = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(outside.path(), "secret\n").unwrap();
        let d = Diagnostic::error(outside.path(), crate::msg!("diagnostic-hint")).at(1, 1);
        assert_eq!(Excerpt::of(&d, site.path()), None);
        std::fs::write(site.path().join("content/fr/y.md"), format!("{}\nsecond\n", "a".repeat(200_000)))
            .unwrap();
        let d = Diagnostic::error("content/fr/y.md", crate::msg!("diagnostic-hint")).at(2, 1);
        assert_eq!(
            Excerpt::of(&d, site.path()).map(|e| e.text),
            Some("second".to_string()),
            "past a huge line"
        );
        let d = Diagnostic::error("content/fr/y.md", crate::msg!("diagnostic-hint")).at(0, 1);
        assert_eq!(Excerpt::of(&d, site.path()), None, "no line 0");
        // A named pipe is not opened (that would wait for a writer for ever).
        let made = std::process::Command::new("mkfifo").arg(site.path().join("content/fr/pipe.md")).status();
        assert!(made.is_ok_and(|s| s.success()));
        let d = Diagnostic::error("content/fr/pipe.md", crate::msg!("diagnostic-hint")).at(1, 1);
        assert_eq!(Excerpt::of(&d, site.path()), None);
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
