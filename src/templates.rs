//! The theme's tera templates, compiled once, with the strict `t` function.
//!
//! Templates call `t(key="read-more")` for every word they show, in the
//! page's language (`lang` in the context) unless `lang=` names another;
//! extra arguments become Fluent variables (`count=3` selects plurals).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use regex::Regex;
use rustc_hash::FxHashMap;
use tera::{Context, Kwargs, State, Tera, Value};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::fixed_messages;
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
    /// Language code → the templates with the messages that are the same
    /// on every page written in (see [`crate::fixed_messages`]); a language
    /// whose templates have none uses `tera`.
    by_language: FxHashMap<String, Tera>,
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
        let paths: HashMap<String, PathBuf> =
            theme.templates.iter().map(|t| (t.name.clone(), t.path.clone())).collect();
        // Made once, shared by the probes that locate syntax errors.
        let translate = Translate::new(locales, theme);
        let new_tera = || {
            let mut tera = Tera::new();
            // Registered before the templates: tera checks at compile time
            // that every function and filter a template calls exists.
            tera.register_function("t", translate.clone());
            // tera's own escaping is the same five characters, one byte at
            // a time; this one finds them with SIMD searches.
            tera.set_escape_fn(escape_html_to);
            // tera 1 had it built in, and themes use it to measure a page's
            // text (`content | striptags | wordcount`).
            tera.register_filter("striptags", strip_tags);
            tera.autoescape_on(AUTOESCAPED.to_vec());
            tera
        };
        let mut tera = new_tera();
        let mut diagnostics = Diagnostics::new();
        // All together, which resolves `extends` and `include`…
        let all = theme.templates.iter().map(|t| (t.name.as_str(), t.text.as_str()));
        if let Err(e) = tera.add_raw_templates(all) {
            // …and on a syntax error one by one, so that every one is
            // reported, each with its own file (tera stops at the first).
            if matches!(e.kind(), tera::ErrorKind::SyntaxError(_)) {
                for template in &theme.templates {
                    let mut probe = new_tera();
                    if let Err(e) = probe.add_raw_template(&template.name, &template.text)
                        && matches!(e.kind(), tera::ErrorKind::SyntaxError(_))
                    {
                        diagnostics.push(to_diagnostic(&e, &template.path, &paths));
                    }
                }
            }
            if !diagnostics.has_errors() {
                let fallback = theme.templates.first().map_or_else(PathBuf::new, |t| t.path.clone());
                for d in unknown_names(&e.to_string(), &paths) {
                    diagnostics.push(d);
                }
                if !diagnostics.has_errors() {
                    let mut d = to_diagnostic(&e, &fallback, &paths);
                    // An inheritance error: point at the template's
                    // `extends` or `include` line.
                    let inheritance = matches!(
                        e.kind(),
                        tera::ErrorKind::MissingParent { .. }
                            | tera::ErrorKind::CircularExtend { .. }
                            | tera::ErrorKind::CircularInclude { .. }
                    );
                    if inheritance
                        && let Some(template) = theme.templates.iter().find(|t| t.path == d.path)
                        && let Some(i) =
                            template.text.lines().position(|l| l.contains("extends") || l.contains("include"))
                    {
                        d.line = Some(i + 1);
                    }
                    diagnostics.push(d);
                }
            }
            return Err(diagnostics);
        }
        let texts = theme.templates.iter().map(|t| (t.name.clone(), t.text.clone())).collect();
        let content = ContentSlot::for_templates(theme.templates.iter().map(|t| t.text.as_str()));
        let shows_headings =
            theme.templates.iter().any(|t| t.text.contains("headings") || t.text.contains("__tera_context"));
        let by_language = with_fixed_messages(theme, &translate, new_tera);
        Ok(Templates { tera, by_language, paths, texts, content, shows_headings })
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
        let mut buffer = Vec::with_capacity(8 * 1024);
        let tera = context
            .get("lang")
            .and_then(language_code)
            .and_then(|code| self.by_language.get(code))
            .unwrap_or(&self.tera);
        let rendered = tera.render_to(name, context, &mut buffer).map_err(|e| {
            // Located in the theme's own text: the same render fails the
            // same way there (a message written in cannot fail).
            if std::ptr::eq(tera, &self.tera) {
                return e;
            }
            self.tera.render_to(name, context, &mut Vec::new()).err().unwrap_or(e)
        });
        rendered.map_err(|e| {
            let mut d = to_diagnostic(&e, for_source, &self.paths);
            if d.line.is_none() {
                d.line = self.line_of_culprit(&d);
            }
            if d.path != for_source {
                d.message = format!("{} (while rendering {})", d.message, for_source.display());
            }
            d
        })?;
        crate::text::into_string(buffer).map_err(|_| {
            Diagnostic::error(for_source, format!("the template `{name}` wrote text that is not UTF-8"))
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

/// The `t` function: a Fluent message in the page's language (or in
/// `lang=`), or an error.
#[derive(Clone)]
struct Translate {
    locales: Arc<Locales>,
    /// Language → key → text, for every message the templates name
    /// literally that needs no variables: each page's header and footer ask
    /// for the same few, and a shared value is cheaper than formatting them
    /// again.
    plain: Arc<FxHashMap<String, FxHashMap<String, Value>>>,
}

impl Translate {
    fn new(locales: Arc<Locales>, theme: &Theme) -> Translate {
        let uses = message_uses(theme);
        let plain: FxHashMap<String, FxHashMap<String, Value>> = locales
            .languages()
            .map(|lang| {
                let texts = uses
                    .iter()
                    .filter_map(|u| Some((u.key.clone(), Value::from(locales.text(lang, &u.key).ok()?))))
                    .collect();
                (lang.to_string(), texts)
            })
            .collect();
        Translate { locales, plain: Arc::new(plain) }
    }
}

impl tera::Function<tera::TeraResult<Value>> for Translate {
    fn call(&self, kwargs: Kwargs, state: &State) -> tera::TeraResult<Value> {
        let key: &str = kwargs.must_get("key")?;
        let page_lang;
        let lang = match kwargs.get::<&str>("lang")? {
            Some(lang) => lang,
            None => {
                page_lang = state.get::<Value>("lang")?;
                page_lang.as_ref().and_then(language_code).ok_or_else(|| {
                    tera::Error::message(format!(
                        "t(key=\"{key}\") needs lang=… here: no page language is set"
                    ))
                })?
            }
        };
        let is_variable = |name: &tera::value::Key| !matches!(name.as_str(), Some("key" | "lang"));
        if !kwargs.iter().any(|(name, _)| is_variable(name))
            && let Some(text) = self.plain.get(lang).and_then(|texts| texts.get(key))
        {
            return Ok(text.clone());
        }
        let variables: Vec<(String, serde_json::Value)> = kwargs
            .iter()
            .filter(|(name, _)| is_variable(name))
            .filter_map(|(name, value)| Some((name.as_str()?.to_string(), serde_json::to_value(value).ok()?)))
            .collect();
        let fluent_args = i18n::args_from_json(variables.iter().map(|(k, v)| (k, v)));
        self.locales
            .get(lang, key, (!variables.is_empty()).then_some(&fluent_args))
            .map(Value::from)
            .map_err(|e| tera::Error::message(e.to_string()))
    }
}

/// `lang.code`, read from the small map directly (a path lookup would
/// parse "code" as a path every time).
fn language_code(view: &Value) -> Option<&str> {
    view.as_map()?.iter().find_map(|(k, v)| (k.as_str() == Some("code")).then_some(v))?.as_str()
}

/// The templates tera escapes what they print in (tera's own default, named
/// here because messages written in must be escaped the same way).
const AUTOESCAPED: [&str; 3] = [".html", ".htm", ".xml"];

/// For each language, the theme compiled with its fixed messages written
/// in; none when no template has one, or when a template rebinds `lang`.
fn with_fixed_messages(
    theme: &Theme,
    translate: &Translate,
    new_tera: impl Fn() -> Tera + Sync,
) -> FxHashMap<String, Tera> {
    use rayon::prelude::*;
    if fixed_messages::lang_is_rebound(theme.templates.iter().map(|t| t.text.as_str())) {
        return FxHashMap::default();
    }
    let languages: Vec<(&String, &FxHashMap<String, Value>)> = translate.plain.iter().collect();
    languages
        .into_par_iter()
        .filter_map(|(lang, texts)| {
            let text_of = |key: &str| texts.get(key).and_then(Value::as_str);
            let written: Vec<Option<String>> = theme
                .templates
                .iter()
                .map(|t| {
                    let escaped = AUTOESCAPED.iter().any(|suffix| t.name.ends_with(suffix));
                    fixed_messages::write_in(&t.text, text_of, escaped)
                })
                .collect();
            if written.iter().all(Option::is_none) {
                return None;
            }
            let sources = theme
                .templates
                .iter()
                .zip(&written)
                .map(|(t, w)| (t.name.as_str(), w.as_deref().unwrap_or(&t.text)));
            let mut tera = new_tera();
            // It compiles as the theme did; were it not to, this language
            // would use the theme as written.
            tera.add_raw_templates(sources).ok()?;
            Some((lang.clone(), tera))
        })
        .collect()
}

/// Escapes text for HTML content and quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len() + text.len() / 8);
    escape_html_into(&mut escaped, text);
    escaped
}

/// The text without its tags (and comments), as tera 1's `striptags` gave it.
fn strip_tags(html: &str, _: Kwargs, _: &State) -> String {
    static TAG: OnceLock<Regex> = OnceLock::new();
    let tag = TAG.get_or_init(|| Regex::new(r"(<!--.*?-->|<[^>]*>)").expect("valid regex"));
    tag.replace_all(html, "").into_owned()
}

/// [`escape_html`] as tera's escape function, written straight to tera's
/// output.
fn escape_html_to(text: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut result = Ok(());
    escape_runs(text, |run| {
        if result.is_ok() {
            result = out.write_all(run.as_bytes());
        }
    });
    result
}

/// [`escape_html`], appending to `escaped`.
pub fn escape_html_into(escaped: &mut String, text: &str) {
    escape_runs(text, |run| escaped.push_str(run));
}

/// `text` escaped, as runs to write one after the other.
fn escape_runs<'a>(text: &'a str, mut emit: impl FnMut(&'a str)) {
    // Every value of every page passes here, most with nothing to escape:
    // the special bytes are found with SIMD searches (one for `&<>`, one for
    // quotes, each run once over the text), and the runs between them are
    // copied whole. Short values (a language code, a name, a relative link)
    // are looked at byte by byte: setting up the searches would cost more.
    let bytes = text.as_bytes();
    if bytes.len() < 48 && !bytes.iter().any(|&b| needs_escape(b)) {
        if !text.is_empty() {
            emit(text);
        }
        return;
    }
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
        if at > from {
            emit(&text[from..at]);
        }
        emit(match bytes[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        });
        from = at + 1;
    }
    if from < text.len() {
        emit(&text[from..]);
    }
}

