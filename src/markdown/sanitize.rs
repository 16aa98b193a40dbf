//! Raw HTML in Markdown: cleaned by ammonia, and reported to the author.
//!
//! ammonia is the guarantee: whatever it is given, no script, frame, event
//! handler or `javascript:` URL survives. Its allowlist is also what the
//! [`findings`] scanner checks raw HTML against, so the warning an author
//! sees names what was removed, from one source of truth.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::messages::Message;
use crate::msg;

/// URL schemes a link may use.
pub const URL_SCHEMES: [&str; 4] = ["http", "https", "mailto", "tel"];

struct Policy {
    builder: ammonia::Builder<'static>,
    tags: HashSet<&'static str>,
    generic: HashSet<&'static str>,
    per_tag: std::collections::HashMap<&'static str, HashSet<&'static str>>,
}

fn policy() -> &'static Policy {
    static POLICY: OnceLock<Policy> = OnceLock::new();
    POLICY.get_or_init(|| {
        let mut builder = ammonia::Builder::default();
        builder
            // `dir` matters in a bilingual site; `id` and `class` carry heading
            // anchors, footnotes and the external-link mark.
            .add_generic_attributes(["dir", "id", "class"])
            .add_tag_attributes("a", ["rel"])
            .add_tag_attributes("th", ["style"])
            .add_tag_attributes("td", ["style"])
            // A photo's phone-sized copies (`<picture>` written by amal) stay
            // on a page that also holds raw HTML.
            .add_tags(["picture", "source"])
            .add_tag_attributes("source", ["type", "srcset", "sizes"])
            .add_tag_attributes("img", ["srcset", "sizes", "loading", "decoding"])
            .filter_style_properties(HashSet::from(["text-align"]))
            .url_schemes(HashSet::from(URL_SCHEMES))
            // rel is written by the Markdown renderer itself.
            .link_rel(None);
        let tags = builder.clone_tags();
        let generic = builder.clone_generic_attributes();
        let per_tag = builder.clone_tag_attributes();
        Policy { builder, tags, generic, per_tag }
    })
}

/// The deepest nesting of raw HTML a page may have.
pub const MAX_DEPTH: usize = 1000;

/// The nesting depth of `html`, when it exceeds [`MAX_DEPTH`]: one pass
/// over the tags with the stack of those still open, as the HTML parser
/// keeps it. A `/>` closes nothing in HTML (`<div/>` opens a div), and an
/// end tag closes only an element that is open (`</x>` closes nothing, yet
/// the parser searches its whole stack for it). Void elements and those the
/// parser closes by itself (`p`, `li`, …) are not counted.
pub fn too_deep(html: &str) -> Option<usize> {
    const NOT_NESTING: [&str; 22] = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option",
    ];
    let bytes = html.as_bytes();
    let mut open: Vec<String> = Vec::new();
    let mut at = 0;
    while let Some(offset) = memchr::memchr(b'<', &bytes[at..]) {
        let start = at + offset + 1;
        at = start;
        let closing = bytes.get(start) == Some(&b'/');
        let name_start = start + usize::from(closing);
        if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name_end = bytes[name_start..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .map_or(bytes.len(), |n| name_start + n);
        let name = html[name_start..name_end].to_ascii_lowercase();
        at = memchr::memchr(b'>', &bytes[name_end..]).map_or(bytes.len(), |n| name_end + n);
        if NOT_NESTING.contains(&name.as_str()) {
            continue;
        }
        if closing {
            // The stack is at most MAX_DEPTH deep here, so this stays linear.
            if let Some(found) = open.iter().rposition(|n| *n == name) {
                open.truncate(found);
            }
        } else {
            open.push(name);
            if open.len() > MAX_DEPTH {
                return Some(open.len() + html[at..].matches('<').count());
            }
        }
    }
    None
}

/// `html` with everything unsafe removed.
pub fn clean(html: &str) -> String {
    policy().builder.clean(html).to_string()
}

