//! amal: a static site generator for women's support centres.
//!
//! The library holds the whole pipeline so that the binary, the fuzz targets
//! and the benchmarks share it; `src/main.rs` only parses the command line.
//! Modules are listed in the order a build meets them (load → validate →
//! model → render → check → write), each after those it uses: imports run
//! one way. `ARCHITECTURE.md` says where to start.

/// amal's own words, in the language of whoever runs it.
pub mod messages;

/// What went wrong, where, and what to do; printed safely.
pub mod diagnostic;

/// Helpers every stage uses: text, HTML escaping, YAML, dates, reading files.
pub mod util;

/// Load: `site.yaml`.
pub mod config;

/// Load: Fluent strings per language, dates in words.
pub mod i18n;

/// Load → validate → protect: the centre's data, the one door to its numbers.
pub mod stats;

/// What may reach the reader's browser: the other-site scanner, copied files.
pub mod safety;

/// Images as published: sniffed, read within bounds, re-encoded from their
/// pixels without metadata, phone-sized copies, the cache beside the output.
pub mod images;

/// Load and compile: the theme's files, its tera templates and `t()`.
pub mod templates;

/// Load → validate → model: content, front matter, URLs, the assembled site.
pub mod site;

/// Render: Markdown to HTML, shortcode syntax, raw HTML cleaned.
pub mod markdown;

/// The site as files, and writing them: staged, moved in, the manifest.
pub mod output;

/// Render: pages, feeds, site-wide files, serve's partial rebuilds.
pub mod render;

/// Check the rendered site: links and anchors, what a publishing build refuses.
pub mod check;

/// The named steps of a build, shared by build, check and serve.
pub mod pipeline;

/// The commands: build, check, new, serve.
pub mod cmd;

/// Entry points for `fuzz/` and its corpus replay.
pub mod fuzzing;
