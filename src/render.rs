//! From the loaded site to output files: Markdown, templates, and the
//! site-wide files (language chooser, 404, sitemap, feeds, robots.txt).

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

use crate::config::Language;
use crate::content::{Generated, Page, PageKey};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::feeds;
use crate::markdown::{self, Heading, Rendered};
use crate::output::{Body, Output, Staging};
use crate::shortcodes::PageHost;
use crate::site::Site;
use crate::splice::Spliced;
use crate::stats::view;
use crate::stats::{Statistics, open_data};
use crate::templates::Templates;
use crate::urls;

/// The longest generated meta description, in characters.
const DESCRIPTION_CHARS: usize = 160;

/// One rendered page, kept for `check`'s link report.
pub struct PageOutput {
    pub output_file: String,
    pub source: PathBuf,
    pub markdown: Rendered,
    /// The page's description, made when first asked for: the page shows
    /// it, and so do its section's list and feed.
    description: std::sync::OnceLock<String>,
}

/// Everything a build produces.
pub struct Built {
    pub output: Output,
    pub pages: Vec<PageOutput>,
}

/// What a build keeps once the site is rendered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retain {
    /// Sources and rendered Markdown too, for `serve`'s partial rebuilds.
    Everything,
    /// The output and what `check` reads of each page (its links, ids and
    /// shortcode calls): each page's source and Markdown HTML are freed as
    /// soon as they are used, which halves a large build's peak memory.
    Output,
    /// Only what other pages show of each page (its description), for
    /// `build`, which writes each page as it is rendered. A page's links,
    /// headings and first paragraph would otherwise stay in memory to the
    /// end: a third of a large build's peak, and the time the system takes
    /// to hand out and clear that memory (benches/README.md).
    Written,
}

