//! `site.yaml`: the site's settings.
//!
//! ```yaml
//! base_url: https://example.invalid/   # absolute; used only where standards demand it
//! theme: default                      # themes/<theme>/ (default: "default")
//! default_language: ar                # default: the first language listed
//! languages:
//!   - code: ar                        # BCP 47 tag; also content/<code>/ and locales/<code>/
//!     name: العربية                    # the language's name in its own script
//!     direction: rtl                  # ltr (default) or rtl
//!   - code: zgh
//!     name: ⵜⴰⵎⴰⵣⵉⵖⵜ
//!     plural_rules: tzm               # CLDR has no rules for zgh: borrow another tag's
//! menu: [about, services, news]       # content paths shown in the navigation, in order
//! quick_exit_url: https://www.bbc.com/weather  # where the exit button leads,
//!                                   # or one per language: { ar: https://…, fr: https://… }
//! one_history_entry: true             # a visit is one history entry (default)
//! helplines:                          # public emergency numbers, on every page
//!   source: "Who publishes them"      # shown beside them, with the date checked
//!   checked: 2026-12-02
//!   numbers:                          # names: `helpline-<id>` in locales/<lang>/
//!     - { id: police, number: "19", strip: true }   # strip: also in the bar on every page
//!   unconfirmed:                      # listed by `amal check`, never published
//!     - { id: listening-line, number: "8350", note: "to confirm with the centre" }
//! privacy:
//!   min_count: 5                      # published counts are 0 or ≥ this (never below 3)
//! ```
//!
//! Every key is checked: an unknown key is an error with its line, because a
//! typo that silently does nothing is worse than a refusal.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use intl_pluralrules::{PluralRuleType, PluralRules};
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::{Message, io_reason};
use crate::msg;
use crate::util::yaml;

pub const CONFIG_FILE: &str = "site.yaml";

/// Text direction of a language's script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[default]
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// One language of the site, as written in `site.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// BCP 47 tag, e.g. `ar`, `fr`, `zgh`.
    pub code: String,
    /// Name in the language's own script, shown in language switchers.
    pub name: String,
    #[serde(default)]
    pub direction: Direction,
    /// A language tag whose CLDR plural rules this language uses, for
    /// languages CLDR does not cover (e.g. `tzm` for `zgh`).
    #[serde(default)]
    pub plural_rules: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    base_url: String,
    #[serde(default = "default_theme")]
    theme: String,
    #[serde(default)]
    default_language: Option<String>,
    languages: Vec<Language>,
    #[serde(default)]
    menu: Vec<String>,
    #[serde(default)]
    quick_exit_url: Option<QuickExit>,
    #[serde(default)]
    privacy: Privacy,
    #[serde(default)]
    helplines: Option<Helplines>,
    #[serde(default = "yes")]
    one_history_entry: bool,
    /// The language amal speaks to the team in (`messages::choose` reads
    /// it before the settings are loaded; here it is only validated, so a
    /// misspelt one is an error with the values allowed).
    #[serde(default)]
    #[allow(dead_code)]
    editor_language: Option<EditorLanguage>,
}

/// `editor_language:` in site.yaml: a language amal's messages come in.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "lowercase")]
enum EditorLanguage {
    En,
    Fr,
    Ar,
}

fn yes() -> bool {
    true
}

