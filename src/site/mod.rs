//! The loaded site: settings, strings, theme and pages, validated and indexed.
//!
//! The first half of every command, as `pipeline` runs it: load the
//! settings, the strings and theme, then the content and data
//! ([`load_config`], [`load_strings_and_theme`], [`load_sources`]); then
//! validate and model them into a [`Site`] ([`Site::assemble`]). Rendering
//! (`render`) and writing (`output`) take it from there.

pub mod content;
pub mod front_matter;
pub mod urls;

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use rustc_hash::FxHashMap;

use self::content::{Content, Generated, LoadOptions, Page, PageKey};
use self::front_matter::{FrontMatter, SortBy};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::Locales;
use crate::i18n::dates::DateTexts;
use crate::msg;
use crate::stats::Statistics;
use crate::stats::view;
use crate::templates::theme::Theme;

/// Options shared by `build`, `check` and `serve`.
#[derive(Debug, Clone, Default)]
pub struct SiteOptions {
    pub drafts: bool,
    /// Replaces `base_url` from site.yaml (deploy previews).
    pub base_url: Option<String>,
    /// Read each page's Markdown again when rendering it instead of holding
    /// all of it from loading on (a build, which renders each page once).
    pub lazy_bodies: bool,
}

pub struct Site {
    pub root: PathBuf,
    pub config: Config,
    pub locales: Arc<Locales>,
    pub theme: Theme,
    pub content: Content,
    /// Protected statistics, when the site has a `data/` folder.
    pub stats: Option<Statistics>,
    /// The data could not be read (its errors are reported): the pages and
    /// figures made from it cannot be checked in this run.
    pub stats_unreadable: bool,
    /// Page key → the page's index in each language (in `config.languages` order).
    index: FxHashMap<PageKey, Vec<Option<usize>>>,
    /// Pages' dates as their readers write them.
    pub dates: DateTexts,
    /// Each page's absolute URL (index-aligned with `content.pages`), made
    /// when first asked for: canonical links, alternates, the sitemap and
    /// the feeds all name the same pages.
    urls: Vec<OnceLock<String>>,
}

/// The section the statistics pages are made in (`statistics/<year>`).
const STATISTICS_SECTION: &str = "statistics";

/// Whether `key` names a page the statistics make: the section, or a year
/// (`statistics/2025`).
fn is_statistics_page(key: &PageKey) -> bool {
    let year = |rest: &str| rest.len() == 4 && rest.bytes().all(|b| b.is_ascii_digit());
    key.as_str() == STATISTICS_SECTION
        || key.as_str().strip_prefix(STATISTICS_SECTION).and_then(|r| r.strip_prefix('/')).is_some_and(year)
}

/// What the site's folders hold besides its settings: its pages and the
/// files beside them, and its protected statistics.
pub(crate) struct Sources {
    pub content: Content,
    pub stats: Option<Statistics>,
    pub stats_unreadable: bool,
}

/// Load: `site.yaml`, with `--base-url` applied. Nothing else can be read
/// without it, so its errors stop the run here.
pub(crate) fn load_config(root: &Path, options: &SiteOptions) -> Result<Config, Diagnostics> {
    let mut config = Config::load(root)?;
    if let Some(base_url) = &options.base_url {
        config.base_url = if base_url.ends_with('/') { base_url.clone() } else { format!("{base_url}/") };
    }
    Ok(config)
}

/// Load: the Fluent strings and the theme. Their errors are reported and
/// the run goes on, so that the content's errors are reported with them.
pub(crate) fn load_strings_and_theme(
    root: &Path,
    config: &Config,
    report: &mut Diagnostics,
) -> (Option<Arc<Locales>>, Option<Theme>) {
    let _loading = crate::util::timings::phase("settings, strings, theme");
    let locales = Locales::load(root, config).map_err(|d| report.extend(d)).ok().map(Arc::new);
    let theme = Theme::load(root, config).map_err(|d| report.extend(d)).ok();
    (locales, theme)
}

/// Load and validate: every page and file of `content/`, and the data,
/// each cell checked and every table protected.
pub(crate) fn load_sources(
    root: &Path,
    config: &Config,
    options: &SiteOptions,
    report: &mut Diagnostics,
) -> Sources {
    let loading = crate::util::timings::phase("content: read, front matter");
    let (content, found) = content::load(
        root,
        config,
        LoadOptions { drafts: options.drafts, keep_bodies: !options.lazy_bodies },
    );
    report.extend(found);
    drop(loading);
    let _loading = crate::util::timings::phase("statistics");
    let (stats, stats_unreadable) = match Statistics::load(root, config.privacy.min_count) {
        Ok((stats, warnings)) => {
            report.extend(warnings);
            (stats, false)
        }
        Err(errors) => {
            report.extend(errors);
            (None, true)
        }
    };
    Sources { content, stats, stats_unreadable }
}

