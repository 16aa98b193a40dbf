//! Writing a file whole or not at all: another process reading it (a
//! second build, `serve`) never sees half of it.

use std::io::{self, Write as _};
use std::path::Path;

/// Writes `bytes` to a new file beside `path` and renames it over `path`.
/// The file beside is created new: never written through a link, never
/// over a file of someone else's that happens to have its name.
pub fn write_whole(path: &Path, bytes: &[u8]) -> io::Result<()> {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let aside = path.with_extension(format!("new-{}-{n}", std::process::id()));
    std::fs::OpenOptions::new().write(true).create_new(true).open(&aside)?.write_all(bytes)?;
    std::fs::rename(&aside, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&aside);
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_replaced_whole_with_nothing_left_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index.tsv");
        write_whole(&path, b"one").unwrap();
        write_whole(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "nothing left beside it");
    }
}