/// `helplines:` in site.yaml: the public emergency numbers the site gives
/// on its help page, its home page and in a strip on every page. One list
/// for every language; each number's name is the Fluent message
/// `helpline-<id>`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Helplines {
    /// Who publishes these numbers, shown beside them.
    pub source: String,
    /// When someone last checked them against that source (YYYY-MM-DD,
    /// read and checked as a page's date is).
    pub checked: crate::util::date::Date,
    pub numbers: Vec<Helpline>,
    /// Lines someone proposed that the centre has not confirmed: `amal
    /// check` lists them, and no page shows them.
    #[serde(default)]
    pub unconfirmed: Vec<UnconfirmedLine>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Helpline {
    pub id: String,
    pub number: String,
    /// Also in the short "in danger?" strip on every page.
    #[serde(default)]
    pub strip: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnconfirmedLine {
    pub id: String,
    pub number: String,
    #[serde(default)]
    pub note: String,
}

impl Helpline {
    /// The number as a `tel:` URI: its digits, and a leading `+`.
    pub fn tel(&self) -> String {
        let plus = if self.number.trim_start().starts_with('+') { "+" } else { "" };
        format!("tel:{plus}{}", self.number.chars().filter(char::is_ascii_digit).collect::<String>())
    }

    /// The Fluent message that names the service.
    pub fn name_key(&self) -> String {
        format!("helpline-{}", self.id)
    }
}

/// A number a person can dial: digits, spaces, and a leading `+`.
fn is_phone_number(number: &str) -> bool {
    let digits = number.trim().strip_prefix('+').unwrap_or(number.trim());
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == ' ')
        && digits.chars().any(|c| c.is_ascii_digit())
}

/// `privacy:` in site.yaml: how the statistics protect small numbers.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Privacy {
    /// Every published count is 0 or at least this.
    #[serde(default = "default_min_count")]
    pub min_count: u64,
}

impl Default for Privacy {
    fn default() -> Self {
        Privacy { min_count: default_min_count() }
    }
}

/// The smallest `privacy.min_count` a site may choose.
pub const MIN_ALLOWED: u64 = 3;
/// The default `privacy.min_count`.
pub const DEFAULT_MIN_COUNT: u64 = 5;

fn default_min_count() -> u64 {
    DEFAULT_MIN_COUNT
}

/// The language identifier whose CLDR cardinal plural rules exist for `tag`.
pub fn plural_rules_for(tag: &str) -> Option<LanguageIdentifier> {
    let id: LanguageIdentifier = tag.parse().ok()?;
    PluralRules::create(id.clone(), PluralRuleType::CARDINAL).ok().map(|_| id)
}

/// A neutral page that shows nothing personal, as GOV.UK's exit component uses.
pub const DEFAULT_QUICK_EXIT_URL: &str = "https://www.bbc.com/weather";

/// Where the quick exit leads, as `site.yaml` writes it: one neutral page,
/// or one per language (a page in her language draws no eye); a language
/// without its own leads to the default.
#[derive(Debug, Clone)]
pub enum QuickExit {
    Everywhere(String),
    PerLanguage(BTreeMap<String, String>),
}

/// Read by hand so that a mistake says what the key takes (serde's
/// untagged enums say only that nothing matched).
impl<'de> Deserialize<'de> for QuickExit {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<QuickExit, D::Error> {
        struct Expected;
        impl<'de> serde::de::Visitor<'de> for Expected {
            type Value = QuickExit;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                write!(f, "{}", msg!("settings-quick-exit-expecting"))
            }
            fn visit_str<E: serde::de::Error>(self, url: &str) -> Result<QuickExit, E> {
                Ok(QuickExit::Everywhere(url.to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<QuickExit, A::Error> {
                BTreeMap::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(QuickExit::PerLanguage)
            }
        }
        deserializer.deserialize_any(Expected)
    }
}

fn default_theme() -> String {
    "default".to_string()
}

/// Validated site settings.
#[derive(Debug, Clone)]
pub struct Config {
    /// Absolute base URL, always ending in `/`.
    pub base_url: String,
    pub theme: String,
    /// Languages in the order of `site.yaml`; the default one is first.
    pub languages: Vec<Language>,
    pub menu: Vec<String>,
    /// Where the quick-exit button leads, per language code.
    quick_exit: BTreeMap<String, String>,
    pub privacy: Privacy,
    pub helplines: Option<Helplines>,
    /// Links inside the site replace the browser's history entry, so that a
    /// whole visit is one entry, which the quick exit replaces in turn.
    pub one_history_entry: bool,
}

impl Config {
    /// Reads and validates `<site>/site.yaml`.
    pub fn load(site: &Path) -> Result<Config, Diagnostics> {
        let path = PathBuf::from(CONFIG_FILE);
        let text = std::fs::read_to_string(site.join(CONFIG_FILE)).map_err(|e| {
            Diagnostic::error(&path, msg!("settings-cannot-read", reason = io_reason(&e)))
                .hint(msg!("settings-cannot-read-hint"))
        })?;
        Config::parse(&text, &path)
    }

