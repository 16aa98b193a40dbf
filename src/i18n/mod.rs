//! UI strings: one Fluent bundle per language, loaded once, looked up strictly.
//!
//! Every word the theme shows comes from `locales/<lang>/*.ftl`. A missing
//! message or variable is an error naming the language and key, never a
//! silent fallback to another language: a page half in French is not a page
//! an Arabic reader can use.
//!
//! Plural rules come from CLDR through `intl_pluralrules`. For a language CLDR
//! does not know (Standard Moroccan Amazigh, `zgh`, in CLDR 37), `site.yaml`
//! names another tag whose rules to borrow (`plural_rules: tzm`); config
//! validation refuses a language that has neither, so Fluent never falls back
//! to English rules without a word.

pub mod dates;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use rustc_hash::FxHashMap;

use crate::config::{Config, Language};
use crate::diagnostic::{Diagnostic, Diagnostics, Position};
use crate::messages::{Message, io_reason};
use crate::msg;

pub const LOCALES_DIR: &str = "locales";

/// Why a message could not be produced.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum LookupError {
    #[error("language `{0}` has no Fluent files")]
    UnknownLanguage(String),
    #[error("Fluent message `{key}` is missing in {LOCALES_DIR}/{lang}/")]
    Missing { lang: String, key: String },
    #[error("Fluent message `{key}` in {LOCALES_DIR}/{lang}/ has no value")]
    NoValue { lang: String, key: String },
    #[error("Fluent message `{key}` in {LOCALES_DIR}/{lang}/: {detail}")]
    Format { lang: String, key: String, detail: Message },
}

impl LookupError {
    /// What went wrong, in the run's language (the `#[error]` text is the
    /// English one).
    pub fn message(&self) -> Message {
        match self {
            LookupError::UnknownLanguage(lang) => msg!("settings-lookup-unknown-language", lang = lang),
            LookupError::Missing { lang, key } => msg!("settings-lookup-missing", key = key, lang = lang),
            LookupError::NoValue { lang, key } => msg!("settings-lookup-no-value", key = key, lang = lang),
            LookupError::Format { lang, key, detail } => {
                msg!("settings-lookup-format", key = key, lang = lang, detail = detail.clone())
            }
        }
    }
}

/// A Fluent file already loaded, for locating earlier definitions.
struct Source {
    path: PathBuf,
    text: String,
}

/// All languages' bundles.
pub struct Locales {
    bundles: FxHashMap<String, FluentBundle<FluentResource>>,
}

impl Locales {
    /// Loads `locales/<lang>/*.ftl` for every language of the site.
    pub fn load(site: &Path, config: &Config) -> Result<Locales, Diagnostics> {
        let mut diagnostics = Diagnostics::new();
        let mut bundles = FxHashMap::default();
        for language in &config.languages {
            bundles.insert(language.code.clone(), load_language(site, language, &mut diagnostics));
        }
        if diagnostics.has_errors() { Err(diagnostics) } else { Ok(Locales { bundles }) }
    }

    /// Builds locales from in-memory Fluent text, for tests.
    #[cfg(test)]
    pub fn from_sources(config: &Config, texts: &[(&str, &str)]) -> Result<Locales, Diagnostics> {
        let mut diagnostics = Diagnostics::new();
        let mut bundles = FxHashMap::default();
        for language in &config.languages {
            let mut bundle = new_bundle(language);
            for (code, text) in texts {
                if *code == language.code {
                    add_file(&mut bundle, Path::new("test.ftl"), text, &[], &mut diagnostics);
                }
            }
            bundles.insert(language.code.clone(), bundle);
        }
        if diagnostics.has_errors() {
            return Err(diagnostics);
        }
        Ok(Locales { bundles })
    }

