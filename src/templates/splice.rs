//! A page's HTML goes into its template's output without passing through
//! tera: the template is rendered with a marker in place of `content`, and
//! the HTML is put where the marker is.
//!
//! The HTML is most of a page's bytes. Handed to tera, it would be copied
//! into the context, copied into the output and validated as UTF-8 again,
//! for every page. That shortcut is only taken when no template does anything
//! with `content` but print it whole (`{{ content | safe }}`) or test whether
//! it is empty (`{% if content %}`); a theme that filters or measures it gets
//! the real text, as tera would give it.

use std::hash::{BuildHasher, Hasher};
use std::sync::OnceLock;

use regex::Regex;

/// How pages' HTML reaches the templates' output.
#[derive(Debug, Clone)]
pub struct ContentSlot {
    /// The marker given to tera in place of the HTML, when templates only
    /// print `content` whole.
    marker: Option<String>,
}

impl ContentSlot {
    /// Decides from the text of every template of the theme.
    pub fn for_templates<'a>(texts: impl IntoIterator<Item = &'a str>) -> ContentSlot {
        let whole = texts.into_iter().all(uses_content_whole);
        // The marker cannot come from an author: it holds two Unicode
        // noncharacters and a number drawn for this run.
        let nonce = std::collections::hash_map::RandomState::new().build_hasher().finish();
        ContentSlot { marker: whole.then(|| format!("\u{FDD0}amal-content-{nonce:016x}\u{FDD1}")) }
    }

    /// The value to give tera as `content`.
    pub fn value<'a>(&'a self, content: &'a str) -> &'a str {
        match &self.marker {
            // An empty page stays empty, so `{% if content %}` still holds.
            Some(marker) if !content.is_empty() => marker,
            _ => content,
        }
    }

    /// The template's output and the page's HTML in place of the marker,
    /// to be written one after the other without being joined first.
    pub fn splice<'a>(&self, rendered: String, content: &'a str) -> Spliced<'a> {
        let places = match self.marker.as_deref().filter(|_| !content.is_empty()) {
            Some(marker) => memchr::memmem::find_iter(rendered.as_bytes(), marker).collect(),
            None => Vec::new(),
        };
        let marker_len = self.marker.as_deref().map_or(0, str::len);
        Spliced { shell: rendered, content, places, marker_len }
    }
}

/// A page as its template's output (the shell) with its HTML wherever the
/// marker stands. Most pages are only hashed and written: their bytes are
/// read in place, never copied into one string.
#[derive(Debug, Clone)]
pub struct Spliced<'a> {
    shell: String,
    content: &'a str,
    places: Vec<usize>,
    marker_len: usize,
}

impl<'a> Spliced<'a> {
    /// The template's output, with the marker where the HTML goes.
    pub fn shell(&self) -> &str {
        &self.shell
    }

    /// The page's text in order.
    pub fn parts(&self) -> Vec<&str> {
        let mut parts = Vec::with_capacity(self.places.len() * 2 + 1);
        let mut from = 0;
        for &at in &self.places {
            parts.push(&self.shell[from..at]);
            parts.push(self.content);
            from = at + self.marker_len;
        }
        parts.push(&self.shell[from..]);
        parts
    }

    /// The page as one string.
    pub fn into_string(self) -> String {
        if self.places.is_empty() {
            return self.shell;
        }
        let parts = self.parts();
        let mut page = String::with_capacity(parts.iter().map(|p| p.len()).sum());
        for part in parts {
            page.push_str(part);
        }
        page
    }
}

/// Whether a template names `content` only to print it whole or to test it.
fn uses_content_whole(text: &str) -> bool {
    static TAG: OnceLock<Regex> = OnceLock::new();
    static PRINT: OnceLock<Regex> = OnceLock::new();
    static TEST: OnceLock<Regex> = OnceLock::new();
    let tag = TAG.get_or_init(|| Regex::new(r"(?s)\{\{-?(.*?)-?\}\}|\{%-?(.*?)-?%\}").expect("valid regex"));
    let print = PRINT.get_or_init(|| Regex::new(r"^\s*content\s*\|\s*safe\s*$").expect("valid regex"));
    let test =
        TEST.get_or_init(|| Regex::new(r"^\s*(?:if|elif)\s+(?:not\s+)?content\s*$").expect("valid regex"));
    tag.captures_iter(text).all(|c| {
        let (inner, allowed) = match (c.get(1), c.get(2)) {
            (Some(expression), _) => (expression.as_str(), print),
            (_, Some(statement)) => (statement.as_str(), test),
            _ => return true,
        };
        !names_content(inner) || allowed.is_match(inner)
    })
}

/// Whether `content` appears in a tag as a name of its own (not inside
/// `page.content`, `content_x` or `"skip-to-content"`).
fn names_content(tag: &str) -> bool {
    let part_of_name = |c: char| c.is_alphanumeric() || matches!(c, '_' | '.' | '-' | '"' | '\'');
    tag.match_indices("content").any(|(at, word)| {
        let before = tag[..at].chars().next_back();
        let after = tag[at + word.len()..].chars().next();
        !before.is_some_and(part_of_name) && !after.is_some_and(|c| part_of_name(c) && c != '.')
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn the_default_forms_are_spliced() {
        let slot = ContentSlot::for_templates([
            "<main>{{ content | safe }}</main>",
            "{% if content %}<div>{{content|safe}}</div>{% endif %}",
            r##"<a href="#main">{{ t(key="skip-to-content") }}</a><meta name="x" content="y">"##,
        ]);
        let marker = slot.value("<p>x</p>").to_string();
        assert_ne!(marker, "<p>x</p>");
        assert_eq!(slot.value(""), "", "an empty page tests false");
        let rendered = format!("<main>{marker}</main><aside>{marker}</aside>");
        let spliced = slot.splice(rendered, "<p>x</p>");
        assert_eq!(spliced.parts(), ["<main>", "<p>x</p>", "</main><aside>", "<p>x</p>", "</aside>"]);
        assert_eq!(spliced.into_string(), "<main><p>x</p></main><aside><p>x</p></aside>");
    }

    #[test]
    fn the_default_theme_is_spliced() {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates");
        let texts: Vec<(String, String)> = walkdir::WalkDir::new(folder)
            .into_iter()
            .map(Result::unwrap)
            .filter(|e| e.file_type().is_file())
            .map(|e| (e.path().display().to_string(), std::fs::read_to_string(e.path()).unwrap()))
            .collect();
        for (path, text) in &texts {
            assert!(uses_content_whole(text), "{path}");
        }
    }

    #[test]
    fn any_other_use_gets_the_real_text() {
        for template in [
            "{{ content | striptags | truncate(length=100) }}",
            "{{ content }}",
            "{% set words = content | wordcount %}",
            "{% if content | length > 10 %}x{% endif %}",
            "{{ content.x }}",
        ] {
            let slot = ContentSlot::for_templates(["{{ content | safe }}", template]);
            assert_eq!(slot.value("<p>x</p>"), "<p>x</p>", "{template}");
            assert_eq!(slot.splice("<p>x</p>".into(), "<p>x</p>").into_string(), "<p>x</p>");
        }
    }
}
