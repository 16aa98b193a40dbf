//! The preview's rebuilds: the whole site when that is the only correct
//! thing to do, and only the pages a Markdown edit shows up on otherwise.
//!
//! A full rebuild of the centre's site takes tens of milliseconds, but of a
//! 3,000-page site most of a second; an edited page needs only itself, its
//! section's list, its language's home page, and every page of its language
//! when it is in the menu. Anything else (a page added, removed or renamed,
//! a draft published, a template, Fluent, data or config change) rebuilds all.

use std::path::{Path, PathBuf};

use super::change::ChangeKind;
use crate::content::{self, LoadOptions};
use crate::diagnostic::Diagnostics;
use crate::output::Output;
use crate::pipeline::{self, Rendered};
use crate::render::{self, Retain};
use crate::site::SiteOptions;

/// What one rebuild did.
#[derive(Debug, PartialEq, Eq)]
pub enum Rebuilt {
    Full,
    /// The number of pages re-rendered.
    Pages(usize),
}

/// The last good build, kept between rebuilds.
pub struct Session {
    root: PathBuf,
    options: SiteOptions,
    current: Option<Rendered>,
}

impl Session {
    pub fn new(root: &Path, options: SiteOptions) -> Session {
        Session { root: root.to_path_buf(), options, current: None }
    }

    /// The last good site's files (empty before the first good build).
    pub fn output(&self) -> Output {
        self.current.as_ref().map(|r| r.built.output.clone()).unwrap_or_default()
    }

    /// Rebuilds after `changes`. On error the last good build stays.
    pub fn rebuild(
        &mut self,
        changes: &[(ChangeKind, PathBuf)],
    ) -> Result<(Rebuilt, Diagnostics), Diagnostics> {
        if let Some(current) = self.current.as_mut()
            && let Some(edits) = page_edits(current, &self.root, &self.options, changes)?
        {
            let indexes: Vec<usize> = edits.iter().map(|(i, _)| *i).collect();
            let mut previous = Vec::new();
            for (i, page) in edits {
                previous.push((i, std::mem::replace(&mut current.site.content.pages[i], page)));
            }
            return match render::rerender(&current.site, &current.templates, &mut current.built, &indexes) {
                Ok(count) => Ok((Rebuilt::Pages(count), Diagnostics::new())),
                Err(errors) => {
                    for (i, page) in previous {
                        current.site.content.pages[i] = page;
                    }
                    Err(errors)
                }
            };
        }
        let rendered = pipeline::render(&self.root, &self.options, Retain::Everything, None)?;
        let warnings = rendered.warnings.clone();
        self.current = Some(rendered);
        Ok((Rebuilt::Full, warnings))
    }
}