    /// The languages that have Fluent files.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.bundles.keys().map(String::as_str)
    }

    pub fn has(&self, lang: &str, key: &str) -> bool {
        self.bundles.get(lang).is_some_and(|b| b.has_message(key))
    }

    /// The message `key` in `lang`, formatted with `args`.
    pub fn get(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> Result<String, LookupError> {
        let bundle = self.bundles.get(lang).ok_or_else(|| LookupError::UnknownLanguage(lang.to_string()))?;
        let message = bundle
            .get_message(key)
            .ok_or_else(|| LookupError::Missing { lang: lang.to_string(), key: key.to_string() })?;
        let pattern = message
            .value()
            .ok_or_else(|| LookupError::NoValue { lang: lang.to_string(), key: key.to_string() })?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if let Some(first) = errors.first() {
            return Err(LookupError::Format {
                lang: lang.to_string(),
                key: key.to_string(),
                detail: describe(first),
            });
        }
        Ok(text.into_owned())
    }

    /// A message without arguments.
    pub fn text(&self, lang: &str, key: &str) -> Result<String, LookupError> {
        self.get(lang, key, None)
    }

    /// The folder holding `lang`'s Fluent files, relative to the site.
    pub fn folder(lang: &str) -> PathBuf {
        Path::new(LOCALES_DIR).join(lang)
    }
}

/// What went wrong while a message was put together, in a translator's
/// words for the mistakes translators make.
fn describe(error: &FluentError) -> Message {
    use fluent_bundle::resolver::{ResolverError, errors::ReferenceKind};
    match error {
        FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Variable { id })) => {
            msg!("settings-fluent-unknown-variable", name = id)
        }
        FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Message { id, .. })) => {
            msg!("settings-fluent-unknown-message", name = id)
        }
        FluentError::ResolverError(e) => msg!("settings-fluent-other", detail = e.to_string()),
        other => msg!("settings-fluent-other", detail = other.to_string()),
    }
}

/// A Fluent syntax mistake, in a translator's words for the usual ones.
fn syntax_mistake(kind: &fluent_syntax::parser::ErrorKind) -> Message {
    use fluent_syntax::parser::ErrorKind as K;
    match kind {
        K::ExpectedToken('}') => msg!("settings-fluent-brace-not-closed"),
        K::UnbalancedClosingBrace => msg!("settings-fluent-brace-not-opened"),
        K::ExpectedMessageField { entry_id } => {
            msg!("settings-fluent-message-empty", name = entry_id.as_str())
        }
        K::MissingDefaultVariant => msg!("settings-fluent-no-default-variant"),
        K::UnterminatedStringLiteral => msg!("settings-fluent-quote-not-closed"),
        other => msg!("settings-fluent-other", detail = other.to_string()),
    }
}

fn new_bundle(language: &Language) -> FluentBundle<FluentResource> {
    let rules_tag = language.plural_rules.as_deref().unwrap_or(&language.code);
    // Config validation guarantees the tag has CLDR rules; the fallback only
    // keeps this total.
    let locale = crate::config::plural_rules_for(rules_tag).unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // Bidi isolation marks would leak into <title>, attributes, feeds and
    // SVG; templates isolate with `dir` and <bdi> instead.
    bundle.set_use_isolating(false);
    bundle
}

