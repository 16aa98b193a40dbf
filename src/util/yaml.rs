//! YAML parsing with errors that point into the file the YAML came from.
//!
//! Front matter and `site.yaml` are written by hand, so a YAML mistake must
//! come back as a [`Diagnostic`] with the line and column of the author's
//! file, not of the extracted YAML block.

use std::path::Path;

use serde::de::DeserializeOwned;
use serde_saphyr::{MessageFormatter, UserMessageFormatter};

use crate::diagnostic::Diagnostic;
use crate::messages::Message;
use crate::msg;

/// Parses `text` (which starts `line_offset` lines into `path`) as a `T`.
pub fn parse<T: DeserializeOwned>(text: &str, path: &Path, line_offset: usize) -> Result<T, Diagnostic> {
    serde_saphyr::from_str::<T>(text).map_err(|err| to_diagnostic(&err, path, line_offset))
}

fn to_diagnostic(err: &serde_saphyr::Error, path: &Path, line_offset: usize) -> Diagnostic {
    let inner = err.without_snippet();
    let mut original = inner;
    while let serde_saphyr::Error::AliasError { error, .. } | serde_saphyr::Error::WithSnippet { error, .. } =
        original
    {
        original = error;
    }
    let formatted = UserMessageFormatter.format_message(inner).into_owned();
    let (message, hint) = said(original, formatted);
    let mut diagnostic = Diagnostic::error(path, message);
    if let Some(location) = inner.location().or_else(|| err.location())
        && location.line() > 0
    {
        diagnostic = diagnostic.at(location.line() as usize + line_offset, location.column().max(1) as usize);
    }
    match hint {
        Some(hint) => diagnostic.hint(hint),
        None => diagnostic,
    }
}

const WHOLE_NUMBERS: [&str; 8] = ["i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64"];

/// What went wrong, in a writer's words, for the mistakes writers make
/// (the YAML reader's own words otherwise), and what to do, chosen from the
/// error's kind: a slip of the keyboard gets the word meant.
fn said(error: &serde_saphyr::Error, formatted: String) -> (Message, Option<Message>) {
    use serde_saphyr::Error as E;
    let listed = |expected: &[&str]| expected.join(", ");
    let theirs = || msg!("settings-yaml-error", detail = formatted.as_str());
    match error {
        E::SerdeUnknownField { field, expected, .. } => (
            msg!("settings-yaml-unknown-key", key = field.as_str()),
            Some(match crate::util::text::closest(field, expected.iter().copied()) {
                Some(meant) => {
                    msg!("settings-yaml-unknown-key-did-you-mean", meant = meant, keys = listed(expected))
                }
                None => msg!("settings-yaml-unknown-key-hint", keys = listed(expected)),
            }),
        ),
        E::SerdeUnknownVariant { variant, expected, .. } => (
            msg!("settings-yaml-unknown-value", value = variant.as_str()),
            Some(match crate::util::text::closest(variant, expected.iter().copied()) {
                Some(meant) => {
                    msg!("settings-yaml-unknown-value-did-you-mean", meant = meant, values = listed(expected))
                }
                None => msg!("settings-yaml-unknown-value-hint", values = listed(expected)),
            }),
        ),
        E::SerdeMissingField { field, .. } => (
            msg!("settings-yaml-missing-key", key = *field),
            Some(msg!("settings-yaml-missing-key-hint", key = *field)),
        ),
        E::DuplicateMappingKey { key, .. } => (
            key.as_ref().map_or_else(theirs, |key| msg!("settings-yaml-duplicate-key", key = key.as_str())),
            Some(msg!("settings-yaml-duplicate-key-hint")),
        ),
        E::InvalidScalar { ty, .. } if WHOLE_NUMBERS.contains(ty) => {
            (msg!("settings-yaml-not-a-whole-number"), Some(msg!("settings-yaml-whole-number-hint")))
        }
        E::InvalidScalar { ty: "boolean", .. } | E::InvalidBooleanStrict { .. } => {
            (msg!("settings-yaml-not-true-or-false"), Some(msg!("settings-yaml-true-or-false-hint")))
        }
        E::Unexpected { expected: "string scalar", .. } => {
            (msg!("settings-yaml-not-a-text"), Some(msg!("settings-yaml-not-a-text-hint")))
        }
        E::Message { msg, .. } | E::ExternalMessage { msg, .. } if msg.contains("unclosed quote") => {
            (msg!("settings-yaml-unclosed-quote"), Some(msg!("settings-yaml-unclosed-quote-hint")))
        }
        // `title: Horaires : lundi`, French spacing in a text without quotes.
        E::Message { msg, .. } | E::ExternalMessage { msg, .. }
            if msg.contains("mapping values are not allowed") =>
        {
            (msg!("settings-yaml-colon-in-text"), Some(msg!("settings-yaml-colon-in-text-hint")))
        }
        // The YAML scanner's own errors have no kind of their own; a tab
        // is the one a writer meets.
        E::Message { msg, .. } | E::ExternalMessage { msg, .. } if msg.contains("tab") => {
            let message = if msg.contains("found a tab") { msg!("settings-yaml-tab") } else { theirs() };
            (message, Some(msg!("settings-yaml-tabs-hint")))
        }
        E::SerdeInvalidType { unexpected, expected, .. } => (
            msg!(
                "settings-yaml-wrong-type",
                found = what_was_written(unexpected),
                expected = expected.as_str()
            ),
            None,
        ),
        _ => (theirs(), None),
    }
}

