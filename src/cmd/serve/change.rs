//! What a changed file means for the preview: a pure function from a path to
//! a change kind, so the watcher's decisions are table-tested.

use std::path::{Component, Path};

use crate::util::reading::is_ignored;

/// The kinds of change `serve` reacts to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ChangeKind {
    /// A page or a file beside it under `content/`.
    Content,
    /// `data/`: the statistics.
    Data,
    /// A template, of the theme or the site.
    Templates,
    /// A Fluent file.
    Locales,
    /// `site.yaml`.
    Config,
    /// A static file (CSS, fonts, images), of the theme or the site.
    Static,
}

/// The top-level entries of a site that `serve` watches.
pub const WATCHED: [&str; 7] = ["site.yaml", "content", "data", "locales", "themes", "templates", "static"];

/// What a change to `path` means, or `None` when it does not affect the
/// site: editors' scratch files (`.swp`, `~`, `.#…`, `4913`), the output
/// folder, version control, build folders.
pub fn classify(root: &Path, path: &Path) -> Option<ChangeKind> {
    let relative = path.strip_prefix(root).ok()?;
    let parts: Vec<String> = relative
        .components()
        .map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().to_string()),
            _ => None,
        })
        .collect::<Option<_>>()?;
    if parts.iter().any(|p| is_ignored(p)) {
        return None;
    }
    let first = parts.first()?.as_str();
    match first {
        "site.yaml" if parts.len() == 1 => Some(ChangeKind::Config),
        "content" => Some(ChangeKind::Content),
        "data" => Some(ChangeKind::Data),
        "locales" => Some(ChangeKind::Locales),
        "templates" => Some(ChangeKind::Templates),
        "static" => Some(ChangeKind::Static),
        "themes" => match parts.get(2).map(String::as_str) {
            Some("static") => Some(ChangeKind::Static),
            _ => Some(ChangeKind::Templates),
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ChangeKind::*;

    #[test]
    fn paths_map_to_change_kinds() {
        let root = Path::new("/site");
        let cases: &[(&str, Option<ChangeKind>)] = &[
            ("/site/content/fr/about.md", Some(Content)),
            ("/site/content/ar/news/photo.jpg", Some(Content)),
            ("/site/content/fr", Some(Content)),
            ("/site/data/cases/2025.csv", Some(Data)),
            ("/site/data/schema.yaml", Some(Data)),
            ("/site/locales/zgh/main.ftl", Some(Locales)),
            ("/site/templates/page.html", Some(Templates)),
            ("/site/themes/default/templates/base.html", Some(Templates)),
            ("/site/themes/default/static/style.css", Some(Static)),
            ("/site/static/logo.svg", Some(Static)),
            ("/site/site.yaml", Some(Config)),
            // Editors' temporary files and atomic-save leftovers.
            ("/site/content/fr/.about.md.swp", None),
            ("/site/content/fr/about.md~", None),
            ("/site/content/fr/.#about.md", None),
            ("/site/content/fr/4913", None),
            // Not the site's sources.
            ("/site/public/fr/index.html", None),
            ("/site/target/debug/amal", None),
            ("/site/.git/index", None),
            ("/site/README.md", None),
            ("/elsewhere/content/fr/a.md", None),
        ];
        for (path, expected) in cases {
            assert_eq!(classify(root, Path::new(path)), *expected, "{path}");
        }
    }
}
