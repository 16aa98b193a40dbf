//! The files made from the whole site: the language chooser, the 404 page,
//! the sitemap, robots.txt, the feeds and the open data.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::context::{alternates, base_context, switcher};
use super::feeds;
use super::summaries::Summaries;
use crate::diagnostic::Diagnostic;
use crate::site::Site;
use crate::site::content::PageKey;
use crate::site::urls;
use crate::stats::view;
use crate::stats::{Statistics, open_data};
use crate::templates::Templates;

/// One file made from the whole site.
pub(super) struct SiteFile {
    /// Where it is published, `/`-separated.
    pub path: String,
    /// Its text, or why it could not be made.
    pub text: Result<String, Diagnostic>,
    /// What an error about it names: its template, site.yaml, a section.
    pub origin: PathBuf,
}

impl SiteFile {
    fn new(
        path: impl Into<String>,
        text: Result<String, Diagnostic>,
        origin: impl Into<PathBuf>,
    ) -> SiteFile {
        SiteFile { path: path.into(), text, origin: origin.into() }
    }
}

/// The files made from the whole site: the language chooser, the 404 page,
/// the sitemap, robots.txt, the feeds and the open data.
pub(super) fn site_files(site: &Site, templates: &Templates, summaries: &Summaries) -> Vec<SiteFile> {
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
                            SiteFile::new(path, feeds::atom(site, section, summaries), section.source.clone())
                        })
                        .collect::<Vec<_>>()
                },
            )
        },
    );
    let mut files = vec![
        SiteFile::new("index.html", chooser, "templates/chooser.html"),
        SiteFile::new("404.html", not_found, "templates/404.html"),
        SiteFile::new("sitemap.xml", Ok(sitemap), "site.yaml"),
        SiteFile::new("robots.txt", Ok(feeds::robots(site)), "site.yaml"),
    ];
    files.extend(feeds);
    if let Some(stats) = &site.stats {
        let origin = Path::new(crate::stats::schema::DATA_DIR).to_path_buf();
        for (path, result) in open_data_files(site, stats) {
            files.push(SiteFile::new(path, result, origin.clone()));
        }
    }
    files
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
                .map_err(|e| Diagnostic::error(crate::i18n::Locales::folder(&language.code), e.message()));
            files.push((format!("{folder}/{}", open_data::method_file(&language.code)), note));
        }
    }
    files
}
