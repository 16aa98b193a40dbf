//! `amal new <section>/<name>`: a new page in every language, ready to write.

use std::path::{Path, PathBuf};

use fluent_bundle::FluentArgs;

use crate::check::translations;
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::Locales;
use crate::messages::io_reason;
use crate::msg;
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
        return Err(Diagnostic::error(path, msg!("cli-new-not-a-page-path"))
            .hint(msg!("cli-new-not-a-page-path-hint"))
            .into());
    }
    let files: Vec<PathBuf> = config
        .languages
        .iter()
        .map(|l| Path::new(CONTENT_DIR).join(&l.code).join(format!("{trimmed}.md")))
        .collect();
    if let Some(existing) = files.iter().find(|f| site.join(f).exists()) {
        return Err(Diagnostic::error(existing, msg!("cli-new-exists"))
            .hint(msg!("cli-new-exists-hint"))
            .into());
    }
    let locales = Locales::load(site, &config)?;
    let today = Date::today();
    let default = &config.default_language().code;
    // The page's name as words: `news/open-day` is "open day".
    let name = trimmed.rsplit('/').next().unwrap_or(trimmed).replace(['-', '_'], " ");
    // Translations record the version of the default language's page
    // they were made from, so `amal check` lists them once it is written.
    let mut source: Option<String> = None;
    for (file, language) in files.iter().zip(&config.languages) {
        let mut args = FluentArgs::new();
        args.set("name", name.as_str());
        let in_language = |key: &str, args: Option<&FluentArgs>| {
            locales
                .get(&language.code, key, args)
                .map_err(|e| Diagnostic::error(Locales::folder(&language.code), e.message()))
        };
        let title = in_language("new-page-title", Some(&args))?.replace(['"', '\\'], "");
        let guide = in_language("new-page-guide", None)?.replace("-->", "");
        let body = format!("\n<!-- {guide} -->\n\n");
        let translation = match &source {
            None => {
                source = Some(translations::text_of(&title, &body));
                String::new()
            }
            Some(said) => {
                translations::keep(site, said).map_err(|e| {
                    Diagnostic::error(
                        translations::SOURCES_DIR,
                        msg!("cli-new-cannot-keep-source", reason = io_reason(&e)),
                    )
                })?;
                format!("review: pending\ntranslated_from: \"{default} {}\"\n", translations::version(said))
            }
        };
        let text = format!("---\ntitle: \"{title}\"\ndate: {today}\ndraft: true\n{translation}---\n{body}");
        let full = site.join(file);
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent).map_err(|e| {
                Diagnostic::error(file, msg!("cli-new-cannot-create-folder", reason = io_reason(&e)))
            })?;
        }
        std::fs::write(&full, text)
            .map_err(|e| Diagnostic::error(file, msg!("cli-cannot-write-file", reason = io_reason(&e))))?;
    }
    Ok(files)
}

pub fn execute(site: PathBuf, path: String) -> bool {
    match new_page(&site, &path) {
        Ok(files) => {
            for file in files {
                println!("{}", msg!("cli-new-created", file = file.display()));
            }
            eprintln!("{}", msg!("cli-new-drafts"));
            true
        }
        Err(diagnostics) => {
            super::report(&site, diagnostics.sorted());
            false
        }
    }
}
