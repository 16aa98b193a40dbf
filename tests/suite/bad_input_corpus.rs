//! The bad-input corpus: every folder under `tests/bad-input/` is one mistake
//! an author or a spreadsheet export can make. Each is laid over a good
//! fixture site (`case.json` names it) and built with the real binary, which
//! must exit 1 without panicking, print exactly what `stderr.snap` holds
//! (every message with its file, line and hint, the temporary folder shown
//! as `[SITE]`), leave the previous output exactly as it was, and write
//! nothing anywhere else.
//!
//! Each case is run in English, French and Arabic (`AMAL_LANG`), each with
//! its snapshot: every message a mistake meets is read in all three.
//!
//! A changed message fails the test with a diff; `INSTA_UPDATE=always cargo
//! test --test bad_input_corpus` (or `cargo insta review`) writes the new
//! text, to be read before it is committed.
//!
//! `case.json`: `{ "fixture": "basic" | "stats", "remove": [paths] }`;
//! `files/`: files written over the site (symlinks kept as links).

use crate::common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::{REPO, TestSite};

/// Every file under `root` except `public/`, with its bytes (links as their target).
fn tree(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| !e.path().starts_with(root.join("public")))
        .filter(|e| !e.file_type().is_dir())
        .map(|e| {
            let bytes = if e.path_is_symlink() {
                std::fs::read_link(e.path()).unwrap().to_string_lossy().as_bytes().to_vec()
            } else {
                std::fs::read(e.path()).unwrap()
            };
            (e.path().strip_prefix(root).unwrap().to_path_buf(), bytes)
        })
        .collect()
}

fn lay_over(files: &Path, site: &Path) {
    if !files.is_dir() {
        return;
    }
    for entry in walkdir::WalkDir::new(files).into_iter().filter_map(Result::ok) {
        let target = site.join(entry.path().strip_prefix(files).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else if entry.path_is_symlink() {
            let _ = std::fs::remove_file(&target);
            std::os::unix::fs::symlink(std::fs::read_link(entry.path()).unwrap(), &target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// What a case printed (in English, French and Arabic), and what went
/// wrong besides the text.
struct Outcome {
    stderr: String,
    in_french: String,
    in_arabic: String,
    problems: Vec<String>,
}

fn run_case(case: &Path) -> Outcome {
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(case.join("case.json")).unwrap()).unwrap();
    let site = TestSite::new(meta["fixture"].as_str().unwrap_or("basic"));
    site.build().ok();
    let before = site.snapshot_output();
    lay_over(&case.join("files"), site.path());
    for removed in meta["remove"].as_array().into_iter().flatten() {
        site.remove(removed.as_str().unwrap());
    }
    let sources = tree(site.path());

    let run = site.build();
    let masked = |text: String| text.replace(&site.path().display().to_string(), "[SITE]");
    let stderr = masked(run.stderr());
    let in_french = masked(site.amal_in("fr", &["build"]).stderr());
    let in_arabic = masked(site.amal_in("ar", &["build"]).stderr());
    let mut problems = Vec::new();
    for (language, text) in [("fr", &in_french), ("ar", &in_arabic)] {
        if text.matches('\n').count() != stderr.matches('\n').count() {
            problems.push(format!("in {language}, not the same report as in English:\n{text}"));
        }
    }
    if run.code() != Some(1) {
        problems.push(format!("exit code {:?}", run.code()));
    }
    if stderr.contains("panicked") {
        problems.push("panicked".to_string());
    }
    if before != site.snapshot_output() {
        problems.push("the previous output changed".to_string());
    }
    // Staging folders live beside public/ inside the site, so this also
    // catches any left behind.
    if sources != tree(site.path()) {
        problems.push("files were written outside the output folder".to_string());
    }
    Outcome { stderr, in_french, in_arabic, problems }
}

#[test]
fn every_case_of_the_corpus_is_refused_cleanly() {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(Path::new(REPO).join("tests/bad-input"))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("case.json").is_file())
        .collect();
    cases.sort();
    assert!(cases.len() >= 40, "the corpus has {} cases", cases.len());
    // Two workers: the machine has two cores.
    let outcomes: Vec<(PathBuf, Outcome)> = std::thread::scope(|scope| {
        let workers: Vec<_> = cases
            .chunks(cases.len().div_ceil(2))
            .map(|chunk| {
                scope.spawn(move || {
                    chunk.iter().map(|case| (case.clone(), run_case(case))).collect::<Vec<_>>()
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().unwrap()).collect()
    });
    let failures: Vec<String> = outcomes
        .iter()
        .filter(|(_, outcome)| !outcome.problems.is_empty())
        .map(|(case, outcome)| {
            format!("== {}: {}\n{}", name(case), outcome.problems.join("; "), outcome.stderr)
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    for (case, outcome) in &outcomes {
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(case);
        settings.set_prepend_module_to_snapshot(false);
        settings.set_omit_expression(true);
        settings.set_description(format!("amal build on tests/bad-input/{}", name(case)));
        settings.bind(|| {
            insta::assert_snapshot!("stderr", outcome.stderr);
            insta::assert_snapshot!("stderr-fr", outcome.in_french);
            insta::assert_snapshot!("stderr-ar", outcome.in_arabic);
        });
    }
}

fn name(case: &Path) -> String {
    case.file_name().unwrap().to_string_lossy().into_owned()
}
