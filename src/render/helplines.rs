//! The emergency numbers of `site.yaml` (`helplines:`) as templates see
//! them: one list for the help page, the home page and the strip on every
//! page, so a number is written once and cannot differ between them.

use serde::Serialize;
use tera::Context;

use crate::site::Site;

/// The partial that draws the numbers as large buttons.
pub const TEMPLATE: &str = "partials/helplines.html";

#[derive(Debug, Serialize)]
pub struct HelplineView<'a> {
    pub number: &'a str,
    /// `tel:19`.
    pub tel: String,
    /// The Fluent messages naming the service, in full and for the strip.
    pub name_key: String,
    pub short_key: String,
    pub strip: bool,
}

/// Adds `helplines` (empty when the site has none), `helplines_source` and
/// `helplines_checked` (the date, as a reader of `lang` writes it).
pub fn insert(context: &mut Context, site: &Site, lang: &str) {
    let Some(helplines) = &site.config.helplines else {
        context.insert("helplines", &Vec::<HelplineView>::new());
        return;
    };
    let views: Vec<HelplineView> = helplines
        .numbers
        .iter()
        .map(|h| HelplineView {
            number: &h.number,
            tel: h.tel(),
            name_key: h.name_key(),
            short_key: format!("{}-short", h.name_key()),
            strip: h.strip,
        })
        .collect();
    context.insert("helplines", &views);
    context.insert("helplines_source", &helplines.source);
    let checked = crate::i18n::dates::display(helplines.checked, &site.locales, lang)
        .unwrap_or_else(|_| helplines.checked.to_string());
    context.insert("helplines_checked", &checked);
}
