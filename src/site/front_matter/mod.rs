//! Front matter: the YAML block between `---` lines at the top of a page.

pub mod fields;
pub mod plain;

pub use self::fields::{FrontMatter, Review, SortBy};

use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::util::yaml;

/// A page file split into its front matter and its Markdown body.
#[derive(Debug)]
pub struct Split<'a> {
    pub yaml: &'a str,
    /// Lines before the YAML (the opening `---`).
    pub yaml_line_offset: usize,
    pub body: &'a str,
    /// Lines before the body.
    pub body_line_offset: usize,
}

/// Splits `text` at its `---` fences. Accepts CRLF line ends.
pub fn split<'a>(text: &'a str, path: &Path) -> Result<Split<'a>, Diagnostic> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != "---" {
        return Err(Diagnostic::error(path, msg!("content-no-front-matter"))
            .at(1, 1)
            .hint(msg!("content-no-front-matter-hint")));
    }
    let yaml_start = first.len();
    let mut offset = yaml_start;
    for (index, line) in lines.enumerate() {
        if matches!(line.trim_end(), "---" | "...") {
            return Ok(Split {
                yaml: &text[yaml_start..offset],
                yaml_line_offset: 1,
                body: &text[offset + line.len()..],
                body_line_offset: index + 2,
            });
        }
        offset += line.len();
    }
    Err(Diagnostic::error(path, msg!("content-front-matter-not-closed"))
        .at(1, 1)
        .hint(msg!("content-front-matter-not-closed-hint")))
}

/// Parses a page's front matter.
pub fn parse(split: &Split, path: &Path) -> Result<FrontMatter, Diagnostic> {
    if split.yaml.trim().is_empty() {
        return Err(Diagnostic::error(path, msg!("content-front-matter-empty"))
            .at(1, 1)
            .hint(msg!("content-front-matter-empty-hint")));
    }
    let mut front = match plain::read(split.yaml) {
        Some(front) => front,
        None => yaml::parse::<FrontMatter>(split.yaml, path, split.yaml_line_offset)?,
    };
    if front.template.is_some() {
        front.template_at = split.yaml.lines().enumerate().find_map(|(i, line)| {
            let value = line.strip_prefix("template:")?;
            let column = "template:".len() + value.len() - value.trim_start().len() + 1;
            Some(crate::diagnostic::Position { line: i + 1 + split.yaml_line_offset, column })
        });
    }
    if front.title.trim().is_empty() {
        return Err(Diagnostic::error(path, msg!("content-title-empty"))
            .with_position(
                split
                    .yaml
                    .lines()
                    .position(|l| l.starts_with("title:"))
                    .map(|i| crate::diagnostic::Position { line: i + 1 + split.yaml_line_offset, column: 1 }),
            )
            .hint(msg!("content-title-empty-hint")));
    }
    Ok(front)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_text(text: &str) -> Result<FrontMatter, Diagnostic> {
        let path = Path::new("p.md");
        parse(&split(text, path)?, path)
    }

    #[test]
    fn splits_and_counts_lines() {
        let text = "---\ntitle: Écoute\nweight: 2\n---\n# Body\n";
        let s = split(text, Path::new("p.md")).unwrap();
        assert_eq!(s.yaml, "title: Écoute\nweight: 2\n");
        assert_eq!(s.body, "# Body\n");
        assert_eq!(s.body_line_offset, 4);
    }

    #[test]
    fn crlf_works() {
        let front = parse_text("---\r\ntitle: الاستماع\r\nreview: pending\r\n---\r\nbody\r\n").unwrap();
        assert_eq!(front.title, "الاستماع");
        assert_eq!(front.review, Some(Review::Pending));
    }

    #[test]
    fn errors_are_located_in_the_page_file() {
        let d = parse_text("---\ntitle: x\ndate: 2024-13-01\n---\n").unwrap_err();
        assert_eq!(d.line, Some(3), "{d}");
        assert!(d.message.to_string().contains("2024-13-01"), "{d}");
        let d = parse_text("---\ntitle: x\n").unwrap_err();
        assert!(d.message.to_string().contains("never closed"), "{d}");
        let d = parse_text("# no front matter\n").unwrap_err();
        assert!(d.message.to_string().contains("does not start with front matter"), "{d}");
        let d = parse_text("---\n---\n").unwrap_err();
        assert!(d.message.to_string().contains("empty"), "{d}");
    }
}
