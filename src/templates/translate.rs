//! The `t` function templates call for every word they show, and the
//! list of the messages they name, for validation and `amal check`.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use regex::Regex;
use rustc_hash::FxHashMap;
use tera::{Kwargs, State, Value};

use crate::i18n::{self, Locales};
use crate::msg;
use crate::templates::theme::Theme;

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

/// The `t` function: a Fluent message in the page's language (or in
/// `lang=`), or an error.
#[derive(Clone)]
pub struct Translate {
    locales: Arc<Locales>,
    /// Language → key → text, for every message the templates name
    /// literally that needs no variables: each page's header and footer ask
    /// for the same few, and a shared value is cheaper than formatting them
    /// again.
    pub plain: Arc<FxHashMap<String, FxHashMap<String, Value>>>,
}

impl Translate {
    pub fn new(locales: Arc<Locales>, theme: &Theme) -> Translate {
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
                    // Said in the run's language: tera carries it as text.
                    tera::Error::message(msg!("templates-t-needs-lang", key = key).to_string())
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
            .map_err(|e| tera::Error::message(e.message().to_string()))
    }
}

/// `lang.code`, read from the small map directly (a path lookup would
/// parse "code" as a path every time).
pub fn language_code(view: &Value) -> Option<&str> {
    view.as_map()?.iter().find_map(|(k, v)| (k.as_str() == Some("code")).then_some(v))?.as_str()
}