/// Whether a link target is safe to publish: relative, a fragment, or one of
/// [`URL_SCHEMES`].
pub fn is_safe_url(url: &str) -> bool {
    // Most links are relative: no colon, so no scheme.
    match scheme_of(url.trim_start()) {
        Some(scheme) => URL_SCHEMES.iter().any(|allowed| allowed.eq_ignore_ascii_case(scheme)),
        None => true,
    }
}

fn scheme_of(url: &str) -> Option<&str> {
    // Links are short: a plain loop finds the colon sooner than a
    // vectorised search starts.
    let colon = url.bytes().position(|b| b == b':')?;
    let scheme = &url[..colon];
    let bytes = scheme.as_bytes();
    // Every external link passes here: an ASCII scheme (all real ones) is
    // looked at byte by byte.
    let (is_scheme, sneaky) = if bytes.is_ascii() {
        let is_scheme = bytes.first().is_some_and(u8::is_ascii_alphabetic)
            && bytes.iter().all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
        // Control characters inside a scheme (`java\tscript:`) are ignored by
        // browsers; the space is the one ASCII whitespace that is no control.
        (is_scheme, bytes.iter().any(|&b| b.is_ascii_control() || b == b' '))
    } else {
        (false, scheme.chars().any(|c| c.is_ascii_control() || c.is_whitespace()))
    };
    (is_scheme || sneaky).then_some(scheme)
}

/// What [`clean`] would remove from a raw HTML fragment, in words, for a
/// warning. Tolerant of fragments: an opening tag alone is fine.
pub fn findings(fragment: &str) -> Vec<Message> {
    let policy = policy();
    let mut found = Vec::new();
    let bytes = fragment.as_bytes();
    let mut i = 0;
    while let Some(lt) = fragment[i..].find('<').map(|p| p + i) {
        i = lt + 1;
        let closing = bytes.get(i) == Some(&b'/');
        let name_start = if closing { i + 1 } else { i };
        let name_len = fragment[name_start..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .unwrap_or(fragment.len() - name_start);
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            continue;
        }
        let name = fragment[name_start..name_start + name_len].to_ascii_lowercase();
        let (attributes, end) = scan_attributes(fragment, name_start + name_len);
        i = end;
        if closing {
            continue;
        }
        if !policy.tags.contains(name.as_str()) {
            found.push(msg!("markdown-removed-element", name = &name));
            continue;
        }
        for (attribute, value) in attributes {
            let allowed = policy.generic.contains(attribute.as_str())
                || policy.per_tag.get(name.as_str()).is_some_and(|a| a.contains(attribute.as_str()));
            if attribute.starts_with("on") {
                found.push(msg!("markdown-removed-event-handler", attribute = &attribute, name = &name));
            } else if !allowed {
                found.push(msg!("markdown-removed-attribute", attribute = &attribute, name = &name));
            } else if matches!(attribute.as_str(), "href" | "src") && !is_safe_url(&value) {
                found.push(msg!("markdown-removed-unsafe-url", attribute = &attribute, name = &name));
            }
        }
    }
    found.dedup();
    found
}

