//! Finding templates and static files: the theme's, overridden by the site's.
//!
//! As in Hugo and Zola, a site changes one template or one stylesheet by
//! placing a file of the same name under its own `templates/` or `static/`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::io_reason;
use crate::msg;

pub const THEMES_DIR: &str = "themes";
pub const TEMPLATES_DIR: &str = "templates";
pub const STATIC_DIR: &str = "static";

/// A template's text and where it came from.
#[derive(Debug, Clone)]
pub struct TemplateFile {
    /// The name templates use to refer to it (`page.html`, `partials/nav.html`).
    pub name: String,
    /// Path relative to the site root, for messages.
    pub path: PathBuf,
    pub text: String,
}

#[derive(Debug, Default)]
pub struct Theme {
    pub templates: Vec<TemplateFile>,
    /// Output path (relative, `/`-separated) → file on disk; the site's win.
    pub static_files: BTreeMap<String, StaticFile>,
}

/// A file of `static/`, published under its own name.
#[derive(Debug, Clone)]
pub struct StaticFile {
    pub source: PathBuf,
    /// The image it is, encoded again when published (never copied).
    pub picture: Option<crate::images::Picture>,
}

impl Theme {
    pub fn load(site: &Path, config: &Config) -> Result<Theme, Diagnostics> {
        let mut diagnostics = Diagnostics::new();
        let theme_dir = Path::new(THEMES_DIR).join(&config.theme);
        if !site.join(&theme_dir).is_dir() {
            diagnostics.push(
                Diagnostic::error(
                    crate::config::CONFIG_FILE,
                    msg!("templates-no-theme", theme = &config.theme),
                )
                .hint(msg!("templates-no-theme-hint", folder = theme_dir.display())),
            );
            return Err(diagnostics);
        }
        let mut templates: BTreeMap<String, TemplateFile> = BTreeMap::new();
        let mut static_files = BTreeMap::new();
        for layer in [theme_dir.clone(), PathBuf::new()] {
            for (name, relative) in files_under(site, &layer.join(TEMPLATES_DIR), &mut diagnostics) {
                match std::fs::read(site.join(&relative)) {
                    Ok(bytes) => match crate::util::reading::decode(bytes, &relative) {
                        Ok(text) => {
                            templates.insert(name.clone(), TemplateFile { name, path: relative, text });
                        }
                        Err(d) => diagnostics.push(d),
                    },
                    Err(e) => {
                        let message = msg!("templates-cannot-read", reason = io_reason(&e));
                        diagnostics.push(Diagnostic::error(&relative, message));
                    }
                }
            }
            for (name, relative) in files_under(site, &layer.join(STATIC_DIR), &mut diagnostics) {
                if let Some(refused) = crate::safety::copied_files::refused(&site.join(&relative), &relative)
                {
                    diagnostics.push(refused);
                    continue;
                }
                let source = site.join(&relative);
                match crate::images::examine(&source, &relative) {
                    Ok(picture) => {
                        static_files.insert(name, StaticFile { source, picture });
                    }
                    Err(d) => diagnostics.push(d),
                }
            }
        }
        if diagnostics.has_errors() {
            return Err(diagnostics);
        }
        Ok(Theme { templates: templates.into_values().collect(), static_files })
    }
}

/// Files below `site/dir` as (name relative to `dir` with `/`, path relative to `site`).
fn files_under(site: &Path, dir: &Path, diagnostics: &mut Diagnostics) -> Vec<(String, PathBuf)> {
    let full = site.join(dir);
    if !full.is_dir() {
        return Vec::new();
    }
    let mut found = Vec::new();
    for entry in WalkDir::new(&full).sort_by_file_name() {
        let Ok(entry) = entry else { continue };
        let path = entry.path();
        let within = path.strip_prefix(&full).unwrap_or(path);
        if within.components().any(|c| crate::util::reading::is_ignored(&c.as_os_str().to_string_lossy())) {
            continue;
        }
        let relative = dir.join(within);
        if let Some(refused) = crate::util::reading::not_utf8_name(&relative) {
            diagnostics.push(refused);
            continue;
        }
        if let Some(escape) = crate::util::reading::link_out_of_site(&entry, site, &relative) {
            diagnostics.push(escape);
            continue;
        }
        if !entry.file_type().is_file()
            && !entry.file_type().is_dir()
            && let Some(refused) = crate::util::reading::not_a_file(path, &relative)
        {
            diagnostics.push(refused);
            continue;
        }
        if path.is_file() {
            let name =
                within.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            found.push((name, relative));
        }
    }
    found
}