/// The re-read pages when every change is an edit of an existing page that
/// keeps its place in the site; `None` when a full rebuild is needed.
fn page_edits(
    current: &Rendered,
    root: &Path,
    options: &SiteOptions,
    changes: &[(ChangeKind, PathBuf)],
) -> Result<Option<Vec<(usize, content::Page)>>, Diagnostics> {
    let pages = &current.site.content.pages;
    let mut edits = Vec::new();
    for (kind, path) in changes {
        if *kind != ChangeKind::Content || path.extension().is_none_or(|e| e != "md") || !path.is_file() {
            return Ok(None);
        }
        let relative = crate::diagnostic::relative_to(path, root);
        let Some(index) = pages.iter().position(|p| p.generated.is_none() && p.source == relative) else {
            return Ok(None);
        };
        let old = &pages[index];
        let fresh = content::read_page(
            root,
            &old.lang,
            &relative,
            LoadOptions { drafts: options.drafts, keep_bodies: true },
        )?;
        // A page that became a draft, or changed what it is, changes the site's shape.
        let Some(fresh) = fresh else { return Ok(None) };
        let same_shape = fresh.front.template == old.front.template
            && fresh.front.sort_by == old.front.sort_by
            && fresh.front.feed == old.front.feed;
        if !same_shape {
            return Ok(None);
        }
        edits.push((index, fresh));
    }
    Ok((!edits.is_empty()).then_some(edits))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Body;

    /// The basic fixture, with the repository's theme and locales, in a temp folder.
    fn fixture() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        for (from, to) in [("tests/fixtures/basic", ""), ("themes", "themes"), ("locales", "locales")] {
            for entry in walkdir::WalkDir::new(repo.join(from)) {
                let entry = entry.unwrap();
                let target = dir.path().join(to).join(entry.path().strip_prefix(repo.join(from)).unwrap());
                if entry.file_type().is_dir() {
                    std::fs::create_dir_all(&target).unwrap();
                } else {
                    std::fs::copy(entry.path(), &target).unwrap();
                }
            }
        }
        dir
    }

    fn bytes(output: &Output) -> Vec<(String, Vec<u8>)> {
        output
            .iter()
            .map(|(path, file)| {
                let bytes = match &file.body {
                    Body::Bytes(b) => b.to_vec(),
                    Body::Copy(source) => std::fs::read(source).unwrap(),
                    Body::Written => panic!("serve never writes to a staging folder"),
                };
                (path.clone(), bytes)
            })
            .collect()
    }

    fn options() -> SiteOptions {
        SiteOptions { base_url: Some("http://127.0.0.1:1111/".into()), ..SiteOptions::default() }
    }

    /// Edits `file` and checks the partial rebuild equals a full one.
    fn assert_partial_equals_full(edit: &str, file: &str, find: &str, replace: &str) -> Rebuilt {
        let site = fixture();
        let mut session = Session::new(site.path(), options());
        assert_eq!(session.rebuild(&[]).unwrap().0, Rebuilt::Full);
        let path = site.path().join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(find), "{edit}: {file} has no {find:?}");
        std::fs::write(&path, text.replace(find, replace)).unwrap();
        let (rebuilt, _) = session.rebuild(&[(ChangeKind::Content, path)]).unwrap();
        let full = pipeline::render(site.path(), &options(), Retain::Output, None).unwrap();
        assert_eq!(bytes(&session.output()), bytes(&full.built.output), "{edit}");
        rebuilt
    }

    #[test]
    fn a_body_edit_rerenders_a_few_pages_and_matches_a_full_build() {
        let rebuilt = assert_partial_equals_full(
            "body",
            "content/fr/services/reception.md",
            "L’accueil.",
            "L’accueil, chaque jour.",
        );
        assert!(matches!(rebuilt, Rebuilt::Pages(n) if n <= 4), "{rebuilt:?}");
    }

    #[test]
    fn a_title_shown_in_lists_and_feeds_is_updated_everywhere() {
        assert_partial_equals_full(
            "news title",
            "content/fr/news/newer.md",
            "Journée portes ouvertes",
            "Portes ouvertes",
        );
        assert_partial_equals_full("news date", "content/fr/news/older.md", "2024-07-03", "2026-01-02");
        assert_partial_equals_full("weight", "content/fr/services/listening.md", "weight: 2", "weight: 0");
    }

    #[test]
    fn a_menu_title_changes_every_page_of_its_language() {
        let rebuilt = assert_partial_equals_full(
            "menu",
            "content/fr/services/_index.md",
            "title: Services",
            "title: Nos services",
        );
        assert!(matches!(rebuilt, Rebuilt::Pages(n) if n > 4), "{rebuilt:?}");
    }

    #[test]
    fn new_pages_and_drafts_rebuild_everything() {
        let site = fixture();
        let mut session = Session::new(site.path(), options());
        session.rebuild(&[]).unwrap();
        let new = site.path().join("content/fr/contact.md");
        std::fs::write(&new, "---\ntitle: Contact\n---\n").unwrap();
        assert_eq!(session.rebuild(&[(ChangeKind::Content, new)]).unwrap().0, Rebuilt::Full);
        let draft = site.path().join("content/fr/news/newer.md");
        let text = std::fs::read_to_string(&draft)
            .unwrap()
            .replace("date: 2025-03-08", "date: 2025-03-08\ndraft: true");
        std::fs::write(&draft, text).unwrap();
        assert_eq!(session.rebuild(&[(ChangeKind::Content, draft)]).unwrap().0, Rebuilt::Full);
    }

    #[test]
    fn a_broken_edit_keeps_the_last_good_output() {
        let site = fixture();
        let mut session = Session::new(site.path(), options());
        session.rebuild(&[]).unwrap();
        let before = bytes(&session.output());
        let path = site.path().join("content/fr/services/reception.md");
        std::fs::write(&path, "---\ntitle: Accueil\ntitel: x\n---\n").unwrap();
        assert!(session.rebuild(&[(ChangeKind::Content, path)]).is_err());
        assert_eq!(bytes(&session.output()), before);
    }
}
