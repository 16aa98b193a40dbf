//! Writing the built site without ever leaving a half-written site behind.
//!
//! Changed files are staged in a folder beside the output folder while the
//! site renders; the output folder is updated only once the whole build has
//! succeeded. A failed build leaves the previous output exactly as it was.

use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::files::{Body, Output};
use super::manifest::{self, Hash, Stamp};
use crate::messages::{Message, io_reason};
use crate::msg;

impl Output {
    /// Writes every file into `out`, touching it only once all files are
    /// staged; files already there and identical are left as they are.
    pub fn write_atomically(&self, out: &Path) -> io::Result<Kept> {
        Staging::new(out, false)?.finish(self)
    }
}

/// Where a build puts the files it writes until it has succeeded, and the
/// update of the output folder once it has.
///
/// Changed files are written into a hidden folder beside the output folder
/// as they are rendered ([`Staging::write`]), so a large site is never held
/// in memory whole. A file identical to the one the output folder already
/// holds is not written at all: it keeps its inode and modification time, so
/// rsync-style deploys send only what changed. Only when the whole build has
/// succeeded does [`Staging::finish`] touch the output folder: it removes
/// what the site no longer has and renames each changed file into place (a
/// first build renames the whole staging folder, laid out as the site).
/// A failed build leaves the output folder exactly as it was.
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    /// The output folder's current files, read in the background while the
    /// site renders.
    previous: Previous,
    /// Output path → the staged file that replaces it.
    staged: Mutex<Vec<(String, PathBuf)>>,
    manifest: PathBuf,
    /// The manifest's next entries: every file written, staged or not.
    recorded: Mutex<Vec<(String, Stamp, Hash)>>,
    /// Held while the build runs, so two builds never write one folder.
    _lock: std::fs::File,
    /// `--force`: files of someone else's at the site's own paths are
    /// replaced (and listed) instead of stopping the build.
    adopt: bool,
}

/// What a finished build left in the output folder that it did not write.
#[derive(Debug, Default)]
pub struct Kept {
    /// Files and links of someone else's, left as they were.
    pub foreign: Vec<PathBuf>,
    /// Links that stood where the site puts its own files, removed (never
    /// followed).
    pub unlinked: Vec<PathBuf>,
    /// Files amal did not write, at paths where the site puts its own
    /// (only in a folder adopted with `--force`, or by hand in amal's own).
    pub replaced: Vec<PathBuf>,
}

/// What the output folder holds before the build.
#[derive(Debug, Default)]
struct Tree {
    /// Regular files reached without following a link, by `/`-separated
    /// path.
    files: FxHashMap<String, Known>,
    /// Every entry in walk order (parents first), to remove what is stale,
    /// with its `/`-separated path (`None` when not UTF-8).
    entries: Vec<(PathBuf, Option<String>, EntryKind)>,
    /// The files the last build wrote, as its manifest lists them: the only
    /// ones a build may remove, with the stamp and hash recorded.
    owned: FxHashMap<String, (Stamp, Hash)>,
    /// Written by an amal whose manifest left copies out (version 1).
    legacy: bool,
}

/// What is known of a file in the output folder without reading it.
#[derive(Debug, Clone, Copy)]
struct Known {
    stamp: Stamp,
    /// Its hash, when the manifest recorded it with this very stamp.
    hash: Option<Hash>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EntryKind {
    File,
    Folder,
    /// Links, sockets, …: the site never makes them. One in the way of
    /// the site's own files is removed (the link, never what it points to);
    /// any other is left alone.
    Other,
}

struct Previous {
    scan: Mutex<Option<std::thread::JoinHandle<io::Result<Tree>>>>,
    tree: OnceLock<Result<Tree, Message>>,
}

impl Previous {
    fn scan(out: &Path, manifest: &Path) -> Previous {
        let (root, manifest) = (out.to_path_buf(), manifest.to_path_buf());
        Previous {
            scan: Mutex::new(Some(std::thread::spawn(move || Tree::read(&root, &manifest)))),
            tree: OnceLock::new(),
        }
    }

