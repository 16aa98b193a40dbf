//! Every mistake an author can make gets a located message, exit code 1, no
//! panic, and the previous good site stays exactly as it was.

use crate::common;

use common::TestSite;

fn assert_rejected(mutate: impl FnOnce(&TestSite), expected: &[&str]) -> String {
    common::assert_rejected("basic", mutate, expected).stderr()
}

#[test]
fn the_site_folder_itself_is_refused_as_output() {
    let site = TestSite::new("basic");
    let run = site.amal(&["build", "--out", "."]).failed();
    assert!(
        run.stderr().contains("this output folder would replace the site's own files"),
        "{}",
        run.stderr()
    );
    assert!(site.path().join("content/fr/_index.md").is_file());
}

#[test]
fn no_site_here() {
    let site = TestSite::new("basic");
    site.remove("site.yaml");
    let run = site.build().failed();
    assert!(run.stderr().contains("site.yaml: error: cannot read the site settings"), "{}", run.stderr());
}

/// `amal build`, killed after `seconds` if it hangs: a hang fails the test
/// instead of stalling the suite.
fn build_within(site: &TestSite, seconds: u64) -> (std::process::Output, String) {
    let output = assert_cmd::Command::cargo_bin("amal")
        .unwrap()
        .current_dir(site.path())
        .arg("build")
        .timeout(std::time::Duration::from_secs(seconds))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    (output, stderr)
}

/// A named pipe anywhere amal reads would block the build for ever (and
/// every later rebuild in `serve`): it is refused with its path instead.
#[test]
fn a_named_pipe_is_refused_not_read() {
    for (fixture, pipe) in [
        ("basic", "content/fr/pipe.md"),
        ("basic", "content/fr/services/photo.jpg"),
        ("basic", "locales/fr/pipe.ftl"),
        ("basic", "static/pipe.css"),
        ("stats", "data/cases/pipe.csv"),
    ] {
        let site = TestSite::new(fixture);
        let path = site.path().join(pipe);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let made = std::process::Command::new("mkfifo").arg(&path).status().expect("mkfifo");
        assert!(made.success());
        let (output, stderr) = build_within(&site, 20);
        assert!(!output.status.success(), "{pipe}: {stderr}");
        assert!(
            stderr.contains(&format!("{pipe}: error: this is not a file but a named pipe")),
            "{pipe}: {stderr}"
        );
    }
}

/// A language folder that is a link to `/` was refused only after the
/// whole disk had been walked.
#[test]
fn a_language_folder_linked_out_of_the_site_is_refused_before_it_is_walked() {
    let site = TestSite::new("basic");
    std::fs::remove_dir_all(site.path().join("content/ar")).unwrap();
    std::os::unix::fs::symlink("/", site.path().join("content/ar")).unwrap();
    let (_, stderr) = build_within(&site, 60);
    assert!(stderr.contains("content/ar: error: this link points outside the site"), "{stderr}");
    assert_eq!(stderr.matches("error:").count(), 1, "nothing under / was looked at: {stderr}");
}

/// What browsers read as another origin, though it starts with neither
/// `//` nor `https:`.
#[test]
fn raw_html_that_a_browser_reads_as_another_site_is_refused() {
    for src in [
        "/\\evil.example/a.png",
        "/&#9;/evil.example/b.png",
        "\\\\evil.example/c.png",
        "HTTPS://evil.example/d.png",
    ] {
        let body = format!("---\ntitle: À propos\n---\n\n<img src=\"{src}\" alt=\"\">\n");
        let stderr = assert_rejected(
            |s| s.write("content/fr/about.md", &body),
            &["content/fr/about.md: error: fr/about/index.html loads"],
        );
        assert!(stderr.contains("evil.example") && stderr.contains("from another site"), "{src}: {stderr}");
    }
}

#[test]
fn a_plain_svg_beside_a_page_is_published() {
    let site = TestSite::new("basic");
    site.write(
        "content/fr/open-day/index.md",
        "---\ntitle: Portes ouvertes\n---\n\n![Plan du centre](plan.svg)\n",
    );
    site.write(
        "content/fr/open-day/plan.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 4\"><path d=\"M0 0h4v4z\"/></svg>",
    );
    site.build().ok();
    assert!(site.public().join("fr/open-day/plan.svg").is_file());
}

/// 100,000 nested `<div>`s took the HTML parser 18 s (its time grows with
/// the square of the depth); such a page is refused at once instead.
#[test]
fn raw_html_nested_without_end_is_refused_quickly() {
    let site = TestSite::new("basic");
    site.write("content/fr/deep.md", &format!("---\ntitle: Profond\n---\n\n{}\n", "<div>".repeat(100_000)));
    let (output, stderr) = build_within(&site, 60);
    assert!(!output.status.success());
    assert!(stderr.contains("content/fr/deep.md: error: raw HTML nested"), "{stderr}");
}

/// The review's two ways past the first bound: `<div/>` opens a div in
/// HTML, and `</x>` closes nothing.
#[test]
fn raw_html_that_only_looks_closed_is_measured_as_the_parser_sees_it() {
    for body in ["<div/>".repeat(100_000), "<div></x>".repeat(80_000)] {
        let site = TestSite::new("basic");
        site.write("content/fr/deep.md", &format!("---\ntitle: Profond\n---\n\n{body}\n"));
        let (output, stderr) = build_within(&site, 60);
        assert!(!output.status.success(), "{stderr}");
        assert!(
            stderr.contains("content/fr/deep.md: error: raw HTML nested more than 1000 levels deep"),
            "{stderr}"
        );
    }
}

/// A file whose name or text carries a terminal escape or a bidirectional
/// override cannot recolour, clear or reorder the report that names it.
#[test]
fn a_hostile_file_name_cannot_take_over_the_terminal() {
    let site = TestSite::new("basic");
    site.write("content/fr/a\u{1b}[2J\u{202e}gnp.md", "---\ntitel: x\u{1b}[31m\n---\n");
    let run = site.build().failed();
    let stderr = run.stderr();
    assert!(!stderr.contains('\u{1b}') && !stderr.contains('\u{202e}'), "{stderr:?}");
    assert!(stderr.contains("a\\u{1b}[2J\\u{202e}gnp.md"), "{stderr}");
}

/// Names that are not UTF-8 would become the same page once their bytes
/// are replaced: each is refused by name, and nothing is written.
#[test]
fn a_file_name_that_is_not_utf8_is_refused_not_merged() {
    use std::os::unix::ffi::OsStrExt;
    let site = TestSite::new("basic");
    for byte in [0xffu8, 0xfe] {
        let bytes = [b'a', byte, b'.', b'm', b'd'];
        let name = std::ffi::OsStr::from_bytes(&bytes);
        std::fs::write(site.path().join("content/fr").join(name), "---\ntitle: x\n---\n").unwrap();
    }
    let run = site.build().failed();
    let stderr = run.stderr();
    assert!(stderr.contains("content/fr/a\\xff.md") && stderr.contains("content/fr/a\\xfe.md"), "{stderr}");
    assert!(stderr.contains("not valid UTF-8"), "{stderr}");
    assert!(!site.public().exists());
}
