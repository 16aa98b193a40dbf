//! A message a template prints with `{{ t(key="…") }}` and nothing else is
//! the same text on every page of a language: the site name, the quick-exit
//! button, the footer. Each page of the default theme asks for eleven of
//! them; through tera each is a function call, a context lookup and an
//! escape. Here they are written into a copy of the templates' sources, one
//! copy per language, as the escaped text tera would have printed.
//!
//! Only what provably prints the same is written in: the exact form
//! `{{ t(key="…") }}` (no filter, no whitespace control, no other argument),
//! a text without braces or line breaks (so it can neither become template
//! syntax nor move a line), outside `raw` blocks and macros, and only when
//! no template gives `lang` another value (`t` reads the language from
//! `lang`). Anything else is left for tera to call `t` as before.

use std::sync::OnceLock;

use regex::Regex;

/// Where `{{ t(key="…") }}` calls stand in `text`: each call's byte range
/// and key.
fn calls(text: &str) -> impl Iterator<Item = (std::ops::Range<usize>, &str)> {
    static CALL: OnceLock<Regex> = OnceLock::new();
    let call = CALL.get_or_init(|| {
        Regex::new(r#"\{\{\s*t\(\s*key\s*=\s*"([^"\\{}]+)"\s*\)\s*\}\}"#).expect("valid regex")
    });
    call.captures_iter(text).map(|c| {
        let whole = c.get(0).expect("a match");
        (whole.range(), c.get(1).expect("a key").as_str())
    })
}

/// Whether some template gives `lang` a value of its own (`set`, a loop
/// variable), so that `t` would read another language there, or in a
/// template it includes.
pub fn lang_is_rebound<'a>(texts: impl IntoIterator<Item = &'a str>) -> bool {
    static REBIND: OnceLock<Regex> = OnceLock::new();
    let rebind = REBIND.get_or_init(|| {
        Regex::new(r"\bset(?:_global)?\s+lang\b|\bfor\s+(?:\w+\s*,\s*)?lang\s+in\b").expect("valid regex")
    });
    texts.into_iter().any(|text| rebind.is_match(text))
}

/// Whether a template holds a `raw` block or a macro, where a call is not
/// printed as it stands (or not with the page's `lang`).
fn has_raw_or_macro(text: &str) -> bool {
    static BLOCK: OnceLock<Regex> = OnceLock::new();
    let block = BLOCK.get_or_init(|| Regex::new(r"\{%-?\s*(?:raw|macro)\b").expect("valid regex"));
    block.is_match(text)
}

/// Whether `text` printed in place of a call changes nothing but the call:
/// no brace (template syntax) and no line break (line numbers).
fn is_inert(text: &str) -> bool {
    !text.contains(['{', '}', '\n', '\r'])
}

/// `text` with each call whose message `text_of` knows written in as that
/// message, HTML-escaped when the template is autoescaped (`escape`), as
/// tera prints it; `None` when nothing was written in.
pub fn write_in<'m>(text: &str, text_of: impl Fn(&str) -> Option<&'m str>, escape: bool) -> Option<String> {
    if has_raw_or_macro(text) {
        return None;
    }
    let mut written = String::with_capacity(text.len());
    let mut from = 0;
    for (range, key) in calls(text) {
        let Some(message) = text_of(key).filter(|m| is_inert(m)) else { continue };
        written.push_str(&text[from..range.start]);
        match escape {
            true => crate::util::escape::escape_html_into(&mut written, message),
            false => written.push_str(message),
        }
        from = range.end;
    }
    if from == 0 {
        return None;
    }
    written.push_str(&text[from..]);
    Some(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn french(key: &str) -> Option<&'static str> {
        match key {
            "site-name" => Some("Centre Al Amal"),
            "quote" => Some("« L'aide » & <écoute>"),
            "two-lines" => Some("one\ntwo"),
            "braces" => Some("{{ x }}"),
            _ => None,
        }
    }

    #[test]
    fn a_plain_call_becomes_its_escaped_text() {
        let written = write_in(
            "<a>{{ t(key=\"site-name\") }}</a><b title=\"{{t( key = \"quote\" )}}\"></b>",
            french,
            true,
        );
        assert_eq!(
            written.as_deref(),
            Some("<a>Centre Al Amal</a><b title=\"« L&#39;aide » &amp; &lt;écoute&gt;\"></b>")
        );
        assert_eq!(
            write_in("{{ t(key=\"quote\") }}", french, false).as_deref(),
            Some("« L'aide » & <écoute>")
        );
    }

    #[test]
    fn calls_that_might_print_otherwise_stay_calls() {
        for kept in [
            "{{ t(key=\"site-name\") | upper }}",
            "{{- t(key=\"site-name\") }}",
            "{{ t(key=\"site-name\", lang=\"ar\") }}",
            "{{ t(key=\"page-count\", count=3) }}",
            "{{ t(key=\"unknown\") }}",
            "{{ t(key=\"two-lines\") }}",
            "{{ t(key=\"braces\") }}",
            "{% raw %}{{ t(key=\"site-name\") }}{% endraw %}",
            "{% macro m() %}{{ t(key=\"site-name\") }}{% endmacro %}",
        ] {
            assert_eq!(write_in(kept, french, true), None, "{kept}");
        }
    }

    #[test]
    fn a_template_that_rebinds_lang_is_noticed() {
        assert!(lang_is_rebound(["{% set lang = other %}"]));
        assert!(lang_is_rebound(["{% for lang in languages %}{% endfor %}"]));
        assert!(lang_is_rebound(["{% for i, lang in languages %}{% endfor %}"]));
        assert!(!lang_is_rebound([
            "{% for l in languages %}{{ lang.code }}{% endfor %}",
            "{% set language = 1 %}"
        ]));
    }
}
