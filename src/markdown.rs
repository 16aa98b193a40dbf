//! Markdown to HTML: one function from a page's body to its rendered parts.
//!
//! Beyond CommonMark: tables, footnotes, strikethrough, heading ids that work
//! for Arabic and Tifinagh, `@/path.md` links between pages of one language,
//! external links marked, shortcodes, and raw HTML sanitised with a warning.

use std::collections::HashSet;
use std::path::Path;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, TextMergeWithOffset};

use crate::diagnostic::{Diagnostic, LineIndex, Position};
use crate::sanitize;
use crate::shortcode::{self, Piece, Shortcode};
use crate::templates::escape_html;

/// What the renderer asks of the site while rendering one page.
pub trait Host {
    /// The relative href of `@/path.md` (without the `@/`) in this page's
    /// language, or `None` when there is no such page.
    fn resolve(&self, content_path: &str) -> Option<String>;
    /// The HTML a shortcode call produces, or what is wrong with the call.
    fn shortcode(&self, call: &Shortcode) -> Result<String, String>;
    /// Whether the shortcode `name` makes block content (a table, a figure),
    /// which must not sit inside a paragraph.
    fn is_block(&self, _name: &str) -> bool {
        false
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// A link the page makes, for the link checker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRef {
    /// As written in the HTML.
    pub href: String,
    pub line: usize,
}

/// A shortcode call, with its line, for reports (placeholders left, …).
#[derive(Debug, Clone)]
pub struct CallRef {
    pub call: Shortcode,
    pub line: usize,
}

#[derive(Debug, Default)]
pub struct Rendered {
    pub html: String,
    pub headings: Vec<Heading>,
    /// Every `id` the body defines (headings and footnotes).
    pub ids: Vec<String>,
    pub links: Vec<LinkRef>,
    pub calls: Vec<CallRef>,
    /// The first paragraph as plain text.
    pub summary: String,
    /// Whether the HTML holds markup the Markdown renderer did not write
    /// itself (raw HTML, shortcode output), which the check for requests
    /// to other sites must read.
    pub foreign_html: bool,
    pub diagnostics: Vec<Diagnostic>,
}

/// A page body to render.
pub struct Source<'a> {
    pub path: &'a Path,
    pub body: &'a str,
    /// Lines of the file before the body.
    pub line_offset: usize,
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Renders a page body.
pub fn render(source: &Source, host: &dyn Host) -> Rendered {
    let mut out = Rendered::default();
    let lines = LineIndex::new(source.body);
    let line_of = |offset: usize| lines.position(offset).below(source.line_offset);

    let line_only = |offset: usize| lines.line(offset) + source.line_offset;
    // Most pages call no shortcode: they skip the text merging and the
    // searches that only shortcodes need.
    let has_shortcodes = memchr::memmem::find(source.body.as_bytes(), b"{{<").is_some();
    let parser = Parser::new_ext(source.body, options()).into_offset_iter();
    let events: Vec<(Event, std::ops::Range<usize>)> =
        if has_shortcodes { TextMergeWithOffset::new(parser).collect() } else { parser.collect() };
    let events = assign_heading_ids(events, &mut out);
    let events = if has_shortcodes { unwrap_block_shortcodes(events, host) } else { events };

    let mut html_events: Vec<Event> = Vec::with_capacity(events.len());
    let mut in_code_block = false;
    let mut raw_html = false;
    let mut summary_state = Summary::Waiting;
    for (event, range) in events {
        summary_state.observe(&event, &mut out.summary);
        match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                in_code_block = true;
                html_events.push(Event::Start(Tag::CodeBlock(kind)));
            }
            Event::End(TagEnd::CodeBlock) => {
                in_code_block = false;
                html_events.push(Event::End(TagEnd::CodeBlock));
            }
            Event::Text(text) if has_shortcodes && !in_code_block && text.contains("{{<") => {
                expand_shortcodes(
                    &text,
                    range.start,
                    &line_of,
                    source.path,
                    host,
                    &mut out,
                    &mut html_events,
                );
            }
            Event::Start(Tag::Link { dest_url, title, .. }) => {
                let href = link_target(&dest_url, || line_of(range.start), source, host, &mut out);
                let external = is_external(&href);
                out.links.push(LinkRef { href: href.clone(), line: line_only(range.start) });
                let mut tag = format!("<a href=\"{}\"", escape_html(&href));
                if !title.is_empty() {
                    tag.push_str(&format!(" title=\"{}\"", escape_html(&title)));
                }
                if external {
                    tag.push_str(" class=\"external\" rel=\"noopener noreferrer\"");
                }
                tag.push('>');
                html_events.push(Event::InlineHtml(tag.into()));
            }
            Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
                let position = line_of(range.start);
                if is_external(&dest_url) {
                    out.diagnostics.push(
                        Diagnostic::error(source.path, format!("the image `{dest_url}` is loaded from another site"))
                            .with_position(Some(position))
                            .hint("save the image beside the page in content/ and link to it by its file name: readers must never make requests to other sites"),
                    );
                }
                let dest_url = if sanitize::is_safe_url(&dest_url) { dest_url } else { CowStr::from("") };
                out.links.push(LinkRef { href: dest_url.to_string(), line: position.line });
                html_events.push(Event::Start(Tag::Image { link_type, dest_url, title, id }));
            }
            Event::Html(ref fragment) | Event::InlineHtml(ref fragment) => {
                raw_html = true;
                for finding in sanitize::findings(fragment) {
                    out.diagnostics.push(
                        Diagnostic::warning(source.path, format!("raw HTML: {finding} was removed"))
                            .with_position(Some(line_of(range.start)))
                            .hint("pages may use plain HTML for layout, but never scripts, frames, styles or event handlers"),
                    );
                }
                html_events.push(event);
            }
            other => html_events.push(other),
        }
    }
    let mut html = String::with_capacity(source.body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, html_events.into_iter());
    out.html = if raw_html { sanitize::clean(&html) } else { html };
    out.foreign_html |= raw_html;
    // Kept until the page is rendered; spare capacity would be held too.
    out.html.shrink_to_fit();
    out.summary = out.summary.trim().to_string();
    out
}

