//! Markdown to HTML: one function from a page's body to its rendered parts.
//!
//! Beyond CommonMark: tables, footnotes, strikethrough, heading ids that work
//! for Arabic and Tifinagh, `@/path.md` links between pages of one language,
//! external links marked, shortcodes, and raw HTML sanitised with a warning.

pub mod sanitize;
pub mod shortcode_syntax;

use std::path::Path;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, TextMergeWithOffset};
use rustc_hash::FxHashSet;

use self::shortcode_syntax::{Piece, Shortcode};
use crate::diagnostic::{Diagnostic, Kind, LineIndex, Position};
use crate::messages::Message;
use crate::msg;
use crate::util::escape::{escape_html, escape_html_into};

/// What the renderer asks of the site while rendering one page.
pub trait Host {
    /// The relative href of `@/path.md` (without the `@/`) in this page's
    /// language, or `None` when there is no such page.
    fn resolve(&self, content_path: &str) -> Option<String>;
    /// The page of this language whose path is nearest to `content_path`
    /// (a slip of the keyboard), written as a link names it: `news.md`.
    fn nearest_page(&self, _content_path: &str) -> Option<String> {
        None
    }
    /// The HTML a shortcode call produces, or what is wrong with the call.
    fn shortcode(&self, call: &Shortcode) -> Result<String, Message>;
    /// Whether the shortcode `name` makes block content (a table, a figure),
    /// which must not sit inside a paragraph.
    fn is_block(&self, _name: &str) -> bool {
        false
    }
    /// What the image `src` of a Markdown image is, found as its writer
    /// means it (beside the page's file), or what is wrong with it.
    fn image(&self, src: &str) -> Result<ImageTarget, Message> {
        Ok(ImageTarget::File(src.to_string()))
    }
}

/// An image a page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImageTarget {
    /// A photo of the content, with its phone-sized copies.
    Picture(PictureRef),
    /// Any other file (an SVG, or a path amal does not resolve): its href.
    File(String),
}

/// A content photo's copies, as hrefs from the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PictureRef {
    /// (width, WebP href, fallback href), narrowest first.
    pub copies: Vec<(u32, String, String)>,
    /// Upright size of the widest copy.
    pub width: u32,
    pub height: u32,
}

/// The alt text that marks an image as decoration only (published with an
/// empty `alt`, so screen readers pass over it).
pub const DECORATIVE: &str = "decorative";

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
    /// A link to a heading of a page, `@/get-help.md#hours`, as its writer
    /// typed it: checked against the page's headings by every build, and
    /// reported in these words.
    pub to_heading: Option<String>,
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

/// A Markdown event and the byte range of the body it comes from.
type Located<'a> = (Event<'a>, std::ops::Range<usize>);

/// Renders a page body. The events stream from the parser to the HTML
/// writer; only a heading's events are held until its id is known.
pub fn render(source: &Source, host: &dyn Host) -> Rendered {
    let mut out = Rendered::default();
    let lines = LineIndex::new(source.body);
    // Most pages call no shortcode: they skip the text merging and the
    // searches that only shortcodes need.
    let has_shortcodes = calls_shortcodes(source.body);
    let parser = Parser::new_ext(source.body, options()).into_offset_iter();
    let mut html = String::with_capacity(source.body.len() * 3 / 2);
    let mut headings = HeadingIds::default();
    let raw_html = if has_shortcodes {
        // A block shortcode's paragraph is dropped by looking ahead, so
        // these (few) pages are taken whole.
        let events = unwrap_block_shortcodes(TextMergeWithOffset::new(parser).collect(), host);
        write_html(&mut html, events.into_iter(), &mut headings, source, host, &lines, &mut out, true)
    } else {
        write_html(&mut html, parser, &mut headings, source, host, &lines, &mut out, false)
    };
    out.headings = headings.headings;
    out.ids = headings.ids;
    out.html = if !raw_html {
        html
    } else if sanitize::too_deep(&html).is_some() {
        // The HTML parser takes time in the square of the depth: 100,000
        // nested `<div>`s took 18 s. No layout needs such depth.
        out.diagnostics.push(
            Diagnostic::error(source.path, msg!("markdown-html-too-deep", depth = sanitize::MAX_DEPTH))
                .hint(msg!("markdown-html-too-deep-hint")),
        );
        String::new()
    } else {
        sanitize::clean(&html)
    };
    out.foreign_html |= raw_html;
    // Kept until the page is rendered; spare capacity would be held too.
    out.html.shrink_to_fit();
    out.summary = out.summary.trim().to_string();
    out
}

