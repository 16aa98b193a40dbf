//! From the loaded site to output files: Markdown, templates, and the
//! site-wide files (language chooser, 404, sitemap, feeds, robots.txt).

mod anchors;
mod built;
mod context;
mod feeds;
mod files;
mod helplines;
mod other_site;
mod page;
mod page_host;
mod partial;
mod site_files;
mod stylesheet;
mod summaries;

pub use self::built::{Built, PageOutput, Retain};
pub use self::partial::{rerender, retemplate};

use std::path::PathBuf;

use rayon::prelude::*;

use self::other_site::check_site_files;
use self::page::{page_markdown, render_page};
use self::site_files::{SiteFile, site_files};
use self::summaries::Summaries;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::images::Cache;
use crate::messages::io_reason;
use crate::msg;
use crate::output::{Body, Output, Staging};
use crate::site::Site;
use crate::site::content::Page;
use crate::templates::Templates;
use crate::templates::splice::Spliced;

/// Renders the whole site in memory.
/// With `staging`, each page is written there as soon as it is rendered
/// (and checked for external subresources first) instead of being kept.
/// Without `images` (a run that has failed already, rendered only to find
/// its other mistakes), photos are not encoded.
pub fn render_site(
    site: &mut Site,
    templates: &Templates,
    retain: Retain,
    staging: Option<&Staging>,
    images: Option<&Cache>,
) -> (Built, Diagnostics) {
    let job = Job { templates, retain, staging };
    let mut report = Diagnostics::new();
    let (mut pages, mut html) = job.markdown_and_lone_pages(site);
    let site: &Site = site;
    for page in &pages {
        report.extend(page.markdown.diagnostics.iter().cloned());
    }
    let files = job.listings_and_site_files(site, &mut pages, &mut html);
    let output = collect_output(site, &pages, html, files, images, &mut report);
    report.extend(anchors::check(site, &pages));
    let _phase = crate::util::timings::phase("other-site check");
    check_the_rest(site, &output, &pages, &mut report);
    (Built { output, pages }, report)
}

/// What every step of a render shares.
#[derive(Clone, Copy)]
struct Job<'a> {
    templates: &'a Templates,
    retain: Retain,
    staging: Option<&'a Staging>,
}

impl Job<'_> {
    /// Markdown first, and at once the template of every page that shows
    /// no other page: its HTML need not wait, nor be kept. Sections and
    /// home pages list other pages' summaries, so they come once all are
    /// known (`None` in the second list). Each source is dropped once
    /// rendered, unless `serve` keeps it.
    fn markdown_and_lone_pages(self, site: &mut Site) -> (Vec<PageOutput>, Vec<Option<Stored>>) {
        let _phase = crate::util::timings::phase("Markdown, pages");
        let sources: Vec<Option<String>> =
            site.content.pages.iter_mut().map(|p| std::mem::take(&mut p.body)).collect();
        let first: Vec<(PageOutput, Option<Stored>, Option<String>)> = {
            let site: &Site = site;
            sources.into_par_iter().enumerate().map(|(i, body)| self.first_pass(site, i, body)).collect()
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
        (pages, html)
    }

    /// One page's Markdown, and its whole page when it shows only itself;
    /// its source back when `serve` keeps it.
    fn first_pass(
        self,
        site: &Site,
        i: usize,
        body: Option<String>,
    ) -> (PageOutput, Option<Stored>, Option<String>) {
        let page = &site.content.pages[i];
        let body = match body {
            Some(body) => crate::site::content::BodyText::from(body),
            None => match crate::site::content::read_body(&site.root, page) {
                Ok(body) => body,
                // Reported once, as the page's result; the build fails.
                Err(d) => return (PageOutput::empty(page), Some(Err(d)), None),
            },
        };
        let mut output = page_markdown(site, self.templates, page, body.body());
        let html = shows_only_itself(page).then(|| {
            let summaries = Summaries::of_one(site, page, &output);
            let html = &output.markdown.html;
            let result = render_page(site, self.templates, &summaries, page, &output.markdown, html)
                .and_then(|html| store(self.staging, page, &output.output_file, html));
            output.release(self.retain);
            result
        });
        (output, html, (self.retain == Retain::Everything).then(|| body.into_body()))
    }

    /// Sections and home pages, and beside them the files made from the
    /// whole site (both only read the pages' summaries): a few large pages
    /// alone would leave a core idle.
    fn listings_and_site_files(
        self,
        site: &Site,
        pages: &mut [PageOutput],
        html: &mut [Option<Stored>],
    ) -> Vec<SiteFile> {
        let _phase = crate::util::timings::phase("sections, home; site files");
        let (later, files): (Vec<(usize, Stored)>, _) = {
            let summaries = Summaries::new(site, pages);
            let pages = &*pages;
            let html = &*html;
            rayon::join(
                || {
                    (0..pages.len())
                        .into_par_iter()
                        .filter(|&i| html[i].is_none())
                        .map(|i| {
                            let page = &site.content.pages[i];
                            let markdown = &pages[i].markdown;
                            let result =
                                render_page(site, self.templates, &summaries, page, markdown, &markdown.html)
                                    .and_then(|html| store(self.staging, page, &pages[i].output_file, html));
                            (i, result)
                        })
                        .collect()
                },
                || site_files(site, self.templates, &summaries),
            )
        };
        for (i, result) in later {
            html[i] = Some(result);
            pages[i].release(self.retain);
        }
        files
    }
}

