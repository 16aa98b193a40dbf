//! What each shortcode puts in a page, and how `@/` links resolve: the
//! site's side of [`markdown::Host`](crate::markdown::Host).
//!
//! | shortcode | shows |
//! | --- | --- |
//! | `{{< placeholder "phone number" >}}` | a visibly marked placeholder |
//! | `{{< stat "cases" 2025 >}}` | a dataset's published total for a year |
//! | `{{< stats-table "women-by-age-band" 2025 >}}` | a statistics table |
//! | `{{< helplines >}}` | the emergency numbers of `site.yaml`, as buttons |

use tera::Context;

use super::context::LanguageView;
use std::path::Path;

use crate::images::{Format, Recipe};
use crate::markdown::shortcode_syntax::Shortcode;
use crate::markdown::{Host, ImageTarget, PictureRef};
use crate::messages::Message;
use crate::msg;
use crate::site::Site;
use crate::site::content::{Page, PageKey};
use crate::site::urls;
use crate::stats::view::Viewer;
use crate::templates::Templates;
use crate::util::escape::escape_html;

/// The partial that draws a statistics table, in pages and in shortcodes.
pub const STATS_TABLE_TEMPLATE: &str = "partials/stats-table.html";

pub struct PageHost<'a> {
    site: &'a Site,
    templates: &'a Templates,
    page: &'a Page,
    root: String,
}

impl<'a> PageHost<'a> {
    pub fn new(site: &'a Site, templates: &'a Templates, page: &'a Page) -> Self {
        PageHost { site, templates, page, root: urls::root_prefix(&urls::output_file(&page.lang, &page.key)) }
    }

    fn viewer(&self) -> Result<Viewer<'a>, Message> {
        self.site.viewer(&self.page.lang).ok_or_else(|| msg!("render-shortcode-no-data"))
    }

    fn year(&self, call: &Shortcode, index: usize) -> Result<u16, Message> {
        let text =
            call.arg("year", index).ok_or_else(|| msg!("render-shortcode-needs-year", name = &call.name))?;
        text.parse().map_err(|_| msg!("render-shortcode-not-a-year", text = text))
    }

    fn placeholder(&self, call: &Shortcode) -> Result<String, Message> {
        let what = call.arg("text", 0).ok_or_else(|| msg!("render-placeholder-needs-text"))?;
        let label = self.site.locales.text(&self.page.lang, "placeholder-label").map_err(|e| e.message())?;
        Ok(format!(
            "<mark class=\"placeholder\"><span class=\"placeholder-label\">{}</span> {}</mark>",
            escape_html(&label),
            escape_html(what)
        ))
    }

    fn stat(&self, call: &Shortcode) -> Result<String, Message> {
        let viewer = self.viewer()?;
        let name = call.arg("dataset", 0).ok_or_else(|| msg!("render-stat-needs-dataset"))?;
        let dataset = viewer
            .stats
            .dataset_index(name)
            .ok_or_else(|| msg!("render-shortcode-no-such-dataset", name = name))?;
        let year = self.year(call, 1)?;
        let figures = viewer
            .stats
            .year(year)
            .ok_or_else(|| msg!("render-shortcode-no-rows", year = year.to_string()))?;
        let cell = viewer.total(figures, dataset).map_err(|e| e.message())?;
        let mut html =
            format!("<span class=\"stat stat-{}\">{}</span>", cell.status, escape_html(&cell.display));
        if figures.synthetic {
            let note =
                self.site.locales.text(&self.page.lang, "stats-synthetic-mark").map_err(|e| e.message())?;
            html.push_str(&format!(" <small class=\"synthetic\">{}</small>", escape_html(&note)));
        }
        Ok(html)
    }

    fn stats_table(&self, call: &Shortcode) -> Result<String, Message> {
        let viewer = self.viewer()?;
        let id = call.arg("table", 0).ok_or_else(|| msg!("render-stats-table-needs-table"))?;
        let table =
            viewer.stats.table_index(id).ok_or_else(|| msg!("render-shortcode-no-such-table", id = id))?;
        let year = self.year(call, 1)?;
        let figures = viewer
            .stats
            .year(year)
            .ok_or_else(|| msg!("render-shortcode-no-rows", year = year.to_string()))?;
        let view = viewer.table(figures, table).map_err(|e| e.message())?;
        let language = self.site.config.language(&self.page.lang).expect("validated language");
        let mut context = Context::new();
        context.insert("table", &view);
        context.insert("lang", &LanguageView::from(language));
        context.insert("min_count", &viewer.stats.min_count);
        self.templates
            .render(STATS_TABLE_TEMPLATE, &context, &self.page.source)
            .map_err(|d| where_in_template(&d))
    }
}