impl Site {
    /// Validate and model: every message the theme and the statistics need
    /// exists in every language, the statistics pages are added, every page
    /// is indexed, and every language has a home page. `None` when the
    /// site cannot be rendered: a message the theme needs is missing, or a
    /// language has no home page. Pages and data that could not be read
    /// are left out, so the rest is still rendered and checked, and every
    /// mistake of the run is reported at once.
    pub(crate) fn assemble(
        root: &Path,
        config: Config,
        locales: Arc<Locales>,
        theme: Theme,
        sources: Sources,
        report: &mut Diagnostics,
    ) -> Option<Site> {
        let Sources { mut content, stats, stats_unreadable } = sources;
        let mut missing =
            missing_messages(&config, &locales, &crate::templates::translate::message_uses(&theme));
        if let Some(stats) = &stats {
            missing.extend(missing_statistics_labels(&config, &locales, stats));
        }
        let cannot_render = missing.iter().any(Diagnostic::is_error);
        report.extend(missing);
        if cannot_render {
            return None;
        }
        if let Some(stats) = &stats {
            report.extend(add_statistics_pages(&config, &locales, stats, &mut content.pages));
        }
        let mut index: FxHashMap<PageKey, Vec<Option<usize>>> = FxHashMap::default();
        for (i, page) in content.pages.iter_mut().enumerate() {
            page.index = i;
            if let Some(lang) = config.languages.iter().position(|l| l.code == page.lang) {
                index.entry(page.key.clone()).or_insert_with(|| vec![None; config.languages.len()])[lang] =
                    Some(i);
            }
        }
        let urls = std::iter::repeat_with(OnceLock::new).take(content.pages.len()).collect();
        let site = Site {
            root: root.to_path_buf(),
            config,
            locales,
            theme,
            content,
            stats,
            stats_unreadable,
            urls,
            index,
            dates: DateTexts::default(),
        };
        let homes = site.missing_homes();
        let cannot_render = !homes.is_empty();
        report.extend(homes);
        (!cannot_render).then_some(site)
    }

    /// The statistics as shown in `lang`, when the site has data.
    pub fn viewer<'a>(&'a self, lang: &'a str) -> Option<view::Viewer<'a>> {
        let stats = self.stats.as_ref()?;
        let rtl = self.config.language(lang).is_some_and(|l| l.direction == crate::config::Direction::Rtl);
        Some(view::Viewer { stats, locales: &self.locales, lang, rtl })
    }

    /// The page's absolute URL, percent-encoded as sitemaps and feeds
    /// require.
    pub fn url(&self, page: &Page) -> &str {
        self.urls[self.index_of(page)]
            .get_or_init(|| urls::absolute(&self.config.base_url, &urls::pretty_path(&page.lang, &page.key)))
    }

    /// The pages with this key, in the order of the site's languages.
    pub fn translations<'a>(&'a self, key: &PageKey) -> impl Iterator<Item = &'a Page> + 'a {
        let indexes = self.index.get(key.as_str()).map_or(&[][..], Vec::as_slice);
        indexes.iter().flatten().map(|&i| &self.content.pages[i])
    }

    /// Where `page` is in `content.pages`.
    pub fn index_of(&self, page: &Page) -> usize {
        assert!(std::ptr::eq(&self.content.pages[page.index], page), "page belongs to the site");
        page.index
    }

    /// Whether a page is there, or would be had it been readable: a page
    /// whose front matter is broken, or a statistics page while the data
    /// cannot be read. Links to these are not reported again.
    pub fn exists_or_unreadable(&self, lang: &str, key: &PageKey) -> bool {
        self.page(lang, key).is_some()
            || self.content.is_unreadable(lang, key)
            || (self.stats_unreadable && is_statistics_page(key))
    }

    pub fn page(&self, lang: &str, key: &PageKey) -> Option<&Page> {
        let lang = self.config.languages.iter().position(|l| l.code == lang)?;
        self.index.get(key.as_str()).and_then(|langs| langs[lang]).map(|i| &self.content.pages[i])
    }

    /// The pages of a section in one language, in the section's order.
    pub fn children(&self, section: &Page) -> Vec<&Page> {
        let mut pages: Vec<&Page> = self
            .content
            .pages
            .iter()
            .filter(|p| {
                p.lang == section.lang && !p.is_section && p.key.parent() == Some(section.key.as_str())
            })
            .collect();
        sort_pages(&mut pages, section.front.sort_by);
        pages
    }

    /// The sections directly below a section, by weight.
    pub fn subsections(&self, section: &Page) -> Vec<&Page> {
        let mut pages: Vec<&Page> = self
            .content
            .pages
            .iter()
            .filter(|p| {
                p.lang == section.lang && p.is_section && p.key.parent() == Some(section.key.as_str())
            })
            .collect();
        sort_pages(&mut pages, SortBy::Weight);
        pages
    }

    /// Every page key, with the languages that have it.
    pub fn translations_by_key(&self) -> HashMap<&PageKey, BTreeSet<&str>> {
        let mut map: HashMap<&PageKey, BTreeSet<&str>> = HashMap::new();
        for page in &self.content.pages {
            map.entry(&page.key).or_default().insert(&page.lang);
        }
        map
    }

    fn missing_homes(&self) -> Vec<Diagnostic> {
        self.config
            .languages
            .iter()
            .filter(|l| !self.exists_or_unreadable(&l.code, &PageKey::default()))
            .map(|l| {
                Diagnostic::error(
                    Path::new(content::CONTENT_DIR).join(&l.code).join(content::SECTION_FILE),
                    msg!("content-no-home-page", lang = &l.code),
                )
                .hint(msg!("content-no-home-page-hint"))
            })
            .collect()
    }
}

