//! The command line: amal's commands and their options, as clap reads
//! them. The doc comments are the English words; `help_text` gives them
//! in the run's language.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::messages::Message;
use crate::msg;

/// Builds a multilingual, private, fast website for a women's support centre.
#[derive(Parser)]
#[command(name = "amal", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
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
        #[arg(long, value_enum, default_value_t = super::check::Format::Text)]
        format: super::check::Format,
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
    pub fn site(&self) -> &std::path::Path {
        match self {
            Command::Build { site, .. }
            | Command::Check { site, .. }
            | Command::Serve { site, .. }
            | Command::New { site, .. }
            | Command::Translated { site, .. } => site,
        }
    }
}

/// The site folder a command line names with `--site`, read before the
/// line is parsed (the language of the help may depend on it).
pub fn site_named_in(args: &[std::ffi::OsString]) -> PathBuf {
    let mut named = PathBuf::from(".");
    let mut next_is_site = false;
    for arg in args {
        if next_is_site {
            named = PathBuf::from(arg);
            next_is_site = false;
        } else if arg == "--site" {
            next_is_site = true;
        } else if let Some(site) = arg.to_str().and_then(|a| a.strip_prefix("--site=")) {
            named = PathBuf::from(site);
        }
    }
    named
}

/// What clap could not read in a command line, in the run's language and
/// the team's words (what was typed, what was meant), or `None` for what
/// clap says itself (the help, the version, a rarer mistake).
pub fn misread(error: &clap::Error) -> Option<(Message, Message)> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(list)) => list.first().cloned(),
        _ => None,
    };
    let list = |kind| match error.get(kind) {
        Some(ContextValue::Strings(list)) => Some(list.join(", ")),
        _ => None,
    };
    let help = || msg!("cli-misread-help");
    // What clap suggests instead of what was typed, else where to look.
    let meant_or_help = |kind| match text(kind) {
        Some(meant) => msg!("cli-misread-did-you-mean", meant = meant),
        None => help(),
    };
    Some(match error.kind() {
        ErrorKind::InvalidSubcommand => {
            let typed = text(ContextKind::InvalidSubcommand)?;
            (msg!("cli-misread-command", typed = typed), meant_or_help(ContextKind::SuggestedSubcommand))
        }
        ErrorKind::UnknownArgument => {
            let typed = text(ContextKind::InvalidArg)?;
            (msg!("cli-misread-option", typed = typed), meant_or_help(ContextKind::SuggestedArg))
        }
        ErrorKind::InvalidValue => {
            let option = text(ContextKind::InvalidArg)?;
            let typed = text(ContextKind::InvalidValue).unwrap_or_default();
            let hint = match list(ContextKind::ValidValue) {
                Some(values) => msg!("cli-misread-values", values = values),
                None => help(),
            };
            (msg!("cli-misread-value", option = option, typed = typed), hint)
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = list(ContextKind::InvalidArg)?;
            (msg!("cli-misread-missing", missing = missing), help())
        }
        _ => return None,
    })
}