/// Every file of the site in one [`Output`]: the pages, the site-wide
/// files, the theme's static files and the files beside pages, each
/// refused when its path is taken.
fn collect_output(
    site: &Site,
    pages: &[PageOutput],
    html: Vec<Option<Stored>>,
    files: Vec<SiteFile>,
    images: Option<&Cache>,
    report: &mut Diagnostics,
) -> Output {
    let _phase = crate::util::timings::phase("collect the output");
    let mut output = Output::new();
    let mut template_errors = Vec::new();
    for ((page, result), rendered) in site.content.pages.iter().zip(html).zip(pages) {
        match result.expect("every page is rendered") {
            Ok(body) => {
                if let Err(d) = output.insert(rendered.output_file.clone(), body, page.source.clone()) {
                    report.push(d);
                }
            }
            Err(d) => template_errors.push(d),
        }
    }
    report.extend(crate::templates::errors::merge_repeated(template_errors));
    for file in files {
        match file.text {
            Ok(text) => {
                if let Err(d) = output.insert(file.path, Body::bytes(text), file.origin) {
                    report.push(d);
                }
            }
            Err(d) => report.push(d),
        }
    }
    let _images = crate::util::timings::phase("images, static files");
    for (path, body, origin) in self::files::published(site, images, report) {
        if let Err(d) = output.insert(path, body, origin) {
            report.push(d);
        }
    }
    output
}

/// The other-site check on every file that is not a page (pages were
/// checked as they were rendered); an external image in Markdown, already
/// reported at its line, is not reported again.
fn check_the_rest(site: &Site, output: &Output, pages: &[PageOutput], report: &mut Diagnostics) {
    let reported: Vec<(PathBuf, String)> = report
        .iter()
        .filter_map(|d| Some((d.path.clone(), d.loads_from_another_site()?.to_string())))
        .collect();
    for found in check_site_files(output, pages, &site.theme) {
        let again = |(path, url): &(PathBuf, String)| {
            *path == found.path && found.loads_from_another_site() == Some(url.as_str())
        };
        if !reported.iter().any(again) {
            report.push(found);
        }
    }
}

/// A rendered page, kept or already written, or why it could not be.
type Stored = Result<Body, Diagnostic>;

/// Keeps a rendered page, or writes it to the staging folder at once (it
/// was checked for requests to other sites when rendered).
fn store(staging: Option<&Staging>, page: &Page, path: &str, html: Spliced) -> Stored {
    let Some(staging) = staging else { return Ok(Body::bytes(html.into_string())) };
    let parts: Vec<&[u8]> = html.parts().into_iter().map(str::as_bytes).collect();
    staging.write_parts(path, &parts).map(|()| Body::Written).map_err(|e| {
        Diagnostic::error(&page.source, msg!("render-cannot-write", path = path, reason = io_reason(&e)))
    })
}

/// Whether a page's template shows nothing of other pages' text (no list
/// of pages, no summaries), so it can be rendered with its Markdown.
fn shows_only_itself(page: &Page) -> bool {
    !page.is_section && !page.key.is_home() && page.generated.is_none()
}
