//! Which folder a build may write into: never the site's sources, never
//! a folder of someone else's without `--force`, whatever links lead there.

use crate::messages::io_reason;
use crate::msg;
use std::path::{Path, PathBuf};

use super::manifest;
use crate::diagnostic::Diagnostic;

/// The folders of a site that hold its sources.
const SOURCE_FOLDERS: [&str; 6] = ["content", "locales", "themes", "templates", "static", "data"];

/// Where a build may write `out`: the real folder behind any link, unless
/// writing there could destroy the site's sources or someone else's files.
///
/// A folder that exists, holds anything and has no manifest beside it was
/// not made by amal: it is refused unless `force`, and even then nothing in
/// it that amal did not write is removed.
pub fn check_out_dir(site: &Path, out: &Path, force: bool) -> Result<PathBuf, Diagnostic> {
    let site_real = real_path(site);
    let out_real = real_path(out);
    let dangerous = site_real.starts_with(&out_real)
        || SOURCE_FOLDERS.iter().any(|d| out_real.starts_with(real_path(&site_real.join(d))))
        || out_real.join(crate::config::CONFIG_FILE).exists();
    if dangerous {
        let message = if normalize(&absolute(out)) != out_real {
            msg!("out-would-replace-site-leading-to", real = out_real.display())
        } else {
            msg!("out-would-replace-site")
        };
        return Err(Diagnostic::error(out, message).hint(msg!("out-would-replace-site-hint")));
    }
    if !force && out_real.is_dir() && !manifest::is_manifest(&manifest::path_for(&out_real)) {
        let mut names: Vec<String> = std::fs::read_dir(&out_real)
            .map_err(|e| Diagnostic::error(out, msg!("output-cannot-read-folder", reason = io_reason(&e))))?
            .flatten()
            .map(|e| crate::diagnostic::printable::printable(&e.file_name().to_string_lossy()))
            .collect();
        if !names.is_empty() {
            names.sort();
            let count = names.len();
            names.truncate(5);
            let message = if count > names.len() {
                msg!("output-folder-not-amals-and-more", names = names.join(", "), more = count - names.len())
            } else {
                msg!("output-folder-not-amals", names = names.join(", "))
            };
            return Err(Diagnostic::error(out, message).hint(msg!("output-folder-not-amals-hint")));
        }
    }
    Ok(out_real)
}

fn absolute(path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    }
}

/// `path` with every link resolved: the deepest part that exists is
/// resolved by the system, the rest (not there yet) is added as written.
fn real_path(path: &Path) -> PathBuf {
    let path = absolute(path);
    let mut existing = path.as_path();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = existing.canonicalize() {
            let mut real = real;
            for part in rest.iter().rev() {
                real.push(part);
            }
            return normalize(&real);
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => return normalize(&path),
        }
    }
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
    fn the_site_itself_is_never_an_output_folder() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("site.yaml"), "").unwrap();
        assert!(check_out_dir(dir.path(), dir.path(), true).is_err());
        assert!(check_out_dir(dir.path(), &dir.path().join("content"), true).is_err());
        assert!(check_out_dir(dir.path(), &dir.path().join("public"), false).is_ok());
    }
}