/// Renders the whole site in memory.
/// With `staging`, each page is written there as soon as it is rendered
/// (and checked for external subresources first) instead of being kept.
pub fn render_site(
    site: &mut Site,
    templates: &Templates,
    retain: Retain,
    staging: Option<&Staging>,
) -> (Built, Diagnostics) {
    let mut diagnostics = Diagnostics::new();

    // Markdown first, and at once the template of every page that shows
    // no other page: its HTML need not wait, nor be kept. Sections and home
    // pages list other pages' summaries, so they come once all are known.
    // Each source is dropped once rendered, unless `serve` keeps it.
    let phase = crate::timings::phase("Markdown, pages");
    let sources: Vec<Option<String>> =
        site.content.pages.iter_mut().map(|p| std::mem::take(&mut p.body)).collect();
    let first: Vec<(PageOutput, Option<Stored>, Option<String>)> = {
        let site: &Site = site;
        sources
            .into_par_iter()
            .enumerate()
            .map(|(i, body)| {
                let page = &site.content.pages[i];
                let body = match body {
                    Some(body) => crate::content::BodyText::from(body),
                    None => match crate::content::read_body(&site.root, page) {
                        Ok(body) => body,
                        // Reported once, as the page's result; the build fails.
                        Err(d) => return (PageOutput::empty(page), Some(Err(d)), None),
                    },
                };
                let mut output = page_markdown(site, templates, page, body.body());
                let html = shows_only_itself(page).then(|| {
                    let summaries = Summaries::of_one(site, page, &output);
                    let html = &output.markdown.html;
                    let result = render_page(site, templates, &summaries, page, &output.markdown, html)
                        .and_then(|html| store(staging, page, &output.output_file, html));
                    output.release(retain);
                    result
                });
                (output, html, (retain == Retain::Everything).then(|| body.into_body()))
            })
            .collect()
    };
    let mut pages = Vec::with_capacity(first.len());
    let mut html = Vec::with_capacity(first.len());
    for ((output, result, body), page) in first.into_iter().zip(&mut site.content.pages) {
        pages.push(output);
        html.push(result);
        if let Some(body) = body {
            page.body = Some(body);
        }
    }
    let site: &Site = site;
    for page in &pages {
        diagnostics.extend(page.markdown.diagnostics.iter().cloned());
    }
    drop(phase);
    // Sections and home pages, and beside them the files made from the
    // whole site (both only read the pages' summaries): a few large pages
    // alone would leave a core idle.
    let phase = crate::timings::phase("sections, home; site files");
    let (later, files): (Vec<(usize, Stored)>, _) = {
        let summaries = Summaries::new(site, &pages);
        rayon::join(
            || {
                (0..pages.len())
                    .into_par_iter()
                    .filter(|&i| html[i].is_none())
                    .map(|i| {
                        let page = &site.content.pages[i];
                        let markdown = &pages[i].markdown;
                        let result = render_page(site, templates, &summaries, page, markdown, &markdown.html)
                            .and_then(|html| store(staging, page, &pages[i].output_file, html));
                        (i, result)
                    })
                    .collect()
            },
            || site_files(site, templates, &summaries),
        )
    };
    for (i, result) in later {
        html[i] = Some(result);
        pages[i].release(retain);
    }
    drop(phase);
    let phase = crate::timings::phase("collect the output");
    let mut output = Output::new();
    let mut template_errors = Vec::new();
    for ((page, result), rendered) in site.content.pages.iter().zip(html).zip(&pages) {
        match result.expect("every page is rendered") {
            Ok(body) => {
                if let Err(d) = output.insert(rendered.output_file.clone(), body, page.source.clone()) {
                    diagnostics.push(d);
                }
            }
            Err(d) => template_errors.push(d),
        }
    }
    diagnostics.extend(crate::templates::merge_repeated(template_errors));
    for (path, result, origin) in files {
        match result {
            Ok(text) => {
                if let Err(d) = output.insert(path, Body::bytes(text), origin) {
                    diagnostics.push(d);
                }
            }
            Err(d) => diagnostics.push(d),
        }
    }
    for (path, source) in &site.theme.static_files {
        let origin = crate::diagnostic::relative_to(source, &site.root);
        if let Err(d) = output.insert(path.clone(), Body::Copy(source.clone()), origin) {
            diagnostics.push(d);
        }
    }
    for asset in &site.content.assets {
        let relative: Vec<String> =
            asset.relative.components().map(|c| c.as_os_str().to_string_lossy().to_string()).collect();
        let path = format!("{}/{}", asset.lang, relative.join("/"));
        let origin = crate::diagnostic::relative_to(&asset.source, &site.root);
        if let Err(d) = output.insert(path, Body::Copy(asset.source.clone()), origin) {
            diagnostics.push(d);
        }
    }
    drop(phase);
    let _phase = crate::timings::phase("subresource check");
    // An external image in Markdown is already reported at its line.
    let reported: Vec<(PathBuf, String)> =
        diagnostics.iter().map(|d| (d.path.clone(), d.message.clone())).collect();
    for found in check_site_files(&output, &pages, &site.theme) {
        let url = found.message.split(" loads ").nth(1).and_then(|rest| rest.split(' ').next()).unwrap_or("");
        if !reported.iter().any(|(path, message)| *path == found.path && message.contains(url)) {
            diagnostics.push(found);
        }
    }
    (Built { output, pages }, diagnostics)
}

/// A rendered page, kept or already written, or why it could not be.
type Stored = Result<Body, Diagnostic>;

/// Keeps a rendered page, or writes it to the staging folder at once (it
/// was checked for requests to other sites when rendered).
fn store(staging: Option<&Staging>, page: &Page, path: &str, html: Spliced) -> Stored {
    let Some(staging) = staging else { return Ok(Body::bytes(html.into_string())) };
    let parts: Vec<&[u8]> = html.parts().into_iter().map(str::as_bytes).collect();
    staging
        .write_parts(path, &parts)
        .map(|()| Body::Written)
        .map_err(|e| Diagnostic::error(&page.source, format!("cannot write {path}: {e}")))
}

