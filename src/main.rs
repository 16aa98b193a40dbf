//! amal: a static site generator for women's support centres.

use amal::cmd::{self, serve};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

// A build allocates many small strings per page (template values, events,
// paths) from two threads; mimalloc serves them ~10 % faster than glibc's
// allocator on the benchmark corpus (benches/README.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use amal::site::SiteOptions;

/// Builds a multilingual, private, fast website for a women's support centre.
#[derive(Parser)]
#[command(name = "amal", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Render the site into the output folder (public/ by default).
    Build {
        /// The site's folder (holding site.yaml).
        #[arg(long, default_value = ".")]
        site: PathBuf,
        /// Where to write the site (default: <site>/public).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Include pages marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Use this base URL instead of site.yaml's (for deploy previews).
        #[arg(long)]
        base_url: Option<String>,
        /// Print how long each phase of the build took.
        #[arg(long)]
        timings: bool,
        /// Build into an existing folder that amal did not make (its other
        /// files are left where they are, and listed).
        #[arg(long)]
        force: bool,
        /// Build the site to publish: placeholders on the home page or a
        /// page of the menu, or no emergency number, stop the build.
        #[arg(long)]
        publish: bool,
    },
    /// Validate everything, check links, and report missing translations,
    /// translations awaiting review and placeholders, without writing.
    Check {
        /// The site's folder (holding site.yaml).
        #[arg(long, default_value = ".")]
        site: PathBuf,
        /// Include pages marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Check as a publishing build would: placeholders on the home page
        /// or a page of the menu, or no emergency number, are errors.
        #[arg(long)]
        publish: bool,
        /// `text` for people, `json` for tools (one object on standard output).
        #[arg(long, value_enum, default_value_t = cmd::check::Format::Text)]
        format: cmd::check::Format,
    },
    /// Preview the site: build it, serve it on this computer, and rebuild and
    /// reload the browser on every saved change.
    Serve {
        /// The site's folder (holding site.yaml).
        #[arg(long, default_value = ".")]
        site: PathBuf,
        /// The port to listen on (0 picks a free one).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// The address to listen on. Anything but loopback exposes the
        /// drafts to the network.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the preview in the default browser.
        #[arg(long)]
        open: bool,
        /// Include pages marked `draft: true`.
        #[arg(long)]
        drafts: bool,
    },
    /// Create a page in every language, e.g. `amal new news/open-day`.
    New {
        /// Path below content/<lang>/, without extension.
        path: String,
        /// The site's folder (holding site.yaml).
        #[arg(long, default_value = ".")]
        site: PathBuf,
    },
    /// Mark translations as up to date with their source page as it is now,
    /// so that `amal check` says when the source changes, and what changed.
    Translated {
        /// The translations' files, like content/ar/about.md.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The language they were translated from (needed the first time).
        #[arg(long)]
        from: Option<String>,
        /// The site's folder (holding site.yaml).
        #[arg(long, default_value = ".")]
        site: PathBuf,
    },
}

impl Command {
    fn site(&self) -> &std::path::Path {
        match self {
            Command::Build { site, .. }
            | Command::Check { site, .. }
            | Command::Serve { site, .. }
            | Command::New { site, .. }
            | Command::Translated { site, .. } => site,
        }
    }
}

fn main() -> ExitCode {
    let command = Cli::parse().command;
    // Before anything is said: the language amal speaks in (README,
    // "The language amal speaks").
    let chosen = amal::messages::choose(command.site(), |name| std::env::var(name).ok());
    amal::messages::set_current(chosen.language);
    let ok = match command {
        Command::Build { site, out, drafts, base_url, timings, force, publish } => {
            if timings {
                amal::util::timings::enable();
            }
            cmd::build::execute(cmd::build::BuildArgs {
                site,
                out,
                options: SiteOptions { drafts, base_url, ..SiteOptions::default() },
                force,
                publish,
            })
        }
        Command::Check { site, drafts, publish, format } => {
            cmd::check::execute(site, SiteOptions { drafts, ..SiteOptions::default() }, publish, format)
        }
        Command::New { path, site } => cmd::new::execute(site, path),
        Command::Translated { files, from, site } => cmd::translated::execute(site, from, files),
        Command::Serve { site, port, bind, open, drafts } => {
            serve::execute(serve::ServeArgs { site, bind, port, open, drafts })
        }
    };
    if ok { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}