fn load_language(
    site: &Path,
    language: &Language,
    diagnostics: &mut Diagnostics,
) -> FluentBundle<FluentResource> {
    let mut bundle = new_bundle(language);
    let folder = Locales::folder(&language.code);
    let mut files = Vec::new();
    let entries = match std::fs::read_dir(site.join(&folder)) {
        Ok(entries) => entries,
        Err(_) => {
            diagnostics.push(
                Diagnostic::error(&folder, msg!("settings-no-fluent-files", lang = &language.code))
                    .hint(msg!("settings-no-fluent-files-hint", folder = folder.display())),
            );
            return bundle;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    paths.sort();
    for full in paths {
        let path = folder.join(full.file_name().unwrap_or_default());
        if let Some(refused) = crate::util::reading::not_utf8_name(&path) {
            diagnostics.push(refused);
            continue;
        }
        if let Some(refused) = crate::util::reading::not_a_file(&full, &path) {
            diagnostics.push(refused);
            continue;
        }
        match std::fs::read(&full) {
            Ok(bytes) => match crate::util::reading::decode(bytes, &path) {
                Ok(text) => {
                    add_file(&mut bundle, &path, &text, &files, diagnostics);
                    files.push(Source { path, text });
                }
                Err(d) => diagnostics.push(d),
            },
            Err(e) => {
                let message = msg!("settings-fluent-cannot-read", reason = io_reason(&e));
                diagnostics.push(Diagnostic::error(&path, message));
            }
        }
    }
    bundle
}

fn add_file(
    bundle: &mut FluentBundle<FluentResource>,
    path: &Path,
    text: &str,
    earlier: &[Source],
    diagnostics: &mut Diagnostics,
) {
    let resource = match FluentResource::try_new(text.to_string()) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            for error in errors {
                diagnostics.push(
                    Diagnostic::error(
                        path,
                        msg!("settings-fluent-syntax", detail = syntax_mistake(&error.kind)),
                    )
                    // The entry's start says more than the parser's stop
                    // point, which for a missing `}` is the end of file.
                    .with_position(Some(Position::of_offset(
                        text,
                        error.slice.as_ref().map_or(error.pos.start, |s| s.start),
                    )))
                    .hint(msg!("settings-fluent-syntax-hint")),
                );
            }
            return;
        }
    };
    if let Err(errors) = bundle.add_resource(resource) {
        for error in errors {
            if let FluentError::Overriding { id, .. } = &error {
                let first =
                    earlier.iter().find_map(|s| message_position(&s.text, id).map(|p| (&s.path, p.line)));
                let message = match first {
                    Some((first, line)) => msg!(
                        "settings-fluent-defined-twice-first-at",
                        id = id.as_str(),
                        path = first.display(),
                        line = line
                    ),
                    None => msg!("settings-fluent-defined-twice", id = id.as_str()),
                };
                diagnostics.push(
                    Diagnostic::error(path, message)
                        .with_position(message_position(text, id))
                        .hint(msg!("settings-fluent-defined-twice-hint")),
                );
            } else {
                let message = msg!("settings-fluent-error", detail = describe(&error));
                diagnostics.push(Diagnostic::error(path, message));
            }
        }
    }
}

/// The line of the last definition of `key` in a Fluent file.
fn message_position(text: &str, key: &str) -> Option<Position> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| line.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with('=')))
        .last()
        .map(|(i, _)| Position { line: i + 1, column: 1 })
}

/// Converts template arguments into Fluent arguments; numbers stay numbers so
/// plural selection works.
pub fn args_from_json<'a>(
    values: impl Iterator<Item = (&'a String, &'a serde_json::Value)>,
) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for (name, value) in values {
        let value: FluentValue<'static> = match value {
            serde_json::Value::Number(n) => match n.as_i64() {
                Some(i) => FluentValue::from(i),
                None => FluentValue::from(n.as_f64().unwrap_or_default()),
            },
            serde_json::Value::String(s) => FluentValue::from(s.clone()),
            serde_json::Value::Bool(b) => FluentValue::from(b.to_string()),
            serde_json::Value::Null => FluentValue::None,
            other => FluentValue::from(other.to_string()),
        };
        args.set(name.clone(), value);
    }
    args
}

/// The marker a translator removes once a Fluent file is reviewed, the
/// Fluent counterpart of a page's `review: pending`.
pub const REVIEW_PENDING_MARK: &str = "### review: pending";

/// Fluent files of the site marked as awaiting a native speaker's review.
pub fn files_pending_review(site: &Path, config: &Config) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for language in &config.languages {
        let folder = Locales::folder(&language.code);
        let Ok(entries) = std::fs::read_dir(site.join(&folder)) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            if text.lines().any(|l| l.trim_end() == REVIEW_PENDING_MARK) {
                found.push(folder.join(entry.file_name()));
            }
        }
    }
    found.sort();
    found
}

