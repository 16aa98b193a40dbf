//! Loading `content/<lang>/**`: pages, sections and the files beside them.
//!
//! The same relative path in two languages is the same page translated, so a
//! page's identity is its [`PageKey`] (`services/listening`), shared by all
//! its translations, and its URL comes from the path, never from a title that
//! would turn Arabic into unreadable ASCII.

use std::fmt;
use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::io_reason;
use crate::msg;
use crate::site::front_matter::{self, FrontMatter};
use crate::util::reading;

pub const CONTENT_DIR: &str = "content";
pub const SECTION_FILE: &str = "_index.md";
pub const BUNDLE_FILE: &str = "index.md";

/// The path of a page shared by its translations: `""` for the home page,
/// `news` for a section, `news/first-meeting` for a page.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct PageKey(String);

impl PageKey {
    pub fn new(key: impl Into<String>) -> PageKey {
        PageKey(key.into().trim_matches('/').to_string())
    }

    /// The key of a page as a writer links to it (`@/` left out):
    /// `services/listening.md`, `services/_index.md`, `news/open-day/index.md`.
    pub fn of_link(path: &str) -> PageKey {
        let trimmed = path.trim_end_matches(".md");
        PageKey::new(
            trimmed.strip_suffix("_index").or_else(|| trimmed.strip_suffix("/index")).unwrap_or(trimmed),
        )
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_home(&self) -> bool {
        self.0.is_empty()
    }

    /// The key of the section this page belongs to (`None` for the home
    /// page), as text: compared with other keys, never stored.
    pub fn parent(&self) -> Option<&str> {
        if self.is_home() {
            return None;
        }
        Some(self.0.rsplit_once('/').map_or("", |(p, _)| p))
    }
}

/// Lets maps keyed by `PageKey` be searched with a `&str`, without allocating.
impl std::borrow::Borrow<str> for PageKey {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PageKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A page or section as written, before rendering.
#[derive(Debug)]
pub struct Page {
    pub lang: String,
    pub key: PageKey,
    pub is_section: bool,
    /// Source path relative to the site root.
    pub source: PathBuf,
    pub front: FrontMatter,
    /// The Markdown after the front matter; `None` when it was not kept
    /// and is read from `source` again ([`read_body`]) when rendered.
    pub body: Option<String>,
    /// Lines in the file before the body starts.
    pub body_line_offset: usize,
    /// Set for pages amal makes itself rather than reading from `content/`.
    pub generated: Option<Generated>,
    /// Where the page stands in the site's list of pages, set when the site
    /// is indexed: what other pages show of it is found there.
    pub(crate) index: usize,
}

/// Pages amal adds to every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Generated {
    /// `statistics/`: the list of years (its text may come from `content/`).
    StatisticsIndex,
    /// `statistics/<year>/`.
    StatisticsYear(u16),
}

/// A non-Markdown file in `content/` (an image, a PDF), published beside its page.
#[derive(Debug, Clone)]
pub struct Asset {
    pub lang: String,
    /// Path relative to `content/<lang>/`.
    pub relative: PathBuf,
    /// Absolute path on disk.
    pub source: PathBuf,
    /// The image it is, encoded again when published (never copied).
    pub picture: Option<crate::images::Picture>,
}

#[derive(Debug, Default)]
pub struct Content {
    pub pages: Vec<Page>,
    pub assets: Vec<Asset>,
    /// Pages left out because they are drafts: `serve` says so when one is
    /// asked for, instead of a bare "not found".
    pub drafts: Vec<Draft>,
    /// Pages that could not be read (their error is reported): links to
    /// them are not errors of their own, so a run reports every mistake
    /// once, not one mistake and its echoes.
    pub unreadable: Vec<(String, PageKey)>,
    /// Files beside pages that were refused (their error is reported), by
    /// language and path within it: a page showing one is not told the
    /// file does not exist.
    pub refused_files: Vec<(String, PathBuf)>,
}

impl Content {
    /// Whether the page `key` of `lang` is there but could not be read (or
    /// was written twice): its own error says so.
    pub fn is_unreadable(&self, lang: &str, key: &PageKey) -> bool {
        self.unreadable.iter().any(|(l, k)| l == lang && k == key)
    }
}

/// A draft page left out of the site.
#[derive(Debug, Clone)]
pub struct Draft {
    pub lang: String,
    pub key: PageKey,
    /// Source path relative to the site root.
    pub source: PathBuf,
}

/// What reading a page file gave.
// Made once per file and moved into its list at once: boxing the page
// would cost an allocation per page for nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
pub enum Read {
    Page(Page),
    /// A draft, left out (`--drafts` keeps drafts as pages).
    Draft(Draft),
}

/// Options that change what is loaded.
#[derive(Debug, Clone, Copy, Default)]
pub struct LoadOptions {
    pub drafts: bool,
    /// Keep every page's Markdown from loading on (`serve`, `check`);
    /// otherwise a build reads each body again when it renders it, so its
    /// memory does not grow with the size of the site.
    pub keep_bodies: bool,
}

/// Reads every page of every language. Reports all problems together.
pub fn load(site: &Path, config: &Config, options: LoadOptions) -> (Content, Diagnostics) {
    let mut diagnostics = Diagnostics::new();
    let root = site.join(CONTENT_DIR);
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    let mut assets = Vec::new();
    // Pages and files refused while listing: there, but not to be used.
    let mut unreadable = Vec::new();
    let mut refused_files = Vec::new();

    let Ok(entries) = std::fs::read_dir(&root) else {
        diagnostics.push(
            Diagnostic::error(CONTENT_DIR, msg!("content-no-content-folder"))
                .hint(msg!("content-no-content-folder-hint")),
        );
        return (Content::default(), diagnostics);
    };
    let listing = crate::util::timings::phase("content: list files");
    let mut top: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    top.sort();
    for dir in top {
        let name = dir.file_name().unwrap_or_default().to_string_lossy().to_string();
        let relative = Path::new(CONTENT_DIR).join(&name);
        if reading::is_ignored(&name) {
            continue;
        }
        if !dir.is_dir() {
            diagnostics.push(
                Diagnostic::error(&relative, msg!("content-file-outside-languages"))
                    .hint(msg!("content-file-outside-languages-hint")),
            );
            continue;
        }
        if config.language(&name).is_none() {
            let declared: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
            diagnostics.push(
                Diagnostic::error(&relative, msg!("content-undeclared-language", name = &name))
                    .hint(msg!("content-undeclared-language-hint", declared = declared.join(", "))),
            );
            continue;
        }
        // A language folder that is a link out of the site is refused before
        // it is walked: a link to `/` would be walked whole first.
        if !reading::inside_site(&dir, site) {
            diagnostics.push(
                Diagnostic::error(&relative, msg!("content-language-folder-links-out"))
                    .hint(msg!("content-language-folder-links-out-hint")),
            );
            // Its home page is not "missing": the folder was refused.
            unreadable.push((name.clone(), PageKey::default()));
            continue;
        }
        for entry in WalkDir::new(&dir).sort_by_file_name() {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    let message = match e.io_error() {
                        Some(io) => msg!("content-cannot-list", reason = io_reason(io)),
                        None => msg!("content-folder-loop"),
                    };
                    diagnostics.push(Diagnostic::error(&relative, message));
                    continue;
                }
            };
            let path = entry.path();
            let within = path.strip_prefix(&dir).unwrap_or(path).to_path_buf();
            let shown = relative.join(&within);
            if within.components().any(|c| reading::is_ignored(&c.as_os_str().to_string_lossy())) {
                continue;
            }
            let mut refuse = |refusal: Diagnostic| {
                diagnostics.push(refusal);
                // What was there is not reported again as missing.
                if path.extension().is_some_and(|e| e == "md") {
                    unreadable.push((name.clone(), key_of(&shown, &name).0));
                } else {
                    refused_files.push((name.clone(), within.clone()));
                }
            };
            if let Some(refused) = reading::not_utf8_name(&shown) {
                refuse(refused);
                continue;
            }
            if let Some(escape) = reading::link_out_of_site(&entry, site, &shown) {
                refuse(escape);
                continue;
            }
            // The listing's own type spares a `stat` per file; only a
            // symbolic link, or what is neither file nor folder, needs one.
            let kind = entry.file_type();
            if (!kind.is_file() && !kind.is_dir())
                && let Some(refused) = reading::not_a_file(path, &shown)
            {
                refuse(refused);
                continue;
            }
            if kind.is_dir() || (entry.path_is_symlink() && path.is_dir()) {
                continue;
            }
            if path.extension().is_some_and(|e| e == "md") {
                files.push((name.clone(), shown));
            } else {
                if let Some(refused) = crate::safety::copied_files::refused(path, &shown) {
                    diagnostics.push(refused);
                    refused_files.push((name.clone(), within.clone()));
                    continue;
                }
                assets.push(Asset {
                    lang: name.clone(),
                    relative: within,
                    source: path.to_path_buf(),
                    picture: None,
                });
            }
        }
    }
    drop(listing);

    let _reading = crate::util::timings::phase("content: read (in parallel)");
    // What each file beside the pages is: an image is read to its header,
    // one that cannot be cleaned is refused.
    let examined: Vec<Result<Option<crate::images::Picture>, Diagnostic>> = assets
        .par_iter()
        .map(|asset: &Asset| {
            let shown = Path::new(CONTENT_DIR).join(&asset.lang).join(&asset.relative);
            crate::images::examine(&asset.source, &shown)
        })
        .collect();
    let mut kept = Vec::with_capacity(assets.len());
    for (mut asset, examined) in assets.into_iter().zip(examined) {
        match examined {
            Ok(picture) => {
                asset.picture = picture;
                kept.push(asset);
            }
            Err(d) => {
                diagnostics.push(d);
                refused_files.push((asset.lang, asset.relative));
            }
        }
    }
    let assets = kept;
    let results: Vec<Result<Read, Diagnostic>> =
        files.par_iter().map(|(lang, relative)| read_page(site, lang, relative, options)).collect();
    let mut pages = Vec::new();
    let mut drafts = Vec::new();
    for ((lang, relative), result) in files.iter().zip(results) {
        match result {
            Ok(Read::Page(page)) => pages.push(page),
            Ok(Read::Draft(draft)) => drafts.push(draft),
            Err(d) => {
                diagnostics.push(d);
                unreadable.push((lang.clone(), key_of(relative, lang).0));
            }
        }
    }
    report_collisions(&mut pages, &mut unreadable, &mut diagnostics);
    (Content { pages, assets, drafts, unreadable, refused_files }, diagnostics)
}

