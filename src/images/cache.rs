//! Copies of images kept between builds, by the content of their source:
//! a rebuild encodes only what changed, and `serve` stays instant. The
//! cache is a folder beside the output (`.public.amal-images` beside
//! `public`, like the manifest), never published; a build removes the
//! copies it did not use, so it never grows without bound. Only files
//! named as amal names them, in a folder amal marked as its own, are ever
//! removed.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rustc_hash::{FxHashMap, FxHashSet};

use super::encode::EncodeError;
use super::{Format, Picture, Recipe, encode, read};
use crate::diagnostic::Diagnostic;
use crate::messages::{Message, io_reason};
use crate::msg;
use crate::util::writing::write_whole;

/// Changes whenever a change to amal makes other copies from the same
/// source (new qualities, a new resizing filter), so old copies are not reused.
const PIPELINE: u64 = 2;

/// The Cache Directory Tagging standard's file: backup tools skip the
/// folder, and amal knows the folder is its own.
const TAG: &str = "CACHEDIR.TAG";
const TAG_TEXT: &str = "Signature: 8a477f597d28d172789f06886806bc55\n# Copies of images made by amal (a static site generator); made again when missing.\n";

#[derive(Debug)]
pub struct Cache {
    dir: PathBuf,
    used: Mutex<FxHashSet<String>>,
    /// Sources hashed by an earlier run, read from [`INDEX`] when first needed.
    known: std::sync::OnceLock<FxHashMap<PathBuf, (Stamp, u128)>>,
    /// Sources met in this run, for the next run's index.
    seen: Mutex<FxHashMap<PathBuf, (Stamp, u128)>>,
}

/// A source's length and modification time: while both are as they were
/// when its content was hashed, the hash is taken as still true (as make
/// and rsync do), so a rebuild reads no photo again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified_ns: u128,
    /// Where the system gives them, the inode and the time of the last
    /// change to the file itself, which no tool can set back: a photo
    /// replaced by another of the same size and date (`cp -p`, `touch -r`)
    /// is still seen as changed.
    changed: u128,
}

fn stamp(path: &Path) -> Option<Stamp> {
    let metadata = std::fs::metadata(path).ok()?;
    let modified = metadata.modified().ok()?.duration_since(std::time::UNIX_EPOCH).ok()?;
    #[cfg(unix)]
    let changed = {
        use std::os::unix::fs::MetadataExt;
        (u128::from(metadata.ino()) << 64)
            ^ (i128::from(metadata.ctime()) as u128).wrapping_mul(1_000_000_000)
            ^ metadata.ctime_nsec() as u128
    };
    #[cfg(not(unix))]
    let changed = 0;
    Some(Stamp { len: metadata.len(), modified_ns: modified.as_nanos(), changed })
}

/// The file that remembers each source's hash: `hash, length,
/// modified/changed, path` a line, tab-separated, paths made absolute.
const INDEX: &str = "sources.tsv";

/// Why the cache could not be cleaned up.
#[derive(Debug, thiserror::Error)]
pub enum CacheError {
    #[error("{0} holds no {TAG}, so it is not amal's: nothing in it was used or removed")]
    NotOurs(PathBuf),
    #[error("cannot tidy {0}: {1}")]
    Io(PathBuf, std::io::Error),
}

impl CacheError {
    /// What went wrong, said in the run's language (the same English as its `Display`).
    pub fn message(&self) -> Message {
        match self {
            CacheError::NotOurs(folder) => msg!("images-cache-not-ours", folder = folder),
            CacheError::Io(folder, e) => {
                msg!("images-cache-cannot-tidy", folder = folder, reason = io_reason(e))
            }
        }
    }
}