/// Keys the engine itself asks for, beyond those the templates name.
pub fn engine_keys() -> BTreeSet<String> {
    let mut keys: BTreeSet<String> = (1..=12).map(|m| format!("month-{m}")).collect();
    keys.insert(crate::i18n::dates::DATE_KEY.to_string());
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(yaml_languages: &str) -> Config {
        Config::parse(
            &format!("base_url: https://example.org/\nlanguages:\n{yaml_languages}"),
            Path::new("site.yaml"),
        )
        .unwrap()
    }

    const WOMEN: &str = "women = { $count ->\n    [zero] لا امرأة\n    [one] امرأة واحدة\n    [two] امرأتان\n    [few] { $count } نساء\n    [many] { $count } امرأة\n   *[other] { $count } امرأة\n}\n";

    fn count(locales: &Locales, lang: &str, n: i64) -> String {
        let mut args = FluentArgs::new();
        args.set("count", n);
        locales.get(lang, "women", Some(&args)).unwrap()
    }

    #[test]
    fn arabic_uses_all_six_plural_categories() {
        let c = config("  - code: ar\n    name: العربية\n    direction: rtl\n");
        let locales = Locales::from_sources(&c, &[("ar", WOMEN)]).unwrap();
        assert_eq!(count(&locales, "ar", 0), "لا امرأة");
        assert_eq!(count(&locales, "ar", 1), "امرأة واحدة");
        assert_eq!(count(&locales, "ar", 2), "امرأتان");
        assert_eq!(count(&locales, "ar", 5), "5 نساء");
        assert_eq!(count(&locales, "ar", 11), "11 امرأة");
        assert_eq!(count(&locales, "ar", 312), "312 امرأة");
    }

    #[test]
    fn amazigh_borrows_the_plural_rules_named_in_site_yaml() {
        let c = config("  - code: zgh\n    name: ⵜⴰⵎⴰⵣⵉⵖⵜ\n    plural_rules: tzm\n");
        let ftl = "women = { $count ->\n    [one] { $count } ⵜⵎⵟⵟⵓⴹⵜ\n   *[other] { $count } ⵜⵉⵎⵟⵟⵓⴹⵉⵏ\n}\n";
        let locales = Locales::from_sources(&c, &[("zgh", ftl)]).unwrap();
        // tzm: one = 0..1 and 11..99; English rules would say "other" for 0 and 11.
        assert_eq!(count(&locales, "zgh", 0), "0 ⵜⵎⵟⵟⵓⴹⵜ");
        assert_eq!(count(&locales, "zgh", 11), "11 ⵜⵎⵟⵟⵓⴹⵜ");
        assert_eq!(count(&locales, "zgh", 2), "2 ⵜⵉⵎⵟⵟⵓⴹⵉⵏ");
        assert_eq!(count(&locales, "zgh", 100), "100 ⵜⵉⵎⵟⵟⵓⴹⵉⵏ");
    }

    #[test]
    fn no_bidi_isolation_marks_leak_into_text() {
        let c = config("  - code: fr\n    name: Français\n");
        let locales = Locales::from_sources(&c, &[("fr", "hello = Bonjour { $name } !\n")]).unwrap();
        let mut args = FluentArgs::new();
        args.set("name", "يسرى");
        assert_eq!(locales.get("fr", "hello", Some(&args)).unwrap(), "Bonjour يسرى !");
    }

    #[test]
    fn missing_messages_and_variables_are_errors_not_fallbacks() {
        let c = config("  - code: fr\n    name: Français\n");
        let locales = Locales::from_sources(&c, &[("fr", "hello = Bonjour { $name } !\n")]).unwrap();
        assert_eq!(
            locales.text("fr", "bye").unwrap_err().to_string(),
            "Fluent message `bye` is missing in locales/fr/"
        );
        let err = locales.text("fr", "hello").unwrap_err().to_string();
        assert!(err.contains("hello") && err.contains("name"), "{err}");
    }

    #[test]
    fn syntax_errors_carry_their_line() {
        let c = config("  - code: fr\n    name: Français\n");
        let errors =
            Locales::from_sources(&c, &[("fr", "ok = fine\nbroken = { $x \n")]).err().unwrap().sorted();
        assert_eq!(errors[0].line, Some(2), "{}", errors[0]);
    }
}
