//! `amal new <section>/<name>`: a new page in every language, ready to write.

use std::path::{Path, PathBuf};

use fluent_bundle::FluentArgs;

use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::Locales;
use crate::site::content::CONTENT_DIR;
use crate::util::date::Date;

/// Creates the page's file in every language; returns the files created.
pub fn new_page(site: &Path, path: &str) -> Result<Vec<PathBuf>, Diagnostics> {
    let config = Config::load(site)?;
    let trimmed = path.trim_matches('/').trim_end_matches(".md");
    let valid = !trimmed.is_empty()
        && trimmed.split('/').all(|s| !s.is_empty() && s != "." && s != ".." && !s.starts_with('.'))
        && !trimmed.contains('\\');
    if !valid {
        return Err(Diagnostic::error(path, "not a page path")
            .hint("write the path below content/<lang>/ without extension, like `news/open-day`")
            .into());
    }
    let files: Vec<PathBuf> = config
        .languages
        .iter()
        .map(|l| Path::new(CONTENT_DIR).join(&l.code).join(format!("{trimmed}.md")))
        .collect();
    if let Some(existing) = files.iter().find(|f| site.join(f).exists()) {
        return Err(Diagnostic::error(existing, "this page already exists")
            .hint("choose another name, or edit the existing file")
            .into());
    }
    let locales = Locales::load(site, &config)?;
    let today = Date::today();
    let default = &config.default_language().code;
    // The page's name as words: `news/open-day` is "open day".
    let name = trimmed.rsplit('/').next().unwrap_or(trimmed).replace(['-', '_'], " ");
    for (file, language) in files.iter().zip(&config.languages) {
        let review = if &language.code == default { "" } else { "review: pending\n" };
        let mut args = FluentArgs::new();
        args.set("name", name.as_str());
        let in_language = |key: &str, args: Option<&FluentArgs>| {
            locales
                .get(&language.code, key, args)
                .map_err(|e| Diagnostic::error(Locales::folder(&language.code), e.to_string()))
        };
        let title = in_language("new-page-title", Some(&args))?.replace(['"', '\\'], "");
        let guide = in_language("new-page-guide", None)?.replace("-->", "");
        let text = format!(
            "---\ntitle: \"{title}\"\ndate: {today}\ndraft: true\n{review}---\n\n<!-- {guide} -->\n\n",
        );
        let full = site.join(file);
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| Diagnostic::error(file, format!("cannot create the folder: {e}")))?;
        }
        std::fs::write(&full, text).map_err(|e| Diagnostic::error(file, format!("cannot write: {e}")))?;
    }
    Ok(files)
}

pub fn execute(site: PathBuf, path: String) -> bool {
    match new_page(&site, &path) {
        Ok(files) => {
            for file in files {
                println!("created {}", file.display());
            }
            eprintln!(
                "The pages are drafts, left out of the site: see them with `amal serve --drafts`, write them, set `draft: false`, and have the translations reviewed."
            );
            true
        }
        Err(diagnostics) => {
            super::report(diagnostics.sorted());
            false
        }
    }
}