    /// Parses and validates the text of a `site.yaml`.
    pub fn parse(text: &str, path: &Path) -> Result<Config, Diagnostics> {
        let raw: RawConfig = yaml::parse(text, path, 0)?;
        let mut errors = Diagnostics::new();
        let error_at =
            |key: &str, message: Message| Diagnostic::error(path, message).with_position(find_key(text, key));

        if !(raw.base_url.starts_with("https://") || raw.base_url.starts_with("http://")) {
            errors.push(
                error_at("base_url", msg!("settings-base-url-not-absolute", url = &raw.base_url))
                    .hint(msg!("settings-base-url-not-absolute-hint")),
            );
        }
        check_quick_exit(&raw, text, path, &mut errors);
        if raw.privacy.min_count < MIN_ALLOWED {
            errors.push(
                error_at(
                    "min_count",
                    msg!("settings-min-count-too-small", min_count = raw.privacy.min_count),
                )
                .hint(msg!("settings-min-count-too-small-hint", allowed = MIN_ALLOWED)),
            );
        }
        check_languages(&raw, text, path, &mut errors);

        let mut languages = raw.languages;
        if let Some(default) = &raw.default_language {
            match languages.iter().position(|l| &l.code == default) {
                Some(i) => {
                    let language = languages.remove(i);
                    languages.insert(0, language);
                }
                None => errors.push(
                    error_at("default_language", msg!("settings-default-language-unknown", code = default))
                        .hint(msg!("settings-default-language-unknown-hint")),
                ),
            }
        }
        for entry in &raw.menu {
            if entry.split('/').any(|part| part == ".." || part.is_empty()) {
                errors.push(
                    error_at("menu", msg!("settings-menu-entry-not-a-path", entry = entry))
                        .hint(msg!("settings-menu-entry-not-a-path-hint")),
                );
            }
        }

        if let Some(helplines) = &raw.helplines {
            if helplines.numbers.is_empty() {
                errors.push(
                    error_at("helplines", msg!("settings-helplines-empty"))
                        .hint(msg!("settings-helplines-empty-hint")),
                );
            }
            let lines = helplines.numbers.iter().map(|h| (&h.id, &h.number));
            let proposed = helplines.unconfirmed.iter().map(|h| (&h.id, &h.number));
            let mut ids = Vec::new();
            for (id, number) in lines.chain(proposed) {
                if id.is_empty()
                    || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                {
                    errors.push(
                        error_at(id, msg!("settings-helpline-id-not-a-name", id = id))
                            .hint(msg!("settings-helpline-id-not-a-name-hint")),
                    );
                }
                if ids.contains(&id) {
                    errors.push(error_at(id, msg!("settings-helpline-listed-twice", id = id)));
                }
                ids.push(id);
                if !is_phone_number(number) {
                    errors.push(
                        error_at(number, msg!("settings-helpline-not-a-number", id = id, number = number))
                            .hint(msg!("settings-helpline-not-a-number-hint")),
                    );
                }
            }
        }

        if errors.has_errors() {
            return Err(errors);
        }
        let mut base_url = raw.base_url;
        if !base_url.ends_with('/') {
            base_url.push('/');
        }
        let quick_exit = languages
            .iter()
            .map(|l| {
                let url = match &raw.quick_exit_url {
                    Some(QuickExit::Everywhere(url)) => Some(url),
                    Some(QuickExit::PerLanguage(urls)) => urls.get(&l.code),
                    None => None,
                };
                (l.code.clone(), url.map_or(DEFAULT_QUICK_EXIT_URL, String::as_str).to_string())
            })
            .collect();
        Ok(Config {
            base_url,
            theme: raw.theme,
            languages,
            menu: raw.menu,
            quick_exit,
            privacy: raw.privacy,
            helplines: raw.helplines,
            one_history_entry: raw.one_history_entry,
        })
    }