impl PageHost<'_> {
    fn helplines(&self) -> Result<String, Message> {
        if self.site.config.helplines.is_none() {
            return Err(msg!("render-helplines-none"));
        }
        let language = self.site.config.language(&self.page.lang).expect("validated language");
        let mut context = Context::new();
        context.insert("lang", &LanguageView::from(language));
        crate::render::helplines::insert(&mut context, self.site, &self.page.lang);
        self.templates
            .render(crate::render::helplines::TEMPLATE, &context, &self.page.source)
            .map_err(|d| where_in_template(&d))
    }
}

/// The shortcodes a page may call.
const SHORTCODES: [&str; 4] = ["placeholder", "stat", "stats-table", "helplines"];

impl Host for PageHost<'_> {
    fn resolve(&self, content_path: &str) -> Option<String> {
        let key = PageKey::of_link(content_path);
        if let Some(target) = self.site.page(&self.page.lang, &key) {
            return Some(urls::href(&self.root, &urls::output_file(&target.lang, &target.key)));
        }
        // A page that is there but could not be read: its own error says
        // so, and the build fails; the link is not a second mistake.
        self.site
            .exists_or_unreadable(&self.page.lang, &key)
            .then(|| urls::href(&self.root, &urls::output_file(&self.page.lang, &key)))
    }

    fn nearest_page(&self, content_path: &str) -> Option<String> {
        let typed = PageKey::of_link(content_path);
        let keys =
            self.site.content.pages.iter().filter(|p| p.lang == self.page.lang).map(|p| p.key.as_str());
        let meant = crate::util::text::closest(typed.as_str(), keys)?;
        Some(if meant.is_empty() { "_index.md".to_string() } else { format!("{meant}.md") })
    }

    fn image(&self, src: &str) -> Result<ImageTarget, Message> {
        // A path from the site's root (`/logo.png`, from static/) is left as written.
        if src.starts_with('/') || src.is_empty() {
            return Ok(ImageTarget::File(src.to_string()));
        }
        let lang_dir = Path::new(crate::site::content::CONTENT_DIR).join(&self.page.lang);
        let page_dir =
            self.page.source.parent().and_then(|d| d.strip_prefix(&lang_dir).ok()).unwrap_or(Path::new(""));
        let written = src.split(['#', '?']).next().unwrap_or(src);
        let decoded = percent_encoding::percent_decode_str(written).decode_utf8_lossy();
        let (start, path) = match decoded.strip_prefix("@/") {
            Some(path) => (Path::new(""), path),
            None => (page_dir, &*decoded),
        };
        let mut relative = std::path::PathBuf::from(start);
        for part in path.split('/') {
            match part {
                "" | "." => {}
                ".." => {
                    if !relative.pop() {
                        return Err(msg!("render-image-outside-language", src = src, lang = &self.page.lang));
                    }
                }
                part => relative.push(part),
            }
        }
        let asset =
            self.site.content.assets.iter().find(|a| a.lang == self.page.lang && a.relative == relative);
        let refused =
            || self.site.content.refused_files.iter().any(|(l, r)| *l == self.page.lang && *r == relative);
        let Some(asset) = asset else {
            // A file that is there but refused: its own error says why, and
            // the build fails; "does not exist" would send her looking for it.
            if refused() {
                return Ok(ImageTarget::File(src.to_string()));
            }
            return Err(msg!("render-image-not-found", src = src, path = lang_dir.join(&relative)));
        };
        let own = format!("{}/{}", asset.lang, relative.to_string_lossy().replace('\\', "/"));
        let Some(picture) = &asset.picture else {
            return Ok(ImageTarget::File(urls::href(&self.root, &own)));
        };
        let copies = picture
            .widths()
            .into_iter()
            .map(|width| {
                let copy = |format| {
                    urls::href(&self.root, &crate::images::copy_path(&own, Recipe { format, width }))
                };
                (width, copy(Format::Webp), copy(picture.format.fallback()))
            })
            .collect::<Vec<_>>();
        let widest = copies.last().map_or(picture.width, |c| c.0);
        Ok(ImageTarget::Picture(PictureRef { copies, width: widest, height: picture.height_at(widest) }))
    }

    fn is_block(&self, name: &str) -> bool {
        matches!(name, "stats-table" | "helplines")
    }

    fn shortcode(&self, call: &Shortcode) -> Result<String, Message> {
        if let Some(parameters) = parameters(&call.name)
            && call.positional.len() > parameters.len()
        {
            return Err(too_many_arguments(call, parameters));
        }
        // Figures from data that could not be read: its errors are
        // reported, and the build fails; these are not mistakes of their own.
        if self.site.stats_unreadable && matches!(call.name.as_str(), "stat" | "stats-table") {
            return Ok(String::new());
        }
        match call.name.as_str() {
            "placeholder" => self.placeholder(call),
            "stat" => self.stat(call),
            "stats-table" => self.stats_table(call),
            "helplines" => self.helplines(),
            other => Err(match crate::util::text::closest(other, SHORTCODES) {
                Some(meant) => msg!("render-unknown-shortcode-did-you-mean", name = other, meant = meant),
                None => msg!("render-unknown-shortcode", name = other),
            }),
        }
    }
}

