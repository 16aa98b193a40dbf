//! One page: its Markdown rendered, then its template around it.

use tera::Context;

use super::built::PageOutput;
use super::context::{Downloads, Lister, PageView, YearLink, alternates, base_context, menu, switcher};
use super::other_site::check_page;
use super::page_host::PageHost;
use super::summaries::Summaries;
use crate::diagnostic::Diagnostic;
use crate::markdown::{self, Heading, Rendered};
use crate::msg;
use crate::site::Site;
use crate::site::content::{Generated, Page, PageKey};
use crate::site::urls;
use crate::stats::open_data;
use crate::templates::Templates;
use crate::templates::splice::Spliced;

/// A page's Markdown, rendered.
pub(super) fn page_markdown(site: &Site, templates: &Templates, page: &Page, body: &str) -> PageOutput {
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

pub(super) fn render_page<'c>(
    site: &Site,
    templates: &Templates,
    summaries: &Summaries,
    page: &Page,
    rendered: &Rendered,
    content: &'c str,
) -> Result<Spliced<'c>, Diagnostic> {
    let output_file = urls::output_file(&page.lang, &page.key);
    let root = urls::root_prefix(&output_file);
    let template = template_of(page);
    if !templates.has(&template) {
        let message = match templates.nearest(&template) {
            Some(meant) => msg!("render-no-such-template-did-you-mean", template = &template, meant = meant),
            None => msg!("render-no-such-template", template = &template),
        };
        return Err(Diagnostic::error(&page.source, message)
            .with_position(page.front.template_at)
            .hint(msg!("render-no-such-template-hint")));
    }

    let lister = Lister { site, summaries, root: &root };
    let mut context = base_context(site, &page.lang, &root);
    context.insert("page", &lister.view(page)?);
    context.insert("content", templates.content().value(content));
    if templates.shows_headings() {
        context.insert("headings", &rendered.headings as &Vec<Heading>);
    }
    context.insert("canonical", site.url(page));
    context.insert("alternates", &alternates(site, &page.key));
    context.insert("languages", &switcher(site, &page.key, &page.lang, &root));
    context.insert("menu", &menu(site, &page.lang, &page.key, &root));
    context.insert("is_home", &page.key.is_home());
    context
        .insert("review_pending", &(page.front.review == Some(crate::site::front_matter::Review::Pending)));
    if page.is_section {
        insert_listing(&mut context, lister, page)?;
    }
    if page.key.is_home() {
        context.insert("latest", &latest(lister, &page.lang)?);
    }
    if let Some(generated) = page.generated {
        insert_statistics(&mut context, site, page, generated, &root)?;
    }
    // The same view as `lang`, which the base context holds: shared, not
    // made again.
    if let Some(lang) = context.get("lang").cloned() {
        context.insert_value("language", lang);
    }
    let shell = templates.render(&template, &context, &page.source)?;
    let page_html = templates.content().splice(shell, content);
    check_page(site, page, &output_file, rendered, page_html.shell(), content, || {
        page_html.clone().into_string()
    })?;
    Ok(page_html)
}

/// The template a page names, or its kind's.
fn template_of(page: &Page) -> String {
    match &page.front.template {
        Some(name) => name.clone(),
        None if page.key.is_home() => "home.html".to_string(),
        None if page.is_section => "section.html".to_string(),
        None => "page.html".to_string(),
    }
}

/// A section's pages and subsections, and its feed when it has one.
fn insert_listing(context: &mut Context, lister: Lister, page: &Page) -> Result<(), Diagnostic> {
    context.insert("pages", &lister.views(lister.site.children(page))?);
    context.insert("subsections", &lister.views(lister.site.subsections(page))?);
    if page.front.feed {
        context.insert(
            "feed_href",
            &format!("{}atom.xml", urls::href(lister.root, &urls::pretty_path(&page.lang, &page.key))),
        );
    }
    Ok(())
}

/// A statistics page's figures: a year's tables and its open data, or the
/// list of years with a sentence per dataset.
fn insert_statistics(
    context: &mut Context,
    site: &Site,
    page: &Page,
    generated: Generated,
    root: &str,
) -> Result<(), Diagnostic> {
    let Some(viewer) = site.viewer(&page.lang) else { return Ok(()) };
    let stats = viewer.stats;
    let failed = |e: crate::i18n::LookupError| Diagnostic::error(&page.source, e.message());
    match generated {
        Generated::StatisticsYear(year) => {
            let figures = stats.year(year).expect("year pages come from the data");
            context.insert("stats", &viewer.year(figures).map_err(failed)?);
            let folder = open_data::folder(year);
            context.insert(
                "downloads",
                &Downloads {
                    csv: urls::href(root, &format!("{folder}/{}", open_data::CSV_FILE)),
                    json: urls::href(root, &format!("{folder}/{}", open_data::JSON_FILE)),
                    method: urls::href(root, &format!("{folder}/{}", open_data::method_file(&page.lang))),
                },
            );
        }
        Generated::StatisticsIndex => {
            let years = stats
                .years
                .values()
                .rev()
                .map(|figures| {
                    let key = PageKey::new(format!("statistics/{}", figures.year));
                    Ok(YearLink {
                        year: figures.year,
                        href: urls::href(root, &urls::output_file(&page.lang, &key)),
                        synthetic: figures.synthetic,
                        headlines: (0..stats.schema.datasets.len())
                            .map(|d| viewer.headline(figures, d))
                            .collect::<Result<Vec<_>, _>>()?,
                    })
                })
                .collect::<Result<Vec<_>, crate::i18n::LookupError>>()
                .map_err(failed)?;
            context.insert("stats_years", &years);
        }
    }
    Ok(())
}

/// The newest pages of the language's feed sections, for the home page.
fn latest<'a>(lister: Lister<'a, '_>, lang: &str) -> Result<Vec<PageView<'a>>, Diagnostic> {
    const LATEST: usize = 3;
    let site = lister.site;
    let mut pages: Vec<&Page> = site
        .content
        .pages
        .iter()
        .filter(|s| s.lang == lang && s.is_section && s.front.feed)
        .flat_map(|s| site.children(s))
        .collect();
    pages.sort_by(|a, b| (b.front.date, &a.front.title).cmp(&(a.front.date, &b.front.title)));
    pages.truncate(LATEST);
    lister.views(pages)
}