/// Whether a page's template shows nothing of other pages' text (no list
/// of pages, no summaries), so it can be rendered with its Markdown.
fn shows_only_itself(page: &Page) -> bool {
    !page.is_section && !page.key.is_home() && page.generated.is_none()
}

/// Requests to other sites in the output's files that are not `pages`
/// (each page was checked when it was rendered).
fn check_site_files<'a>(
    output: &Output,
    pages: impl IntoIterator<Item = &'a PageOutput>,
    theme: &crate::theme::Theme,
) -> Vec<Diagnostic> {
    let pages: std::collections::HashSet<&str> = pages.into_iter().map(|p| p.output_file.as_str()).collect();
    crate::subresources::check_files(output.iter().filter(|(path, _)| !pages.contains(path.as_str())), theme)
}

/// Refuses a page that would load something from another site. Only the
/// template's output and markup the Markdown renderer did not write are
/// read: an image in Markdown is checked, at its line, when it is rendered.
fn check_subresources(
    site: &Site,
    page: &Page,
    path: &str,
    rendered: &Rendered,
    shell: &str,
    content: &str,
    fill: impl FnOnce() -> String,
) -> Result<(), Diagnostic> {
    let mut urls = crate::subresources::in_html(shell);
    if rendered.foreign_html {
        urls.extend(crate::subresources::in_html(content));
    }
    urls.retain(|url| !rendered.diagnostics.iter().any(|d| d.message.contains(url.as_str())));
    let Some(url) = urls.into_iter().next() else { return Ok(()) };
    // Rare: the whole page is checked again to name the template line.
    let mut one = Output::new();
    one.set(path.to_string(), Body::bytes(fill()), page.source.clone());
    let found = crate::subresources::check(&one, &site.theme);
    Err(found
        .into_iter()
        .next()
        .unwrap_or_else(|| Diagnostic::error(&page.source, format!("{path} loads {url} from another site"))))
}

impl PageOutput {
    /// Frees, once the page is rendered, what `retain` does not keep.
    fn release(&mut self, retain: Retain) {
        let markdown = &mut self.markdown;
        if retain != Retain::Everything {
            markdown.html = String::new();
        }
        if retain == Retain::Written {
            markdown.headings = Vec::new();
            markdown.ids = Vec::new();
            markdown.links = Vec::new();
            // A publishing build looks for the placeholders left.
            markdown.calls.retain(|c| c.call.name == "placeholder");
            // Lists and feeds show the description, made from it.
            if self.description.get().is_some() {
                markdown.summary = String::new();
            }
        }
    }

    /// Stands for a page whose file could not be read again.
    fn empty(page: &Page) -> PageOutput {
        PageOutput {
            output_file: urls::output_file(&page.lang, &page.key),
            source: page.source.clone(),
            markdown: Rendered::default(),
            description: std::sync::OnceLock::new(),
        }
    }
}

/// A page's Markdown, rendered.
fn page_markdown(site: &Site, templates: &Templates, page: &Page, body: &str) -> PageOutput {
    let host = PageHost::new(site, templates, page);
    let markdown = markdown::render(
        &markdown::Source { path: &page.source, body, line_offset: page.body_line_offset },
        &host,
    );
    PageOutput {
        output_file: urls::output_file(&page.lang, &page.key),
        source: page.source.clone(),
        markdown,
        description: std::sync::OnceLock::new(),
    }
}

