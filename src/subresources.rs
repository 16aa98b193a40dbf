//! No request to any other site: a page or stylesheet that would make the
//! reader's browser load something from another origin (a web font, a
//! script, an image, a frame) fails the build, naming the file.
//!
//! Such a request tells a third party that someone is reading a page about
//! violence against women, from where, and when. Links to other sites stay
//! allowed: following one is the reader's choice.

use crate::diagnostic::Diagnostic;
use crate::output::{Body, Output, OutputFile};
use crate::theme::Theme;

/// Whether a browser would load `value` (an attribute or a CSS URL as
/// written in the output) from another origin.
///
/// Browsers read more as "another site" than `//` and `https:`: `/\evil`,
/// `\\evil`, `/&#9;/evil` (a tab is dropped), leading spaces and controls,
/// any letter case. So a value that is not plainly a path is decided by the
/// WHATWG URL rules (the `url` crate), after HTML character references are
/// decoded, against a base on a site of its own.
pub fn external(value: &str) -> bool {
    if plainly_local(value) {
        return false;
    }
    // A CSS escape (`\2f`) could spell a slash the URL parser never sees.
    if value.as_bytes().windows(2).any(|w| w[0] == b'\\' && w[1].is_ascii_hexdigit()) {
        return true;
    }
    static BASE: std::sync::OnceLock<url::Url> = std::sync::OnceLock::new();
    let base = BASE.get_or_init(|| url::Url::parse("https://amal.invalid/page/").expect("a valid base"));
    match base.join(&crate::text::decode_references(value)) {
        Ok(resolved) => {
            resolved.origin() != base.origin()
                && !matches!(resolved.scheme(), "data" | "blob" | "about" | "javascript")
        }
        // What a browser cannot resolve, it does not load.
        Err(_) => false,
    }
}

/// A path on the site itself, told without parsing: no scheme, backslash,
/// reference, control or space before it, and no second slash after a
/// first. Nearly every value of a page is one.
fn plainly_local(value: &str) -> bool {
    let bytes = value.as_bytes();
    let suspicious = |b: &u8| matches!(b, b':' | b'\\' | b'&') || *b <= b' ';
    !bytes.iter().any(suspicious) && !value.starts_with("//")
}

/// The external URLs a page loads: from tags that load what they name,
/// and from CSS in the page (`style` attributes and elements).
pub fn in_html(html: &str) -> Vec<String> {
    scan(html, true)
}

/// The external URLs a stylesheet loads.
pub fn in_stylesheet(css: &str) -> Vec<String> {
    scan(css, false)
}

/// The tags that load what they name (3 to 6 letters, starting with one of
/// a e f i l o s t u v: [`loading_tag`] relies on it).
const LOADING_TAGS: [&[u8]; 14] = [
    b"script", b"img", b"iframe", b"frame", b"embed", b"object", b"source", b"track", b"audio", b"video",
    b"input", b"link", b"image", b"use",
];

/// One pass over the text, from one `<`, `(` or `@` to the next (every page
/// is scanned, so this runs over all the HTML a build writes). It finds
/// what the pattern
/// `(?is)<(?:script|img|…)\b[^>]*>|url\(\s*['"]?[^'")\s]+|@import\s*['"][^'"]+`
/// would, match for match (a test holds it to that): a tag that loads
/// something (`tags`), `url(…)` and `@import "…"`. Matches do not overlap:
/// what one holds is not searched again.
fn scan(text: &str, tags: bool) -> Vec<String> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    // One search runs over the whole text (a new search per candidate
    // would pay its set-up at every tag); candidates inside a match are
    // passed over.
    let (a, b, c) = if tags { (b'<', b'(', b'@') } else { (b'(', b'@', b'@') };
    let mut at = 0;
    for i in memchr::memchr3_iter(a, b, c, bytes) {
        if i < at {
            continue;
        }
        at = i + 1;
        let css = match bytes[i] {
            b'<' => {
                if let Some(end) = loading_tag(text, i) {
                    in_tag(&text[i + 1..end], &mut found);
                    at = end + 1;
                }
                continue;
            }
            b'(' if i >= 3 && bytes[i - 3..i].eq_ignore_ascii_case(b"url") => css_url(text, i + 1),
            b'@' if bytes.get(i + 1..i + 7).is_some_and(|w| w.eq_ignore_ascii_case(b"import")) => {
                css_import(text, i + 7)
            }
            _ => None,
        };
        if let Some((url, end)) = css {
            if external(url) {
                found.push(url.to_string());
            }
            at = end;
        }
    }
    found
}