fn link_target(
    dest: &str,
    position: impl Fn() -> Position,
    source: &Source,
    host: &dyn Host,
    out: &mut Rendered,
) -> String {
    if let Some(target) = dest.strip_prefix("@/") {
        let (path, fragment) = match target.split_once('#') {
            Some((p, f)) => (p, Some(f)),
            None => (target, None),
        };
        return match host.resolve(path) {
            Some(href) => match fragment {
                Some(f) => format!("{href}#{f}"),
                None => href,
            },
            None => {
                out.diagnostics.push(
                    Diagnostic::error(
                        source.path,
                        format!("the link `{dest}` points to no page of this language"),
                    )
                    .with_position(Some(position()))
                    .hint("write the path of a file under content/<lang>/, like `@/services/listening.md`"),
                );
                "#".to_string()
            }
        };
    }
    if !sanitize::is_safe_url(dest) {
        out.diagnostics.push(
            Diagnostic::warning(
                source.path,
                format!("the link `{dest}` uses an unsafe URL scheme and was removed"),
            )
            .with_position(Some(position()))
            .hint("links may use http, https, mailto and tel"),
        );
        return "#".to_string();
    }
    dest.to_string()
}

fn is_external(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("//")
}

fn expand_shortcodes<'a>(
    text: &str,
    offset: usize,
    position_of: &dyn Fn(usize) -> Position,
    path: &Path,
    host: &dyn Host,
    out: &mut Rendered,
    html_events: &mut Vec<Event<'a>>,
) {
    let line_of = |o: usize| position_of(offset + o);
    match shortcode::parse(text) {
        Ok(pieces) => {
            for piece in pieces {
                match piece {
                    Piece::Text(t) => html_events.push(Event::Text(t.to_string().into())),
                    Piece::Call(call) => {
                        let position = line_of(call.span.start);
                        match host.shortcode(&call) {
                            Ok(html) => {
                                out.foreign_html = true;
                                html_events.push(Event::InlineHtml(html.into()));
                            }
                            Err(message) => out.diagnostics.push(
                                Diagnostic::error(path, message)
                                    .with_position(Some(position))
                                    .hint("shortcodes are written {{< name \"argument\" >}}; see README.md for the list"),
                            ),
                        }
                        out.calls.push(CallRef { call, line: position.line });
                    }
                }
            }
        }
        Err(error) => {
            out.diagnostics.push(
                Diagnostic::error(path, error.message)
                    .with_position(Some(line_of(error.offset)))
                    .hint("shortcodes are written {{< name \"argument\" >}}"),
            );
            html_events.push(Event::Text(text.to_string().into()));
        }
    }
}