/// Whether `b` is one of `"&'<>`: all below 64, so one shift of a mask
/// answers for each byte instead of five comparisons.
#[inline(always)]
fn needs_escape(b: u8) -> bool {
    const MASK: u64 = 1 << b'"' | 1 << b'&' | 1 << b'\'' | 1 << b'<' | 1 << b'>';
    b < 64 && MASK >> b & 1 == 1
}

/// The functions, filters, tests and templates that templates name but do
/// not exist: tera checks them all once the templates are compiled, and
/// reports each as `error: Unknown filter `x`` over ` --> name:line:column`.
fn unknown_names(message: &str, paths: &HashMap<String, PathBuf>) -> Vec<Diagnostic> {
    static REPORT: OnceLock<Regex> = OnceLock::new();
    let report = REPORT.get_or_init(|| {
        Regex::new(r"(?m)^error: (Unknown [^\n]+)\n\s*--> ([^\n]+):(\d+):(\d+)$").expect("valid regex")
    });
    report
        .captures_iter(message)
        .filter_map(|c| {
            let path = paths.get(&c[2])?.clone();
            let (line, column) = (c[3].parse().ok()?, c[4].parse().ok()?);
            Some(Diagnostic::error(path, c[1].to_string()).hint(TEMPLATE_HINT).at(line, column))
        })
        .collect()
}