/// The position of the `>` closing the loading tag that opens at `open`, if
/// one does.
fn loading_tag(text: &str, open: usize) -> Option<usize> {
    let rest = &text.as_bytes()[open + 1..];
    // Most tags of a page (closing tags, `p`, `div`, `meta`) are ruled out
    // by their first letter, before their name is read; `a` and `li` by
    // their length, before the list is compared.
    let first = rest.first()?.to_ascii_lowercase();
    if !matches!(first, b'a' | b'e' | b'f' | b'i' | b'l' | b'o' | b's' | b't' | b'u' | b'v') {
        return None;
    }
    let name_end = rest.iter().position(|b| !b.is_ascii_alphanumeric()).unwrap_or(rest.len());
    let name = &rest[..name_end];
    if !matches!(name.len(), 3..=6) || !LOADING_TAGS.iter().any(|tag| name.eq_ignore_ascii_case(tag)) {
        return None;
    }
    // The name must end there, as a word: `<imgs` is no `<img`.
    let after = text[open + 1 + name_end..].chars().next();
    if after.is_some_and(|c| c.is_alphanumeric() || c == '_') {
        return None;
    }
    memchr::memchr(b'>', &rest[name_end..]).map(|i| open + 1 + name_end + i)
}

/// After `url(`: spaces, an optional quote, then the URL up to a quote,
/// `)` or space. The URL and where it ends.
fn css_url(text: &str, from: usize) -> Option<(&str, usize)> {
    let rest = text[from..].trim_start();
    let rest = rest.strip_prefix(['"', '\'']).unwrap_or(rest);
    let len = rest.find(|c: char| matches!(c, '\'' | '"' | ')') || c.is_whitespace()).unwrap_or(rest.len());
    (len > 0).then(|| (&rest[..len], text.len() - rest.len() + len))
}

/// After `@import`: any spaces, a quote, then the URL up to a quote.
fn css_import(text: &str, from: usize) -> Option<(&str, usize)> {
    // `@import"x.css"` is valid CSS too: the space is optional.
    let rest = text[from..].trim_start();
    let rest = rest.strip_prefix(['"', '\''])?;
    let len = rest.find(['\'', '"']).unwrap_or(rest.len());
    (len > 0).then(|| (&rest[..len], text.len() - rest.len() + len))
}

/// The external URLs one tag (its text between `<` and `>`) loads.
fn in_tag(text: &str, found: &mut Vec<String>) {
    let name_end = text.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(text.len());
    let attributes = Attributes { rest: &text[name_end..] };
    if text[..name_end].eq_ignore_ascii_case("link") {
        // Navigation links (canonical, alternate, next) load nothing.
        let loads = [
            "stylesheet",
            "icon",
            "preload",
            "modulepreload",
            "prefetch",
            "manifest",
            "apple-touch-icon",
            "preconnect",
            "dns-prefetch",
        ];
        // Read only as far as `rel`, which comes first in most links.
        let rel = attributes.clone().find(|(k, _)| k.eq_ignore_ascii_case("rel")).map(|(_, v)| v);
        if !rel.is_some_and(|rel| {
            rel.split_whitespace().any(|r| loads.iter().any(|l| l.eq_ignore_ascii_case(r)))
        }) {
            return;
        }
    }
    for (key, value) in attributes {
        let is = |names: &[&str]| names.iter().any(|n| key.eq_ignore_ascii_case(n));
        if is(&["src", "href", "xlink:href", "poster", "data"]) && external(value) {
            found.push(value.to_string());
        } else if is(&["srcset"]) {
            found.extend(
                value
                    .split(',')
                    .filter_map(|candidate| candidate.split_whitespace().next())
                    .filter(|u| external(u))
                    .map(str::to_string),
            );
        }
    }
}

/// A tag's attributes as (name, value), quoted or not, read one at a time.
#[derive(Clone)]
struct Attributes<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Attributes<'a> {
    type Item = (&'a str, &'a str);

    fn next(&mut self) -> Option<(&'a str, &'a str)> {
        let rest = self.rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        let name_end = rest.find(|c: char| c.is_whitespace() || c == '=' || c == '/').unwrap_or(rest.len());
        if name_end == 0 {
            self.rest = "";
            return None;
        }
        let name = &rest[..name_end];
        let rest = rest[name_end..].trim_start();
        let Some(after) = rest.strip_prefix('=') else {
            self.rest = rest;
            return Some((name, ""));
        };
        let after = after.trim_start();
        let (value, next) = match after.chars().next() {
            Some(quote @ ('"' | '\'')) => {
                let inner = &after[1..];
                let end = inner.find(quote).unwrap_or(inner.len());
                (&inner[..end], inner.get(end + 1..).unwrap_or(""))
            }
            _ => {
                let end = after.find(char::is_whitespace).unwrap_or(after.len());
                (&after[..end], &after[end..])
            }
        };
        self.rest = next;
        Some((name, value))
    }
}