/// Whether `body` has `{{<` anywhere. Prose has few braces: a search for
/// `{` alone runs through the body several times faster than one for the
/// three bytes.
fn calls_shortcodes(body: &str) -> bool {
    let bytes = body.as_bytes();
    memchr::memchr_iter(b'{', bytes).any(|at| bytes[at..].starts_with(b"{{<"))
}

/// Turns the page's events into HTML, checking and rewriting links, images,
/// raw HTML and shortcodes on the way. Returns whether raw HTML was met.
#[allow(clippy::too_many_arguments)]
fn write_html<'a>(
    html: &mut String,
    events: impl Iterator<Item = Located<'a>>,
    headings: &mut HeadingIds,
    source: &Source,
    host: &dyn Host,
    lines: &LineIndex,
    out: &mut Rendered,
    has_shortcodes: bool,
) -> bool {
    let mut rewrite = Rewrite {
        events,
        headings,
        queue: std::collections::VecDeque::new(),
        source,
        host,
        lines,
        out,
        has_shortcodes,
        in_code_block: false,
        raw_html: false,
        summary: Summary::Waiting,
        tag: String::new(),
        images: 0,
    };
    pulldown_cmark::html::push_html(html, &mut rewrite);
    rewrite.raw_html
}

/// The event stream as written: one event in, usually one out (a shortcode
/// call gives several, queued).
struct Rewrite<'a, 's, I> {
    events: I,
    headings: &'s mut HeadingIds,
    queue: std::collections::VecDeque<Event<'a>>,
    source: &'s Source<'s>,
    host: &'s dyn Host,
    lines: &'s LineIndex<'s>,
    out: &'s mut Rendered,
    has_shortcodes: bool,
    in_code_block: bool,
    raw_html: bool,
    summary: Summary,
    /// Where a link's `<a>` tag is written before it is copied out at its
    /// length (a String of its own would be shrunk, a second copy).
    tag: String,
    /// Images written so far: the first may be on the first screen, so
    /// only the others wait to load until she scrolls to them.
    images: usize,
}

impl<'a, I: Iterator<Item = Located<'a>>> Iterator for Rewrite<'a, '_, I> {
    type Item = Event<'a>;

    /// Every event of every page passes here: the common case (an event
    /// no rule touches) is small enough to be inlined into the HTML
    /// writer's loop; the rest goes through [`Rewrite::attend`].
    #[inline]
    fn next(&mut self) -> Option<Event<'a>> {
        if self.queue.is_empty() {
            let (event, range) = self.events.next()?;
            if !self.needs_attention(&event) {
                self.summary.observe(&event, &mut self.out.summary);
                return Some(event);
            }
            return self.attend(event, range);
        }
        self.queue.pop_front()
    }
}

impl<'a, I: Iterator<Item = Located<'a>>> Rewrite<'a, '_, I> {
    /// Whether `event` is one that [`Rewrite::attend`] must see: it may be
    /// rewritten, or something is noted about it beyond the summary.
    #[inline]
    fn needs_attention(&self, event: &Event) -> bool {
        match event {
            Event::Start(
                Tag::Heading { .. }
                | Tag::FootnoteDefinition(_)
                | Tag::CodeBlock(_)
                | Tag::Link { .. }
                | Tag::Image { .. },
            )
            | Event::End(TagEnd::CodeBlock)
            | Event::Html(_)
            | Event::InlineHtml(_) => true,
            Event::Text(_) => self.has_shortcodes,
            _ => false,
        }
    }

