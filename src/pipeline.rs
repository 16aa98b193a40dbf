//! The build pipeline shared by `build`, `check` and `serve`:
//! load → validate → model (`Site::load`), then render (`render_site`).
//! Nothing here writes to disk; `build` writes, `serve` keeps the result in
//! memory.

use std::path::Path;

use crate::diagnostic::Diagnostics;
use crate::output::Staging;
use crate::render::{self, Built, Retain};
use crate::site::{Site, SiteOptions};
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
/// every other error of the run.
/// With `staging`, pages are written there as they are rendered.
pub fn render(
    root: &Path,
    options: &SiteOptions,
    retain: Retain,
    staging: Option<&Staging>,
) -> Result<Rendered, Diagnostics> {
    let (mut site, mut diagnostics, templates) = Site::load(root, options, |theme, locales| {
        let _compiling = crate::util::timings::phase("templates: compile (beside)");
        Templates::compile(theme, locales.clone())
    })?;
    let templates = match templates {
        Ok(templates) => templates,
        Err(errors) => {
            diagnostics.extend(errors);
            return Err(diagnostics);
        }
    };
    let (built, render_diagnostics) = render::render_site(&mut site, &templates, retain, staging);
    diagnostics.extend(render_diagnostics);
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    Ok(Rendered { site, templates, built, warnings: diagnostics })
}
