//! The theme's tera templates, compiled once, with the strict `t` function.
//!
//! Templates call `t(key="read-more")` for every word they show, in the
//! page's language (`lang` in the context) unless `lang=` names another;
//! extra arguments become Fluent variables (`count=3` selects plurals).

mod constant_messages;
pub(crate) mod errors;
pub mod splice;
pub mod theme;
pub mod translate;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use regex::Regex;
use rustc_hash::FxHashMap;
use tera::{Context, Kwargs, State, Tera, Value};

use self::errors::{to_diagnostic, unknown_names};
use self::splice::ContentSlot;
use self::translate::{Translate, language_code};
use crate::diagnostic::{Diagnostic, Diagnostics, Kind};
use crate::i18n::Locales;
use crate::msg;
use crate::templates::theme::Theme;
use crate::util::escape::escape_html_to;

/// Compiled templates.
pub struct Templates {
    tera: Tera,
    /// Language code → the templates with the messages that are the same
    /// on every page written in (see [`crate::templates::constant_messages`]); a language
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
        let by_language = with_constant_messages(theme, &translate, new_tera);
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

    /// The template name nearest to a misspelt `name`, for "did you mean".
    pub fn nearest(&self, name: &str) -> Option<&str> {
        crate::util::text::closest(name, self.paths.keys().map(String::as_str))
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
                d = d.kind(Kind::WhileRendering { page: for_source.to_path_buf(), more: 0 });
            }
            d
        })?;
        crate::util::reading::into_string(buffer)
            .map_err(|_| Diagnostic::error(for_source, msg!("templates-output-not-utf8", name = name)))
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
            .captures_iter(&d.message.in_language(crate::messages::Language::English))
            .map(|c| c[1].to_string())
            .filter(|token| !token.ends_with(".html"))
            .find_map(|token| text.lines().position(|l| l.contains(&token)).map(|i| i + 1))
    }
}

/// The templates tera escapes what they print in (tera's own default, named
/// here because messages written in must be escaped the same way).
const AUTOESCAPED: [&str; 3] = [".html", ".htm", ".xml"];

/// For each language, the theme compiled with its constant messages written
/// in; none when no template has one, or when a template rebinds `lang`.
fn with_constant_messages(
    theme: &Theme,
    translate: &Translate,
    new_tera: impl Fn() -> Tera + Sync,
) -> FxHashMap<String, Tera> {
    use rayon::prelude::*;
    if constant_messages::lang_is_rebound(theme.templates.iter().map(|t| t.text.as_str())) {
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
                    constant_messages::write_in(&t.text, text_of, escaped)
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

/// The text without its tags (and comments), as tera 1's `striptags` gave it.
fn strip_tags(html: &str, _: Kwargs, _: &State) -> String {
    static TAG: OnceLock<Regex> = OnceLock::new();
    let tag = TAG.get_or_init(|| Regex::new(r"(<!--.*?-->|<[^>]*>)").expect("valid regex"));
    tag.replace_all(html, "").into_owned()
}