/// The files made from the whole site: the language chooser, the 404 page,
/// the sitemap, robots.txt, the feeds and the open data.
fn site_files(
    site: &Site,
    templates: &Templates,
    summaries: &Summaries,
) -> Vec<(String, Result<String, Diagnostic>, PathBuf)> {
    // Made side by side: the sitemap alone takes as long as the rest.
    let ((chooser, not_found), (sitemap, feeds)) = rayon::join(
        || rayon::join(|| render_chooser(site, templates), || render_not_found(site, templates)),
        || {
            rayon::join(
                || feeds::sitemap(site),
                || {
                    site.content
                        .pages
                        .par_iter()
                        .filter(|p| p.is_section && p.front.feed)
                        .map(|section| {
                            let path = format!("{}atom.xml", urls::pretty_path(&section.lang, &section.key));
                            (path, feeds::atom(site, section, summaries), section.source.clone())
                        })
                        .collect::<Vec<_>>()
                },
            )
        },
    );
    let mut files: Vec<(String, Result<String, Diagnostic>, PathBuf)> = vec![
        ("index.html".into(), chooser, "templates/chooser.html".into()),
        ("404.html".into(), not_found, "templates/404.html".into()),
        ("sitemap.xml".into(), Ok(sitemap), "site.yaml".into()),
        ("robots.txt".into(), Ok(feeds::robots(site)), "site.yaml".into()),
    ];
    files.extend(feeds);
    if let Some(stats) = &site.stats {
        let origin = Path::new(crate::stats::schema::DATA_DIR).to_path_buf();
        for (path, result) in open_data_files(site, stats) {
            files.push((path, result, origin.clone()));
        }
    }
    files
}

/// Updates a built site after the pages at `changed` (indexes into
/// `site.content.pages`) were edited in place: re-renders their Markdown,
/// then every page that shows them (their section's list, the language's
/// home page, every page of the language when the page is in the menu) and
/// the site-wide files. Nothing is changed when an error is found.
/// Returns the number of pages re-rendered.
pub fn rerender(
    site: &Site,
    templates: &Templates,
    built: &mut Built,
    changed: &[usize],
) -> Result<usize, Diagnostics> {
    let pages = &site.content.pages;
    let mut affected: std::collections::BTreeSet<usize> = changed.iter().copied().collect();
    for &i in changed {
        let page = &pages[i];
        let in_menu = site.config.menu.iter().any(|entry| PageKey::new(entry.as_str()) == page.key);
        for (j, other) in pages.iter().enumerate() {
            let shows_it = other.lang == page.lang
                && (in_menu || other.key.is_home() || page.key.parent() == Some(other.key.as_str()));
            if shows_it {
                affected.insert(j);
            }
        }
    }
    refresh(site, templates, built, changed, affected.into_iter().collect())
}

/// Updates a built site after its templates changed (`templates` are the
/// new ones): every page's template output again, from the Markdown the
/// build kept, and the site-wide files. A page whose Markdown calls
/// shortcodes is rendered from its source again (a statistics table is
/// drawn by a template). Nothing is changed when an error is found.
/// Returns the number of pages re-rendered.
pub fn retemplate(site: &Site, templates: &Templates, built: &mut Built) -> Result<usize, Diagnostics> {
    let calling: Vec<usize> = built
        .pages
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.markdown.calls.is_empty())
        .map(|(i, _)| i)
        .collect();
    refresh(site, templates, built, &calling, (0..site.content.pages.len()).collect())
}