impl Cache {
    /// The cache of the output folder `out`: `.NAME.amal-images` beside it.
    pub fn beside(out: &Path) -> Cache {
        let name =
            out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "public".into());
        let parent = out.parent().unwrap_or(Path::new("."));
        Cache {
            dir: parent.join(format!(".{name}.amal-images")),
            used: Mutex::default(),
            known: std::sync::OnceLock::new(),
            seen: Mutex::default(),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The files made from `picture` for `recipes`, in that order: from the
    /// cache when there, else read, resized and encoded now (the source
    /// decoded once for all that are missing).
    pub fn publish(
        &self,
        picture: &Picture,
        recipes: &[Recipe],
        shown: &Path,
    ) -> Result<Vec<PathBuf>, Diagnostic> {
        let read_source = || {
            std::fs::read(&picture.source)
                .map_err(|e| Diagnostic::error(shown, msg!("images-cannot-read", reason = io_reason(&e))))
        };
        let stamp = stamp(&picture.source);
        let key = std::fs::canonicalize(&picture.source).unwrap_or_else(|_| picture.source.clone());
        let known = stamp.and_then(|stamp| {
            let (was, hash) = self.known().get(&key)?;
            (*was == stamp).then_some(*hash)
        });
        let (hash, mut bytes) = match known {
            Some(hash) => (hash, None),
            None => {
                let bytes = read_source()?;
                (xxhash_rust::xxh3::xxh3_128_with_seed(&bytes, PIPELINE), Some(bytes))
            }
        };
        if let Some(stamp) = stamp {
            self.seen.lock().unwrap_or_else(|p| p.into_inner()).insert(key, (stamp, hash));
        }
        let names: Vec<String> = recipes.iter().map(|r| name(hash, *r)).collect();
        let paths: Vec<PathBuf> = names.iter().map(|n| self.dir.join(n)).collect();
        // Only a regular file amal wrote is a copy: a link placed there is not.
        let missing: Vec<usize> = (0..recipes.len())
            .filter(|&i| !std::fs::symlink_metadata(&paths[i]).is_ok_and(|m| m.file_type().is_file()))
            .collect();
        if !missing.is_empty() {
            let bytes = match bytes.take() {
                Some(bytes) => bytes,
                None => read_source()?,
            };
            let pixels = read::pixels(&bytes, picture.format, shown)?;
            drop(bytes);
            let mut resizer = fast_image_resize::Resizer::new();
            for i in missing {
                let encoded = encode::encode(&pixels, recipes[i], &mut resizer).map_err(|e| {
                    let format = recipes[i].format.extension();
                    let message = match e {
                        EncodeError::TooLargeForJpeg => {
                            msg!("images-cannot-encode-too-large", format = format)
                        }
                        EncodeError::Library(detail) => {
                            msg!("images-cannot-encode", format = format, detail = detail)
                        }
                    };
                    Diagnostic::error(shown, message)
                })?;
                write_whole(&paths[i], &encoded).map_err(|e| {
                    let message = msg!("images-cannot-keep-copy", folder = &self.dir, reason = io_reason(&e));
                    Diagnostic::error(shown, message)
                })?;
            }
        }
        self.used.lock().unwrap_or_else(|p| p.into_inner()).extend(names);
        Ok(paths)
    }

    fn known(&self) -> &FxHashMap<PathBuf, (Stamp, u128)> {
        self.known.get_or_init(|| {
            let Ok(text) = std::fs::read_to_string(self.dir.join(INDEX)) else { return FxHashMap::default() };
            text.lines()
                .filter_map(|line| {
                    let mut fields = line.splitn(4, '\t');
                    let hash = u128::from_str_radix(fields.next()?, 16).ok()?;
                    let len = fields.next()?.parse().ok()?;
                    let (modified_ns, changed) = fields.next()?.split_once('/')?;
                    let stamp =
                        Stamp { len, modified_ns: modified_ns.parse().ok()?, changed: changed.parse().ok()? };
                    Some((PathBuf::from(fields.next()?), (stamp, hash)))
                })
                .collect()
        })
    }

    /// Writes down the hash of every source met in this run, for the next
    /// (only those: the index never outgrows the site).
    pub fn remember(&self) {
        let seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        if seen.is_empty() || !self.dir.join(TAG).is_file() {
            return;
        }
        let mut text = String::new();
        for (path, (stamp, hash)) in seen.iter() {
            let Some(path) = path.to_str().filter(|p| !p.contains(['\t', '\n', '\r'])) else { continue };
            text.push_str(&format!(
                "{hash:032x}\t{}\t{}/{}\t{path}\n",
                stamp.len, stamp.modified_ns, stamp.changed
            ));
        }
        // Only a later run's speed depends on it.
        let _ = write_whole(&self.dir.join(INDEX), text.as_bytes());
    }

    /// Makes the folder, marked as amal's, or finds it is amal's: a folder
    /// of that name that amal did not make is neither read nor written.
    pub fn ready(&self) -> Result<(), CacheError> {
        let io = |e| CacheError::Io(self.dir.clone(), e);
        if let Some(parent) = self.dir.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(io)?;
        }
        match std::fs::create_dir(&self.dir) {
            Ok(()) => write_whole(&self.dir.join(TAG), TAG_TEXT.as_bytes()).map_err(io),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let ours = std::fs::symlink_metadata(&self.dir).is_ok_and(|m| m.is_dir())
                    && std::fs::symlink_metadata(self.dir.join(TAG)).is_ok_and(|m| m.is_file());
                if ours { Ok(()) } else { Err(CacheError::NotOurs(self.dir.clone())) }
            }
            Err(e) => Err(io(e)),
        }
    }

    /// Removes the copies no publish of this run used; returns how many.
    pub fn tidy(&self) -> Result<usize, CacheError> {
        let io = |e| CacheError::Io(self.dir.clone(), e);
        let entries = match std::fs::read_dir(&self.dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
            Err(e) => return Err(io(e)),
        };
        if !self.dir.join(TAG).is_file() {
            return Err(CacheError::NotOurs(self.dir.clone()));
        }
        let used = self.used.lock().unwrap_or_else(|p| p.into_inner());
        let mut removed = 0;
        for entry in entries {
            let entry = entry.map_err(io)?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if is_ours(&name) && !used.contains(&name) && entry.file_type().map_err(io)?.is_file() {
                std::fs::remove_file(entry.path()).map_err(io)?;
                removed += 1;
            }
        }
        Ok(removed)
    }
}

/// `<32 hex digits>.<width>.<extension>`, the name of a copy.
fn name(hash: u128, recipe: Recipe) -> String {
    format!("{hash:032x}.{}.{}", recipe.width, recipe.format.extension())
}

fn is_ours(name: &str) -> bool {
    let mut parts = name.split('.');
    let (Some(hash), Some(width), Some(extension), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    hash.len() == 32
        && hash.bytes().all(|b| b.is_ascii_hexdigit())
        && !width.is_empty()
        && width.bytes().all(|b| b.is_ascii_digit())
        && [Format::Jpeg, Format::Png, Format::Webp].iter().any(|f| f.extension() == extension)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_names_amal_gives_are_its_own() {
        assert!(is_ours("0123456789abcdef0123456789abcdef.360.webp"));
        for not in [
            "0123456789abcdef0123456789abcdef.360.new-1-2",
            "photo.360.webp",
            "0123456789abcdef0123456789abcdef.360.pdf",
            "0123456789abcdef0123456789abcdef..jpg",
            "CACHEDIR.TAG",
            "notes.txt",
        ] {
            assert!(!is_ours(not), "{not}");
        }
    }
}