    /// The event to write for `event` (or the next one, when `event` was
    /// replaced by nothing), after headings are given their ids and links,
    /// images, raw HTML and shortcodes are rewritten.
    #[inline(never)]
    fn attend(&mut self, event: Event<'a>, range: std::ops::Range<usize>) -> Option<Event<'a>> {
        let (mut event, mut range) = (event, range);
        loop {
            match event {
                // A heading's id comes from all its text: its events are
                // held until its end, then rewritten in order.
                Event::Start(Tag::Heading { .. }) => {
                    for (event, range) in self.headings.hold((event, range), &mut self.events) {
                        if let Some(event) = self.rewrite(event, range) {
                            self.queue.push_back(event);
                        }
                    }
                    return self.queue.pop_front().or_else(|| self.next());
                }
                Event::Start(Tag::FootnoteDefinition(ref name)) => self.headings.ids.push(name.to_string()),
                // An image's alt text is the events up to its end: read
                // whole, to be checked and written into one tag.
                Event::Start(Tag::Image { .. }) => {
                    let Event::Start(Tag::Image { dest_url, title, .. }) = event else { unreachable!() };
                    let mut alt = String::new();
                    let mut depth = 0usize;
                    for (inner, _) in self.events.by_ref() {
                        match inner {
                            Event::Start(Tag::Image { .. }) => depth += 1,
                            Event::End(TagEnd::Image) if depth == 0 => break,
                            Event::End(TagEnd::Image) => depth -= 1,
                            Event::Text(t)
                            | Event::Code(t)
                            | Event::InlineMath(t)
                            | Event::DisplayMath(t) => alt.push_str(&t),
                            Event::SoftBreak | Event::HardBreak => alt.push(' '),
                            _ => {}
                        }
                    }
                    let html = self.image(&dest_url, &title, alt.trim(), range.start);
                    return Some(Event::InlineHtml(html.into()));
                }
                _ => {}
            }
            if let Some(event) = self.rewrite(event, range) {
                return Some(event);
            }
            if let Some(event) = self.queue.pop_front() {
                return Some(event);
            }
            (event, range) = self.events.next()?;
            if !self.needs_attention(&event) {
                self.summary.observe(&event, &mut self.out.summary);
                return Some(event);
            }
        }
    }
}

/// The position in the page's file of a byte of its body.
fn position_at(lines: &LineIndex, source: &Source, offset: usize) -> Position {
    lines.position(offset).below(source.line_offset)
}

impl<'a, I> Rewrite<'a, '_, I> {
    fn line_of(&self, offset: usize) -> Position {
        position_at(self.lines, self.source, offset)
    }

    /// Queues the events for a text that calls shortcodes (at `offset` in
    /// the body): its plain text, and each call's HTML from the host, or
    /// the text as it is with an error when it cannot be read.
    fn expand_shortcodes(&mut self, text: &str, offset: usize) {
        let pieces = match shortcode_syntax::parse(text) {
            Ok(pieces) => pieces,
            Err(error) => {
                let position = self.line_of(offset + error.offset);
                self.out.diagnostics.push(
                    Diagnostic::error(self.source.path, error.message)
                        .with_position(Some(position))
                        .hint(msg!("markdown-shortcode-syntax-hint")),
                );
                self.queue.push_back(Event::Text(text.to_string().into()));
                return;
            }
        };
        for piece in pieces {
            let call = match piece {
                Piece::Text(t) => {
                    self.queue.push_back(Event::Text(t.to_string().into()));
                    continue;
                }
                Piece::Call(call) => call,
            };
            let position = self.line_of(offset + call.span.start);
            match self.host.shortcode(&call) {
                Ok(html) => {
                    self.out.foreign_html = true;
                    self.queue.push_back(Event::InlineHtml(html.into()));
                }
                Err(message) => self.out.diagnostics.push(
                    Diagnostic::error(self.source.path, message)
                        .with_position(Some(position))
                        .hint(msg!("markdown-shortcode-failed-hint")),
                ),
            }
            self.out.calls.push(CallRef { call, line: position.line });
        }
    }