/// Attributes of a tag from `from` to its `>`; returns them and the offset after it.
fn scan_attributes(text: &str, from: usize) -> (Vec<(String, String)>, usize) {
    let bytes = text.as_bytes();
    let mut attributes = Vec::new();
    let mut i = from;
    loop {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        if i >= bytes.len() {
            return (attributes, i);
        }
        if bytes[i] == b'>' {
            return (attributes, i + 1);
        }
        let start = i;
        while i < bytes.len() && !b" \t\r\n/>=".contains(&bytes[i]) {
            i += 1;
        }
        let name = text[start..i].to_ascii_lowercase();
        let mut value = String::new();
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            match bytes.get(i) {
                Some(&q) if q == b'"' || q == b'\'' => {
                    let end = text[i + 1..].find(q as char).map_or(bytes.len(), |p| p + i + 1);
                    value = text[i + 1..end].to_string();
                    i = (end + 1).min(bytes.len());
                }
                _ => {
                    let start = i;
                    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                        i += 1;
                    }
                    value = text[start..i].to_string();
                }
            }
        }
        if name.is_empty() {
            i += 1;
        } else {
            attributes.push((name, value));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_is_measured_by_the_tags_that_stay_open() {
        assert_eq!(too_deep(&"<div>".repeat(1001)), Some(1001));
        assert_eq!(too_deep(&"<div>x</div>".repeat(5000)), None);
        assert_eq!(
            too_deep(&"<p>para<br><img src=a.png/>".repeat(5000)),
            None,
            "void and self-closing tags do not nest"
        );
        assert_eq!(too_deep(&"<section><div>".repeat(500)), None);
    }

    #[test]
    fn clean_removes_what_is_dangerous_and_keeps_direction() {
        let html = r#"<p dir="rtl" onclick="x()">نص</p><script>alert(1)</script><iframe src="https://x"></iframe><a href="javascript:alert(1)">a</a>"#;
        let cleaned = clean(html);
        assert_eq!(cleaned, r#"<p dir="rtl">نص</p><a>a</a>"#);
    }

    #[test]
    fn table_alignment_survives_but_other_styles_do_not() {
        let cleaned = clean(
            r#"<table><tr><td style="text-align: center; background: url(https://x)">1</td></tr></table>"#,
        );
        assert!(cleaned.contains(r#"style="text-align:center""#), "{cleaned}");
        assert!(!cleaned.contains("url("), "{cleaned}");
    }

    #[test]
    fn findings_name_what_is_removed() {
        let said = |fragment: &str| findings(fragment).iter().map(Message::to_string).collect::<Vec<_>>();
        assert_eq!(said("<script>"), vec!["the <script> element"]);
        assert_eq!(said(r#"<span onclick="x">"#), vec!["the event handler `onclick` on <span>"]);
        assert_eq!(said(r#"<a href="JavaScript:x">"#), vec!["the unsafe URL in `href` on <a>"]);
        assert_eq!(said(r#"<div style="color:red">"#), vec!["the `style` attribute on <div>"]);
        assert!(findings(r#"<mark dir="rtl">x</mark> <br/>"#).is_empty());
        assert!(findings("a < b and </p>").is_empty());
    }

    #[test]
    fn url_safety() {
        assert!(is_safe_url("../fr/index.html"));
        assert!(is_safe_url("#الاستماع"));
        assert!(is_safe_url("tel:+212"));
        assert!(!is_safe_url("javascript:alert(1)"));
        assert!(!is_safe_url("java\tscript:alert(1)"));
        assert!(!is_safe_url("data:text/html,x"));
        assert!(!is_safe_url("java script:alert(1)"));
        assert!(!is_safe_url("java\u{2003}script:alert(1)"), "a wide space is whitespace too");
        assert!(is_safe_url("ⴰⵙⵍⴰⵢ:x"), "no scheme: a relative path with a colon");
    }

    proptest::proptest! {
        /// The byte-by-byte reading of a scheme agrees with the definition
        /// in characters, control characters and wide spaces included.
        #[test]
        fn schemes_read_as_bytes_agree_with_characters(url in "[a-zA-Z0-9+.\\- \t\u{0}\u{7f}\u{a0}\u{2003}é:/]{0,12}") {
            let by_chars = url.find(':').and_then(|colon| {
                let scheme = &url[..colon];
                let is_scheme = scheme.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                    && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
                let sneaky = scheme.chars().any(|c| c.is_ascii_control() || c.is_whitespace());
                (is_scheme || sneaky).then_some(scheme)
            });
            proptest::prop_assert_eq!(scheme_of(&url), by_chars);
        }
    }
}