/// Drops the paragraph around a block shortcode standing alone, so that a
/// table is not put inside `<p>`.
fn unwrap_block_shortcodes<'a>(
    events: Vec<(Event<'a>, std::ops::Range<usize>)>,
    host: &dyn Host,
) -> Vec<(Event<'a>, std::ops::Range<usize>)> {
    let alone = |text: &str| match shortcode::parse(text.trim()) {
        Ok(pieces) => matches!(pieces.as_slice(), [Piece::Call(call)] if host.is_block(&call.name)),
        Err(_) => false,
    };
    if !events.iter().any(|(e, _)| matches!(e, Event::Text(t) if t.contains("{{<"))) {
        return events;
    }
    let mut out = Vec::with_capacity(events.len());
    let mut i = 0;
    while i < events.len() {
        if let (
            Event::Start(Tag::Paragraph),
            Some((Event::Text(text), _)),
            Some((Event::End(TagEnd::Paragraph), _)),
        ) = (&events[i].0, events.get(i + 1), events.get(i + 2))
            && alone(text)
        {
            out.push(events[i + 1].clone());
            i += 3;
            continue;
        }
        out.push(events[i].clone());
        i += 1;
    }
    out
}

/// Gives every heading an id from its text (unless `{#id}` set one), unique in the page.
fn assign_heading_ids<'a>(
    mut events: Vec<(Event<'a>, std::ops::Range<usize>)>,
    out: &mut Rendered,
) -> Vec<(Event<'a>, std::ops::Range<usize>)> {
    let mut used: HashSet<String> = HashSet::new();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { level, .. }) = &events[i].0 {
            let level = *level;
            let mut text = String::new();
            let mut j = i + 1;
            while j < events.len() && !matches!(events[j].0, Event::End(TagEnd::Heading(_))) {
                if let Event::Text(t) | Event::Code(t) = &events[j].0 {
                    text.push_str(t);
                }
                j += 1;
            }
            if let Event::Start(Tag::Heading { id, .. }) = &mut events[i].0 {
                let base = id.as_deref().map_or_else(|| slugify(&text), str::to_string);
                let mut unique = base.clone();
                let mut n = 1;
                while !used.insert(unique.clone()) {
                    unique = format!("{base}-{n}");
                    n += 1;
                }
                *id = Some(unique.clone().into());
                out.headings.push(Heading {
                    level: heading_level(level),
                    id: unique.clone(),
                    text: text.trim().to_string(),
                });
                out.ids.push(unique);
            }
            i = j;
        } else {
            if let Event::Start(Tag::FootnoteDefinition(name)) = &events[i].0 {
                out.ids.push(name.to_string());
            }
            i += 1;
        }
    }
    events
}

fn heading_level(level: HeadingLevel) -> u8 {
    level as u8
}

/// A URL fragment from heading text in any script: letters and digits kept
/// (Arabic and Tifinagh included), spaces to hyphens, the rest dropped.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    let mut hyphen = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if hyphen && !slug.is_empty() {
                slug.push('-');
            }
            hyphen = false;
            slug.extend(c.to_lowercase());
        } else if c.is_whitespace() || c == '-' || c == '_' {
            hyphen = true;
        }
    }
    if slug.is_empty() { "section".to_string() } else { slug }
}

/// Collects the text of the first paragraph.
enum Summary {
    Waiting,
    Inside,
    Done,
}

