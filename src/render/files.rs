//! The files of `static/` and those beside the pages, as published: each
//! image encoded again from its pixels (and a content photo's phone-sized
//! copies), each stylesheet without its comments, anything else as it is.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::stylesheet;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::images::{Cache, Picture, Recipe, copy_path};
use crate::msg;
use crate::output::Body;
use crate::site::Site;

/// What a phone 360 CSS pixels wide, at two device pixels to one, may
/// download for a photo across the page.
pub const PHONE_BUDGET: u64 = 60 * 1024;

/// One file to publish: its output path, its body, what it comes from.
type Published = (String, Body, PathBuf);

/// Every static file and every file beside the pages, images encoded on
/// both cores (or taken from the cache).
pub(super) fn published(site: &Site, images: Option<&Cache>, report: &mut Diagnostics) -> Vec<Published> {
    let mut plain = Vec::new();
    let mut pictures: Vec<(String, &Picture, bool)> = Vec::new();
    for (path, file) in &site.theme.static_files {
        match &file.picture {
            Some(picture) => pictures.push((path.clone(), picture, false)),
            None => plain.push((path.clone(), as_published(path, &file.source), origin(site, &file.source))),
        }
    }
    for asset in &site.content.assets {
        let relative: Vec<String> =
            asset.relative.components().map(|c| c.as_os_str().to_string_lossy().to_string()).collect();
        let path = format!("{}/{}", asset.lang, relative.join("/"));
        match &asset.picture {
            Some(picture) => pictures.push((path, picture, true)),
            None => {
                let body = as_published(&path, &asset.source);
                plain.push((path, body, origin(site, &asset.source)));
            }
        }
    }
    let Some(images) = images else { return plain };
    // A folder by the cache's name that amal did not make stops the images,
    // once, before any is read from it or written into it.
    if !pictures.is_empty()
        && let Err(e) = images.ready()
    {
        let message = match &e {
            crate::images::CacheError::NotOurs(_) => msg!("render-not-the-image-cache"),
            other => other.message(),
        };
        report.push(
            Diagnostic::error(origin(site, images.dir()), message).hint(msg!("render-image-cache-hint")),
        );
        return plain;
    }
    let encoded: Vec<Result<Vec<Published>, Diagnostic>> = pictures
        .par_iter()
        .map(|(path, picture, with_copies)| {
            let origin = origin(site, &picture.source);
            let recipes = picture.recipes(*with_copies);
            let made = images.publish(picture, &recipes, &origin)?;
            Ok(recipes
                .iter()
                .zip(made)
                .enumerate()
                .map(|(i, (recipe, file))| {
                    let out = if i == 0 { path.clone() } else { copy_path(path, *recipe) };
                    (out, Body::Copy(file), origin.clone())
                })
                .collect())
        })
        .collect();
    images.remember();
    for ((_, picture, with_copies), result) in pictures.iter().zip(encoded) {
        match result {
            Ok(files) => {
                if *with_copies && let Some(warning) = over_budget(picture, &files) {
                    report.push(warning);
                }
                plain.extend(files);
            }
            Err(d) => report.push(d),
        }
    }
    plain
}

fn origin(site: &Site, source: &Path) -> PathBuf {
    crate::diagnostic::relative_to(source, &site.root)
}

/// A stylesheet without its comments, anything else as it is.
fn as_published(path: &str, source: &Path) -> Body {
    let css = path.len() >= 4 && path[path.len() - 4..].eq_ignore_ascii_case(".css");
    if css && let Ok(text) = std::fs::read_to_string(source) {
        return Body::bytes(stylesheet::minify(&text));
    }
    Body::Copy(source.to_path_buf())
}

/// The copy a 360 px phone at 2× picks from the `srcset` (the narrowest
/// at least 720 pixels wide, else the widest), when it weighs over
/// [`PHONE_BUDGET`].
fn over_budget(picture: &Picture, files: &[Published]) -> Option<Diagnostic> {
    let widths = picture.widths();
    let width = widths.iter().copied().find(|&w| w >= 720).or(widths.last().copied())?;
    let recipe = Recipe { format: crate::images::Format::Webp, width };
    let (_, body, origin) = files.iter().find(|(path, ..)| path.ends_with(&format!(".{width}.webp")))?;
    let Body::Copy(file) = body else { return None };
    let bytes = std::fs::metadata(file).ok()?.len();
    (bytes > PHONE_BUDGET).then(|| {
        Diagnostic::warning(
            origin,
            msg!(
                "render-photo-too-heavy",
                kilobytes = bytes.div_ceil(1024),
                width = recipe.width,
                format = recipe.format.extension(),
                budget = PHONE_BUDGET / 1024
            ),
        )
        .hint(msg!("render-photo-too-heavy-hint"))
    })
}
