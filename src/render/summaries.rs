//! Other pages' rendered text as lists, feeds and descriptions show it.

use super::built::PageOutput;
use crate::markdown::Rendered;
use crate::site::Site;
use crate::site::content::Page;

/// The longest generated meta description, in characters.
const DESCRIPTION_CHARS: usize = 160;

/// Access to other pages' rendered text, for listings and feeds.
pub struct Summaries<'a> {
    site: &'a Site,
    pages: &'a [PageOutput],
    /// A page rendered before the others, which only sees itself.
    own: Option<(&'a Page, &'a PageOutput)>,
}

impl<'a> Summaries<'a> {
    pub fn new(site: &'a Site, pages: &'a [PageOutput]) -> Self {
        Summaries { site, pages, own: None }
    }

    /// For a page that shows only itself, rendered before the others.
    pub(super) fn of_one(site: &'a Site, page: &'a Page, output: &'a PageOutput) -> Self {
        Summaries { site, pages: &[], own: Some((page, output)) }
    }

    fn output(&self, page: &Page) -> &PageOutput {
        if let Some((own, output)) = self.own
            && std::ptr::eq(own, page)
        {
            return output;
        }
        &self.pages[self.site.index_of(page)]
    }

    pub fn of(&self, page: &Page) -> &Rendered {
        &self.output(page).markdown
    }

    /// The page's description: its own, or its first paragraph shortened,
    /// or, for a page that starts with no prose, its title.
    pub fn description(&self, page: &Page) -> String {
        self.output(page).description.get_or_init(|| self.describe(page)).clone()
    }

    fn describe(&self, page: &Page) -> String {
        match &page.front.description {
            Some(d) if !d.trim().is_empty() => d.clone(),
            _ => {
                let summary = &self.of(page).summary;
                if summary.is_empty() {
                    page.front.title.clone()
                } else {
                    shorten(summary, DESCRIPTION_CHARS)
                }
            }
        }
    }
}

fn shorten(text: &str, max: usize) -> String {
    let Some((end, _)) = text.char_indices().nth(max) else {
        return text.to_string();
    };
    let cut = &text[..end];
    let at_word = cut.rfind(' ').map_or(cut, |i| &cut[..i]);
    format!("{}…", at_word.trim_end_matches([',', ';', ':', '،', '؛']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_are_shortened_at_a_word() {
        let long = "كلمة ".repeat(50);
        let short = shorten(&long, 20);
        assert!(short.ends_with('…'));
        assert!(short.chars().count() <= 21);
        assert_eq!(shorten("court", 20), "court");
    }
}
