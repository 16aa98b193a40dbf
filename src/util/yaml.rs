//! YAML parsing with errors that point into the file the YAML came from.
//!
//! Front matter and `site.yaml` are written by hand, so a YAML mistake must
//! come back as a [`Diagnostic`] with the line and column of the author's
//! file, not of the extracted YAML block.

use std::path::Path;

use serde::de::DeserializeOwned;
use serde_saphyr::{MessageFormatter, UserMessageFormatter};

use crate::diagnostic::Diagnostic;

/// Parses `text` (which starts `line_offset` lines into `path`) as a `T`.
pub fn parse<T: DeserializeOwned>(text: &str, path: &Path, line_offset: usize) -> Result<T, Diagnostic> {
    serde_saphyr::from_str::<T>(text).map_err(|err| to_diagnostic(&err, path, line_offset))
}

fn to_diagnostic(err: &serde_saphyr::Error, path: &Path, line_offset: usize) -> Diagnostic {
    let inner = err.without_snippet();
    let message = UserMessageFormatter.format_message(inner).into_owned();
    let mut diagnostic = Diagnostic::error(path, message);
    if let Some(location) = inner.location().or_else(|| err.location())
        && location.line() > 0
    {
        diagnostic = diagnostic.at(location.line() as usize + line_offset, location.column().max(1) as usize);
    }
    let mut original = inner;
    while let serde_saphyr::Error::AliasError { error, .. } | serde_saphyr::Error::WithSnippet { error, .. } =
        original
    {
        original = error;
    }
    // A slip of the keyboard gets the word meant.
    let meant = match original {
        serde_saphyr::Error::SerdeUnknownField { field: typed, expected, .. }
        | serde_saphyr::Error::SerdeUnknownVariant { variant: typed, expected, .. } => {
            crate::util::text::closest(typed, expected.iter().copied())
        }
        _ => None,
    };
    match (meant, hint_for(original)) {
        (Some(meant), Some(hint)) => diagnostic.hint(format!("did you mean `{meant}`? {hint}")),
        (None, Some(hint)) => diagnostic.hint(hint),
        _ => diagnostic,
    }
}

/// The hint for what went wrong, chosen from the error's kind.
fn hint_for(error: &serde_saphyr::Error) -> Option<&'static str> {
    use serde_saphyr::Error as E;
    match error {
        E::SerdeUnknownField { .. } => {
            Some("check the spelling of the key; the keys allowed here are listed in README.md")
        }
        E::SerdeMissingField { .. } => Some("add the missing key"),
        E::SerdeUnknownVariant { .. } => {
            Some("write one of the values the message lists, spelled as it is there")
        }
        E::DuplicateMappingKey { .. } => Some("each key may appear only once; remove one of them"),
        E::InvalidScalar { ty: "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64", .. } => {
            Some("this key takes a whole number, like 3")
        }
        E::InvalidScalar { ty: "boolean", .. } | E::InvalidBooleanStrict { .. } => {
            Some("this key takes `true` or `false`")
        }
        // The YAML scanner's own errors have no kind of their own; a tab
        // is the one a writer meets.
        E::Message { msg, .. } | E::ExternalMessage { msg, .. } if msg.contains("tab") => {
            Some("YAML indents with spaces, never tabs")
        }
        _ => None,
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
            ("title: a\ntitel: b\n", "did you mean `title`? check the spelling of the key"),
            ("title: a\nreview: pendng\n", "did you mean `pending`?"),
            ("title: a\ncolour: b\n", "check the spelling of the key"),
            ("weight: 1\n", "add the missing key"),
            ("title: a\ntitle: b\n", "each key may appear only once"),
            ("title: a\nweight: heavy\n", "a whole number"),
            ("title: a\ndraft: maybe\n", "`true` or `false`"),
            ("title: a\nreview: maybe\n", "one of the values the message lists"),
            ("title: a\n\tweight: 1\n", "never tabs"),
        ] {
            let d = err(text);
            assert!(d.hint.as_ref().is_some_and(|h| h.to_string().contains(hint)), "{text:?}: {d}");
        }
    }
}