/// Reads one page, or finds it is a draft to leave out.
pub fn read_page(site: &Path, lang: &str, relative: &Path, options: LoadOptions) -> Result<Read, Diagnostic> {
    // Without the body, the front matter is all that is needed now: the
    // file's first block holds it, unless it is very long.
    let (text, whole) =
        if options.keep_bodies { (read_text(site, relative)?, true) } else { read_head(site, relative)? };
    let split = match front_matter::split(&text, relative) {
        Ok(split) => split,
        Err(_) if !whole => {
            let whole = LoadOptions { keep_bodies: true, ..options };
            return read_page(site, lang, relative, whole).map(|read| match read {
                Read::Page(page) => Read::Page(Page { body: None, ..page }),
                draft => draft,
            });
        }
        Err(e) => return Err(e),
    };
    let front = front_matter::parse(&split, relative)?;
    let (key, is_section) = key_of(relative, lang);
    if front.draft && !options.drafts {
        return Ok(Read::Draft(Draft { lang: lang.to_string(), key, source: relative.to_path_buf() }));
    }
    let body = options.keep_bodies.then(|| split.body.to_string());
    Ok(Read::Page(Page {
        lang: lang.to_string(),
        key,
        is_section,
        source: relative.to_path_buf(),
        body,
        body_line_offset: split.body_line_offset,
        front,
        generated: None,
        index: 0,
    }))
}

