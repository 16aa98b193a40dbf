//! amal: a static site generator for women's support centres.
//!
//! The library holds the whole pipeline so that the binary, the fuzz targets
//! and the benchmarks share it; `src/main.rs` only parses the command line.
//! Modules are listed in the order a build meets them: load → validate →
//! model → render → check → write. `ARCHITECTURE.md` says where to start.

pub mod check; // check the rendered site: links and anchors, what a publishing build refuses
pub mod cmd; // the commands: build, check, new, serve
pub mod config; // load: site.yaml
pub mod diagnostic; // what went wrong, where, and what to do; printed safely
pub mod fuzzing;
pub mod i18n; // load: Fluent strings per language, plural rules, dates in words
pub mod markdown; // render: Markdown to HTML, shortcode syntax, raw HTML cleaned
pub mod output; // write: the site as files, staged and moved in, the manifest
pub mod pipeline; // the named steps of a build, shared by build, check and serve
pub mod render; // render: pages, feeds, site-wide files, serve's partial rebuilds
pub mod safety; // what may reach the reader's browser: the other-site scanner, copied files
pub mod site; // load → validate → model: content, front matter, theme, URLs
pub mod stats; // load → validate → protect: the centre's data, the one door to its numbers
pub mod templates; // render: the theme's tera templates and the `t()` function
pub mod util; // helpers every stage uses: text, HTML escaping, YAML, dates, reading files // entry points for fuzz/ and its corpus replay