/// Re-renders the Markdown of the pages at `changed`, then the template
/// output of the pages at `affected` and the site-wide files.
fn refresh(
    site: &Site,
    templates: &Templates,
    built: &mut Built,
    changed: &[usize],
    affected: Vec<usize>,
) -> Result<usize, Diagnostics> {
    let mut diagnostics = Diagnostics::new();
    let mut previous = Vec::new();
    for &i in changed {
        let page = &site.content.pages[i];
        let fresh = page_markdown(site, templates, page, page.body.as_deref().unwrap_or_default());
        diagnostics.extend(fresh.markdown.diagnostics.iter().cloned());
        previous.push((i, std::mem::replace(&mut built.pages[i], fresh)));
    }
    let pages = &site.content.pages;
    let summaries = Summaries::new(site, &built.pages);
    let html: Vec<(usize, Result<String, Diagnostic>)> = affected
        .par_iter()
        .map(|&i| {
            let markdown = &built.pages[i].markdown;
            (
                i,
                render_page(site, templates, &summaries, &pages[i], markdown, &markdown.html)
                    .map(Spliced::into_string),
            )
        })
        .collect();
    let files = site_files(site, templates, &summaries);
    let mut updates = Vec::new();
    for (i, result) in html {
        match result {
            Ok(html) => {
                updates.push((built.pages[i].output_file.clone(), Body::bytes(html), pages[i].source.clone()))
            }
            Err(d) => diagnostics.push(d),
        }
    }
    for (path, result, origin) in files {
        match result {
            Ok(text) => updates.push((path, Body::bytes(text), origin)),
            Err(d) => diagnostics.push(d),
        }
    }
    let mut changed_files = Output::new();
    for (path, body, origin) in &updates {
        changed_files.set(path.clone(), body.clone(), origin.clone());
    }
    diagnostics.extend(check_site_files(
        &changed_files,
        affected.iter().map(|&i| &built.pages[i]),
        &site.theme,
    ));
    if diagnostics.has_errors() {
        for (i, old) in previous {
            built.pages[i] = old;
        }
        return Err(diagnostics);
    }
    let count = affected.len();
    for (path, body, origin) in updates {
        built.output.set(path, body, origin);
    }
    Ok(count)
}

/// Access to other pages' rendered text, for listings and feeds.
pub struct Summaries<'a> {
    site: &'a Site,
    pages: &'a [PageOutput],
    /// A page rendered before the others, which only sees itself.
    own: Option<(&'a Page, &'a PageOutput)>,
}

impl<'a> Summaries<'a> {
    pub fn new(site: &'a Site, pages: &'a [PageOutput]) -> Self {
        Summaries { site, pages, own: None }
    }

    /// For a page that shows only itself, rendered before the others.
    fn of_one(site: &'a Site, page: &'a Page, output: &'a PageOutput) -> Self {
        Summaries { site, pages: &[], own: Some((page, output)) }
    }

    fn output(&self, page: &Page) -> &PageOutput {
        if let Some((own, output)) = self.own
            && std::ptr::eq(own, page)
        {
            return output;
        }
        &self.pages[self.site.index_of(page)]
    }

    pub fn of(&self, page: &Page) -> &Rendered {
        &self.output(page).markdown
    }

    /// The page's description: its own, or its first paragraph shortened,
    /// or, for a page that starts with no prose, its title.
    pub fn description(&self, page: &Page) -> String {
        self.output(page).description.get_or_init(|| self.describe(page)).clone()
    }

    fn describe(&self, page: &Page) -> String {
        match &page.front.description {
            Some(d) if !d.trim().is_empty() => d.clone(),
            _ => {
                let summary = &self.of(page).summary;
                if summary.is_empty() {
                    page.front.title.clone()
                } else {
                    shorten(summary, DESCRIPTION_CHARS)
                }
            }
        }
    }
}

fn shorten(text: &str, max: usize) -> String {
    let Some((end, _)) = text.char_indices().nth(max) else {
        return text.to_string();
    };
    let cut = &text[..end];
    let at_word = cut.rfind(' ').map_or(cut, |i| &cut[..i]);
    format!("{}…", at_word.trim_end_matches([',', ';', ':', '،', '؛']))
}

#[derive(Serialize)]
struct LanguageView<'a> {
    code: &'a str,
    name: &'a str,
    dir: &'a str,
}

impl<'a> From<&'a Language> for LanguageView<'a> {
    fn from(l: &'a Language) -> Self {
        LanguageView { code: &l.code, name: &l.name, dir: l.direction.as_str() }
    }
}

#[derive(Serialize)]
struct DateView {
    iso: String,
    display: String,
}

#[derive(Serialize)]
struct PageView<'a> {
    key: &'a str,
    title: &'a str,
    description: String,
    href: String,
    date: Option<DateView>,
    weight: i64,
    is_section: bool,
    extra: &'a std::collections::BTreeMap<String, serde_json::Value>,
}