/// What each shortcode takes by position, in order.
fn parameters(name: &str) -> Option<&'static [&'static str]> {
    Some(match name {
        "placeholder" => &["text"],
        "stat" => &["dataset", "year"],
        "stats-table" => &["table", "year"],
        "helplines" => &[],
        _ => return None,
    })
}

/// A call with more arguments than its shortcode takes: most often a text
/// with spaces written without quotes, which would be cut at its first
/// word. The message spells out the call as it should be written.
fn too_many_arguments(call: &Shortcode, parameters: &[&str]) -> Message {
    let given = call.positional.len();
    let takes = parameters.len();
    let names = parameters.join(", ");
    match parameters.last() {
        Some(&"text") => {
            let kept = &call.positional[..parameters.len() - 1];
            let text = call.positional[parameters.len() - 1..].join(" ");
            let args: Vec<String> =
                kept.iter().chain(std::iter::once(&text)).map(|a| format!("\"{a}\"")).collect();
            let fixed = format!("{{{{< {} {} >}}}}", call.name, args.join(" "));
            msg!(
                "render-shortcode-too-many-arguments-quote",
                name = &call.name,
                takes = takes,
                parameters = names,
                given = given,
                fixed = fixed
            )
        }
        _ => msg!(
            "render-shortcode-too-many-arguments",
            name = &call.name,
            takes = takes,
            parameters = names,
            given = given
        ),
    }
}

/// A template's error as a shortcode reports it at its line in the page:
/// the message, and where in the template it happened.
fn where_in_template(d: &crate::diagnostic::Diagnostic) -> Message {
    match d.line {
        Some(line) => msg!(
            "render-shortcode-template-failed-at",
            message = d.message.clone(),
            path = &d.path,
            line = line
        ),
        None => msg!("render-shortcode-template-failed", message = d.message.clone(), path = &d.path),
    }
}
