//! What the output folder held after the last build: each file's size,
//! modification time and content hash, kept in a file beside the folder
//! (`.public.amal-manifest` for `public/`).
//!
//! A rebuild must tell which of its files are already in the output folder
//! unchanged, so as not to rewrite them (rsync-style deploys send only what
//! changed). Reading the old files to compare costs as much as the Markdown
//! of a large site; with the manifest, a file whose size and modification
//! time are still what was recorded is compared by hash instead. A file
//! changed since (by hand, by another tool) has a new modification time and
//! is read and compared as before. A missing or damaged manifest only costs
//! that reading: it is a cache, never a source of truth.

use std::fmt::Write;
use std::fs::Metadata;
use std::io;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use rustc_hash::FxHashMap;

/// A file's content hash (128-bit XXH3: fast, and a collision between the
/// old and new version of one file is out of reach).
pub type Hash = u128;

pub fn hash(bytes: &[u8]) -> Hash {
    xxhash_rust::xxh3::xxh3_128(bytes)
}

/// [`hash`] of the parts' bytes one after the other.
pub fn hash_parts(parts: &[&[u8]]) -> Hash {
    if let [bytes] = parts {
        return hash(bytes);
    }
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    for part in parts {
        hasher.update(part);
    }
    hasher.digest128()
}

/// A file's size and modification time. While both are as recorded, the
/// recorded hash is taken to be the file's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub len: u64,
    /// Nanoseconds since 1970.
    pub modified: u128,
}

impl Stamp {
    pub fn of(metadata: &Metadata) -> Option<Stamp> {
        let modified = metadata.modified().ok()?.duration_since(UNIX_EPOCH).ok()?.as_nanos();
        Some(Stamp { len: metadata.len(), modified })
    }
}

/// Version 2 lists every file a build wrote, copies included; version 1
/// (amal before its output folder kept other files) left copies out.
const HEADER: &str = "amal manifest 2";
const HEADER_V1: &str = "amal manifest 1";

/// Where the manifest of the output folder `out` is kept.
pub fn path_for(out: &Path) -> PathBuf {
    let name = out.file_name().map_or_else(|| "public".into(), |n| n.to_string_lossy().to_string());
    let parent = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    parent.join(format!(".{name}.amal-manifest"))
}

/// Whether the manifest at `path` is of version 1, which did not list the
/// files a build copied: the folder is amal's, but its unlisted files at the
/// site's own paths are taken to be amal's copies.
pub fn is_v1(path: &Path) -> bool {
    first_line(path).as_deref() == Some(HEADER_V1)
}

/// Whether `path` is a manifest amal wrote (its first line says so): what
/// marks an output folder as amal's own.
pub fn is_manifest(path: &Path) -> bool {
    matches!(first_line(path).as_deref(), Some(HEADER | HEADER_V1))
}

/// A file's first line, read no further than a header's length.
fn first_line(path: &Path) -> Option<String> {
    use std::io::{BufRead, Read};
    let file = std::fs::File::open(path).ok()?;
    let mut first = String::new();
    std::io::BufReader::new(file).take(64).read_line(&mut first).ok()?;
    Some(first.trim_end().to_string())
}

/// The recorded stamp and hash of each file, by `/`-separated path; empty
/// when there is no manifest or it cannot be read.
pub fn read(path: &Path) -> FxHashMap<String, (Stamp, Hash)> {
    let Ok(text) = std::fs::read_to_string(path) else { return FxHashMap::default() };
    let mut lines = text.lines();
    if !matches!(lines.next(), Some(HEADER | HEADER_V1)) {
        return FxHashMap::default();
    }
    lines.filter_map(parse_line).collect()
}

fn parse_line(line: &str) -> Option<(String, (Stamp, Hash))> {
    let mut fields = line.splitn(4, ' ');
    let hash = Hash::from_str_radix(fields.next()?, 16).ok()?;
    let len = fields.next()?.parse().ok()?;
    let modified = fields.next()?.parse().ok()?;
    let path = fields.next().filter(|p| !p.is_empty())?;
    Some((path.to_string(), (Stamp { len, modified }, hash)))
}

/// The manifest's text for `entries`.
pub fn text<'a>(entries: impl Iterator<Item = (&'a str, Stamp, Hash)>) -> String {
    let mut text = String::from(HEADER);
    text.push('\n');
    for (file, stamp, hash) in entries {
        // One line per file: a path that would break the line is left out
        // (and compared by reading next time).
        if !file.contains(['\n', '\r']) {
            let _ = writeln!(text, "{hash:032x} {} {} {file}", stamp.len, stamp.modified);
        }
    }
    text
}

/// Replaces the manifest with `text`, made by [`text`] (written aside, then
/// renamed, so a reader never sees half of it).
pub fn write_text(path: &Path, text: &str) -> io::Result<()> {
    crate::util::writing::write_whole(path, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_read_back_as_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = path_for(&dir.path().join("public"));
        assert_eq!(path.file_name().unwrap(), ".public.amal-manifest");
        let stamp = Stamp { len: 12, modified: 1_764_000_000_123_456_789 };
        let files = [("fr/index.html", stamp, hash(b"bonjour")), ("ar/a b/index.html", stamp, 7)];
        write_text(&path, &text(files.iter().copied())).unwrap();
        let read = read(&path);
        assert_eq!(read.len(), 2);
        assert_eq!(read["fr/index.html"], (stamp, hash(b"bonjour")));
        assert_eq!(read["ar/a b/index.html"], (stamp, 7));
    }

    #[test]
    fn a_damaged_or_foreign_manifest_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m");
        std::fs::write(&path, "something else\nffff 1 2 a.html\n").unwrap();
        assert!(read(&path).is_empty());
        std::fs::write(&path, format!("{HEADER}\nnot-hex 1 2 a.html\nffff x 2 b.html\nffff 1 2 c.html\n"))
            .unwrap();
        assert_eq!(read(&path).keys().collect::<Vec<_>>(), ["c.html"]);
        assert!(read(&dir.path().join("missing")).is_empty());
    }
}