#[derive(Serialize)]
struct SwitcherEntry<'a> {
    // The language's own fields, spelled out: `#[serde(flatten)]` would
    // serialise through serde's slower map path on every page.
    code: &'a str,
    name: &'a str,
    dir: &'a str,
    href: String,
    translated: bool,
    current: bool,
}

#[derive(Serialize)]
struct Alternate {
    hreflang: String,
    href: String,
}

#[derive(Serialize)]
struct MenuEntry<'a> {
    title: &'a str,
    href: String,
    /// `aria-current`: "page" on the entry's own page, "true" below it.
    current: Option<&'static str>,
}

fn date_view(site: &Site, page: &Page) -> Result<Option<DateView>, Diagnostic> {
    page.front
        .date
        .map(|date| {
            site.dates
                .display(date, &site.locales, &page.lang)
                .map(|display| DateView { iso: date.to_string(), display })
                .map_err(|e| Diagnostic::error(&page.source, e.to_string()))
        })
        .transpose()
}

fn page_view<'a>(
    site: &Site,
    summaries: &Summaries,
    page: &'a Page,
    root: &str,
) -> Result<PageView<'a>, Diagnostic> {
    Ok(PageView {
        key: page.key.as_str(),
        title: &page.front.title,
        description: summaries.description(page),
        href: urls::href(root, &urls::output_file(&page.lang, &page.key)),
        date: date_view(site, page)?,
        weight: page.front.weight,
        is_section: page.is_section,
        extra: &page.front.extra,
    })
}

/// The absolute URLs of a page in every language that has it, plus `x-default`.
fn alternates(site: &Site, key: &PageKey) -> Vec<Alternate> {
    let mut list: Vec<Alternate> = site
        .translations(key)
        .map(|page| Alternate { hreflang: page.lang.clone(), href: site.url(page).to_string() })
        .collect();
    let default_href = if key.is_home() {
        // The language chooser is the page for readers whose language we don't know.
        Some(site.config.base_url.clone())
    } else {
        let default = &site.config.default_language().code;
        list.iter().find(|a| &a.hreflang == default).map(|a| a.href.clone())
    };
    if let Some(href) = default_href {
        list.push(Alternate { hreflang: "x-default".into(), href });
    }
    list
}

