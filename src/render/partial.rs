//! `serve`'s partial rebuilds: after an edit, only the pages that show
//! what changed, and the site-wide files; equal to a full build.

use rayon::prelude::*;

use super::built::Built;
use super::other_site::check_site_files;
use super::page::{page_markdown, render_page};
use super::site_files::site_files;
use super::summaries::Summaries;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::output::{Body, Output};
use crate::site::Site;
use crate::site::content::PageKey;
use crate::templates::Templates;
use crate::templates::splice::Spliced;

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
    let mut template_errors = Vec::new();
    for (i, result) in html {
        match result {
            Ok(html) => {
                updates.push((built.pages[i].output_file.clone(), Body::bytes(html), pages[i].source.clone()))
            }
            Err(d) => template_errors.push(d),
        }
    }
    // One error met on many pages is reported once, as a full build does.
    diagnostics.extend(crate::templates::errors::merge_repeated(template_errors));
    for file in files {
        match file.text {
            Ok(text) => updates.push((file.path, Body::bytes(text), file.origin)),
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
    // Every page's links to headings, as a full build checks them: the
    // edit may add a link, or remove a heading another page links to.
    diagnostics.extend(super::anchors::check(site, &built.pages));
    if diagnostics.has_errors() {
        // Last first: a page listed twice gets its first state back.
        for (i, old) in previous.into_iter().rev() {
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
