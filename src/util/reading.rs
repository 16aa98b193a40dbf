//! Reading authors' files: regular files and folders only, UTF-8 names
//! and text, nothing outside the site; a located error otherwise.

use std::path::Path;

use crate::diagnostic::{Diagnostic, Position};
use crate::msg;

/// Decodes a file's bytes as UTF-8, dropping a leading byte-order mark.
///
/// Invalid bytes are reported at the line and column where they start, with a
/// hint, since the usual cause is a file saved as "Windows Arabic" or Latin-1.
pub fn decode(bytes: Vec<u8>, path: &Path) -> Result<String, Diagnostic> {
    // Only a failure takes the slow path, to locate the bad byte.
    let mut text = match into_string(bytes) {
        Ok(text) => text,
        Err(bytes) => {
            let valid_up_to =
                simdutf8::compat::from_utf8(&bytes).map_or_else(|e| e.valid_up_to(), |_| bytes.len());
            // Everything before the first bad byte is valid, so it locates it.
            let prefix = std::str::from_utf8(&bytes[..valid_up_to]).unwrap_or_default();
            let position = Position::of_offset(prefix, prefix.len());
            return Err(Diagnostic::error(path, msg!("settings-not-utf8-text"))
                .with_position(Some(position))
                .hint(msg!("settings-not-utf8-text-hint")));
        }
    };
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

/// The bytes as a `String` without copying them, or the bytes back if they
/// are not UTF-8.
///
/// Arabic and Tifinagh are multi-byte throughout, where the standard
/// library's check runs at under 1 GB/s; simdutf8's is several times faster
/// and decides the same.
pub fn into_string(bytes: Vec<u8>) -> Result<String, Vec<u8>> {
    if simdutf8::basic::from_utf8(&bytes).is_ok() {
        // SAFETY: simdutf8 has just checked that the bytes are UTF-8.
        Ok(unsafe { String::from_utf8_unchecked(bytes) })
    } else {
        Err(bytes)
    }
}

/// Editors' and systems' scratch files, which are never content.
pub fn is_ignored(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name == "4913"
        || name == "Thumbs.db"
}

/// The error for a symbolic link that leads outside the site (which would
/// publish whatever it points to), shown at `shown`.
pub fn link_out_of_site(entry: &walkdir::DirEntry, site: &Path, shown: &Path) -> Option<Diagnostic> {
    if !entry.path_is_symlink() {
        return None;
    }
    (!inside_site(entry.path(), site)).then(|| {
        Diagnostic::error(shown, msg!("settings-link-out-of-site"))
            .hint(msg!("settings-link-out-of-site-hint"))
    })
}

/// Whether `path`, links resolved, lies inside the site's folder.
pub fn inside_site(path: &Path, site: &Path) -> bool {
    match (path.canonicalize(), site.canonicalize()) {
        (Ok(target), Ok(site)) => target.starts_with(site),
        _ => false,
    }
}

/// Refuses a name that is not UTF-8: its bytes would be replaced on the
/// way to a URL, and two such names would become one page.
pub fn not_utf8_name(shown: &Path) -> Option<Diagnostic> {
    shown.to_str().is_none().then(|| {
        Diagnostic::error(shown, msg!("settings-name-not-utf8")).hint(msg!("settings-name-not-utf8-hint"))
    })
}

/// Refuses what is neither a regular file nor a folder (through any link):
/// reading a named pipe waits forever, a device never ends.
pub fn not_a_file(path: &Path, shown: &Path) -> Option<Diagnostic> {
    // `stat` does not open the file, so it cannot block.
    let metadata = std::fs::metadata(path).ok()?;
    (!metadata.is_file() && !metadata.is_dir())
        .then(|| Diagnostic::error(shown, msg!("settings-not-a-file")).hint(msg!("settings-not-a-file-hint")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_is_dropped() {
        let text = decode("\u{feff}---\n".as_bytes().to_vec(), Path::new("a.md")).unwrap();
        assert_eq!(text, "---\n");
    }

    #[test]
    fn invalid_bytes_are_located() {
        let mut bytes = b"---\ntitle: caf".to_vec();
        bytes.push(0xE9); // "é" in Latin-1
        let d = decode(bytes, Path::new("a.md")).unwrap_err();
        assert_eq!((d.line, d.column), (Some(2), Some(11)));
    }
}
