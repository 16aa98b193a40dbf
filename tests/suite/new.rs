//! `amal new`: a new page in every language, as drafts, translations marked
//! for review.

use crate::common;

use common::TestSite;

#[test]
fn new_creates_the_page_in_every_language() {
    let site = TestSite::new("basic");
    let run = site.amal(&["new", "news/open-day"]).ok();
    assert!(run.stdout().contains("created content/ar/news/open-day.md"), "{}", run.stdout());
    let arabic = site.read("content/ar/news/open-day.md");
    let french = site.read("content/fr/news/open-day.md");
    let amazigh = site.read("content/zgh/news/open-day.md");
    // A title she can read, in her language, not the file's path.
    assert!(arabic.starts_with("---\ntitle: \"صفحة جديدة: open day\"\n"), "{arabic}");
    assert!(french.starts_with("---\ntitle: \"Nouvelle page : open day\"\n"), "{french}");
    // No key left empty, and a short guide where the text goes.
    assert!(!french.contains("\"\""), "{french}");
    assert!(french.contains("<!--") && french.contains("-->"), "{french}");
    // Told that it is a draft, and how to see it.
    assert!(run.stderr().contains("amal serve --drafts"), "{}", run.stderr());
    assert!(arabic.contains("draft: true"));
    assert!(!arabic.contains("review:"), "the default language is the original");
    assert!(french.contains("review: pending") && amazigh.contains("review: pending"));
    // The new drafts build, and stay out of the site until published.
    site.build().ok();
    assert!(!site.public().join("fr/news/open-day").exists());
    site.amal(&["build", "--drafts"]).ok();
    assert!(site.public().join("fr/news/open-day/index.html").is_file());
}

#[test]
fn new_never_overwrites_a_page() {
    let site = TestSite::new("basic");
    let before = site.read("content/fr/services/listening.md");
    let run = site.amal(&["new", "services/listening"]).failed();
    assert!(run.stderr().contains("this page already exists"), "{}", run.stderr());
    assert_eq!(site.read("content/fr/services/listening.md"), before);
    assert!(!site.path().join("content/zgh/services/listening.md").exists(), "nothing half-created");
}

#[test]
fn new_refuses_paths_that_leave_the_content_folder() {
    let site = TestSite::new("basic");
    site.amal(&["new", "../escape"]).failed();
    assert!(!site.path().join("content/escape.md").exists());
}
