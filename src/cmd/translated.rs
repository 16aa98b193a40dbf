//! `amal translated [--from LANG] FILE...`: a translator says a translation
//! is up to date with its source page as it is now. The source's version is
//! written into the translation's front matter (`translated_from`), and the
//! source's text kept in `.amal/sources/`, so that `amal check` can say when
//! the source changes, and what changed.

use std::path::{Component, Path, PathBuf};

use crate::check::translations;
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::{Message, io_reason};
use crate::msg;
use crate::site::content::CONTENT_DIR;
use crate::site::front_matter;

pub fn execute(site: PathBuf, from: Option<String>, files: Vec<PathBuf>) -> bool {
    let config = match Config::load(&site) {
        Ok(config) => config,
        Err(diagnostics) => {
            super::report(&site, diagnostics.sorted());
            return false;
        }
    };
    let mut failed = Diagnostics::new();
    for file in &files {
        match mark(&site, &config, from.as_deref(), file) {
            Ok(said) => println!("{said}"),
            Err(d) => failed.push(d),
        }
    }
    let ok = failed.error_count() == 0;
    super::report(&site, failed.sorted());
    ok
}

/// The title and body of the page in `text`, and its front matter.
fn read(site: &Path, relative: &Path) -> Result<(String, front_matter::FrontMatter, String), Diagnostic> {
    let bytes = std::fs::read(site.join(relative))
        .map_err(|e| Diagnostic::error(relative, msg!("cli-cannot-read-file", reason = io_reason(&e))))?;
    let text = crate::util::reading::decode(bytes, relative)?;
    let split = front_matter::split(&text, relative)?;
    let front = front_matter::parse(&split, relative)?;
    let said = translations::text_of(&front.title, split.body);
    Ok((text, front, said))
}

fn mark(site: &Path, config: &Config, from: Option<&str>, file: &Path) -> Result<Message, Diagnostic> {
    let relative = file.strip_prefix(site).unwrap_or(file);
    // Only a path down into content/: `content/ar/../../x.md` could name a
    // file outside the site, which amal would then write into.
    if relative
        .components()
        .any(|c| matches!(c, Component::ParentDir | Component::RootDir | Component::Prefix(_)))
    {
        return Err(not_a_page(relative));
    }
    let relative: PathBuf = relative.components().filter(|c| *c != Component::CurDir).collect();
    let mut parts = relative.components().map(|c| c.as_os_str().to_string_lossy().to_string());
    let (Some(content), Some(lang)) = (parts.next(), parts.next()) else {
        return Err(not_a_page(&relative));
    };
    let rest: PathBuf = parts.collect();
    if content != CONTENT_DIR || rest.extension().is_none_or(|e| e != "md") {
        return Err(not_a_page(&relative));
    }
    let (text, front, _) = read(site, &relative)?;
    let from = match from.map(str::to_string).or(front.translated_from.map(|t| t.lang)) {
        Some(from) => from,
        None => {
            let other =
                config.languages.iter().map(|l| l.code.as_str()).find(|code| *code != lang).unwrap_or("fr");
            return Err(Diagnostic::error(&relative, msg!("cli-translated-from-unknown")).hint(msg!(
                "cli-translated-from-unknown-hint",
                other = other,
                file = relative.display()
            )));
        }
    };
    if config.language(&from).is_none() || from == lang {
        return Err(Diagnostic::error(&relative, msg!("cli-translated-not-another-language", from = from)));
    }
    let source = Path::new(CONTENT_DIR).join(&from).join(&rest);
    if !site.join(&source).is_file() {
        return Err(Diagnostic::error(
            &relative,
            msg!("cli-translated-no-source", source = source.display()),
        ));
    }
    let (_, _, said) = read(site, &source)?;
    let version = translations::version(&said);
    translations::keep(site, &said).map_err(|e| {
        Diagnostic::error(
            translations::SOURCES_DIR,
            msg!("cli-new-cannot-keep-source", reason = io_reason(&e)),
        )
    })?;
    let updated = with_translated_from(&text, &format!("{from} {version}"));
    std::fs::write(site.join(&relative), updated)
        .map_err(|e| Diagnostic::error(&relative, msg!("cli-cannot-write-file", reason = io_reason(&e))))?;
    Ok(msg!(
        "cli-translated-up-to-date",
        file = relative.display(),
        source = source.display(),
        version = version
    ))
}

fn not_a_page(relative: &Path) -> Diagnostic {
    Diagnostic::error(relative, msg!("cli-translated-not-a-page"))
        .hint(msg!("cli-translated-not-a-page-hint"))
}

/// `text` with `translated_from: "VALUE"` as the last line of its front
/// matter, in place of any earlier one; nothing else changes.
fn with_translated_from(text: &str, value: &str) -> String {
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let mut out = String::with_capacity(text.len() + 48);
    let mut in_front = false;
    let mut done = false;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let bare = line.trim_end_matches(['\r', '\n']).trim_start_matches('\u{feff}');
        if i == 0 && bare == "---" {
            in_front = true;
        } else if in_front && !done && bare == "---" {
            out.push_str(&format!("translated_from: \"{value}\"{newline}"));
            done = true;
            in_front = false;
        } else if in_front && bare.starts_with("translated_from:") {
            continue;
        }
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_goes_last_in_the_front_matter_and_replaces_an_old_one() {
        assert_eq!(
            with_translated_from("---\ntitle: A\n---\nbody\n---\n", "fr 01"),
            "---\ntitle: A\ntranslated_from: \"fr 01\"\n---\nbody\n---\n"
        );
        assert_eq!(
            with_translated_from("---\r\ntranslated_from: \"fr 00\"\r\ntitle: A\r\n---\r\nbody", "fr 02"),
            "---\r\ntitle: A\r\ntranslated_from: \"fr 02\"\r\n---\r\nbody"
        );
    }
}