fn render_page<'c>(
    site: &Site,
    templates: &Templates,
    summaries: &Summaries,
    page: &Page,
    rendered: &Rendered,
    content: &'c str,
) -> Result<Spliced<'c>, Diagnostic> {
    let output_file = urls::output_file(&page.lang, &page.key);
    let root = urls::root_prefix(&output_file);

    let template = match &page.front.template {
        Some(name) => name.clone(),
        None if page.key.is_home() => "home.html".to_string(),
        None if page.is_section => "section.html".to_string(),
        None => "page.html".to_string(),
    };
    if !templates.has(&template) {
        return Err(Diagnostic::error(&page.source, format!("the template `{template}` does not exist"))
            .hint("name a file of the theme's templates/ folder or of the site's templates/ folder"));
    }

    let mut context = base_context(site, &page.lang, &root);
    context.insert("page", &page_view(site, summaries, page, &root)?);
    context.insert("content", templates.content().value(content));
    if templates.shows_headings() {
        context.insert("headings", &rendered.headings as &Vec<Heading>);
    }
    context.insert("canonical", site.url(page));
    context.insert("alternates", &alternates(site, &page.key));
    context.insert("languages", &switcher(site, &page.key, &page.lang, &root));
    context.insert("menu", &menu(site, &page.lang, &page.key, &root));
    context.insert("is_home", &page.key.is_home());
    context.insert("review_pending", &(page.front.review == Some(crate::frontmatter::Review::Pending)));

    if page.is_section {
        let children = site.children(page);
        let views =
            children.iter().map(|p| page_view(site, summaries, p, &root)).collect::<Result<Vec<_>, _>>()?;
        context.insert("pages", &views);
        let subsections = site.subsections(page);
        let views = subsections
            .iter()
            .map(|p| page_view(site, summaries, p, &root))
            .collect::<Result<Vec<_>, _>>()?;
        context.insert("subsections", &views);
        if page.front.feed {
            context.insert(
                "feed_href",
                &format!("{}atom.xml", urls::href(&root, &urls::pretty_path(&page.lang, &page.key))),
            );
        }
    }
    if page.key.is_home() {
        context.insert("latest", &latest(site, summaries, &page.lang, &root)?);
    }
    if let (Some(generated), Some(viewer)) = (page.generated, site.viewer(&page.lang)) {
        let stats = viewer.stats;
        let failed = |e: crate::i18n::LookupError| Diagnostic::error(&page.source, e.to_string());
        match generated {
            Generated::StatisticsYear(year) => {
                let figures = stats.year(year).expect("year pages come from the data");
                context.insert("stats", &viewer.year(figures).map_err(failed)?);
                let folder = open_data::folder(year);
                context.insert(
                    "downloads",
                    &serde_json::json!({
                        "csv": urls::href(&root, &format!("{folder}/{}", open_data::CSV_FILE)),
                        "json": urls::href(&root, &format!("{folder}/{}", open_data::JSON_FILE)),
                        "method": urls::href(&root, &format!("{folder}/{}", open_data::method_file(&page.lang))),
                    }),
                );
            }
            Generated::StatisticsIndex => {
                let years = stats
                    .years
                    .values()
                    .rev()
                    .map(|figures| {
                        let key = PageKey::new(format!("statistics/{}", figures.year));
                        Ok(serde_json::json!({
                            "year": figures.year,
                            "href": urls::href(&root, &urls::output_file(&page.lang, &key)),
                            "synthetic": figures.synthetic,
                            "headlines": (0..stats.schema.datasets.len())
                                .map(|d| viewer.headline(figures, d))
                                .collect::<Result<Vec<_>, _>>()?,
                        }))
                    })
                    .collect::<Result<Vec<_>, crate::i18n::LookupError>>()
                    .map_err(failed)?;
                context.insert("stats_years", &years);
            }
        }
    }
    // The same view as `lang`, which the base context holds: shared, not
    // made again.
    if let Some(lang) = context.get("lang").cloned() {
        context.insert_value("language", lang);
    }
    let shell = templates.render(&template, &context, &page.source)?;
    let page_html = templates.content().splice(shell, content);
    check_subresources(site, page, &output_file, rendered, page_html.shell(), content, || {
        page_html.clone().into_string()
    })?;
    Ok(page_html)
}

/// The newest pages of the language's feed sections, for the home page.
fn latest<'a>(
    site: &'a Site,
    summaries: &Summaries,
    lang: &str,
    root: &str,
) -> Result<Vec<PageView<'a>>, Diagnostic> {
    const LATEST: usize = 3;
    let mut pages: Vec<&Page> = site
        .content
        .pages
        .iter()
        .filter(|s| s.lang == lang && s.is_section && s.front.feed)
        .flat_map(|s| site.children(s))
        .collect();
    pages.sort_by(|a, b| (b.front.date, &a.front.title).cmp(&(a.front.date, &b.front.title)));
    pages.truncate(LATEST);
    pages.into_iter().map(|p| page_view(site, summaries, p, root)).collect()
}

/// Variables every template gets.
fn base_context(site: &Site, lang: &str, root: &str) -> Context {
    let mut context = Context::new();
    let language = site.config.language(lang).unwrap_or_else(|| site.config.default_language());
    context.insert("lang", &LanguageView::from(language));
    context.insert("root", root);
    context.insert("home_href", &urls::href(root, &urls::output_file(lang, &PageKey::default())));
    context.insert("chooser_href", &urls::href(root, "index.html"));
    context.insert("base_url", &site.config.base_url);
    context.insert("quick_exit_url", &site.config.quick_exit_url);
    context.insert("one_history_entry", &site.config.one_history_entry);
    crate::helplines::insert(&mut context, site, lang);
    context
}