fn cannot_read(relative: &Path, error: std::io::Error) -> Diagnostic {
    Diagnostic::error(relative, msg!("content-cannot-read", reason = io_reason(&error)))
}

/// A page file's whole text.
fn read_text(site: &Path, relative: &Path) -> Result<String, Diagnostic> {
    let bytes = std::fs::read(site.join(relative)).map_err(|e| cannot_read(relative, e))?;
    reading::decode(bytes, relative)
}

/// The first bytes of a page file, decoded, and whether they are all of it.
fn read_head(site: &Path, relative: &Path) -> Result<(String, bool), Diagnostic> {
    use std::io::Read;
    // The centre's front matter is under 500 bytes; the body is read again
    // when the page is rendered, so every byte read here is read twice.
    const HEAD: u64 = 2 * 1024;
    let mut bytes = Vec::with_capacity(HEAD as usize);
    std::fs::File::open(site.join(relative))
        .and_then(|file| file.take(HEAD).read_to_end(&mut bytes))
        .map_err(|e| cannot_read(relative, e))?;
    let whole = (bytes.len() as u64) < HEAD;
    if !whole
        && let Err(e) = simdutf8::compat::from_utf8(&bytes)
        && e.error_len().is_none()
    {
        // The block ends inside a character: the rest of it comes later.
        bytes.truncate(e.valid_up_to());
    }
    Ok((reading::decode(bytes, relative)?, whole))
}

