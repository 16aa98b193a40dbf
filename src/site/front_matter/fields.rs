//! The keys a page's front matter may set, and what each means.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::messages::Message;
use crate::msg;
use crate::util::date::Date;

/// Whether a translation still needs a native speaker's review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Review {
    /// Machine-assisted or unchecked: `amal check` lists it.
    Pending,
    /// Read and approved by a native speaker.
    Done,
}

/// How a section orders its pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum SortBy {
    /// Lowest `weight` first, then title.
    #[default]
    Weight,
    /// Newest `date` first (news).
    Date,
    /// Alphabetical by title.
    Title,
}

/// Every key a page may set. Unknown keys are errors; a key left out takes
/// its type's default (`Default` is what serde's `default` gives each field).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    /// One or two sentences for search results and link previews.
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub date: Option<Date>,
    /// Order within a section sorted by weight.
    #[serde(default)]
    pub weight: i64,
    /// Left out of the build unless `--drafts`.
    #[serde(default)]
    pub draft: bool,
    /// A template other than the default for the page kind.
    #[serde(default)]
    pub template: Option<String>,
    /// Where `template:` is written in the page's file (line, column of
    /// its value), so a template that does not exist is shown there.
    #[serde(skip)]
    pub template_at: Option<crate::diagnostic::Position>,
    /// Translation review status.
    #[serde(default)]
    pub review: Option<Review>,
    /// The version of the page it was translated from: `"fr 1a2b3c4d5e6f7a8b"`,
    /// written by `amal translated`, so `amal check` can say when it changed.
    #[serde(default)]
    pub translated_from: Option<TranslatedFrom>,
    /// Sections only: how to order the listed pages.
    #[serde(default)]
    pub sort_by: SortBy,
    /// Sections only: publish an Atom feed of the listed pages.
    #[serde(default)]
    pub feed: bool,
    /// Free data for custom templates, as `page.extra`.
    #[serde(default)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// A language and a version of the page's text in it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct TranslatedFrom {
    pub lang: String,
    pub version: String,
}

impl TryFrom<String> for TranslatedFrom {
    /// Shown where the YAML parser reports the value.
    type Error = Message;

    fn try_from(text: String) -> Result<Self, Message> {
        match text.split_once(' ') {
            Some((lang, version))
                if !lang.is_empty()
                    && !version.is_empty()
                    && version.bytes().all(|b| b.is_ascii_hexdigit()) =>
            {
                Ok(TranslatedFrom { lang: lang.to_string(), version: version.to_string() })
            }
            _ => Err(msg!("content-translated-from-invalid", text = &text)),
        }
    }
}

impl FrontMatter {
    /// Front matter for a page amal generates.
    pub fn generated(title: String, weight: i64, template: &str) -> FrontMatter {
        FrontMatter { title, weight, template: Some(template.to_string()), ..FrontMatter::default() }
    }
}
