//! What rendering produces: each page's output and Markdown, kept as long
//! as the command needs them.

use std::path::PathBuf;

use crate::markdown::Rendered;
use crate::output::Output;
use crate::site::content::Page;
use crate::site::urls;

/// One rendered page, kept for `check`'s link report.
pub struct PageOutput {
    pub output_file: String,
    pub source: PathBuf,
    pub markdown: Rendered,
    /// The page's description, made when first asked for: the page shows
    /// it, and so do its section's list and feed.
    pub(super) description: std::sync::OnceLock<String>,
}

/// Everything a build produces.
pub struct Built {
    pub output: Output,
    pub pages: Vec<PageOutput>,
}

/// What a build keeps once the site is rendered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retain {
    /// Sources and rendered Markdown too, for `serve`'s partial rebuilds.
    Everything,
    /// The output and what `check` reads of each page (its links, ids and
    /// shortcode calls): each page's source and Markdown HTML are freed as
    /// soon as they are used, which halves a large build's peak memory.
    Output,
    /// Only what other pages show of each page (its description), for
    /// `build`, which writes each page as it is rendered. A page's links,
    /// headings and first paragraph would otherwise stay in memory to the
    /// end: a third of a large build's peak, and the time the system takes
    /// to hand out and clear that memory (benches/README.md).
    Written,
}

impl PageOutput {
    /// Frees, once the page is rendered, what `retain` does not keep.
    pub(super) fn release(&mut self, retain: Retain) {
        let markdown = &mut self.markdown;
        if retain != Retain::Everything {
            markdown.html = String::new();
        }
        if retain == Retain::Written {
            // Links to headings are checked once every page is rendered,
            // against the ids and headings of the pages they lead to.
            markdown.links.retain(|l| l.to_heading.is_some());
            // A publishing build looks for the placeholders left.
            markdown.calls.retain(|c| c.call.name == "placeholder");
            // Lists and feeds show the description, made from it.
            if self.description.get().is_some() {
                markdown.summary = String::new();
            }
        }
    }

    /// Stands for a page whose file could not be read again.
    pub(super) fn empty(page: &Page) -> PageOutput {
        PageOutput {
            output_file: urls::output_file(&page.lang, &page.key),
            source: page.source.clone(),
            markdown: Rendered::default(),
            description: std::sync::OnceLock::new(),
        }
    }
}
