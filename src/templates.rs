//! The theme's tera templates, compiled once, with the strict `t` function.
//!
//! Templates call `t(key="read-more", lang=lang.code)` for every word they
//! show; extra arguments become Fluent variables (`count=3` selects plurals).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use regex::Regex;
use tera::{Context, Tera, Value};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::{self, Locales};
use crate::splice::ContentSlot;
use crate::theme::Theme;

/// A Fluent message named literally in a template, for `check` and validation.
#[derive(Debug, Clone)]
pub struct MessageUse {
    pub key: String,
    pub path: PathBuf,
    pub line: usize,
}

/// Every `t(key="…")` in the theme's templates.
pub fn message_uses(theme: &Theme) -> Vec<MessageUse> {
    static CALL: OnceLock<Regex> = OnceLock::new();
    let call = CALL.get_or_init(|| Regex::new(r#"\bt\(\s*key\s*=\s*"([^"]+)""#).expect("valid regex"));
    let mut uses = Vec::new();
    for template in &theme.templates {
        for (i, line) in template.text.lines().enumerate() {
            for capture in call.captures_iter(line) {
                uses.push(MessageUse {
                    key: capture[1].to_string(),
                    path: template.path.clone(),
                    line: i + 1,
                });
            }
        }
    }
    uses
}

/// Compiled templates.
pub struct Templates {
    tera: Tera,
    /// Template name → source path, for error messages.
    paths: HashMap<String, PathBuf>,
    /// Template name → text, to locate errors tera reports without a line.
    texts: HashMap<String, String>,
    content: ContentSlot,
    /// Whether any template names the page's `headings` (or dumps the
    /// whole context): a page's headings are not built for nothing.
    shows_headings: bool,
}

impl Templates {
    pub fn compile(theme: &Theme, locales: Arc<Locales>) -> Result<Templates, Diagnostics> {
        let mut tera = Tera::default();
        let paths: HashMap<String, PathBuf> =
            theme.templates.iter().map(|t| (t.name.clone(), t.path.clone())).collect();
        let mut diagnostics = Diagnostics::new();
        // All together, which resolves `extends` and `include`…
        let all = theme.templates.iter().map(|t| (t.name.as_str(), t.text.as_str()));
        if let Err(e) = tera.add_raw_templates(all) {
            // …and on failure one by one, so that every syntax error is
            // reported, each with its own file (tera stops at the first).
            for template in &theme.templates {
                let mut probe = Tera::default();
                if let Err(e) = probe.add_raw_template(&template.name, &template.text)
                    && matches!(e.kind, tera::ErrorKind::Msg(ref m) if m.starts_with("Failed to parse"))
                {
                    diagnostics.push(to_diagnostic(&e, &template.path, &paths));
                }
            }
            if !diagnostics.has_errors() {
                let fallback = theme.templates.first().map_or_else(PathBuf::new, |t| t.path.clone());
                diagnostics.push(to_diagnostic(&e, &fallback, &paths));
            }
            return Err(diagnostics);
        }
        tera.register_function("t", Translate { locales });
        // tera's default also escapes `/` as `&#x2F;`, which makes every URL
        // in the output unreadable; these five are what HTML needs.
        tera.set_escape_fn(escape_html);
        let texts = theme.templates.iter().map(|t| (t.name.clone(), t.text.clone())).collect();
        let content = ContentSlot::for_templates(theme.templates.iter().map(|t| t.text.as_str()));
        let shows_headings =
            theme.templates.iter().any(|t| t.text.contains("headings") || t.text.contains("__tera_context"));
        Ok(Templates { tera, paths, texts, content, shows_headings })
    }

    /// How a page's HTML is put into its template's output.
    pub fn content(&self) -> &ContentSlot {
        &self.content
    }

    /// Whether a page's `headings` must be in its template's context.
    pub fn shows_headings(&self) -> bool {
        self.shows_headings
    }

    pub fn has(&self, name: &str) -> bool {
        self.paths.contains_key(name)
    }

    /// Renders `name`; an error names the template and the page being rendered.
    pub fn render(&self, name: &str, context: &Context, for_source: &Path) -> Result<String, Diagnostic> {
        self.tera.render(name, context).map_err(|e| {
            let mut d = to_diagnostic(&e, for_source, &self.paths);
            if d.line.is_none() {
                d.line = self.line_of_culprit(&d);
            }
            if d.path != for_source {
                d.message = format!("{} (while rendering {})", d.message, for_source.display());
            }
            d
        })
    }
}

impl Templates {
    /// Render errors come without a line: find the first line of the
    /// template that names what the message quotes (a variable, a filter, a
    /// Fluent key).
    fn line_of_culprit(&self, d: &Diagnostic) -> Option<usize> {
        static QUOTED: OnceLock<Regex> = OnceLock::new();
        let quoted = QUOTED.get_or_init(|| Regex::new(r"[`']([^`']+)[`']").expect("valid regex"));
        let name = self.paths.iter().find(|(_, p)| **p == d.path).map(|(n, _)| n)?;
        let text = self.texts.get(name)?;
        quoted
            .captures_iter(&d.message)
            .map(|c| c[1].to_string())
            .filter(|token| !token.ends_with(".html"))
            .find_map(|token| text.lines().position(|l| l.contains(&token)).map(|i| i + 1))
    }
}

/// Merges the same template error met on many pages into one diagnostic.
pub fn merge_repeated(diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    const MARK: &str = " (while rendering ";
    let mut merged: Vec<(Diagnostic, usize)> = Vec::new();
    for d in diagnostics {
        let base = d.message.split(MARK).next().unwrap_or(&d.message).to_string();
        match merged.iter_mut().find(|(m, _)| {
            m.path == d.path && m.line == d.line && m.message.split(MARK).next() == Some(base.as_str())
        }) {
            Some((_, count)) => *count += 1,
            None => merged.push((d, 1)),
        }
    }
    merged
        .into_iter()
        .map(|(mut d, count)| {
            if count > 1 && d.message.ends_with(')') {
                d.message.pop();
                d.message.push_str(&format!(" and {} more pages)", count - 1));
            }
            d
        })
        .collect()
}

/// The `t` function: a Fluent message in a language, or an error.
struct Translate {
    locales: Arc<Locales>,
}

impl tera::Function for Translate {
    fn call(&self, args: &HashMap<String, Value>) -> tera::Result<Value> {
        let key = args
            .get("key")
            .and_then(Value::as_str)
            .ok_or_else(|| tera::Error::msg("t() needs key=\"message-id\""))?;
        let lang = args
            .get("lang")
            .and_then(Value::as_str)
            .ok_or_else(|| tera::Error::msg(format!("t(key=\"{key}\") needs lang=lang.code")))?;
        let fluent_args = i18n::args_from_json(args.iter().filter(|(k, _)| *k != "key" && *k != "lang"));
        let has_args = args.len() > 2;
        self.locales
            .get(lang, key, has_args.then_some(&fluent_args))
            .map(Value::String)
            .map_err(|e| tera::Error::msg(e.to_string()))
    }

    fn is_safe(&self) -> bool {
        false
    }
}

/// Escapes text for HTML content and quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len() + text.len() / 8);
    escape_html_into(&mut escaped, text);
    escaped
}

/// [`escape_html`], appending to `escaped`.
pub fn escape_html_into(escaped: &mut String, text: &str) {
    // Every value of every page passes here, most with nothing to escape:
    // the special bytes are found with SIMD searches (one for `&<>`, one for
    // quotes, each run once over the text), and the runs between them are
    // copied whole.
    let bytes = text.as_bytes();
    let mut markup = memchr::memchr3_iter(b'&', b'<', b'>', bytes).peekable();
    let mut quotes = memchr::memchr2_iter(b'"', b'\'', bytes).peekable();
    let mut from = 0;
    loop {
        let at = match (markup.peek(), quotes.peek()) {
            (Some(&m), Some(&q)) if m < q => markup.next(),
            (Some(_), Some(_)) | (None, Some(_)) => quotes.next(),
            (Some(_), None) => markup.next(),
            (None, None) => break,
        };
        let Some(at) = at else { break };
        escaped.push_str(&text[from..at]);
        escaped.push_str(match bytes[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        });
        from = at + 1;
    }
    escaped.push_str(&text[from..]);
}

/// Turns a tera error chain into one located diagnostic.
fn to_diagnostic(error: &tera::Error, fallback: &Path, paths: &HashMap<String, PathBuf>) -> Diagnostic {
    let mut messages = vec![error.to_string()];
    let mut source = std::error::Error::source(error);
    while let Some(inner) = source {
        messages.push(inner.to_string());
        source = inner.source();
    }
    static NAME: OnceLock<Regex> = OnceLock::new();
    static POSITION: OnceLock<Regex> = OnceLock::new();
    let name = NAME.get_or_init(|| Regex::new(r"'([^']+\.(?:html|xml|txt))'").expect("valid regex"));
    let position = POSITION.get_or_init(|| Regex::new(r"--> (\d+):(\d+)").expect("valid regex"));

    // The innermost template named is where the problem is.
    let path = messages
        .iter()
        .rev()
        .find_map(|m| name.captures(m).and_then(|c| paths.get(&c[1]).cloned()))
        .unwrap_or_else(|| fallback.to_path_buf());
    let located = messages
        .iter()
        .find_map(|m| position.captures(m).map(|c| (c[1].parse().unwrap_or(1), c[2].parse().unwrap_or(1))));
    // The last message is the cause; earlier ones are tera's wrapping.
    let cause = messages
        .iter()
        .rev()
        .find(|m| !m.starts_with("Failed to render") && !m.starts_with("Failed to parse"))
        .or(messages.last())
        .map(|m| clean_tera_message(m))
        .unwrap_or_default();
    let mut diagnostic = Diagnostic::error(path, cause).hint(
        "templates use tera syntax (https://keats.github.io/tera/docs/); words come from t(key=\"…\", lang=lang.code)",
    );
    if let Some((line, column)) = located {
        diagnostic = diagnostic.at(line, column);
    }
    diagnostic
}

fn clean_tera_message(message: &str) -> String {
    // Parse errors carry an ASCII-art snippet; keep the sentence that explains it.
    let lines: Vec<&str> = message.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if let Some(expected) = lines.iter().find(|l| l.starts_with('=')) {
        return format!("template syntax error: {}", expected.trim_start_matches('=').trim());
    }
    lines.first().map_or_else(String::new, |l| l.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn escaping_replaces_exactly_the_five_special_characters(text in "[a-z &<>\"'ⵜع]{0,40}") {
            let simple: String = text
                .chars()
                .map(|c| match c {
                    '&' => "&amp;".to_string(),
                    '<' => "&lt;".to_string(),
                    '>' => "&gt;".to_string(),
                    '"' => "&quot;".to_string(),
                    '\'' => "&#39;".to_string(),
                    c => c.to_string(),
                })
                .collect();
            proptest::prop_assert_eq!(escape_html(&text), simple);
        }
    }
}