    fn get(&self) -> io::Result<&Tree> {
        let tree = self.tree.get_or_init(|| {
            let handle = self.scan.lock().unwrap_or_else(|e| e.into_inner()).take();
            match handle.map(std::thread::JoinHandle::join) {
                Some(Ok(Ok(tree))) => Ok(tree),
                Some(Ok(Err(e))) => Err(msg!("output-cannot-read-current-because", reason = io_reason(&e))),
                Some(Err(_)) | None => Err(msg!("output-cannot-read-current")),
            }
        });
        // Said in the run's language: an `io::Error` carries it as text.
        tree.as_ref().map_err(|e| io::Error::other(e.to_string()))
    }
}

impl Tree {
    fn read(out: &Path, manifest: &Path) -> io::Result<Tree> {
        let mut tree = Tree::default();
        // A first build has no output folder yet (a file in its place was
        // refused by `Staging::new`).
        if !out.is_dir() {
            return Ok(tree);
        }
        for entry in walkdir::WalkDir::new(out).min_depth(1) {
            let entry = entry.map_err(io::Error::other)?;
            let relative = entry.path().strip_prefix(out).expect("inside the output").to_path_buf();
            let kind = match entry.file_type() {
                t if t.is_file() => EntryKind::File,
                t if t.is_dir() => EntryKind::Folder,
                _ => EntryKind::Other,
            };
            // Made here, in the background, not when the output is updated.
            let path = slash_path(&relative);
            if kind == EntryKind::File
                && let Some(path) = &path
                && let Some(stamp) = Stamp::of(&entry.metadata().map_err(io::Error::other)?)
            {
                tree.files.insert(path.clone(), Known { stamp, hash: None });
            }
            tree.entries.push((relative, path, kind));
        }
        tree.legacy = manifest::is_v1(manifest);
        for (path, (stamp, hash)) in manifest::read(manifest) {
            if let Some(known) = tree.files.get_mut(&path)
                && known.stamp == stamp
            {
                known.hash = Some(hash);
            }
            tree.owned.insert(path, (stamp, hash));
        }
        Ok(tree)
    }
}

/// `a/b/c.html` for the relative path a/b/c.html; `None` when not UTF-8.
fn slash_path(relative: &Path) -> Option<String> {
    let parts: Option<Vec<&str>> = relative.components().map(|c| c.as_os_str().to_str()).collect();
    parts.map(|p| p.join("/"))
}

impl Staging {
    pub fn new(out: &Path, adopt: bool) -> io::Result<Staging> {
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent)?;
        if out.is_file() {
            return Err(io::Error::other(msg!("output-is-a-file", path = out.display()).to_string()));
        }
        let name = out.file_name().map_or_else(|| "public".into(), |n| n.to_string_lossy().to_string());
        let lock = lock(&parent.join(format!(".{name}.amal-lock")))?;
        // With the lock held no other build is writing here: any staging
        // folder left beside the output is an interrupted build's.
        // Only names amal gives (a process number after the prefix), and
        // only real folders: a link or a folder named like one is left be.
        let prefix = format!(".{name}.amal-new-");
        for entry in std::fs::read_dir(&parent)?.flatten() {
            let staged_by_amal = entry
                .file_name()
                .to_str()
                .and_then(|n| n.strip_prefix(&prefix))
                .is_some_and(|pid| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()));
            if staged_by_amal && entry.file_type().is_ok_and(|t| t.is_dir()) {
                std::fs::remove_dir_all(entry.path())?;
            }
        }
        let dir = parent.join(format!("{prefix}{}", std::process::id()));
        // A new folder, never one already there (nor a link in its place).
        std::fs::create_dir(&dir)?;
        let manifest = manifest::path_for(out);
        Ok(Staging {
            out: out.to_path_buf(),
            dir,
            previous: Previous::scan(out, &manifest),
            staged: Mutex::new(Vec::new()),
            manifest,
            recorded: Mutex::new(Vec::new()),
            _lock: lock,
            adopt,
        })
    }

    /// Stages one file now, unless the output folder already holds exactly
    /// this file at this path.
    pub fn write(&self, path: &str, body: &Body) -> io::Result<()> {
        match body {
            Body::Bytes(bytes) => self.write_parts(path, &[bytes]),
            // Read whole so that the manifest records it like any file:
            // what a build copied is a file it wrote.
            Body::Copy(source) => self.write_parts(path, &[&std::fs::read(source)?]),
            Body::Written => Ok(()),
        }
    }

    /// [`Staging::write`] for a file's bytes straight from the renderer, in
    /// parts (a page's template output around its HTML) that are never
    /// joined in memory.
    pub fn write_parts(&self, path: &str, parts: &[&[u8]]) -> io::Result<()> {
        let hash = manifest::hash_parts(parts);
        let stamp = match self.unchanged_bytes(path, parts, hash)? {
            Some(stamp) => stamp,
            None => {
                let staged = self.staged_path(path)?;
                let mut file = std::fs::File::create(&staged)?;
                write_all_parts(&mut file, parts)?;
                // Renaming keeps the size and time: this is the stamp the
                // file will have in the output folder.
                let stamp = Stamp::of(&file.metadata()?);
                self.stage(path, staged);
                let Some(stamp) = stamp else { return Ok(()) };
                stamp
            }
        };
        self.recorded.lock().unwrap_or_else(|e| e.into_inner()).push((path.to_string(), stamp, hash));
        Ok(())
    }

    /// Where `path` is staged: at the same place in the staging folder as
    /// in the output folder, so that a first build moves in with one rename.
    fn staged_path(&self, path: &str) -> io::Result<PathBuf> {
        let staged = self.dir.join(path);
        if let Some(parent) = staged.parent() {
            std::fs::create_dir_all(parent)?;
        }
        Ok(staged)
    }

    fn stage(&self, path: &str, staged: PathBuf) {
        self.staged.lock().unwrap_or_else(|e| e.into_inner()).push((path.to_string(), staged));
    }

    /// The stamp of the output folder's file at `path` when it already
    /// holds `bytes`: known by its hash, or else read and compared.
    fn unchanged_bytes(&self, path: &str, parts: &[&[u8]], hash: Hash) -> io::Result<Option<Stamp>> {
        let Some(known) = self.previous.get()?.files.get(path) else { return Ok(None) };
        let len: usize = parts.iter().map(|p| p.len()).sum();
        let same = known.stamp.len == len as u64
            && match known.hash {
                Some(known) => known == hash,
                None => std::fs::read(self.out.join(path)).is_ok_and(|b| holds_parts(&b, parts)),
            };
        Ok(same.then_some(known.stamp))
    }

    /// Stages the files not yet written, then updates the output folder:
    /// what the site no longer has goes, each changed file is renamed into
    /// place. Files the build left unchanged are never touched.
    pub fn finish(self, output: &Output) -> io::Result<Kept> {
        self.finish_recording(output, &manifest::write_text)
    }

    /// [`finish`](Self::finish), writing the manifest with `record`.
    fn finish_recording(
        self,
        output: &Output,
        record: &dyn Fn(&Path, &str) -> io::Result<()>,
    ) -> io::Result<Kept> {
        let phase = crate::util::timings::phase("write remaining files");
        let written = output.files.par_iter().try_for_each(|(path, file)| self.write(path, &file.body));
        let previous = match written.and_then(|()| self.previous.get()) {
            Ok(previous) => previous,
            Err(e) => {
                self.discard();
                return Err(e);
            }
        };
        drop(phase);
        let _phase = crate::util::timings::phase("update the output folder");
        let recorded = std::mem::take(&mut *self.recorded.lock().unwrap_or_else(|e| e.into_inner()));
        let new = || recorded.iter().map(|(p, s, h)| (p.as_str(), *s, *h));
        let text = manifest::text(new());
        let moves = !self.staged.lock().unwrap_or_else(|e| e.into_inner()).is_empty();
        // Before a file moves in, the manifest lists every file that may be
        // amal's once the update is done or cut short (the last build's and
        // this one's), so that an update stopped halfway, or a manifest that
        // cannot be written after it, never leaves amal's own files looking
        // like someone else's. Written only once nothing stands in the way,
        // so that no path of someone else's is ever listed.
        let interim = moves && !previous.owned.is_empty();
        let before_moves = || match (moves, interim) {
            (false, _) => Ok(()),
            (true, false) => record(&self.manifest, &text),
            (true, true) => {
                let old = previous.owned.iter().map(|(p, (s, h))| (p.as_str(), *s, *h));
                record(&self.manifest, &manifest::text(old.chain(new())))
            }
        };
        let result = self.apply(output, previous, &before_moves);
        self.discard();
        let kept = result?;
        // The record of what amal wrote here, so that the next build removes
        // only its own files.
        if !moves || interim {
            record(&self.manifest, &text)?;
        }
        Ok(kept)
    }

    /// Updates the output folder, calling `before_moves` once every check
    /// has passed and before anything is removed or moved.
    fn apply(
        &self,
        output: &Output,
        previous: &Tree,
        before_moves: &dyn Fn() -> io::Result<()>,
    ) -> io::Result<Kept> {
        // Nothing to keep or remove (a first build, or an empty folder):
        // the staging folder becomes the output folder, in one rename.
        if previous.entries.is_empty() {
            before_moves()?;
            if std::fs::rename(&self.dir, &self.out).is_ok() {
                return Ok(Kept::default());
            }
        }
        let folders = folders_of(output.files.keys());
        let owned_folders = folders_of(previous.owned.keys());
        // First, before anything moves: what stands in the way of the site's
        // own files and cannot simply be replaced stops the update whole.
        let mut kept = Kept::default();
        let mut doomed: Vec<(&Path, EntryKind)> = Vec::new();
        for (relative, path, kind) in &previous.entries {
            let needed_as_file = path.as_deref().is_some_and(|p| output.files.contains_key(p));
            let needed_as_folder = path.as_deref().is_some_and(|p| folders.contains(p));
            let owned = path.as_deref().is_some_and(|p| previous.owned.contains_key(p));
            // A file amal wrote and nobody changed since: its size and time
            // are still those the manifest recorded. Only such a file may go.
            let untouched =
                path.as_deref().is_some_and(|p| previous.files.get(p).is_some_and(|k| k.hash.is_some()));
            match kind {
                EntryKind::File if needed_as_file => {
                    if !owned && !previous.legacy {
                        if !self.adopt {
                            return Err(in_the_way(relative));
                        }
                        kept.replaced.push(relative.clone());
                    }
                }
                EntryKind::Folder if needed_as_folder => {}
                EntryKind::File if owned && untouched => doomed.push((relative, EntryKind::File)),
                EntryKind::File if needed_as_folder => return Err(in_the_way(relative)),
                EntryKind::Other if needed_as_file || needed_as_folder => {
                    kept.unlinked.push(relative.clone());
                    doomed.push((relative, EntryKind::Other));
                }
                // A folder amal's files were in goes once they are gone, if
                // nothing else is left in it; any other folder stays.
                EntryKind::Folder if path.as_deref().is_some_and(|p| owned_folders.contains(p)) => {
                    doomed.push((relative, EntryKind::Folder))
                }
                // Named once, by its topmost folder of someone else's.
                EntryKind::Folder | EntryKind::File | EntryKind::Other => {
                    if !kept.foreign.last().is_some_and(|f| relative.starts_with(f)) {
                        kept.foreign.push(relative.clone());
                    }
                }
            }
        }
        // A folder where the site now puts a file can go only if nothing in
        // it is someone else's.
        for (relative, path, kind) in &previous.entries {
            if *kind == EntryKind::Folder
                && path.as_deref().is_some_and(|p| output.files.contains_key(p))
                && kept.foreign.iter().any(|f| f.starts_with(relative))
            {
                return Err(in_the_way(relative));
            }
        }
        // The folder was read while the site rendered: a folder swapped
        // for a link since must not lead a removal or a rename elsewhere.
        // (Links found in the way at the walk are removed below, first.)
        let mut checked: HashSet<PathBuf> =
            doomed.iter().filter(|(_, k)| *k == EntryKind::Other).map(|(r, _)| r.to_path_buf()).collect();
        let mut parents: Vec<PathBuf> = doomed.iter().map(|(r, _)| r.to_path_buf()).collect();
        parents.extend(
            self.staged.lock().unwrap_or_else(|e| e.into_inner()).iter().map(|(p, _)| PathBuf::from(p)),
        );
        for relative in parents {
            let mut folder = relative.parent();
            while let Some(f) = folder.filter(|f| !f.as_os_str().is_empty()) {
                if !checked.insert(f.to_path_buf()) {
                    break;
                }
                if std::fs::symlink_metadata(self.out.join(f)).is_ok_and(|m| m.file_type().is_symlink()) {
                    return Err(in_the_way(f));
                }
                folder = f.parent();
            }
        }
        if !previous.entries.is_empty() {
            before_moves()?;
        }
        // Children before their parents, so an emptied folder can go.
        for (relative, kind) in doomed.into_iter().rev() {
            let target = self.out.join(relative);
            match kind {
                EntryKind::Folder => match std::fs::remove_dir(&target) {
                    Ok(()) => {}
                    Err(e) if e.kind() == io::ErrorKind::DirectoryNotEmpty => {}
                    Err(e) => return Err(e),
                },
                _ => std::fs::remove_file(&target)?,
            }
        }
        let staged = std::mem::take(&mut *self.staged.lock().unwrap_or_else(|e| e.into_inner()));
        std::fs::create_dir_all(&self.out)?;
        staged.par_iter().try_for_each(|(path, file)| {
            let target = self.out.join(path);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::rename(file, &target)
        })?;
        Ok(kept)
    }

    /// Removes the staging folder; the output folder was never touched.
    pub fn discard(&self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Every folder the `/`-separated paths lie in, at any depth.
fn folders_of<'a>(paths: impl Iterator<Item = &'a String>) -> HashSet<&'a str> {
    let mut folders = HashSet::new();
    for path in paths {
        let mut rest = path.as_str();
        while let Some((parent, _)) = rest.rsplit_once('/') {
            if !folders.insert(parent) {
                break;
            }
            rest = parent;
        }
    }
    folders
}

