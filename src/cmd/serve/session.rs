//! The preview's rebuilds: the whole site when that is the only correct
//! thing to do, and only the pages a Markdown edit shows up on otherwise.
//!
//! A full rebuild of the centre's site takes tens of milliseconds, but of a
//! 3,000-page site most of a second; an edited page needs only itself, its
//! section's list, its language's home page, and every page of its language
//! when it is in the menu. A template edit re-renders every page's template
//! from the Markdown the last build kept. Anything else (a page added,
//! removed or renamed, a draft published, a Fluent, data or config change)
//! rebuilds all.

use std::path::{Path, PathBuf};

use super::change::ChangeKind;
use crate::diagnostic::Diagnostics;
use crate::output::Output;
use crate::pipeline::{self, Rendered};
use crate::render::{self, Retain};
use crate::site::content::{self, LoadOptions};
use crate::site::{self, SiteOptions};
use crate::templates::theme::Theme;
use crate::templates::{self, Templates};

/// What one rebuild did.
#[derive(Debug, PartialEq, Eq)]
pub enum Rebuilt {
    Full,
    /// The number of pages re-rendered.
    Pages(usize),
    /// After a template edit: the number of pages whose template output was
    /// made again (all of them), from the Markdown the last build kept.
    Templates(usize),
}

/// The last good build, kept between rebuilds.
pub struct Session {
    root: PathBuf,
    options: SiteOptions,
    current: Option<Rendered>,
    /// Where images are encoded once (the cache a build into `public/`
    /// uses), so a rebuild on each save encodes only a changed photo.
    images: crate::images::Cache,
}

impl Session {
    pub fn new(root: &Path, options: SiteOptions) -> Session {
        let images = crate::images::Cache::beside(&root.join("public"));
        Session { root: root.to_path_buf(), options, current: None, images }
    }

    /// The last good site's files (empty before the first good build).
    pub fn output(&self) -> Output {
        self.current.as_ref().map(|r| r.built.output.clone()).unwrap_or_default()
    }

    /// The drafts the last good build left out, by the folder each would
    /// be published in (`fr/news/open-day/`), with its source.
    pub fn drafts(&self) -> Vec<(String, std::path::PathBuf)> {
        let Some(current) = &self.current else { return Vec::new() };
        current
            .site
            .content
            .drafts
            .iter()
            .map(|d| (crate::site::urls::pretty_path(&d.lang, &d.key), d.source.clone()))
            .collect()
    }

    /// Rebuilds after `changes`. On error the last good build stays.
    pub fn rebuild(
        &mut self,
        changes: &[(ChangeKind, PathBuf)],
    ) -> Result<(Rebuilt, Diagnostics), Diagnostics> {
        if let Some(current) = self.current.as_mut()
            && !changes.is_empty()
            && changes.iter().all(|(kind, _)| *kind == ChangeKind::Templates)
        {
            return retemplate(current, &self.root)
                .map(|count| (Rebuilt::Templates(count), Diagnostics::new()));
        }
        if let Some(current) = self.current.as_mut()
            && let Some(edits) = page_edits(current, &self.root, &self.options, changes)?
        {
            let indexes: Vec<usize> = edits.iter().map(|(i, _)| *i).collect();
            let mut previous = Vec::new();
            for (i, mut page) in edits {
                page.index = i;
                previous.push((i, std::mem::replace(&mut current.site.content.pages[i], page)));
            }
            return match render::rerender(&current.site, &current.templates, &mut current.built, &indexes) {
                Ok(count) => Ok((Rebuilt::Pages(count), Diagnostics::new())),
                Err(errors) => {
                    // Last first: a page edited twice gets its first state back.
                    for (i, page) in previous.into_iter().rev() {
                        current.site.content.pages[i] = page;
                    }
                    Err(errors)
                }
            };
        }
        let rendered = pipeline::render(&self.root, &self.options, Retain::Everything, None, &self.images)?;
        let warnings = rendered.warnings.clone();
        self.current = Some(rendered);
        Ok((Rebuilt::Full, warnings))
    }
}

