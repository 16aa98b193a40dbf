//! Helpers shared by the integration tests: copy a fixture site into a
//! temporary folder, run the real `amal` binary on it, and read its output
//! with an HTML parser.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

use scraper::{Html, Selector};

pub const REPO: &str = env!("CARGO_MANIFEST_DIR");

/// The variables amal chooses its language by (README, "The language amal
/// speaks"): cleared for every run, so a test sees what it sets.
pub const LANGUAGE_VARIABLES: [&str; 5] = ["AMAL_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"];

/// A fixture site copied into a temporary folder.
pub struct TestSite {
    pub dir: tempfile::TempDir,
}

impl TestSite {
    /// Copies `tests/fixtures/<name>`; fixtures without their own `themes/`
    /// or `locales/` get the repository's, so they stay tiny.
    pub fn new(name: &str) -> TestSite {
        let dir = tempfile::tempdir().expect("temp dir");
        let fixture = Path::new(REPO).join("tests/fixtures").join(name);
        assert!(fixture.is_dir(), "no fixture {}", fixture.display());
        copy_dir(&fixture, dir.path());
        for shared in ["themes", "locales"] {
            if !dir.path().join(shared).exists() {
                copy_dir(&Path::new(REPO).join(shared), &dir.path().join(shared));
            }
        }
        TestSite { dir }
    }

    /// The repository's own site (the centre's), copied.
    pub fn example() -> TestSite {
        let dir = tempfile::tempdir().expect("temp dir");
        for part in ["site.yaml", "content", "themes", "locales", "data"] {
            let from = Path::new(REPO).join(part);
            if from.is_dir() {
                copy_dir(&from, &dir.path().join(part));
            } else {
                std::fs::copy(&from, dir.path().join(part)).expect("copy");
            }
        }
        TestSite { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn public(&self) -> PathBuf {
        self.path().join("public")
    }

    /// Runs `amal <args>` in the site's folder (subcommand first), in
    /// English whatever the machine's language.
    pub fn amal(&self, args: &[&str]) -> Run {
        self.amal_with(&[], args)
    }

    /// Runs amal as someone whose `AMAL_LANG` is `language`.
    pub fn amal_in(&self, language: &str, args: &[&str]) -> Run {
        self.amal_with(&[("AMAL_LANG", language)], args)
    }

    /// Runs amal with only these of the variables that choose its language.
    pub fn amal_with(&self, variables: &[(&str, &str)], args: &[&str]) -> Run {
        let mut command = assert_cmd::Command::cargo_bin("amal").expect("binary");
        command.current_dir(self.path()).args(args);
        for name in LANGUAGE_VARIABLES {
            command.env_remove(name);
        }
        command.envs(variables.iter().copied());
        Run(command.output().expect("amal runs"))
    }

    pub fn build(&self) -> Run {
        self.amal(&["build"])
    }

    pub fn write(&self, relative: &str, text: &str) {
        let path = self.path().join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    pub fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.path().join(relative))
            .unwrap_or_else(|e| panic!("cannot read {relative}: {e}"))
    }

    pub fn remove(&self, relative: &str) {
        let path = self.path().join(relative);
        if path.is_dir() {
            std::fs::remove_dir_all(path).unwrap();
        } else {
            std::fs::remove_file(path).unwrap();
        }
    }

    /// A built page, parsed.
    pub fn page(&self, relative: &str) -> Page {
        Page(Html::parse_document(&self.read(&format!("public/{relative}"))))
    }

    /// Every file of the output with its bytes, to prove it did not change.
    pub fn snapshot_output(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        snapshot(&self.public())
    }
}

/// Every file under `root` (links not followed) with its bytes.
pub fn snapshot(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in walkdir::WalkDir::new(root).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let relative = entry.path().strip_prefix(root).unwrap().to_path_buf();
            files.insert(relative, std::fs::read(entry.path()).unwrap());
        }
    }
    files
}

/// Builds the fixture, breaks it with `mutate`, builds again, and checks
/// that the build failed with every `expected` line, left the previous output
/// exactly as it was and no staging folder behind. Returns stderr.
pub fn assert_rejected(fixture: &str, mutate: impl FnOnce(&TestSite), expected: &[&str]) -> Run {
    let site = TestSite::new(fixture);
    site.build().ok();
    let before = site.snapshot_output();
    mutate(&site);
    let run = site.build().failed();
    let stderr = run.stderr();
    for line in expected {
        assert!(stderr.contains(line), "expected `{line}` in:\n{stderr}");
    }
    assert!(stderr.contains("the previous output was left as it was"), "{stderr}");
    assert_eq!(before, site.snapshot_output(), "the previous output changed");
    let leftovers: Vec<_> = std::fs::read_dir(site.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.contains("amal-new") || n.contains("amal-old"))
        .collect();
    assert!(leftovers.is_empty(), "staging folders left: {leftovers:?}");
    run
}

pub struct Run(pub Output);

impl Run {
    pub fn success(&self) -> bool {
        self.0.status.success()
    }
    pub fn code(&self) -> Option<i32> {
        self.0.status.code()
    }
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.0.stderr).to_string()
    }
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.0.stdout).to_string()
    }
    /// Panics with the output unless the command succeeded.
    pub fn ok(self) -> Run {
        assert!(self.success(), "amal failed:\n{}\n{}", self.stderr(), self.stdout());
        self
    }
    /// Panics unless the command failed with exit code 1, without a panic.
    pub fn failed(self) -> Run {
        assert_eq!(self.code(), Some(1), "expected exit 1:\n{}\n{}", self.stderr(), self.stdout());
        assert!(!self.stderr().contains("panicked"), "amal panicked:\n{}", self.stderr());
        self
    }
}

/// A parsed HTML page with small query helpers.
pub struct Page(pub Html);

impl Page {
    fn select(selector: &str) -> Selector {
        Selector::parse(selector).unwrap_or_else(|e| panic!("bad selector {selector}: {e:?}"))
    }

    /// The attribute `attr` of the first element matching `selector`.
    pub fn attr(&self, selector: &str, attr: &str) -> Option<String> {
        self.0.select(&Self::select(selector)).next().and_then(|e| e.value().attr(attr).map(str::to_string))
    }

    /// The text of every element matching `selector`, whitespace collapsed.
    pub fn texts(&self, selector: &str) -> Vec<String> {
        self.0
            .select(&Self::select(selector))
            .map(|e| e.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" "))
            .collect()
    }

    pub fn text(&self, selector: &str) -> String {
        self.texts(selector).into_iter().next().unwrap_or_else(|| panic!("nothing matches {selector}"))
    }

    /// The attribute `attr` of every element matching `selector`.
    pub fn attrs(&self, selector: &str, attr: &str) -> Vec<String> {
        self.0
            .select(&Self::select(selector))
            .filter_map(|e| e.value().attr(attr).map(str::to_string))
            .collect()
    }

    pub fn count(&self, selector: &str) -> usize {
        self.0.select(&Self::select(selector)).count()
    }

    pub fn html(&self) -> String {
        self.0.html()
    }
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}