/// A page's Markdown body, read again from its file (see [`LoadOptions`]).
pub fn read_body(site: &Path, page: &Page) -> Result<BodyText, Diagnostic> {
    let relative = &page.source;
    let text = read_text(site, relative)?;
    let split = front_matter::split(&text, relative)?;
    if split.body_line_offset != page.body_line_offset {
        return Err(Diagnostic::error(relative, msg!("content-changed-while-building"))
            .hint(msg!("content-changed-while-building-hint")));
    }
    let start = split.body.as_ptr() as usize - text.as_ptr() as usize;
    Ok(BodyText { text, start })
}

/// A page's file text and where its body starts. Cutting the front matter
/// off would shift (copy) the whole body, so it is done only for a body that
/// is kept (`serve`).
pub struct BodyText {
    text: String,
    start: usize,
}

impl BodyText {
    pub fn body(&self) -> &str {
        &self.text[self.start..]
    }

    pub fn into_body(mut self) -> String {
        self.text.drain(..self.start);
        self.text
    }
}

impl From<String> for BodyText {
    fn from(text: String) -> Self {
        BodyText { text, start: 0 }
    }
}

/// `content/fr/news/_index.md` is the section `news`; `content/fr/news/a.md` the page `news/a`.
fn key_of(relative: &Path, lang: &str) -> (PageKey, bool) {
    let within = relative.strip_prefix(Path::new(CONTENT_DIR).join(lang)).unwrap_or(relative);
    let parts: Vec<String> = within
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().to_string()),
            _ => None,
        })
        .collect();
    let is_section = parts.last().is_some_and(|f| f == SECTION_FILE);
    // `news/first/index.md` is the page `news/first`, with its images beside it.
    let is_bundle = parts.last().is_some_and(|f| f == BUNDLE_FILE);
    let mut segments = parts;
    if is_section || is_bundle {
        segments.pop();
    } else if let Some(last) = segments.last_mut() {
        *last = last.trim_end_matches(".md").to_string();
    }
    (PageKey::new(segments.join("/")), is_section)
}

/// Two files that would be one page: the second is reported and left out,
/// so it is not reported again when its output would replace the first's,
/// and its key is marked unreadable: which of the two a link means cannot
/// be told, so links to it are not checked against the first.
fn report_collisions(
    pages: &mut Vec<Page>,
    unreadable: &mut Vec<(String, PageKey)>,
    diagnostics: &mut Diagnostics,
) {
    let mut seen: std::collections::HashMap<(String, PageKey), PathBuf> = std::collections::HashMap::new();
    pages.retain(|page| {
        let Some(first) = seen.get(&(page.lang.clone(), page.key.clone())) else {
            seen.insert((page.lang.clone(), page.key.clone()), page.source.clone());
            return true;
        };
        diagnostics.push(
            Diagnostic::error(
                &page.source,
                msg!(
                    "content-same-address",
                    other = first.display(),
                    lang = &page.lang,
                    key = page.key.as_str()
                ),
            )
            .hint(msg!("content-same-address-hint")),
        );
        unreadable.push((page.lang.clone(), page.key.clone()));
        false
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_come_from_paths() {
        let k = |p: &str| key_of(Path::new(p), "fr");
        assert_eq!(k("content/fr/_index.md"), (PageKey::new(""), true));
        assert_eq!(k("content/fr/news/_index.md"), (PageKey::new("news"), true));
        assert_eq!(k("content/fr/news/first.md"), (PageKey::new("news/first"), false));
        assert_eq!(k("content/fr/news/first/index.md"), (PageKey::new("news/first"), false));
        assert_eq!(PageKey::new("news/first").parent(), Some("news"));
        assert_eq!(PageKey::new("about").parent(), Some(""));
        assert_eq!(PageKey::new("").parent(), None);
    }

    #[test]
    fn editor_scratch_files_are_ignored() {
        for name in [".#a.md", "a.md~", ".a.md.swp", "4913", ".DS_Store"] {
            assert!(reading::is_ignored(name), "{name}");
        }
        assert!(!reading::is_ignored("a.md"));
    }
}