const TEMPLATE_HINT: &str =
    "templates use tera 2 syntax (https://keats.github.io/tera/docs/); words come from t(key=\"…\")";

/// Turns a tera error into one located diagnostic.
fn to_diagnostic(error: &tera::Error, fallback: &Path, paths: &HashMap<String, PathBuf>) -> Diagnostic {
    let hint = TEMPLATE_HINT;
    let report = match error.kind() {
        tera::ErrorKind::SyntaxError(report) => Some((report, "template syntax error: ")),
        tera::ErrorKind::RenderingError(report) => Some((report, "")),
        _ => None,
    };
    let Some((report, prefix)) = report else {
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
        return Diagnostic::error(path, message).hint(hint);
    };
    let path = paths.get(report.filename()).cloned().unwrap_or_else(|| fallback.to_path_buf());
    let span = report.span();
    Diagnostic::error(path, format!("{prefix}{}", report.message()))
        .hint(hint)
        .at(span.start_line.max(1), span.start_col + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn escaping_replaces_exactly_the_five_special_characters(text in "[a-z &<>\"'ⵜع]{0,120}") {
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
            proptest::prop_assert_eq!(escape_html(&text), simple.clone());
            let mut written = Vec::new();
            escape_html_to(&text, &mut written).unwrap();
            proptest::prop_assert_eq!(String::from_utf8(written).unwrap(), simple);
        }
    }
}
