//! What every template is given: typed views of the language, the page,
//! the language switcher, the menu and the alternates, serialised once.

use serde::Serialize;
use tera::Context;

use super::summaries::Summaries;
use crate::config::Language;
use crate::diagnostic::Diagnostic;
use crate::site::Site;
use crate::site::content::{Page, PageKey};
use crate::site::urls;

#[derive(Serialize)]
pub(super) struct LanguageView<'a> {
    code: &'a str,
    name: &'a str,
    dir: &'a str,
}

impl<'a> From<&'a Language> for LanguageView<'a> {
    fn from(l: &'a Language) -> Self {
        LanguageView { code: &l.code, name: &l.name, dir: l.direction.as_str() }
    }
}

/// A year's open data, as its statistics page links to it.
#[derive(Serialize)]
pub(super) struct Downloads {
    pub csv: String,
    pub json: String,
    pub method: String,
}

/// A year as the statistics index lists it.
#[derive(Serialize)]
pub(super) struct YearLink {
    pub year: u16,
    pub href: String,
    pub synthetic: bool,
    /// One sentence per dataset.
    pub headlines: Vec<String>,
}

#[derive(Serialize)]
pub(super) struct DateView {
    iso: String,
    display: String,
}

#[derive(Serialize)]
pub(super) struct PageView<'a> {
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
pub(super) struct SwitcherEntry<'a> {
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
pub(super) struct Alternate {
    hreflang: String,
    href: String,
}

#[derive(Serialize)]
pub(super) struct MenuEntry<'a> {
    title: &'a str,
    href: String,
    /// `aria-current`: "page" on the entry's own page, "true" below it.
    current: Option<&'static str>,
}

pub(super) fn date_view(site: &Site, page: &Page) -> Result<Option<DateView>, Diagnostic> {
    page.front
        .date
        .map(|date| {
            site.dates
                .display(date, &site.locales, &page.lang)
                .map(|display| DateView { iso: date.to_string(), display })
                .map_err(|e| Diagnostic::error(&page.source, e.message()))
        })
        .transpose()
}

/// Pages as a page at `root` lists them (its section's pages, the newest
/// on the home page), with the summaries of all.
#[derive(Clone, Copy)]
pub(super) struct Lister<'a, 's> {
    pub site: &'a Site,
    pub summaries: &'a Summaries<'s>,
    pub root: &'a str,
}

impl Lister<'_, '_> {
    pub fn view<'p>(&self, page: &'p Page) -> Result<PageView<'p>, Diagnostic> {
        Ok(PageView {
            key: page.key.as_str(),
            title: &page.front.title,
            description: self.summaries.description(page),
            href: urls::href(self.root, &urls::output_file(&page.lang, &page.key)),
            date: date_view(self.site, page)?,
            weight: page.front.weight,
            is_section: page.is_section,
            extra: &page.front.extra,
        })
    }

    pub fn views<'p>(&self, pages: Vec<&'p Page>) -> Result<Vec<PageView<'p>>, Diagnostic> {
        pages.into_iter().map(|p| self.view(p)).collect()
    }
}

/// The absolute URLs of a page in every language that has it, plus `x-default`.
pub(super) fn alternates(site: &Site, key: &PageKey) -> Vec<Alternate> {
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

/// Variables every template gets.
pub(super) fn base_context(site: &Site, lang: &str, root: &str) -> Context {
    let mut context = Context::new();
    let language = site.config.language(lang).unwrap_or_else(|| site.config.default_language());
    context.insert("lang", &LanguageView::from(language));
    context.insert("root", root);
    context.insert("home_href", &urls::href(root, &urls::output_file(lang, &PageKey::default())));
    context.insert("chooser_href", &urls::href(root, "index.html"));
    context.insert("base_url", &site.config.base_url);
    context.insert("quick_exit_url", site.config.quick_exit_url(lang));
    context.insert("one_history_entry", &site.config.one_history_entry);
    crate::render::helplines::insert(&mut context, site, lang);
    context
}

pub(super) fn switcher<'a>(
    site: &'a Site,
    key: &PageKey,
    current: &str,
    root: &str,
) -> Vec<SwitcherEntry<'a>> {
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

pub(super) fn menu<'a>(site: &'a Site, lang: &str, current: &PageKey, root: &str) -> Vec<MenuEntry<'a>> {
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
