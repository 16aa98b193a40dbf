//! What a publishing build (`amal build --publish`, `amal check --publish`)
//! refuses and a preview only warns about: a site that cannot help the
//! woman who reads it. A placeholder left on the home page or on a page of
//! the menu, and a site that gives no emergency number to call.

use std::collections::HashMap;
use std::path::Path;

use crate::config::CONFIG_FILE;
use crate::diagnostic::Diagnostic;
use crate::messages::Message;
use crate::msg;
use crate::render::PageOutput;
use crate::site::Site;
use crate::site::content::PageKey;

/// Everything unfinished that a reader would meet first: errors when
/// `publish`, warnings otherwise.
pub fn unfinished(site: &Site, pages: &[PageOutput], publish: bool) -> Vec<Diagnostic> {
    let report = |path: &Path, message: Message| {
        if publish { Diagnostic::error(path, message) } else { Diagnostic::warning(path, message) }
    };
    let mut found = Vec::new();
    if site.config.helplines.is_none() {
        found.push(
            report(Path::new(CONFIG_FILE), msg!("render-check-no-helplines"))
                .hint(msg!("render-check-no-helplines-hint")),
        );
    }
    let first_met: HashMap<&Path, &PageKey> = site
        .content
        .pages
        .iter()
        .filter(|p| p.key.is_home() || site.config.menu.iter().any(|entry| p.key.as_str() == entry))
        .map(|p| (p.source.as_path(), &p.key))
        .collect();
    for page in pages {
        let Some(key) = first_met.get(page.source.as_path()) else { continue };
        for call in page.markdown.calls.iter().filter(|c| c.call.name == "placeholder") {
            let what = call.call.arg("text", 0).unwrap_or_default();
            let message = if key.is_home() {
                msg!("render-check-placeholder-on-home", text = what)
            } else {
                msg!("render-check-placeholder-in-menu", text = what)
            };
            found.push(report(&page.source, message).at_line(call.line).hint(if publish {
                msg!("render-check-placeholder-publish-hint")
            } else {
                msg!("render-check-placeholder-preview-hint")
            }));
        }
    }
    found
}
