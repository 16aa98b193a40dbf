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
    let hint = hint_for(&diagnostic.message);
    match hint {
        Some(h) => diagnostic.hint(h),
        None => diagnostic,
    }
}

fn hint_for(message: &str) -> Option<&'static str> {
    if message.contains("unknown field") {
        Some("check the spelling of the key; the keys allowed here are listed in README.md")
    } else if message.contains("missing field") {
        Some("add the missing key")
    } else if message.contains("duplicate") {
        Some("each key may appear only once; remove one of them")
    } else if message.contains("invalid i64") || message.contains("invalid u64") {
        Some("this key takes a whole number, like `weight: 3`")
    } else if message.contains("invalid bool") {
        Some("this key takes `true` or `false`")
    } else if message.contains("tab") {
        Some("YAML indents with spaces, never tabs")
    } else {
        None
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
    }

    fn err(text: &str) -> Diagnostic {
        parse::<Probe>(text, Path::new("x.md"), 1).unwrap_err()
    }

    #[test]
    fn unknown_key_is_located_in_the_file() {
        let d = err("title: a\ntitel: b\n");
        assert_eq!(d.line, Some(3), "{d}");
        assert!(d.message.contains("titel"), "{d}");
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
        assert!(d.message.contains("title"), "{d}");
    }

    #[test]
    fn tabs_are_errors() {
        let d = err("title: a\n\tweight: 1\n");
        assert!(d.line.is_some(), "{d}");
    }
}