impl Summary {
    fn observe(&mut self, event: &Event, summary: &mut String) {
        match (&*self, event) {
            (Summary::Waiting, Event::Start(Tag::Paragraph)) => *self = Summary::Inside,
            (Summary::Inside, Event::End(TagEnd::Paragraph)) => *self = Summary::Done,
            (Summary::Inside, Event::Text(t) | Event::Code(t)) if !t.contains("{{<") => summary.push_str(t),
            (Summary::Inside, Event::SoftBreak | Event::HardBreak) => summary.push(' '),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct TestHost;
    impl Host for TestHost {
        fn resolve(&self, path: &str) -> Option<String> {
            (path == "services/listening.md").then(|| "../services/listening/index.html".to_string())
        }
        fn shortcode(&self, call: &Shortcode) -> Result<String, String> {
            match call.name.as_str() {
                "placeholder" => Ok(format!("<mark>{}</mark>", call.arg("text", 0).unwrap_or(""))),
                "box" => Ok("<div>box</div>".to_string()),
                other => Err(format!("unknown shortcode `{other}`")),
            }
        }
        fn is_block(&self, name: &str) -> bool {
            name == "box"
        }
    }

    fn md(body: &str) -> Rendered {
        render(&Source { path: Path::new("content/ar/a.md"), body, line_offset: 3 }, &TestHost)
    }

    #[test]
    fn headings_get_ids_in_their_own_script() {
        let r = md(
            "## الدعم النفسي\n\n## ⵜⵉⵡⵉⵙⵉ ⵜⴰⵏⴼⵙⴰⵏⵜ\n\n## Écoute & orientation\n\n## Écoute & orientation\n",
        );
        let ids: Vec<&str> = r.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["الدعم-النفسي", "ⵜⵉⵡⵉⵙⵉ-ⵜⴰⵏⴼⵙⴰⵏⵜ", "écoute-orientation", "écoute-orientation-1"]);
        assert!(r.html.contains(r#"<h2 id="الدعم-النفسي">"#), "{}", r.html);
    }

    #[test]
    fn internal_links_resolve_and_missing_ones_are_errors_with_lines() {
        let r = md("See [listening](@/services/listening.md#hours) and [x](@/nope.md).\n");
        assert!(r.html.contains(r#"<a href="../services/listening/index.html#hours">"#), "{}", r.html);
        assert_eq!(r.diagnostics.len(), 1);
        assert_eq!(r.diagnostics[0].line, Some(4));
        assert!(r.diagnostics[0].message.contains("@/nope.md"));
    }

    #[test]
    fn external_links_are_marked() {
        let r = md("[site](https://example.org)\n");
        assert!(
            r.html.contains(
                r#"<a href="https://example.org" class="external" rel="noopener noreferrer">site</a>"#
            ),
            "{}",
            r.html
        );
    }

    #[test]
    fn raw_html_is_sanitised_with_a_located_warning() {
        let r = md("Hello\n\n<script>alert(1)</script>\n\n<span onclick=\"x()\">hi</span>\n");
        assert!(!r.html.contains("script") && !r.html.contains("onclick"), "{}", r.html);
        assert!(r.html.contains("<span>hi</span>"), "{}", r.html);
        let lines: Vec<_> = r.diagnostics.iter().map(|d| (d.line, d.message.as_str())).collect();
        assert_eq!(
            lines,
            [
                (Some(6), "raw HTML: the <script> element was removed"),
                (Some(8), "raw HTML: the event handler `onclick` on <span> was removed"),
            ]
        );
    }

    #[test]
    fn javascript_links_never_survive() {
        let r = md("[x](javascript:alert(1))\n");
        assert!(!r.html.contains("javascript"), "{}", r.html);
        assert_eq!(r.diagnostics.len(), 1);
    }

    #[test]
    fn tables_and_footnotes() {
        let r = md("| a | b |\n|:-:|---|\n| 1 | 2 |\n\nText[^1].\n\n[^1]: Note.\n");
        assert!(r.html.contains("<table>") && r.html.contains("text-align"), "{}", r.html);
        assert!(r.ids.contains(&"1".to_string()));
    }

    #[test]
    fn shortcodes_expand_outside_code_and_are_recorded() {
        let r = md("Tel: {{< placeholder \"phone\" >}}\n\n```\n{{< placeholder \"code\" >}}\n```\n");
        assert!(r.html.contains("<mark>phone</mark>"), "{}", r.html);
        assert!(r.html.contains("{{&lt; placeholder"), "{}", r.html);
        assert_eq!(r.calls.len(), 1);
        assert_eq!(r.calls[0].line, 4);
        let r = md("{{< nope >}}\n");
        assert_eq!(r.diagnostics[0].message, "unknown shortcode `nope`");
    }

    #[test]
    fn a_block_shortcode_alone_is_not_wrapped_in_a_paragraph() {
        let r = md("Text {{< placeholder \"x\" >}}.\n\n{{< box >}}\n");
        assert_eq!(r.html, "<p>Text <mark>x</mark>.</p>\n<div>box</div>");
    }

    #[test]
    fn external_images_are_errors() {
        let r = md("![x](https://tracker.example/p.gif)\n");
        assert!(r.diagnostics[0].is_error());
    }

    #[test]
    fn summary_is_the_first_paragraph() {
        let r = md("# T\n\nFirst *para*\ngraph.\n\nSecond.\n");
        assert_eq!(r.summary, "First para graph.");
    }
}