fn switcher<'a>(site: &'a Site, key: &PageKey, current: &str, root: &str) -> Vec<SwitcherEntry<'a>> {
    site.config
        .languages
        .iter()
        .map(|l| {
            let translated = site.page(&l.code, key).is_some();
            let target = if translated { key.clone() } else { PageKey::default() };
            SwitcherEntry {
                code: &l.code,
                name: &l.name,
                dir: l.direction.as_str(),
                href: urls::href(root, &urls::output_file(&l.code, &target)),
                translated,
                current: l.code == current,
            }
        })
        .collect()
}

fn menu<'a>(site: &'a Site, lang: &str, current: &PageKey, root: &str) -> Vec<MenuEntry<'a>> {
    site.config
        .menu
        .iter()
        .filter_map(|entry| {
            let key = PageKey::new(entry.as_str());
            site.page(lang, &key).map(|page| MenuEntry {
                title: &page.front.title,
                href: urls::href(root, &urls::output_file(lang, &key)),
                current: if current == &key {
                    Some("page")
                } else if current.as_str().starts_with(&format!("{key}/")) {
                    Some("true")
                } else {
                    None
                },
            })
        })
        .collect()
}

fn render_chooser(site: &Site, templates: &Templates) -> Result<String, Diagnostic> {
    let lang = &site.config.default_language().code;
    let mut context = base_context(site, lang, "");
    context.insert("languages", &switcher(site, &PageKey::default(), "", ""));
    context.insert("alternates", &alternates(site, &PageKey::default()));
    context.insert("canonical", &site.config.base_url);
    templates.render("chooser.html", &context, Path::new("templates/chooser.html"))
}

fn render_not_found(site: &Site, templates: &Templates) -> Result<String, Diagnostic> {
    // Hosts serve 404.html at any depth, so its links start from the site's
    // absolute path instead of being relative.
    let root = site.config.base_path();
    let lang = &site.config.default_language().code;
    let mut context = base_context(site, lang, root);
    context.insert("languages", &switcher(site, &PageKey::default(), "", root));
    templates.render("404.html", &context, Path::new("templates/404.html"))
}

/// Each year's tables as CSV and JSON, and its method note in every language.
fn open_data_files(site: &Site, stats: &Statistics) -> Vec<(String, Result<String, Diagnostic>)> {
    let mut files = Vec::new();
    for figures in stats.years.values() {
        let folder = open_data::folder(figures.year);
        files.push((format!("{folder}/{}", open_data::CSV_FILE), Ok(open_data::csv(stats, figures))));
        files.push((format!("{folder}/{}", open_data::JSON_FILE), Ok(open_data::json(stats, figures))));
        for language in &site.config.languages {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("min", stats.min_count.to_string());
            args.set("max", (stats.min_count - 1).to_string());
            args.set("few", crate::stats::privacy::smallest_breakdown(stats.min_count).to_string());
            args.set("year", figures.year.to_string());
            let synthetic = if figures.synthetic {
                site.locales.text(&language.code, "stats-synthetic-notice").map(|n| format!("\n\n{n}"))
            } else {
                Ok(String::new())
            };
            let note = site
                .locales
                .get(&language.code, view::METHOD_KEY, Some(&args))
                .and_then(|text| synthetic.map(|s| format!("{}{s}\n", text.trim_end())))
                .map_err(|e| Diagnostic::error(crate::i18n::Locales::folder(&language.code), e.to_string()));
            files.push((format!("{folder}/{}", open_data::method_file(&language.code)), note));
        }
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_are_shortened_at_a_word() {
        let long = "كلمة ".repeat(50);
        let short = shorten(&long, 20);
        assert!(short.ends_with('…'));
        assert!(short.chars().count() <= 21);
        assert_eq!(shorten("court", 20), "court");
    }
}
