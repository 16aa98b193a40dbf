//! The quality gates of the centre's site, with real tools: the Nu HTML
//! Checker on every page, and axe-core, privacy and quick-exit checks in
//! Debian's Chromium (tests/browser/gates.mjs), the printed report read back
//! with pdftotext. `.ci/run` installs the tools (`apt-get install chromium
//! default-jre-headless poppler-utils`, `npm ci`); with CI=true a
//! missing tool fails the test instead of skipping it.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{REPO, TestSite};

/// `Some(reason)` when a tool is missing; panics instead under CI.
fn missing(tools: &[(&str, bool)]) -> Option<String> {
    let absent: Vec<&str> = tools.iter().filter(|(_, present)| !present).map(|(name, _)| *name).collect();
    if absent.is_empty() {
        return None;
    }
    let reason = format!("missing {} (run .ci/run's install steps)", absent.join(", "));
    assert!(std::env::var("CI").as_deref() != Ok("true"), "{reason}");
    eprintln!("skipped: {reason}");
    Some(reason)
}

fn on_path(program: &str) -> bool {
    Command::new(program).arg("--version").output().is_ok_and(|o| o.status.success())
}

fn built_example() -> (TestSite, PathBuf) {
    let site = TestSite::example();
    site.build().ok();
    let public = site.public();
    (site, public)
}

#[test]
fn every_page_passes_the_nu_html_checker() {
    let vnu = Path::new(REPO).join("node_modules/vnu-jar/build/dist/vnu.jar");
    if missing(&[("java", on_path("java")), ("node_modules/vnu-jar", vnu.is_file())]).is_some() {
        return;
    }
    let (_site, public) = built_example();
    let output = Command::new("java")
        .arg("-jar")
        .arg(&vnu)
        .args(["--errors-only", "--skip-non-html"])
        .arg(&public)
        .output()
        .expect("vnu runs");
    let report =
        String::from_utf8_lossy(&output.stderr).to_string() + &String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && report.trim().is_empty(),
        "the Nu HTML Checker found errors:\n{report}"
    );
}

#[test]
fn every_page_type_passes_axe_privacy_font_and_quick_exit_checks_in_chromium() {
    let modules = Path::new(REPO).join("node_modules");
    if missing(&[
        ("node", on_path("node")),
        ("node_modules/playwright-core", modules.join("playwright-core").is_dir()),
        ("node_modules/axe-core", modules.join("axe-core").is_dir()),
        ("/usr/bin/chromium", Path::new("/usr/bin/chromium").is_file()),
        // poppler-utils, to read the printed report back.
        ("pdftotext", Command::new("pdftotext").arg("-v").output().is_ok_and(|o| o.status.success())),
    ])
    .is_some()
    {
        return;
    }
    let (_site, public) = built_example();
    let output = Command::new("node")
        .arg(Path::new(REPO).join("tests/browser/gates.mjs"))
        .arg(&public)
        .output()
        .expect("node runs");
    let report =
        String::from_utf8_lossy(&output.stdout).to_string() + &String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "browser gates failed:\n{report}");
    assert!(report.contains("20 pages checked, 0 failures"), "{report}");
}
