//! The built site in memory: each output file, what it holds and what
//! produced it, and names that one file system could not tell apart.

use std::collections::BTreeMap;
use std::path::PathBuf;

use rustc_hash::FxHashMap;

use crate::diagnostic::Diagnostic;
use crate::msg;

/// What a file of the output holds.
#[derive(Debug, Clone)]
pub enum Body {
    /// Shared, so that `serve` can snapshot the site without copying it.
    Bytes(std::sync::Arc<[u8]>),
    /// A file copied as it is (fonts, images).
    Copy(PathBuf),
    /// Already written to the build's staging folder.
    Written,
}

/// One output file and what produced it, for error messages.
#[derive(Debug, Clone)]
pub struct OutputFile {
    pub body: Body,
    pub origin: PathBuf,
}

/// The site as files, keyed by their `/`-separated path in the output folder.
#[derive(Debug, Default, Clone)]
pub struct Output {
    pub(super) files: BTreeMap<String, OutputFile>,
    /// Each path as a case-insensitive, normalising file system sees it
    /// (FAT on a USB stick, APFS on a Mac): `About/` and `about/`, or `café`
    /// in NFC and NFD, are one file there.
    folded: FxHashMap<String, String>,
}

/// `path` as such a file system compares it: Unicode case folding (the
/// long s is an s, the final sigma a sigma), NFC, and each name without
/// the trailing dots and spaces Windows and FAT drop.
fn folded(path: &str) -> String {
    let folded = if path.is_ascii() {
        path.to_ascii_lowercase()
    } else {
        let nfc = icu_normalizer::ComposingNormalizerBorrowed::new_nfc().normalize(path);
        let folded = icu_casemap::CaseMapper::new().fold_string(&nfc).into_owned();
        icu_normalizer::ComposingNormalizerBorrowed::new_nfc().normalize(&folded).into_owned()
    };
    // Nearly every path has a dot (index.html), few a name that ends in one.
    if !folded.split('/').any(|name| name.ends_with([' ', '.'])) {
        return folded;
    }
    folded.split('/').map(|name| name.trim_end_matches([' ', '.'])).collect::<Vec<_>>().join("/")
}

impl Body {
    pub fn bytes(bytes: impl Into<Vec<u8>>) -> Body {
        Body::Bytes(bytes.into().into())
    }
}

impl Output {
    pub fn new() -> Self {
        Self::default()
    }

    /// Replaces (or adds) a file, for incremental rebuilds.
    pub fn set(&mut self, path: String, body: Body, origin: PathBuf) {
        self.folded.entry(folded(&path)).or_insert_with(|| path.clone());
        self.files.insert(path, OutputFile { body, origin });
    }

    /// Adds a file; a second file at the same path is an error naming both origins.
    pub fn insert(&mut self, path: String, body: Body, origin: PathBuf) -> Result<(), Diagnostic> {
        if let Some(existing) = self.files.get(&path) {
            return Err(Diagnostic::error(
                &origin,
                msg!("output-same-path", path = &path, existing = existing.origin.display()),
            )
            .hint(msg!("output-same-path-hint")));
        }
        let key = folded(&path);
        if let Some(other) = self.folded.get(&key)
            && let Some(existing) = self.files.get(other)
        {
            return Err(Diagnostic::error(
                &origin,
                msg!(
                    "output-same-path-folded",
                    path = &path,
                    other = other,
                    existing = existing.origin.display()
                ),
            )
            .hint(msg!("output-same-path-folded-hint")));
        }
        self.folded.insert(key, path.clone());
        self.files.insert(path, OutputFile { body, origin });
        Ok(())
    }

    pub fn get(&self, path: &str) -> Option<&OutputFile> {
        self.files.get(path)
    }

    pub fn contains(&self, path: &str) -> bool {
        self.files.contains_key(path)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &OutputFile)> {
        self.files.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_one_file_system_cannot_tell_apart_are_an_error() {
        let mut output = Output::new();
        output
            .insert("fr/about/index.html".into(), Body::bytes(vec![]), "content/fr/about.md".into())
            .unwrap();
        let err = output
            .insert("fr/About/index.html".into(), Body::bytes(vec![]), "content/fr/About.md".into())
            .unwrap_err();
        assert!(
            err.message.to_string().contains("cannot tell from fr/about/index.html")
                && err.message.to_string().contains("content/fr/about.md"),
            "{err}"
        );
        // café in NFC, then in NFD (e + combining acute).
        output.insert("fr/caf\u{e9}/index.html".into(), Body::bytes(vec![]), "a".into()).unwrap();
        assert!(output.insert("fr/cafe\u{301}/index.html".into(), Body::bytes(vec![]), "b".into()).is_err());
        assert!(output.insert("fr/اتصال/index.html".into(), Body::bytes(vec![]), "c".into()).is_ok());
        // Case folding, not lower case: the long s is an s, the final
        // sigma a sigma, as file systems that fold case compare them.
        output.insert("fr/services/index.html".into(), Body::bytes(vec![]), "d".into()).unwrap();
        assert!(
            output.insert("fr/\u{17f}ervices/index.html".into(), Body::bytes(vec![]), "e".into()).is_err()
        );
        output.insert("fr/λόγος/index.html".into(), Body::bytes(vec![]), "f".into()).unwrap();
        assert!(output.insert("fr/λόγοσ/index.html".into(), Body::bytes(vec![]), "g".into()).is_err());
        // Windows and USB sticks drop a name's trailing dots and spaces.
        assert!(output.insert("fr/about./index.html".into(), Body::bytes(vec![]), "h".into()).is_err());
        assert!(output.insert("fr/about /index.html".into(), Body::bytes(vec![]), "i".into()).is_err());
    }

    #[test]
    fn two_files_at_one_path_is_an_error() {
        let mut output = Output::new();
        output.insert("a/index.html".into(), Body::bytes(vec![]), "content/fr/a.md".into()).unwrap();
        let err = output
            .insert("a/index.html".into(), Body::bytes(vec![]), "static/a/index.html".into())
            .unwrap_err();
        assert!(err.message.to_string().contains("content/fr/a.md"), "{err}");
    }
}