    /// The HTML of a Markdown image: a content photo as a `<picture>` of
    /// its copies, anything else as an `<img>`; its alt text required.
    fn image(&mut self, dest: &str, title: &str, alt: &str, offset: usize) -> String {
        let source = self.source;
        let position = self.line_of(offset);
        let error = |message: Message, hint: Message| {
            Diagnostic::error(source.path, message).with_position(Some(position)).hint(hint)
        };
        let alt = if alt.is_empty() {
            self.out
                .diagnostics
                .push(error(msg!("markdown-image-no-alt", src = dest), msg!("markdown-image-no-alt-hint")));
            ""
        } else if alt.eq_ignore_ascii_case(DECORATIVE) {
            ""
        } else {
            alt
        };
        let mut html = String::new();
        if is_external(dest) {
            self.out.diagnostics.push(
                error(
                    msg!("markdown-image-from-another-site", src = dest),
                    msg!("markdown-image-from-another-site-hint"),
                )
                .kind(Kind::LoadsFromAnotherSite { url: dest.to_string() }),
            );
            return html;
        }
        let target = if sanitize::is_safe_url(dest) {
            self.host.image(dest)
        } else {
            Ok(ImageTarget::File(String::new()))
        };
        let lazy = if self.images == 0 { "" } else { " loading=\"lazy\"" };
        self.images += 1;
        let title =
            if title.is_empty() { String::new() } else { format!(" title=\"{}\"", escape_html(title)) };
        let alt = escape_html(alt);
        match target {
            Err(message) => {
                self.out.diagnostics.push(error(message, msg!("markdown-image-not-found-hint")));
            }
            Ok(ImageTarget::File(href)) => {
                self.out.links.push(LinkRef { href: href.clone(), line: position.line, to_heading: None });
                html = format!(
                    "<img src=\"{}\" alt=\"{alt}\"{title}{lazy} decoding=\"async\">",
                    escape_html(&href)
                );
            }
            Ok(ImageTarget::Picture(picture)) => {
                let srcset = |pick: fn(&(u32, String, String)) -> &String| {
                    picture
                        .copies
                        .iter()
                        // A comma would end the candidate in a `srcset`.
                        .map(|copy| format!("{} {}w", escape_html(&pick(copy).replace(',', "%2C")), copy.0))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                // The widest copy a phone at 2× needs is the fallback for
                // browsers that read neither `srcset` nor `<source>`.
                let fallback = picture.copies.iter().find(|c| c.0 >= 720).or(picture.copies.last());
                let src = fallback.map(|c| c.2.clone()).unwrap_or_default();
                self.out.links.push(LinkRef { href: src.clone(), line: position.line, to_heading: None });
                let sizes = "(min-width: 42rem) 40rem, 100vw";
                html = format!(
                    "<picture><source type=\"image/webp\" srcset=\"{}\" sizes=\"{sizes}\"><img src=\"{}\" srcset=\"{}\" sizes=\"{sizes}\" width=\"{}\" height=\"{}\" alt=\"{alt}\"{title}{lazy} decoding=\"async\"></picture>",
                    srcset(|c| &c.1),
                    escape_html(&src),
                    srcset(|c| &c.2),
                    picture.width,
                    picture.height,
                );
            }
        }
        html
    }

    /// The event to write for `event`, or None when it was replaced by the
    /// queued ones (or by nothing).
    fn rewrite(&mut self, event: Event<'a>, range: std::ops::Range<usize>) -> Option<Event<'a>> {
        let source = self.source;
        self.summary.observe(&event, &mut self.out.summary);
        Some(match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                self.in_code_block = true;
                Event::Start(Tag::CodeBlock(kind))
            }
            Event::End(TagEnd::CodeBlock) => {
                self.in_code_block = false;
                Event::End(TagEnd::CodeBlock)
            }
            Event::Text(text) if self.has_shortcodes && !self.in_code_block && text.contains("{{<") => {
                self.expand_shortcodes(&text, range.start);
                return None;
            }
            Event::Start(Tag::Link { dest_url, title, .. }) => {
                let lines = self.lines;
                let position = || position_at(lines, source, range.start);
                let href = link_target(&dest_url, position, source, self.host, self.out);
                let tag = &mut self.tag;
                tag.clear();
                tag.push_str("<a href=\"");
                escape_html_into(tag, &href);
                tag.push('"');
                if !title.is_empty() {
                    tag.push_str(" title=\"");
                    escape_html_into(tag, &title);
                    tag.push('"');
                }
                if is_external(&href) {
                    tag.push_str(" class=\"external\" rel=\"noopener noreferrer\"");
                }
                tag.push('>');
                let line = self.lines.line(range.start) + source.line_offset;
                let to_heading = (dest_url.starts_with("@/") && dest_url.contains('#') && href != "#")
                    .then(|| dest_url.to_string());
                self.out.links.push(LinkRef { href, line, to_heading });
                Event::InlineHtml(CowStr::Boxed(self.tag.as_str().into()))
            }
            Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
                let position = self.line_of(range.start);
                if is_external(&dest_url) {
                    let message = msg!("markdown-image-from-another-site", src = &*dest_url);
                    self.out.diagnostics.push(
                        Diagnostic::error(source.path, message)
                            .kind(Kind::LoadsFromAnotherSite { url: dest_url.to_string() })
                            .with_position(Some(position))
                            .hint(msg!("markdown-image-from-another-site-hint")),
                    );
                }
                let dest_url = if sanitize::is_safe_url(&dest_url) { dest_url } else { CowStr::from("") };
                self.out.links.push(LinkRef {
                    href: dest_url.to_string(),
                    line: position.line,
                    to_heading: None,
                });
                Event::Start(Tag::Image { link_type, dest_url, title, id })
            }
            Event::Html(ref fragment) | Event::InlineHtml(ref fragment) => {
                self.raw_html = true;
                for finding in sanitize::findings(fragment) {
                    self.out.diagnostics.push(
                        Diagnostic::warning(
                            source.path,
                            msg!("markdown-raw-html-removed", finding = finding),
                        )
                        .with_position(Some(self.line_of(range.start)))
                        .hint(msg!("markdown-raw-html-removed-hint")),
                    );
                }
                event
            }
            other => other,
        })
    }
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
                let hint = match host.nearest_page(path) {
                    Some(meant) => msg!("markdown-link-to-no-page-did-you-mean", meant = meant),
                    None => msg!("markdown-link-to-no-page-hint"),
                };
                out.diagnostics.push(
                    Diagnostic::error(source.path, msg!("markdown-link-to-no-page", link = dest))
                        .with_position(Some(position()))
                        .hint(hint),
                );
                "#".to_string()
            }
        };
    }
    if !sanitize::is_safe_url(dest) {
        out.diagnostics.push(
            Diagnostic::warning(source.path, msg!("markdown-link-unsafe-scheme", link = dest))
                .with_position(Some(position()))
                .hint(msg!("markdown-link-unsafe-scheme-hint")),
        );
        return "#".to_string();
    }
    dest.to_string()
}

