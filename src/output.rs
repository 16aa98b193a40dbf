//! The built site in memory, and writing it to disk without ever leaving a
//! half-written site behind.
//!
//! Everything is rendered first. Only then is the site written into a fresh
//! folder beside the output folder, which is swapped in with two renames.
//! A failed build leaves the previous output exactly as it was.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;

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
    files: BTreeMap<String, OutputFile>,
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
        self.files.insert(path, OutputFile { body, origin });
    }

    /// Adds a file; a second file at the same path is an error naming both origins.
    pub fn insert(&mut self, path: String, body: Body, origin: PathBuf) -> Result<(), Diagnostic> {
        if let Some(existing) = self.files.get(&path) {
            return Err(Diagnostic::error(
                &origin,
                format!(
                    "this would be published at {path}, where {} is already published",
                    existing.origin.display()
                ),
            )
            .hint("rename one of the two files"));
        }
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

    /// Writes every file into `out`, replacing what was there only once all
    /// files are written.
    pub fn write_atomically(&self, out: &Path) -> io::Result<()> {
        Staging::new(out)?.finish(self)
    }
}

/// A fresh folder beside the output folder that a build writes into, and
/// that replaces the output folder only once everything is written. Pages
/// can be written as soon as they are rendered ([`Staging::write`]), so a
/// large site never has to be held in memory whole.
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    /// The current output, whose identical files are hard-linked.
    previous: Option<PathBuf>,
}

impl Staging {
    pub fn new(out: &Path) -> io::Result<Staging> {
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent)?;
        let name = out.file_name().map_or_else(|| "public".into(), |n| n.to_string_lossy().to_string());
        let dir = parent.join(format!(".{name}.amal-new-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)?;
        Ok(Staging { out: out.to_path_buf(), previous: out.is_dir().then(|| out.to_path_buf()), dir })
    }

    /// Writes one file now. A file identical to the one at the same path of
    /// the current output is hard-linked from it instead: no bytes are
    /// rewritten and its modification time stays, so rsync-style deploys
    /// send only what changed.
    pub fn write(&self, path: &str, body: &Body) -> io::Result<()> {
        let target = self.dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        if let Some(old) = self.previous.as_ref().map(|p| p.join(path))
            && unchanged(&old, body)
            && std::fs::hard_link(&old, &target).is_ok()
        {
            return Ok(());
        }
        match body {
            Body::Bytes(bytes) => std::fs::write(&target, &**bytes),
            Body::Copy(source) => std::fs::copy(source, &target).map(|_| ()),
            Body::Written => Ok(()),
        }
    }

    /// Writes the files not yet written, then swaps the staging folder in.
    pub fn finish(self, output: &Output) -> io::Result<()> {
        use rayon::prelude::*;
        if let Err(e) = output.files.par_iter().try_for_each(|(path, file)| self.write(path, &file.body)) {
            self.discard();
            return Err(e);
        }
        let name = self.out.file_name().map_or_else(|| "public".into(), |n| n.to_string_lossy().to_string());
        let old = self.dir.with_file_name(format!(".{name}.amal-old-{}", std::process::id()));
        let had_previous = self.out.exists();
        if had_previous {
            std::fs::rename(&self.out, &old)?;
        }
        if let Err(e) = std::fs::rename(&self.dir, &self.out) {
            if had_previous {
                let _ = std::fs::rename(&old, &self.out);
            }
            self.discard();
            return Err(e);
        }
        if had_previous {
            std::fs::remove_dir_all(&old)?;
        }
        Ok(())
    }

    /// Removes the staging folder; the output folder was never touched.
    pub fn discard(&self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Whether the file at `old` already holds exactly `body`.
fn unchanged(old: &Path, body: &Body) -> bool {
    let Ok(metadata) = std::fs::symlink_metadata(old) else { return false };
    if !metadata.is_file() {
        return false;
    }
    match body {
        Body::Bytes(bytes) => {
            metadata.len() == bytes.len() as u64 && std::fs::read(old).is_ok_and(|b| *b == **bytes)
        }
        Body::Copy(source) => {
            std::fs::metadata(source).is_ok_and(|m| m.len() == metadata.len())
                && matches!((std::fs::read(old), std::fs::read(source)), (Ok(a), Ok(b)) if a == b)
        }
        Body::Written => false,
    }
}

/// Refuses output folders whose replacement would destroy the site's sources.
pub fn check_out_dir(site: &Path, out: &Path) -> Result<(), Diagnostic> {
    let site = site.canonicalize().unwrap_or_else(|_| site.to_path_buf());
    let out_abs = if out.is_absolute() {
        out.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(out)
    };
    let out_abs = normalize(&out_abs);
    let dangerous = site.starts_with(&out_abs)
        || ["content", "locales", "themes", "templates", "static", "data"]
            .iter()
            .any(|d| out_abs.starts_with(site.join(d)))
        || out_abs.join(crate::config::CONFIG_FILE).exists();
    if dangerous {
        return Err(Diagnostic::error(out, "this output folder would replace the site's own files")
            .hint("build into a folder of its own, like `public`"));
    }
    Ok(())
}

/// Removes `.` and `..` without touching the disk (the folder may not exist yet).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_files_at_one_path_is_an_error() {
        let mut output = Output::new();
        output.insert("a/index.html".into(), Body::bytes(vec![]), "content/fr/a.md".into()).unwrap();
        let err = output
            .insert("a/index.html".into(), Body::bytes(vec![]), "static/a/index.html".into())
            .unwrap_err();
        assert!(err.message.contains("content/fr/a.md"), "{err}");
    }

    #[test]
    fn writing_replaces_the_previous_output_whole() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        std::fs::create_dir_all(out.join("old")).unwrap();
        std::fs::write(out.join("old/stale.html"), "stale").unwrap();
        let mut output = Output::new();
        output.insert("index.html".into(), Body::bytes(b"new".to_vec()), "x".into()).unwrap();
        output.write_atomically(&out).unwrap();
        assert_eq!(std::fs::read_to_string(out.join("index.html")).unwrap(), "new");
        assert!(!out.join("old").exists());
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no staging folders left behind");
    }

    #[test]
    fn unchanged_files_keep_their_inode_and_changed_ones_are_rewritten() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let build = |a: &str| {
            let mut output = Output::new();
            output.insert("a.html".into(), Body::bytes(a), "x".into()).unwrap();
            output.insert("b/c.html".into(), Body::bytes(b"same".to_vec()), "x".into()).unwrap();
            output.write_atomically(&out).unwrap();
        };
        build("one");
        let inode = |p: &str| std::fs::metadata(out.join(p)).unwrap().ino();
        let (a, c) = (inode("a.html"), inode("b/c.html"));
        build("two");
        assert_eq!(inode("b/c.html"), c, "the unchanged file is the same file");
        assert_ne!(inode("a.html"), a);
        assert_eq!(std::fs::read_to_string(out.join("a.html")).unwrap(), "two");
    }

    #[test]
    fn the_site_itself_is_never_an_output_folder() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("site.yaml"), "").unwrap();
        assert!(check_out_dir(dir.path(), dir.path()).is_err());
        assert!(check_out_dir(dir.path(), &dir.path().join("content")).is_err());
        assert!(check_out_dir(dir.path(), &dir.path().join("public")).is_ok());
    }
}