/// Every output file that would load something from another site.
pub fn check(output: &Output, theme: &Theme) -> Vec<Diagnostic> {
    check_files(output.iter(), theme)
}

/// [`check`] on some of the output's files (pages already checked when
/// rendered are left out).
pub fn check_files<'a>(
    files: impl Iterator<Item = (&'a String, &'a OutputFile)>,
    theme: &Theme,
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (path, file) in files {
        let text = match &file.body {
            Body::Bytes(bytes) if path.ends_with(".html") || path.ends_with(".css") => {
                String::from_utf8_lossy(bytes)
            }
            Body::Copy(source) if path.ends_with(".css") => {
                std::fs::read_to_string(source).unwrap_or_default().into()
            }
            _ => continue,
        };
        let urls = if path.ends_with(".css") { in_stylesheet(&text) } else { in_html(&text) };
        for url in urls {
            // Name the template that holds the URL when one does; else the page.
            let template = theme.templates.iter().find_map(|t| {
                t.text.lines().position(|l| l.contains(&url)).map(|line| (t.path.clone(), line + 1))
            });
            let diagnostic = match template {
                Some((template, line)) => {
                    Diagnostic::error(template, format!("loads {url} from another site")).at_line(line)
                }
                None => Diagnostic::error(&file.origin, format!("{path} loads {url} from another site")),
            };
            found.push(diagnostic.hint(
                "readers' browsers must never contact another site (it would tell it who reads this site); save the file in the site's static/ folder and link to it there",
            ));
        }
    }
    found.sort_by(|a, b| (&a.path, a.line, &a.message).cmp(&(&b.path, b.line, &b.message)));
    found.dedup();
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use regex::Regex;

    #[test]
    fn what_a_browser_reads_as_another_site_is_another_site() {
        for url in [
            "//evil.example/a.png",
            "https://evil.example/a.png",
            "HTTPS://evil.example/a.png",
            " //evil.example/a.png",
            "/\\evil.example/a.png",
            "\\\\evil.example/c.png",
            "/&#9;/evil.example/b.png",
            "/\t/evil.example/b.png",
            "/&Tab;/evil.example/b.png",
            "&sol;&sol;evil.example/d.png",
            "/&#x2F;evil.example/e.png",
            "ftp://evil.example/f",
            "\\2f\\2f evil.example/g.png",
        ] {
            assert!(external(url), "{url:?} loads from another site");
        }
        for url in [
            "style.css",
            "/fr/photo.jpg",
            "../fonts/noto.woff2",
            "fr/%D8%A7/photo.jpg",
            "data:image/png;base64,AAAA",
            "photo.jpg?v=1&amp;w=2",
            "#top",
            "",
        ] {
            assert!(!external(url), "{url:?} stays on the site");
        }
    }

    proptest! {
        /// The fast path says "local" only where the URL rules agree.
        #[test]
        fn the_fast_path_agrees_with_the_url_rules(value in "[a-z/.\\\\:&#;0-9 \t%-]{0,16}") {
            if plainly_local(&value) {
                let base = url::Url::parse("https://amal.invalid/page/").unwrap();
                if let Ok(resolved) = base.join(&value) {
                    prop_assert_eq!(resolved.origin(), base.origin(), "{:?}", value);
                }
            }
        }
    }

    /// The pattern `scan` stands for, run as the regex crate runs it.
    fn reference(text: &str, tags: bool) -> Vec<String> {
        const CSS: &str = r#"url\(\s*['"]?[^'")\s]+|@import\s*['"][^'"]+"#;
        let pattern = if tags {
            format!(
                r"(?is)<(?:script|img|iframe|frame|embed|object|source|track|audio|video|input|link|image|use)\b[^>]*>|{CSS}"
            )
        } else {
            format!("(?is){CSS}")
        };
        let mut found = Vec::new();
        for m in Regex::new(&pattern).unwrap().find_iter(text) {
            let text = m.as_str();
            if let Some(tag) = text.strip_prefix('<') {
                in_tag(&tag[..tag.len() - 1], &mut found);
            } else {
                let rest =
                    if text.starts_with('@') { &text["@import".len()..] } else { &text["url(".len()..] };
                let url = rest.trim_start().trim_start_matches(['"', '\'']);
                if external(url) {
                    found.push(url.to_string());
                }
            }
        }
        found
    }

    fn markup() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "<",
            ">",
            "img",
            "IMG",
            "Script",
            "link",
            "links",
            "use",
            "imgé",
            "img_",
            "img-",
            " ",
            "\n",
            "\u{a0}",
            "src=",
            "href=",
            "poster=",
            "srcset=",
            "rel=",
            "stylesheet",
            "icon",
            "\"",
            "'",
            ",",
            " 2x",
            "//x.example/a",
            "https://y.example",
            "HTTP://z",
            "ftp:w",
            "a.png",
            "url(",
            "URL(",
            "uRl",
            "(",
            ")",
            "@import",
            "@IMPORT",
            "@",
            "import",
            "ⵜⵉ",
            "عربي",
            "=",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|p| p.concat())
    }

    /// Attributes as the scanner first read them: all at once, into a list.
    fn attribute_list(text: &str) -> Vec<(&str, &str)> {
        let mut found = Vec::new();
        let mut rest = text;
        loop {
            rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
            let name_end =
                rest.find(|c: char| c.is_whitespace() || c == '=' || c == '/').unwrap_or(rest.len());
            if name_end == 0 {
                return found;
            }
            let name = &rest[..name_end];
            rest = rest[name_end..].trim_start();
            let Some(after) = rest.strip_prefix('=') else {
                found.push((name, ""));
                continue;
            };
            let after = after.trim_start();
            let (value, next) = match after.chars().next() {
                Some(quote @ ('"' | '\'')) => {
                    let inner = &after[1..];
                    let end = inner.find(quote).unwrap_or(inner.len());
                    (&inner[..end], inner.get(end + 1..).unwrap_or(""))
                }
                _ => {
                    let end = after.find(char::is_whitespace).unwrap_or(after.len());
                    (&after[..end], &after[end..])
                }
            };
            found.push((name, value));
            rest = next;
        }
    }

    proptest! {
        #[test]
        fn the_scanner_finds_what_the_pattern_finds(text in markup()) {
            prop_assert_eq!(in_html(&text), reference(&text, true));
            prop_assert_eq!(in_stylesheet(&text), reference(&text, false));
        }

        #[test]
        fn attributes_read_one_at_a_time_are_the_list(text in markup()) {
            prop_assert_eq!(Attributes { rest: &text }.collect::<Vec<_>>(), attribute_list(&text));
        }
    }

    #[test]
    fn every_loading_tag_passes_the_quick_filter() {
        for tag in LOADING_TAGS {
            let name = String::from_utf8_lossy(tag).to_uppercase();
            let attributes = if name == "LINK" { r#"rel="stylesheet" href"# } else { "src" };
            let text = format!("<{name} {attributes}=\"https://x.example/a\">");
            assert_eq!(in_html(&text), ["https://x.example/a"], "{text}");
        }
    }

    #[test]
    fn finds_what_loads_from_elsewhere() {
        let html = r#"<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Noto">
<link rel="canonical" href="https://example.org/fr/">
<link rel="alternate" hreflang="ar" href="https://example.org/ar/">
<script src="//cdn.example.com/x.js"></script>
<img src="../logo.png" srcset="a.png 1x, https://cdn.example.com/b.png 2x">
<a href="https://example.org/">a link</a>
<iframe src='https://maps.example.com/'></iframe>
<video controls poster=https://cdn.example.com/p.jpg></video>
<div style="background: url(https://tracker.example/p.gif)"></div>"#;
        assert_eq!(
            in_html(html),
            [
                "https://fonts.googleapis.com/css?family=Noto",
                "//cdn.example.com/x.js",
                "https://cdn.example.com/b.png",
                "https://maps.example.com/",
                "https://cdn.example.com/p.jpg",
                "https://tracker.example/p.gif"
            ]
        );
    }

    #[test]
    fn finds_what_stylesheets_load() {
        let css = "@import 'https://x.example/a.css';\n@font-face { src: url(\"https://fonts.example/f.woff2\") }\nbody { background: url(img/bg.png) }";
        assert_eq!(in_stylesheet(css), ["https://x.example/a.css", "https://fonts.example/f.woff2"]);
    }
}
