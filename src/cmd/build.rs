//! `amal build`: render the site and update the output folder with it.

use std::path::PathBuf;
use std::time::Instant;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::io_reason;
use crate::msg;
use crate::output::{self, Staging};
use crate::pipeline::{self, Rendered};
use crate::render::Retain;
use crate::site::SiteOptions;

pub struct BuildArgs {
    pub site: PathBuf,
    pub out: Option<PathBuf>,
    pub options: SiteOptions,
    /// Build into a folder amal did not make, leaving its other files be.
    pub force: bool,
    /// Refuse what a reader must not meet (placeholders on the pages she
    /// reaches first, no emergency number) instead of warning about it.
    pub publish: bool,
}

/// Loads, renders and writes the site. Returns everything it reported.
///
/// Once per process: what was rendered is left for the exit to free.
fn build(args: &BuildArgs) -> Result<(usize, Diagnostics), Diagnostics> {
    let asked = args.out.clone().unwrap_or_else(|| args.site.join("public"));
    let out = output::check_out_dir(&args.site, &asked, args.force).map_err(Diagnostics::from)?;
    let cannot_write = |e: std::io::Error| {
        Diagnostics::from(
            Diagnostic::error(&out, msg!("cli-cannot-write-site", reason = io_reason(&e)))
                .hint(msg!("cli-cannot-write-site-hint")),
        )
    };
    // Changed pages go to a staging folder as they are rendered; they move
    // into the output folder only if the whole build succeeds.
    let staging = Staging::new(&out, args.force).map_err(cannot_write)?;
    // Each page is rendered once, so its Markdown is read when it is needed.
    let options = SiteOptions { lazy_bodies: true, ..args.options.clone() };
    let images = crate::images::Cache::beside(&out);
    let rendered = pipeline::render(&args.site, &options, Retain::Written, Some(&staging), &images)
        .inspect_err(|_| staging.discard())?;
    let unfinished =
        crate::check::publishing::unfinished(&rendered.site, &rendered.built.pages, args.publish);
    if args.publish && !unfinished.is_empty() {
        staging.discard();
        let mut errors = rendered.warnings;
        errors.extend(unfinished);
        return Err(errors);
    }
    let kept = staging.finish(&rendered.built.output).map_err(cannot_write)?;
    let pages = rendered.built.pages.len();
    let mut warnings = rendered.warnings;
    warnings.extend(unfinished);
    warnings.extend(kept_warnings(&asked, &kept));
    // Copies of images no page uses any more go; a cache that cannot be
    // tidied costs only disk space.
    if let Err(e) = images.tidy() {
        warnings.push(Diagnostic::warning(images.dir(), e.message()));
    }
    // The process ends once the site is written. Freeing the site, its
    // templates and every page's leftovers one allocation at a time, after
    // the last file was written, took 5 % of a 3,033-page build's wall
    // time (benches/README.md); the exit returns the memory at once.
    let Rendered { site, templates, built, .. } = rendered;
    std::mem::forget((site, templates, built));
    Ok((pages, warnings))
}

/// What the build found in the output folder and left, or replaced, though
/// it had not written it.
fn kept_warnings(out: &std::path::Path, kept: &output::Kept) -> Vec<Diagnostic> {
    let list = |paths: &[PathBuf]| {
        let names: Vec<String> = paths
            .iter()
            .take(10)
            .map(|p| crate::diagnostic::printable::printable(&p.to_string_lossy()))
            .collect();
        msg!("cli-file-list", names = names.join(", "), more = paths.len().saturating_sub(10))
    };
    let mut warnings = Vec::new();
    if !kept.foreign.is_empty() {
        warnings.push(
            Diagnostic::warning(out, msg!("cli-kept-foreign", files = list(&kept.foreign)))
                .hint(msg!("cli-kept-foreign-hint")),
        );
    }
    if !kept.replaced.is_empty() {
        warnings.push(Diagnostic::warning(out, msg!("cli-kept-replaced", files = list(&kept.replaced))));
    }
    if !kept.unlinked.is_empty() {
        warnings.push(Diagnostic::warning(out, msg!("cli-kept-unlinked", files = list(&kept.unlinked))));
    }
    warnings
}

pub fn execute(args: BuildArgs) -> bool {
    let started = Instant::now();
    match build(&args) {
        Ok((pages, diagnostics)) => {
            let diagnostics = diagnostics.sorted();
            let warnings = diagnostics.iter().filter(|d| !d.is_error()).count();
            super::report(&args.site, diagnostics);
            let out = args.out.clone().unwrap_or_else(|| args.site.join("public"));
            let milliseconds = started.elapsed().as_millis().to_string();
            eprintln!(
                "{}",
                msg!(
                    "cli-built",
                    pages = pages,
                    out = out.display(),
                    milliseconds = milliseconds,
                    warnings = warnings
                )
            );
            true
        }
        Err(diagnostics) => {
            let diagnostics = diagnostics.sorted();
            let errors = diagnostics.iter().filter(|d| d.is_error()).count();
            super::report(&args.site, diagnostics);
            eprintln!("{}", msg!("cli-build-failed", errors = errors));
            false
        }
    }
}
