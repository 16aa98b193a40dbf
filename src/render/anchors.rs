//! Links to a heading of a page (`@/get-help.md#hours`), checked by every
//! build once all pages are rendered, and reported in the words the writer
//! typed: the page she named, the heading it lacks, and those it has.

use std::sync::OnceLock;

use regex::Regex;

use super::PageOutput;
use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::site::Site;
use crate::site::content::PageKey;

/// Every link to a heading that leads to no heading of its page.
pub(super) fn check(site: &Site, pages: &[PageOutput]) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut on_every_page: Option<Vec<String>> = None;
    for (page, output) in site.content.pages.iter().zip(pages) {
        for link in &output.markdown.links {
            let Some(written) = &link.to_heading else { continue };
            let Some((path, fragment)) = written.strip_prefix("@/").and_then(|t| t.split_once('#')) else {
                continue;
            };
            let fragment = percent_encoding::percent_decode_str(fragment).decode_utf8_lossy();
            let target =
                if path.is_empty() { Some(page) } else { site.page(&page.lang, &PageKey::of_link(path)) };
            // A page that does not exist was reported where the link was read;
            // one that could not be read (or was written twice) has its own error.
            let Some(target) = target else { continue };
            if site.content.is_unreadable(&target.lang, &target.key) {
                continue;
            }
            let ids = &pages[target.index].markdown.ids;
            if ids.iter().any(|id| *id == fragment) {
                continue;
            }
            // Ids the theme gives every page (`#main`) are headings enough.
            let theme = on_every_page.get_or_insert_with(|| template_ids(site));
            if theme.iter().any(|id| *id == fragment) {
                continue;
            }
            let headings: Vec<&str> =
                pages[target.index].markdown.headings.iter().map(|h| h.id.as_str()).collect();
            let list = if headings.is_empty() {
                msg!("render-anchor-no-headings")
            } else {
                let shown: Vec<String> = headings.iter().take(8).map(|id| format!("#{id}")).collect();
                let hidden = headings.len().saturating_sub(8);
                msg!("render-anchor-headings", headings = shown.join(", "), hidden = hidden)
            };
            let hint = match crate::util::text::closest(&fragment, headings.iter().copied()) {
                Some(id) => msg!("render-anchor-did-you-mean", path = path, id = id, then = list),
                None => list,
            };
            found.push(
                Diagnostic::error(
                    &page.source,
                    msg!(
                        "render-anchor-missing",
                        link = written,
                        fragment = &*fragment,
                        page = &target.source
                    ),
                )
                .at_line(link.line)
                .hint(hint),
            );
        }
    }
    found
}

/// Ids written literally in the theme's templates.
fn template_ids(site: &Site) -> Vec<String> {
    static ID: OnceLock<Regex> = OnceLock::new();
    let id = ID.get_or_init(|| Regex::new(r#"\sid="([^"{}]+)""#).expect("valid regex"));
    site.theme.templates.iter().flat_map(|t| id.captures_iter(&t.text).map(|c| c[1].to_string())).collect()
}
