//! Translations that know their source: `amal translated` records the
//! version of the page a translation was made from (and keeps that text in
//! `.amal/sources/`), and `amal check` lists translations whose source has
//! changed since, with the lines that changed.

use std::path::{Path, PathBuf};

/// Where the source texts translations were made from are kept, in the
/// site's folder (kept with the site, so every translator's check sees them).
pub const SOURCES_DIR: &str = ".amal/sources";

/// What a page says, as a translator translates it: its title and its body
/// (not its weight, date or other settings).
pub fn text_of(title: &str, body: &str) -> String {
    format!("{title}\n\n{}\n", body.trim())
}

/// The version of a page's text: 16 hex digits.
pub fn version(text: &str) -> String {
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(text.as_bytes()))
}

/// The kept text of `version`, when it was kept.
pub fn kept(site: &Path, version: &str) -> Option<String> {
    if !version.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    std::fs::read_to_string(site.join(SOURCES_DIR).join(format!("{version}.md"))).ok()
}

/// Keeps `text` as the source of its version.
pub fn keep(site: &Path, text: &str) -> std::io::Result<PathBuf> {
    let dir = site.join(SOURCES_DIR);
    std::fs::create_dir_all(&dir)?;
    let path = dir.join(format!("{}.md", version(text)));
    std::fs::write(&path, text)?;
    Ok(path)
}

/// The lines that changed from `old` to `new`, `- ` removed and `+ ` added,
/// blank lines left out.
pub fn changed_lines(old: &str, new: &str) -> Vec<String> {
    similar::TextDiff::from_lines(old, new)
        .iter_all_changes()
        .filter(|c| c.tag() != similar::ChangeTag::Equal && !c.value().trim().is_empty())
        .map(|c| {
            format!(
                "{} {}",
                if c.tag() == similar::ChangeTag::Delete { "-" } else { "+" },
                c.value().trim_end()
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_changed_is_shown() {
        let old = text_of("À propos", "Ouvert le lundi.\n\nGratuit.");
        let new = text_of("À propos", "Ouvert du lundi au vendredi.\n\nGratuit.");
        assert_eq!(changed_lines(&old, &new), ["- Ouvert le lundi.", "+ Ouvert du lundi au vendredi."]);
        assert_ne!(version(&old), version(&new));
        assert_eq!(version(&old).len(), 16);
    }
}