/// What serde says was found (`sequence`, `map`, `integer \`3\``…), in words.
fn what_was_written(unexpected: &str) -> Message {
    match unexpected.split([' ', '`']).next().unwrap_or("") {
        "sequence" => msg!("settings-yaml-found-list"),
        "map" => msg!("settings-yaml-found-keys"),
        "integer" | "floating" => msg!("settings-yaml-found-number"),
        "boolean" => msg!("settings-yaml-found-true-or-false"),
        "unit" | "null" => msg!("settings-yaml-found-nothing"),
        _ => msg!("settings-yaml-found-text"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Probe {
        title: String,
        #[serde(default)]
        weight: i64,
        #[serde(default)]
        draft: bool,
        #[serde(default)]
        review: Option<Review>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "lowercase")]
    #[allow(dead_code)]
    enum Review {
        Pending,
        Done,
    }

    fn err(text: &str) -> Diagnostic {
        parse::<Probe>(text, Path::new("x.md"), 1).unwrap_err()
    }

    #[test]
    fn unknown_key_is_located_in_the_file() {
        let d = err("title: a\ntitel: b\n");
        assert_eq!(d.line, Some(3), "{d}");
        assert!(d.message.to_string().contains("titel"), "{d}");
    }

    #[test]
    fn wrong_type_is_located() {
        let d = err("title: a\nweight: heavy\n");
        assert_eq!(d.line, Some(3), "{d}");
    }

    #[test]
    fn duplicate_keys_are_errors() {
        let d = err("title: a\ntitle: b\n");
        assert_eq!(d.line, Some(3), "{d}");
    }

    #[test]
    fn missing_title_is_an_error() {
        let d = err("weight: 1\n");
        assert!(d.message.to_string().contains("title"), "{d}");
    }

    #[test]
    fn tabs_are_errors() {
        let d = err("title: a\n\tweight: 1\n");
        assert!(d.line.is_some(), "{d}");
    }

    #[test]
    fn each_mistake_gets_the_hint_that_fixes_it() {
        for (text, hint) in [
            ("title: a\ntitel: b\n", "did you mean `title`? The keys allowed here are: title, weight"),
            ("title: a\nreview: pendng\n", "did you mean `pending`?"),
            ("title: a\ncolour: b\n", "check the spelling of the key; the keys allowed here are: title"),
            ("weight: 1\n", "add a line `title: …`"),
            ("title: a\ntitle: b\n", "each key may appear only once"),
            ("title: a\nweight: heavy\n", "a whole number"),
            ("title: a\ndraft: maybe\n", "`true` or `false`"),
            ("title: a\nreview: maybe\n", "write one of these values, spelled as here: pending, done"),
            ("title: a\n\tweight: 1\n", "never tabs"),
        ] {
            let d = err(text);
            assert!(d.hint.as_ref().is_some_and(|h| h.to_string().contains(hint)), "{text:?}: {d}");
        }
    }
}
