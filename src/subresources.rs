//! No request to any other site: a page or stylesheet that would make the
//! reader's browser load something from another origin (a web font, a
//! script, an image, a frame) fails the build, naming the file.
//!
//! Such a request tells a third party that someone is reading a page about
//! violence against women, from where, and when. Links to other sites stay
//! allowed: following one is the reader's choice.

use std::sync::OnceLock;

use regex::Regex;

use crate::diagnostic::Diagnostic;
use crate::output::{Body, Output};
use crate::theme::Theme;

fn external(url: &str) -> bool {
    let url = url.trim().to_ascii_lowercase();
    url.starts_with("//") || url.starts_with("http:") || url.starts_with("https:") || url.starts_with("ftp:")
}

/// The external URLs a page loads.
pub fn in_html(html: &str) -> Vec<String> {
    static TAG: OnceLock<Regex> = OnceLock::new();
    static ATTR: OnceLock<Regex> = OnceLock::new();
    static CSS_URL: OnceLock<Regex> = OnceLock::new();
    let tag = TAG.get_or_init(|| {
        Regex::new(r"(?is)<(?:script|img|iframe|frame|embed|object|source|track|audio|video|input|link|image|use)\b[^>]*>")
            .expect("valid regex")
    });
    let attr = ATTR.get_or_init(|| {
        Regex::new(r#"(?is)\b(src|href|xlink:href|srcset|poster|data|rel)\s*=\s*(?:"([^"]*)"|'([^']*)')"#)
            .expect("valid regex")
    });
    let css_url = CSS_URL.get_or_init(|| Regex::new(r#"(?i)url\(\s*['"]?([^'")\s]+)"#).expect("valid regex"));
    let mut found = Vec::new();
    // find_iter runs on the fast DFA; the few tags found are split by hand.
    for found_tag in tag.find_iter(html) {
        let text = &found_tag.as_str()[1..found_tag.as_str().len() - 1];
        let name_end = text.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(text.len());
        let name = text[..name_end].to_ascii_lowercase();
        let attributes: Vec<(String, String)> = attr
            .captures_iter(&text[name_end..])
            .map(|a| {
                (a[1].to_ascii_lowercase(), a.get(2).or(a.get(3)).map_or("", |m| m.as_str()).to_string())
            })
            .collect();
        if name == "link" {
            // Navigation links (canonical, alternate, next) load nothing.
            let rel = attributes
                .iter()
                .find(|(k, _)| k == "rel")
                .map(|(_, v)| v.to_ascii_lowercase())
                .unwrap_or_default();
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
            if !rel.split_whitespace().any(|r| loads.contains(&r)) {
                continue;
            }
        }
        for (key, value) in attributes {
            let urls: Vec<&str> = match key.as_str() {
                "srcset" => {
                    value.split(',').filter_map(|candidate| candidate.split_whitespace().next()).collect()
                }
                "rel" => Vec::new(),
                _ => vec![value.as_str()],
            };
            found.extend(urls.into_iter().filter(|u| external(u)).map(str::to_string));
        }
    }
    found.extend(in_css(css_url, html));
    found
}

fn in_css(css_url: &Regex, text: &str) -> Vec<String> {
    let mut found: Vec<String> =
        css_url.captures_iter(text).map(|c| c[1].to_string()).filter(|u| external(u)).collect();
    static IMPORT: OnceLock<Regex> = OnceLock::new();
    let import = IMPORT.get_or_init(|| Regex::new(r#"(?i)@import\s+['"]([^'"]+)"#).expect("valid regex"));
    found.extend(import.captures_iter(text).map(|c| c[1].to_string()).filter(|u| external(u)));
    found
}

/// The external URLs a stylesheet loads.
pub fn in_stylesheet(css: &str) -> Vec<String> {
    static CSS_URL: OnceLock<Regex> = OnceLock::new();
    let css_url = CSS_URL.get_or_init(|| Regex::new(r#"(?i)url\(\s*['"]?([^'")\s]+)"#).expect("valid regex"));
    in_css(css_url, css)
}

/// Every output file that would load something from another site.
pub fn check(output: &Output, theme: &Theme) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (path, file) in output.iter() {
        let text = match &file.body {
            Body::Bytes(bytes) if path.ends_with(".html") || path.ends_with(".css") => {
                String::from_utf8_lossy(bytes).to_string()
            }
            Body::Copy(source) if path.ends_with(".css") => {
                std::fs::read_to_string(source).unwrap_or_default()
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

    #[test]
    fn finds_what_loads_from_elsewhere() {
        let html = r#"<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Noto">
<link rel="canonical" href="https://example.org/fr/">
<link rel="alternate" hreflang="ar" href="https://example.org/ar/">
<script src="//cdn.example.com/x.js"></script>
<img src="../logo.png" srcset="a.png 1x, https://cdn.example.com/b.png 2x">
<a href="https://example.org/">a link</a>
<iframe src='https://maps.example.com/'></iframe>
<div style="background: url(https://tracker.example/p.gif)"></div>"#;
        assert_eq!(
            in_html(html),
            [
                "https://fonts.googleapis.com/css?family=Noto",
                "//cdn.example.com/x.js",
                "https://cdn.example.com/b.png",
                "https://maps.example.com/",
                "https://tracker.example/p.gif"
            ]
        );
    }

    #[test]
    fn finds_what_stylesheets_load() {
        let css = "@import 'https://x.example/a.css';\n@font-face { src: url(\"https://fonts.example/f.woff2\") }\nbody { background: url(img/bg.png) }";
        assert_eq!(in_stylesheet(css), ["https://fonts.example/f.woff2", "https://x.example/a.css"]);
    }
}
