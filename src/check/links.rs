//! `amal check`'s link checker: every relative link and anchor in the built
//! HTML must lead to a file and an `id` of the same build.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use percent_encoding::percent_decode_str;
use regex::Regex;

use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::output::{Body, Output};
use crate::render::PageOutput;

struct Parsed {
    ids: HashSet<String>,
    links: Vec<String>,
}

fn parse(html: &str) -> Parsed {
    static ID: OnceLock<Regex> = OnceLock::new();
    static LINK: OnceLock<Regex> = OnceLock::new();
    let id = ID.get_or_init(|| Regex::new(r#"\sid="([^"]*)""#).expect("valid regex"));
    let link = LINK.get_or_init(|| Regex::new(r#"\s(?:href|src)="([^"]*)""#).expect("valid regex"));
    Parsed {
        ids: id.captures_iter(html).map(|c| crate::util::text::decode_references(&c[1])).collect(),
        links: link.captures_iter(html).map(|c| crate::util::text::decode_references(&c[1])).collect(),
    }
}

fn is_external(href: &str) -> bool {
    href.starts_with("//")
        || href.split_once(':').is_some_and(|(scheme, _)| !scheme.contains('/') && !scheme.is_empty())
}

/// Resolves `href` from the output file `from` to an output path and fragment.
fn resolve(from: &str, href: &str, base_path: &str) -> Option<(String, String)> {
    let (path, fragment) = href.split_once('#').unwrap_or((href, ""));
    let path = path.split('?').next().unwrap_or("");
    let fragment = percent_decode_str(fragment).decode_utf8_lossy().to_string();
    let decoded = percent_decode_str(path).decode_utf8_lossy().to_string();
    if decoded.is_empty() {
        return Some((from.to_string(), fragment));
    }
    let mut parts: Vec<&str> = if let Some(absolute) = decoded.strip_prefix(base_path) {
        if decoded.starts_with('/') { absolute.split('/').collect() } else { Vec::new() }
    } else {
        Vec::new()
    };
    if !decoded.starts_with('/') {
        parts = from.split('/').collect();
        parts.pop();
        for segment in decoded.split('/') {
            match segment {
                ".." => {
                    parts.pop()?;
                }
                "." => {}
                s => parts.push(s),
            }
        }
    }
    let mut target = parts.join("/");
    if target.is_empty() || target.ends_with('/') {
        target.push_str("index.html");
    }
    Some((target, fragment))
}

/// Every broken relative link and anchor in the output.
pub fn check(output: &Output, pages: &[PageOutput], base_path: &str) -> Vec<Diagnostic> {
    let mut parsed: HashMap<&str, Parsed> = HashMap::new();
    for (path, file) in output.iter() {
        if let Body::Bytes(bytes) = &file.body
            && path.ends_with(".html")
        {
            parsed.insert(path, parse(&String::from_utf8_lossy(bytes)));
        }
    }
    let sources: HashMap<&str, &PageOutput> = pages.iter().map(|p| (p.output_file.as_str(), p)).collect();
    let mut found = Vec::new();
    let mut paths: Vec<&&str> = parsed.keys().collect();
    paths.sort();
    for from in paths {
        let page = &parsed[*from];
        for href in &page.links {
            if href.is_empty() || is_external(href) {
                continue;
            }
            // Links to a heading with `@/…#…` were checked by the build, in the writer's words.
            if sources
                .get(*from)
                .is_some_and(|s| s.markdown.links.iter().any(|l| &l.href == href && l.to_heading.is_some()))
            {
                continue;
            }
            let message = match resolve(from, href, base_path) {
                None => Some(msg!("render-check-link-outside-site", link = href)),
                Some((target, fragment)) => {
                    if !output.contains(&target) {
                        Some(msg!("render-check-link-to-missing-file", link = href, target = &target))
                    } else if !fragment.is_empty()
                        && parsed.get(target.as_str()).is_some_and(|t| !t.ids.contains(&fragment))
                    {
                        Some(msg!(
                            "render-check-link-to-missing-anchor",
                            link = href,
                            anchor = &fragment,
                            target = &target
                        ))
                    } else {
                        None
                    }
                }
            };
            let Some(message) = message else { continue };
            let diagnostic = match sources.get(*from) {
                Some(source) => {
                    let line = source.markdown.links.iter().find(|l| &l.href == href).map(|l| l.line);
                    let d = Diagnostic::error(&source.source, message);
                    match line {
                        Some(line) => d.at_line(line),
                        None => d.hint(msg!("render-check-link-from-template-hint")),
                    }
                }
                None => {
                    Diagnostic::error(output.get(from).map(|f| f.origin.clone()).unwrap_or_default(), message)
                }
            };
            found.push(diagnostic.hint(msg!("render-check-link-hint")));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_relative_and_absolute_paths() {
        assert_eq!(
            resolve("fr/a/index.html", "../b/index.html#x", "/"),
            Some(("fr/b/index.html".into(), "x".into()))
        );
        assert_eq!(resolve("fr/a/index.html", "#top", "/"), Some(("fr/a/index.html".into(), "top".into())));
        assert_eq!(resolve("404.html", "/fr/index.html", "/"), Some(("fr/index.html".into(), "".into())));
        assert_eq!(resolve("404.html", "/sub/fr/", "/sub/"), Some(("fr/index.html".into(), "".into())));
        assert_eq!(resolve("index.html", "../../etc/passwd", "/"), None);
        assert_eq!(
            resolve("ar/index.html", "%D8%A3/index.html#%D8%A3", "/"),
            Some(("ar/أ/index.html".into(), "أ".into()))
        );
    }

    #[test]
    fn character_references_are_decoded() {
        assert_eq!(crate::util::text::decode_references("a&amp;b&#x2F;c&#47;d&quot;"), "a&b/c/d\"");
        assert_eq!(crate::util::text::decode_references("a & b &bogus; &#xZZ;"), "a & b &bogus; &#xZZ;");
    }

    #[test]
    fn external_links_are_not_checked() {
        assert!(is_external("https://example.org"));
        assert!(is_external("mailto:x@example.org"));
        assert!(!is_external("../fr/index.html"));
        assert!(!is_external("a/b:c"), "a colon after a slash is a path");
    }
}
