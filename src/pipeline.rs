//! The build pipeline shared by `build`, `check` and `serve`, as the README
//! describes a build: load the settings, the strings and the theme; load
//! and validate the content and the data while the templates compile;
//! model the site; render it (even when some pages or data could not be
//! read, to report every mistake of the run at once). Nothing here writes
//! to disk: `build` writes (pages are staged as they are rendered), `serve`
//! keeps the result in memory.

use std::path::Path;

use crate::diagnostic::Diagnostics;
use crate::images::Cache;
use crate::output::Staging;
use crate::render::{self, Built, Retain};
use crate::site::{self, Site, SiteOptions};
use crate::templates::Templates;

/// A rendered site, with the warnings met on the way.
pub struct Rendered {
    pub site: Site,
    /// Kept so that `serve` can re-render a few pages without recompiling.
    pub templates: Templates,
    pub built: Built,
    pub warnings: Diagnostics,
}

/// Renders the site at `root` in memory; any error stops it, reported with
/// every other error of the run. With `staging`, pages are written there as
/// they are rendered. Images are encoded into `images`, or taken from it.
pub fn render(
    root: &Path,
    options: &SiteOptions,
    retain: Retain,
    staging: Option<&Staging>,
    images: &Cache,
) -> Result<Rendered, Diagnostics> {
    let mut report = Diagnostics::new();
    // Load: the settings, then the strings and the theme.
    let config = site::load_config(root, options)?;
    let (locales, theme) = site::load_strings_and_theme(root, &config, &mut report);
    // Load and validate the content and the data, while the templates
    // compile on the other core.
    let (sources, templates) = match (&locales, &theme) {
        (Some(locales), Some(theme)) => {
            let (sources, templates) = rayon::join(
                || site::load_sources(root, &config, options, &mut report),
                || {
                    let _compiling = crate::util::timings::phase("templates: compile (beside)");
                    Templates::compile(theme, locales.clone())
                },
            );
            (sources, Some(templates))
        }
        // Read all the same, to report every error of the run at once.
        _ => (site::load_sources(root, &config, options, &mut report), None),
    };
    let (templates, template_errors) = match templates {
        Some(Ok(templates)) => (Some(templates), Diagnostics::new()),
        Some(Err(errors)) => (None, errors),
        None => (None, Diagnostics::new()),
    };
    // Validate and model (the templates' errors are reported with the
    // site's, whichever failed).
    let (Some(locales), Some(theme)) = (locales, theme) else {
        return Err(report);
    };
    let site = Site::assemble(root, config, locales, theme, sources, &mut report);
    report.extend(template_errors);
    let (Some(mut site), Some(templates)) = (site, templates) else {
        return Err(report);
    };
    // Render, checking each page as it is rendered: also after errors in
    // pages or data, which are left out, so that one run reports every
    // mistake it can reach. The result is then not used, so photos are not
    // encoded for it (minutes of work on a slow computer).
    let images = (!report.has_errors()).then_some(images);
    let (built, found) = render::render_site(&mut site, &templates, retain, staging, images);
    report.extend(found);
    if report.has_errors() {
        return Err(report);
    }
    Ok(Rendered { site, templates, built, warnings: report })
}