fn is_external(url: &str) -> bool {
    crate::util::text::starts_with_any(url.trim_start(), &["http://", "https://", "//"])
}

/// Drops the paragraph around a block shortcode standing alone, so that a
/// table is not put inside `<p>`.
fn unwrap_block_shortcodes<'a>(
    events: Vec<(Event<'a>, std::ops::Range<usize>)>,
    host: &dyn Host,
) -> Vec<(Event<'a>, std::ops::Range<usize>)> {
    let alone = |text: &str| match shortcode_syntax::parse(text.trim()) {
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

/// Gives every heading an id from its text (unless `{#id}` set one), unique
/// in the page, and collects the headings and every id the body defines.
#[derive(Default)]
struct HeadingIds {
    used: FxHashSet<String>,
    /// Per base id, the next number to try: 16,000 identical headings must
    /// not count up from 1 again for each (quadratic time).
    next: rustc_hash::FxHashMap<String, usize>,
    headings: Vec<Heading>,
    ids: Vec<String>,
}

impl HeadingIds {
    /// A heading's events, from its start (`first`) to its end, with its
    /// id set: the one written in Markdown (`{#id}`), or one made from its
    /// text; unique within the page.
    fn hold<'a>(
        &mut self,
        first: Located<'a>,
        events: &mut impl Iterator<Item = Located<'a>>,
    ) -> std::collections::VecDeque<Located<'a>> {
        let mut held = std::collections::VecDeque::from([first]);
        let mut text = String::new();
        for (event, range) in events.by_ref() {
            if let Event::Text(t) | Event::Code(t) = &event {
                text.push_str(t);
            }
            let end = matches!(event, Event::End(TagEnd::Heading(_)));
            held.push_back((event, range));
            if end {
                break;
            }
        }
        if let Some((Event::Start(Tag::Heading { level, id, .. }), _)) = held.front_mut() {
            let base = id.as_deref().map_or_else(|| slugify(&text), str::to_string);
            let mut unique = base.clone();
            if !self.used.insert(unique.clone()) {
                let n = self.next.entry(base.clone()).or_insert(1);
                loop {
                    unique = format!("{base}-{n}");
                    *n += 1;
                    if self.used.insert(unique.clone()) {
                        break;
                    }
                }
            }
            *id = Some(unique.clone().into());
            self.headings.push(Heading {
                level: heading_level(*level),
                id: unique.clone(),
                text: text.trim().to_string(),
            });
            self.ids.push(unique);
        }
        held
    }
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
        if is_caseless_letter(c) || c.is_alphanumeric() {
            if hyphen && !slug.is_empty() {
                slug.push('-');
            }
            hyphen = false;
            if is_caseless_letter(c) {
                slug.push(c);
            } else {
                slug.extend(c.to_lowercase());
            }
        } else if c.is_whitespace() || c == '-' || c == '_' {
            hyphen = true;
        }
    }
    if slug.is_empty() { "section".to_string() } else { slug }
}