/// After a template edit: the theme read and compiled again, then every
/// page's template output made again from the Markdown the last build
/// kept (`render::retemplate`). On error the last good build stays, theme
/// and templates included.
fn retemplate(current: &mut Rendered, root: &Path) -> Result<usize, Diagnostics> {
    let site = &current.site;
    let theme = Theme::load(root, &site.config)?;
    let mut missing = Diagnostics::new();
    missing.extend(site::missing_messages(
        &site.config,
        &site.locales,
        &templates::translate::message_uses(&theme),
    ));
    if missing.has_errors() {
        return Err(missing);
    }
    let templates = Templates::compile(&theme, site.locales.clone())?;
    let last_good = std::mem::replace(&mut current.site.theme, theme);
    match render::retemplate(&current.site, &templates, &mut current.built) {
        Ok(count) => {
            current.templates = templates;
            Ok(count)
        }
        Err(errors) => {
            current.site.theme = last_good;
            Err(errors)
        }
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
        let content::Read::Page(fresh) = fresh else { return Ok(None) };
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

    /// The fixture and a session that has built it once.
    fn built_session() -> (tempfile::TempDir, Session) {
        let site = fixture();
        let mut session = Session::new(site.path(), options());
        assert_eq!(session.rebuild(&[]).unwrap().0, Rebuilt::Full);
        (site, session)
    }

    /// The session serves what a full build of the site gives.
    fn assert_serves_a_full_build(session: &Session, site: &Path, edit: &str) {
        let full = pipeline::render(
            site,
            &options(),
            Retain::Output,
            None,
            &crate::images::Cache::beside(&site.join("public")),
        )
        .unwrap();
        assert_eq!(bytes(&session.output()), bytes(&full.built.output), "{edit}");
    }

    /// Edits `file` and checks the partial rebuild equals a full one.
    fn assert_partial_equals_full(edit: &str, file: &str, find: &str, replace: &str) -> Rebuilt {
        assert_rebuild_equals_full(ChangeKind::Content, edit, file, find, replace)
    }

    fn assert_rebuild_equals_full(
        kind: ChangeKind,
        edit: &str,
        file: &str,
        find: &str,
        replace: &str,
    ) -> Rebuilt {
        let (site, mut session) = built_session();
        let path = site.path().join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(find), "{edit}: {file} has no {find:?}");
        std::fs::write(&path, text.replace(find, replace)).unwrap();
        let (rebuilt, _) = session.rebuild(&[(kind, path)]).unwrap();
        assert_serves_a_full_build(&session, site.path(), edit);
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
    fn a_template_edit_rerenders_every_page_from_its_kept_markdown_and_matches_a_full_build() {
        let footer = "themes/default/templates/partials/footer.html";
        let rebuilt = assert_rebuild_equals_full(
            ChangeKind::Templates,
            "footer",
            footer,
            "</footer>",
            "<p class=\"edited\">{{ t(key=\"site-name\") }}</p></footer>",
        );
        assert!(matches!(rebuilt, Rebuilt::Templates(n) if n > 4), "{rebuilt:?}");
        // A page override in the site's own templates/ folder is picked up too.
        let (site, mut session) = built_session();
        let own = site.path().join("templates/page.html");
        std::fs::create_dir_all(own.parent().unwrap()).unwrap();
        std::fs::write(
            &own,
            "{% extends \"base.html\" %}{% block main %}<p class=\"own\">x</p>{% endblock main %}",
        )
        .unwrap();
        assert!(matches!(session.rebuild(&[(ChangeKind::Templates, own)]).unwrap().0, Rebuilt::Templates(_)));
        assert_serves_a_full_build(&session, site.path(), "");
    }

    #[test]
    fn a_broken_template_keeps_the_last_good_output_and_templates() {
        let (site, mut session) = built_session();
        let before = bytes(&session.output());
        let footer = site.path().join("themes/default/templates/partials/footer.html");
        let good = std::fs::read_to_string(&footer).unwrap();
        for broken in ["<footer>{{ t(key=\"no-such-message\") }}</footer>", "<footer>{{ page.title </footer>"]
        {
            std::fs::write(&footer, broken).unwrap();
            assert!(session.rebuild(&[(ChangeKind::Templates, footer.clone())]).is_err(), "{broken}");
            assert_eq!(bytes(&session.output()), before, "{broken}");
        }
        // A later Markdown edit still renders with the last good templates.
        std::fs::write(&footer, &good).unwrap();
        let page = site.path().join("content/fr/services/reception.md");
        let text = std::fs::read_to_string(&page).unwrap().replace("L’accueil.", "L’accueil, chaque jour.");
        std::fs::write(&page, text).unwrap();
        session.rebuild(&[(ChangeKind::Content, page)]).unwrap();
        assert_serves_a_full_build(&session, site.path(), "");
    }

    #[test]
    fn new_pages_and_drafts_rebuild_everything() {
        let (site, mut session) = built_session();
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
        let (site, mut session) = built_session();
        let before = bytes(&session.output());
        let path = site.path().join("content/fr/services/reception.md");
        std::fs::write(&path, "---\ntitle: Accueil\ntitel: x\n---\n").unwrap();
        assert!(session.rebuild(&[(ChangeKind::Content, path)]).is_err());
        assert_eq!(bytes(&session.output()), before);
    }

    /// A one-page rebuild checks links to headings as a full build does:
    /// a link to a heading that is not there, or a heading removed that
    /// another page links to, keeps the last good output.
    #[test]
    fn a_one_page_edit_is_held_to_the_links_to_headings() {
        let (site, mut session) = built_session();
        let reception = site.path().join("content/fr/services/reception.md");
        let good = std::fs::read_to_string(&reception).unwrap();
        std::fs::write(&reception, format!("{good}\n## Horaires\n\nDu lundi au vendredi.\n")).unwrap();
        let (rebuilt, _) = session.rebuild(&[(ChangeKind::Content, reception.clone())]).unwrap();
        assert!(matches!(rebuilt, Rebuilt::Pages(_)), "{rebuilt:?}");
        let listening = site.path().join("content/fr/services/listening.md");
        let text = std::fs::read_to_string(&listening).unwrap();
        std::fs::write(
            &listening,
            format!("{text}\nVoir [les horaires](@/services/reception.md#horaires).\n"),
        )
        .unwrap();
        let (rebuilt, _) = session.rebuild(&[(ChangeKind::Content, listening.clone())]).unwrap();
        assert!(matches!(rebuilt, Rebuilt::Pages(_)), "{rebuilt:?}");
        let before = bytes(&session.output());

        // The writer removes the heading another page links to.
        std::fs::write(&reception, &good).unwrap();
        let errors = session.rebuild(&[(ChangeKind::Content, reception)]).unwrap_err();
        let said: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert!(said.iter().any(|d| d.contains("#horaires")), "{said:?}");
        assert_eq!(bytes(&session.output()), before);

        // Or a link to a heading that was never there.
        std::fs::write(&listening, format!("{text}\nVoir [les tarifs](@/services/reception.md#tarifs).\n"))
            .unwrap();
        let errors = session.rebuild(&[(ChangeKind::Content, listening)]).unwrap_err();
        assert!(errors.iter().any(|d| d.to_string().contains("#tarifs")), "{errors:?}");
        assert_eq!(bytes(&session.output()), before);
    }
}