fn sort_pages(pages: &mut [&Page], by: SortBy) {
    match by {
        SortBy::Weight => {
            pages.sort_by(|a, b| (a.front.weight, &a.front.title).cmp(&(b.front.weight, &b.front.title)))
        }
        SortBy::Title => pages.sort_by(|a, b| a.front.title.cmp(&b.front.title)),
        // Newest first; undated pages last; ties in a stable order.
        SortBy::Date => pages.sort_by(|a, b| {
            (b.front.date.is_some(), b.front.date, &a.front.title).cmp(&(
                a.front.date.is_some(),
                a.front.date,
                &b.front.title,
            ))
        }),
    }
}

/// Fluent messages the theme or the engine uses that a language lacks.
pub(crate) fn missing_messages(
    config: &Config,
    locales: &Locales,
    template_keys: &[crate::templates::translate::MessageUse],
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for language in &config.languages {
        for usage in template_keys {
            if !locales.has(&language.code, &usage.key) {
                found.push(
                    Diagnostic::error(
                        &usage.path,
                        msg!(
                            "content-theme-message-missing",
                            key = &usage.key,
                            folder = Locales::folder(&language.code)
                        ),
                    )
                    .at_line(usage.line)
                    .hint(msg!(
                        "content-theme-message-missing-hint",
                        key = &usage.key,
                        folder = Locales::folder(&language.code)
                    )),
                );
            }
        }
        for key in crate::i18n::engine_keys() {
            if !locales.has(&language.code, &key) {
                found.push(
                    Diagnostic::error(
                        Locales::folder(&language.code),
                        msg!("content-date-message-missing", key = &key),
                    )
                    .hint(msg!("content-date-message-missing-hint", key = &key)),
                );
            }
        }
    }
    found
}

/// Category labels and statistics sentences each language lacks.
fn missing_statistics_labels(config: &Config, locales: &Locales, stats: &Statistics) -> Vec<Diagnostic> {
    let keys = view::required_keys(stats);
    config
        .languages
        .iter()
        .flat_map(|language| {
            keys.iter().filter(|key| !locales.has(&language.code, key)).map(|key| {
                Diagnostic::error(
                    Locales::folder(&language.code),
                    msg!("content-statistics-message-missing", key = key),
                )
                .hint(msg!(
                    "content-statistics-message-missing-hint",
                    key = key,
                    folder = Locales::folder(&language.code)
                ))
            })
        })
        .collect()
}

/// The statistics pages of every language: `statistics/` (unless `content/`
/// writes it) and one page per year of data.
fn add_statistics_pages(
    config: &Config,
    locales: &Locales,
    stats: &Statistics,
    pages: &mut Vec<Page>,
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let schema_path = Path::new(crate::stats::schema::DATA_DIR).join(crate::stats::schema::SCHEMA_FILE);
    let index_key = PageKey::new(STATISTICS_SECTION);
    for language in &config.languages {
        let lang = &language.code;
        match pages.iter_mut().find(|p| &p.lang == lang && p.key == index_key) {
            Some(page) => {
                page.generated = Some(Generated::StatisticsIndex);
                page.front.template.get_or_insert_with(|| "statistics-index.html".to_string());
            }
            None => {
                let title = locales.text(lang, view::TITLE_KEY).unwrap_or_default();
                let front = FrontMatter::generated(title, 0, "statistics-index.html");
                pages.push(generated_page(
                    lang,
                    index_key.clone(),
                    front,
                    Generated::StatisticsIndex,
                    &schema_path,
                ));
            }
        }
        for &year in stats.years.keys() {
            let key = PageKey::new(format!("{STATISTICS_SECTION}/{year}"));
            if let Some(existing) = pages.iter().find(|p| &p.lang == lang && p.key == key) {
                found.push(
                    Diagnostic::error(
                        &existing.source,
                        msg!("content-takes-statistics-address", year = year.to_string()),
                    )
                    .hint(msg!("content-takes-statistics-address-hint")),
                );
                continue;
            }
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("year", year.to_string());
            let title = locales.get(lang, view::YEAR_TITLE_KEY, Some(&args)).unwrap_or_default();
            // Newest year first in a section sorted by weight.
            let front = FrontMatter::generated(title, -i64::from(year), "statistics.html");
            pages.push(generated_page(lang, key, front, Generated::StatisticsYear(year), &schema_path));
        }
    }
    found
}

fn generated_page(lang: &str, key: PageKey, front: FrontMatter, generated: Generated, source: &Path) -> Page {
    Page {
        lang: lang.to_string(),
        key,
        // The index lists the years; each year is a page of its own.
        is_section: matches!(generated, Generated::StatisticsIndex),
        source: source.to_path_buf(),
        front,
        body: Some(String::new()),
        body_line_offset: 0,
        generated: Some(generated),
        index: 0,
    }
}