    pub fn default_language(&self) -> &Language {
        &self.languages[0]
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// Where the quick exit leads from a page in `lang`.
    pub fn quick_exit_url(&self, lang: &str) -> &str {
        self.quick_exit.get(lang).map_or(DEFAULT_QUICK_EXIT_URL, String::as_str)
    }

    /// The path part of the base URL (`/` or `/sub/folder/`), for pages
    /// such as `404.html` that are served at unknown depths.
    pub fn base_path(&self) -> &str {
        let after_scheme = self.base_url.split_once("://").map_or("", |(_, rest)| rest);
        after_scheme.find('/').map_or("/", |i| &after_scheme[i..])
    }
}

/// Every quick-exit address is https://, and each names a declared language.
fn check_quick_exit(raw: &RawConfig, text: &str, path: &Path, errors: &mut Diagnostics) {
    let exits: Vec<(Option<&str>, &str)> = match &raw.quick_exit_url {
        None => vec![],
        Some(QuickExit::Everywhere(url)) => vec![(None, url.as_str())],
        Some(QuickExit::PerLanguage(urls)) => {
            urls.iter().map(|(l, u)| (Some(l.as_str()), u.as_str())).collect()
        }
    };
    for (lang, url) in &exits {
        let at = |message: Message| {
            Diagnostic::error(path, message)
                .with_position(find_key(text, url).or(find_key(text, "quick_exit_url")))
        };
        if !url.starts_with("https://") {
            errors.push(
                at(msg!("settings-quick-exit-not-https")).hint(msg!("settings-quick-exit-not-https-hint")),
            );
        }
        if let Some(lang) = lang
            && !raw.languages.iter().any(|l| &l.code == lang)
        {
            errors.push(
                at(msg!("settings-quick-exit-unknown-language", lang = *lang))
                    .hint(msg!("settings-quick-exit-unknown-language-hint")),
            );
        }
    }
}

/// At least one language; each a BCP 47 tag, declared once, with CLDR
/// plural rules (its own or those it names).
fn check_languages(raw: &RawConfig, text: &str, path: &Path, errors: &mut Diagnostics) {
    let error_at =
        |key: &str, message: Message| Diagnostic::error(path, message).with_position(find_key(text, key));
    if raw.languages.is_empty() {
        errors.push(
            error_at("languages", msg!("settings-no-language")).hint(msg!("settings-no-language-hint")),
        );
    }
    let mut seen = Vec::new();
    for language in &raw.languages {
        let at = |m: Message| error_at(&language.code, m);
        if language.code.parse::<LanguageIdentifier>().is_err() || language.code.contains(['/', '\\', '.']) {
            errors.push(
                at(msg!("settings-not-a-language-tag", code = &language.code))
                    .hint(msg!("settings-not-a-language-tag-hint")),
            );
        }
        if seen.contains(&language.code) {
            errors.push(at(msg!("settings-language-declared-twice", code = &language.code)));
        }
        seen.push(language.code.clone());
        if let Some(rules) = &language.plural_rules {
            if plural_rules_for(rules).is_none() {
                errors.push(
                    error_at("plural_rules", msg!("settings-plural-rules-unknown", rules = rules))
                        .hint(msg!("settings-plural-rules-unknown-hint")),
                );
            }
        } else if plural_rules_for(&language.code).is_none() {
            errors.push(
                at(msg!("settings-no-plural-rules", code = &language.code))
                    .hint(msg!("settings-no-plural-rules-hint", code = &language.code)),
            );
        }
    }
}

/// The position of the first line that mentions `needle` as a key or value,
/// so semantic errors point somewhere useful.
fn find_key(text: &str, needle: &str) -> Option<crate::diagnostic::Position> {
    let at = |i: usize, line: &str| crate::diagnostic::Position {
        line: i + 1,
        column: line.len() - line.trim_start().len() + 1,
    };
    text.lines()
        .enumerate()
        .find_map(|(i, line)| {
            let trimmed = line.trim_start().trim_start_matches("- ");
            let hit = trimmed.starts_with(&format!("{needle}:"))
                || trimmed.split_once(':').is_some_and(|(_, v)| v.trim() == needle);
            hit.then(|| at(i, line))
        })
        // A value inside a flow mapping (`{ id: police, number: "19" }`).
        .or_else(|| {
            let words = [format!(": {needle},"), format!(": {needle} "), format!(": \"{needle}\"")];
            text.lines()
                .enumerate()
                .find(|(_, line)| {
                    !line.trim_start().starts_with('#') && words.iter().any(|w| line.contains(w.as_str()))
                })
                .map(|(i, line)| at(i, line))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, Vec<String>> {
        Config::parse(text, Path::new("site.yaml"))
            .map_err(|d| d.into_iter().map(|d| d.to_string()).collect())
    }

    const TWO: &str = "base_url: https://example.org/sub\nlanguages:\n  - code: fr\n    name: Français\n  - code: ar\n    name: العربية\n    direction: rtl\n";

    #[test]
    fn the_first_language_is_the_default_unless_named() {
        let config = parse(TWO).unwrap();
        assert_eq!(config.default_language().code, "fr");
        let config = parse(&format!("default_language: ar\n{TWO}")).unwrap();
        assert_eq!(config.default_language().code, "ar");
        assert_eq!(config.default_language().direction, Direction::Rtl);
        assert_eq!(config.base_url, "https://example.org/sub/");
        assert_eq!(config.base_path(), "/sub/");
    }

    #[test]
    fn a_typo_is_an_error_with_its_line() {
        let errors = parse(&format!("{TWO}themes: x\n")).unwrap_err();
        assert!(
            errors[0].starts_with("site.yaml:8:1: error: `themes` is not a key amal knows here"),
            "{errors:?}"
        );
    }

    #[test]
    fn a_language_without_cldr_plural_rules_must_name_one() {
        let text = "base_url: https://example.org/\nlanguages:\n  - code: zgh\n    name: ⵜⴰⵎⴰⵣⵉⵖⵜ\n";
        let errors = parse(text).unwrap_err();
        assert!(
            errors[0].starts_with("site.yaml:3:3: error: CLDR has no plural rules for `zgh`"),
            "{errors:?}"
        );
        assert!(errors[0].contains("plural_rules: <tag>"));
        let config = parse(&format!("{text}    plural_rules: tzm\n")).unwrap();
        assert_eq!(config.languages[0].plural_rules.as_deref(), Some("tzm"));
    }

    #[test]
    fn min_count_below_three_is_refused() {
        let errors = parse(&format!("{TWO}privacy:\n  min_count: 2\n")).unwrap_err();
        assert!(
            errors[0].starts_with("site.yaml:9:3: error: privacy.min_count 2 is too small"),
            "{errors:?}"
        );
        assert_eq!(parse(TWO).unwrap().privacy.min_count, 5);
    }

    #[test]
    fn unknown_default_language_is_an_error() {
        let errors = parse(&format!("default_language: en\n{TWO}")).unwrap_err();
        assert!(errors[0].starts_with("site.yaml:1:1: error: default_language `en`"), "{errors:?}");
    }
}
