//! amal: a static site generator for women's support centres.
//!
//! The library holds the whole pipeline (load → validate → model → render →
//! write) so that the binary, the fuzz targets and the benchmarks share it;
//! `src/main.rs` only parses the command line.

pub mod cmd;
pub mod config;
pub mod content;
pub mod copied;
pub mod dates;
pub mod diagnostic;
pub mod feeds;
pub mod fixed_messages;
pub mod frontmatter;
pub mod fuzzing;
pub mod helplines;
pub mod i18n;
pub mod links;
pub mod manifest;
pub mod markdown;
pub mod output;
pub mod pipeline;
pub mod plain_front_matter;
pub mod publishing;
pub mod render;
pub mod sanitize;
pub mod serve;
pub mod shortcode;
pub mod shortcodes;
pub mod site;
pub mod splice;
pub mod stats;
pub mod subresources;
pub mod templates;
pub mod text;
pub mod theme;
pub mod timings;
pub mod urls;
pub mod yaml;