/// The letters of Arabic and of Tifinagh, which have no case: most headings
/// of the site are written in them, and they need no Unicode table lookup.
fn is_caseless_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{2D30}'..='\u{2D67}')
}

/// Collects the text of the first paragraph.
enum Summary {
    Waiting,
    Inside,
    Done,
}

impl Summary {
    /// Called for every event of every page: once the first paragraph is
    /// read, all it does is the inlined check.
    #[inline(always)]
    fn observe(&mut self, event: &Event, summary: &mut String) {
        if !matches!(self, Summary::Done) {
            self.read(event, summary);
        }
    }

    fn read(&mut self, event: &Event, summary: &mut String) {
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
        fn shortcode(&self, call: &Shortcode) -> Result<String, Message> {
            match call.name.as_str() {
                "placeholder" => Ok(format!("<mark>{}</mark>", call.arg("text", 0).unwrap_or(""))),
                "box" => Ok("<div>box</div>".to_string()),
                other => Err(msg!("render-unknown-shortcode", name = other)),
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
    fn caseless_letters_are_what_the_unicode_tables_say() {
        for c in ('\u{0621}'..='\u{064A}').chain('\u{2D30}'..='\u{2D67}') {
            if is_caseless_letter(c) {
                assert!(c.is_alphanumeric(), "{c:?}");
                assert_eq!(c.to_lowercase().collect::<String>(), c.to_string(), "{c:?}");
            }
        }
    }

    #[test]
    fn thousands_of_identical_headings_get_distinct_ids_in_one_pass() {
        // An id written by hand takes a number the counter would give.
        let mut body = String::from("## Horaires {#horaires-2}\n\n");
        body.push_str(&"## Horaires\n\n".repeat(16_000));
        let r = md(&body);
        let ids: Vec<&str> = r.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(&ids[..4], ["horaires-2", "horaires", "horaires-1", "horaires-3"]);
        assert_eq!(ids.last(), Some(&"horaires-16000"));
        let distinct: std::collections::HashSet<&&str> = ids.iter().collect();
        assert_eq!(distinct.len(), ids.len());
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
        assert!(r.diagnostics[0].message.to_string().contains("@/nope.md"));
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
        let lines: Vec<_> = r.diagnostics.iter().map(|d| (d.line, d.message.to_string())).collect();
        assert_eq!(
            lines,
            [
                (Some(6), "raw HTML: the <script> element was removed".to_string()),
                (Some(8), "raw HTML: the event handler `onclick` on <span> was removed".to_string()),
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
        assert_eq!(r.diagnostics[0].message.to_string(), "unknown shortcode `nope`");
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