/// An entry of someone else's where the site puts one of its own.
fn in_the_way(relative: &Path) -> io::Error {
    io::Error::other(msg!("output-in-the-way", path = relative.display()).to_string())
}

/// `O_NOFOLLOW`, which std does not name.
#[cfg(unix)]
fn libc_o_nofollow() -> i32 {
    if cfg!(any(target_os = "macos", target_os = "ios", target_os = "freebsd")) { 0x100 } else { 0o400000 }
}

/// Takes the lock beside the output folder, waiting (and saying so) while
/// another build holds it.
fn lock(path: &Path) -> io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.create(true).truncate(false).write(true);
    // Never through a link planted in its place.
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc_o_nofollow());
    let file = options.open(path)?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => {
            eprintln!("{}", msg!("output-waiting-for-other-build"));
            file.lock()?;
            Ok(file)
        }
        Err(std::fs::TryLockError::Error(e)) => Err(e),
    }
}

/// Writes the parts one after the other, in as few calls as the system
/// takes.
fn write_all_parts(file: &mut std::fs::File, parts: &[&[u8]]) -> io::Result<()> {
    use std::io::{IoSlice, Write};
    // Empty parts are left out: a call with nothing left to write would
    // write nothing and look like a full disk.
    let mut slices: Vec<IoSlice> = parts.iter().filter(|p| !p.is_empty()).map(|p| IoSlice::new(p)).collect();
    let mut rest = &mut slices[..];
    while !rest.is_empty() {
        match file.write_vectored(rest) {
            Ok(0) => return Err(io::Error::from(io::ErrorKind::WriteZero)),
            Ok(n) => IoSlice::advance_slices(&mut rest, n),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Whether `bytes` are the parts one after the other.
fn holds_parts(mut bytes: &[u8], parts: &[&[u8]]) -> bool {
    for part in parts {
        match bytes.strip_prefix(*part) {
            Some(rest) => bytes = rest,
            None => return false,
        }
    }
    bytes.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_made_of_parts_is_written_and_recognised_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("page.html");
        let parts: [&[u8]; 4] = [b"<main>", b"", "<p>ⴰⵎⴰⵍ</p>".as_bytes(), b"</main>"];
        write_all_parts(&mut std::fs::File::create(&path).unwrap(), &parts).unwrap();
        let written = std::fs::read(&path).unwrap();
        assert_eq!(written, "<main><p>ⴰⵎⴰⵍ</p></main>".as_bytes());
        assert!(holds_parts(&written, &parts));
        assert!(!holds_parts(&written, &parts[..3]), "bytes beyond the parts");
        assert!(!holds_parts(b"<main><p>", &parts), "bytes short of the parts");
        assert_eq!(manifest::hash_parts(&parts), manifest::hash(&written));
    }

    #[test]
    fn a_build_removes_only_the_files_it_wrote() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        std::fs::create_dir_all(out.join("notes")).unwrap();
        std::fs::write(out.join("notes/mine.txt"), "someone's").unwrap();
        write(&out, &[("index.html", "one"), ("old/stale.html", "stale"), ("notes/page.html", "page")]);
        let kept = Output::new().write_atomically(&out);
        let kept = kept.unwrap();
        assert_eq!(kept.foreign, [PathBuf::from("notes/mine.txt")]);
        assert_eq!(listing(&out), ["notes/", "notes/mine.txt"], "amal's files gone, the other one kept");
        let mut beside: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .collect();
        beside.sort();
        assert_eq!(
            beside,
            [".public.amal-lock", ".public.amal-manifest", "public"],
            "no staging folders left behind"
        );
    }

    #[test]
    fn a_link_planted_where_the_staging_folder_goes_is_never_followed() {
        let dir = tempfile::tempdir().unwrap();
        let elsewhere = dir.path().join("elsewhere");
        std::fs::create_dir_all(&elsewhere).unwrap();
        std::fs::write(elsewhere.join("index.html"), "someone else's").unwrap();
        let planted = dir.path().join(format!(".public.amal-new-{}", std::process::id()));
        std::os::unix::fs::symlink(&elsewhere, &planted).unwrap();
        let mut output = Output::new();
        output.insert("index.html".into(), Body::bytes(b"ours".to_vec()), "x".into()).unwrap();
        assert!(output.write_atomically(&dir.path().join("public")).is_err());
        assert_eq!(std::fs::read_to_string(elsewhere.join("index.html")).unwrap(), "someone else's");
    }

    #[test]
    fn a_staging_folder_left_by_an_interrupted_build_is_cleared() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        std::fs::create_dir_all(dir.path().join(".public.amal-new-4242/fr")).unwrap();
        std::fs::write(dir.path().join(".public.amal-new-4242/fr/index.html"), "half").unwrap();
        write(&out, &[("index.html", "whole")]);
        assert!(!dir.path().join(".public.amal-new-4242").exists());
    }

    #[test]
    fn a_foreign_file_where_the_site_needs_a_folder_stops_the_update_whole() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write(&out, &[("index.html", "one")]);
        std::fs::write(out.join("fr"), "someone's file").unwrap();
        let mut output = Output::new();
        output.insert("fr/index.html".into(), Body::bytes(b"two".to_vec()), "x".into()).unwrap();
        output.insert("index.html".into(), Body::bytes(b"two".to_vec()), "x".into()).unwrap();
        let err = output.write_atomically(&out).unwrap_err();
        assert!(err.to_string().contains("fr is in the way"), "{err}");
        assert_eq!(std::fs::read_to_string(out.join("fr")).unwrap(), "someone's file");
        assert_eq!(std::fs::read_to_string(out.join("index.html")).unwrap(), "one", "nothing moved");
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

    fn write(out: &Path, files: &[(&str, &str)]) {
        let mut output = Output::new();
        for (path, text) in files {
            output.insert(path.to_string(), Body::bytes(text.as_bytes().to_vec()), "x".into()).unwrap();
        }
        output.write_atomically(out).unwrap();
    }

    fn listing(out: &Path) -> Vec<String> {
        let mut found: Vec<String> = walkdir::WalkDir::new(out)
            .min_depth(1)
            .into_iter()
            .map(|e| {
                let e = e.unwrap();
                let path = slash_path(e.path().strip_prefix(out).unwrap()).unwrap();
                if e.file_type().is_dir() { format!("{path}/") } else { path }
            })
            .collect();
        found.sort();
        found
    }

    #[test]
    fn a_first_build_lands_whole_in_a_missing_or_an_empty_folder() {
        for empty_folder_first in [false, true] {
            let dir = tempfile::tempdir().unwrap();
            let out = dir.path().join("public");
            if empty_folder_first {
                std::fs::create_dir(&out).unwrap();
            }
            write(&out, &[("index.html", "home"), ("fr/a/index.html", "a"), ("fr/b/index.html", "b")]);
            assert_eq!(
                listing(&out),
                ["fr/", "fr/a/", "fr/a/index.html", "fr/b/", "fr/b/index.html", "index.html"]
            );
            assert_eq!(std::fs::read_to_string(out.join("fr/b/index.html")).unwrap(), "b");
            let beside = std::fs::read_dir(dir.path()).unwrap().count();
            assert_eq!(beside, 3, "the output folder, its manifest and its lock, no staging folder");
        }
    }

    #[test]
    fn a_page_that_became_a_folder_and_a_folder_that_became_a_file_both_land() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write(&out, &[("a", "file a"), ("b/index.html", "b's page"), ("gone/deep/x.html", "old")]);
        write(&out, &[("a/index.html", "a's page"), ("b", "file b"), ("kept.html", "new")]);
        assert_eq!(listing(&out), ["a/", "a/index.html", "b", "kept.html"]);
        assert_eq!(std::fs::read_to_string(out.join("b")).unwrap(), "file b");
        assert_eq!(std::fs::read_to_string(out.join("a/index.html")).unwrap(), "a's page");
    }

    #[test]
    fn links_in_the_output_are_removed_never_followed() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let elsewhere = dir.path().join("elsewhere");
        std::fs::create_dir_all(&elsewhere).unwrap();
        std::fs::write(elsewhere.join("index.html"), "someone else's").unwrap();
        std::fs::create_dir_all(&out).unwrap();
        std::os::unix::fs::symlink(&elsewhere, out.join("fr")).unwrap();
        write(&out, &[("fr/index.html", "ours")]);
        assert_eq!(std::fs::read_to_string(elsewhere.join("index.html")).unwrap(), "someone else's");
        assert!(!std::fs::symlink_metadata(out.join("fr")).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read_to_string(out.join("fr/index.html")).unwrap(), "ours");
    }

    #[test]
    fn an_output_path_that_is_a_file_is_refused_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        std::fs::write(&out, "notes").unwrap();
        let mut output = Output::new();
        output.insert("index.html".into(), Body::bytes(b"x".to_vec()), "x".into()).unwrap();
        let err = output.write_atomically(&out).unwrap_err();
        assert!(err.to_string().contains("is a file, not a folder"), "{err}");
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "notes");
    }

    #[test]
    fn an_unchanged_rebuild_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write(&out, &[("a/index.html", "same"), ("b.css", "same too")]);
        let staging = Staging::new(&out, false).unwrap();
        staging.write("a/index.html", &Body::bytes(b"same".to_vec())).unwrap();
        staging.write("b.css", &Body::bytes(b"changed".to_vec())).unwrap();
        let staged: Vec<String> = staging.staged.lock().unwrap().iter().map(|(p, _)| p.clone()).collect();
        assert_eq!(staged, ["b.css"]);
        staging.discard();
    }

    /// The disk fills up, or the power goes, just after the files moved
    /// in: the folder must still be amal's, its new files too, so that the
    /// next build needs no `--force` and leaves no file of its own behind.
    #[test]
    fn a_manifest_that_cannot_be_written_after_the_update_leaves_the_folder_amals() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write(&out, &[("a/index.html", "one"), ("old.html", "old")]);
        let mut second = Output::new();
        for (path, text) in [("a/index.html", "two"), ("new/index.html", "new")] {
            second.insert(path.to_string(), Body::bytes(text.as_bytes().to_vec()), "x".into()).unwrap();
        }
        let full_after_the_moves = |path: &Path, text: &str| {
            if out.join("new/index.html").exists() {
                Err(io::Error::other("disk full"))
            } else {
                manifest::write_text(path, text)
            }
        };
        let staging = Staging::new(&out, false).unwrap();
        assert!(staging.finish_recording(&second, &full_after_the_moves).is_err());
        assert_eq!(std::fs::read_to_string(out.join("a/index.html")).unwrap(), "two");
        assert_eq!(listing(&out), ["a/", "a/index.html", "new/", "new/index.html"]);
        write(&out, &[("a/index.html", "three")]);
        assert_eq!(listing(&out), ["a/", "a/index.html"], "the new page went with the next build");
    }

    #[test]
    fn unchanged_files_are_known_by_the_manifest_without_reading_them() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write(&out, &[("a/index.html", "same")]);
        let manifest = manifest::path_for(&out);
        assert!(manifest.is_file(), "a build records what it wrote");
        let inode = std::fs::metadata(out.join("a/index.html")).unwrap().ino();
        // The manifest, not the file, is believed while the file's size and
        // time are as recorded: a manifest claiming other content makes the
        // rebuild rewrite a file it would otherwise have kept.
        let text = std::fs::read_to_string(&manifest).unwrap();
        let wrong = format!("{:032x}", manifest::hash(b"else"));
        std::fs::write(&manifest, text.replace(&format!("{:032x}", manifest::hash(b"same")), &wrong))
            .unwrap();
        write(&out, &[("a/index.html", "same")]);
        assert_ne!(std::fs::metadata(out.join("a/index.html")).unwrap().ino(), inode);
    }

    #[test]
    fn an_output_file_changed_by_hand_is_rewritten_despite_the_manifest() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write(&out, &[("index.html", "bonjour")]);
        std::thread::sleep(std::time::Duration::from_millis(10));
        std::fs::write(out.join("index.html"), "BONJOUR").unwrap();
        write(&out, &[("index.html", "bonjour")]);
        assert_eq!(std::fs::read_to_string(out.join("index.html")).unwrap(), "bonjour");
        // With the manifest damaged amal no longer knows the file is its
        // own: it stops rather than overwrite it, unless told to adopt it.
        std::fs::write(manifest::path_for(&out), "garbage").unwrap();
        std::fs::write(out.join("index.html"), "BONJOUR").unwrap();
        let mut output = Output::new();
        output.insert("index.html".into(), Body::bytes(b"bonjour".to_vec()), "x".into()).unwrap();
        assert!(output.write_atomically(&out).is_err());
        assert_eq!(std::fs::read_to_string(out.join("index.html")).unwrap(), "BONJOUR");
        let kept = Staging::new(&out, true).unwrap().finish(&output).unwrap();
        assert_eq!(kept.replaced, [PathBuf::from("index.html")]);
        assert_eq!(std::fs::read_to_string(out.join("index.html")).unwrap(), "bonjour");
    }
}
