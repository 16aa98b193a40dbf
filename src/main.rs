//! amal: a static site generator for women's support centres.

use amal::cmd::cli::{self, Cli, Command};
use amal::cmd::{self, serve};
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

// A build allocates many small strings per page (template values, events,
// paths) from two threads; mimalloc serves them ~10 % faster than glibc's
// allocator on the benchmark corpus (benches/README.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use amal::site::SiteOptions;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // Before anything is said, even `--help`: the language amal speaks in
    // (README, "The language amal speaks"), which the site may set.
    let site = cli::site_named_in(&args);
    let chosen = amal::messages::choose(&site, |name| std::env::var(name).ok(), sys_locale::get_locale);
    amal::messages::set_current(chosen.language);
    let matches = match cmd::help_text::localize(Cli::command()).try_get_matches_from(args) {
        Ok(matches) => matches,
        Err(e) => match cli::misread(&e) {
            Some((message, hint)) => {
                let said = amal::diagnostic::Diagnostic::error("amal", message).hint(hint);
                eprintln!("{said}");
                // clap's code for a command line it cannot read.
                return ExitCode::from(2);
            }
            None => e.exit(),
        },
    };
    let command = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli.command,
        Err(e) => e.exit(),
    };
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
