//! `--out` tried as a careless or hostile user would: amal removes only what
//! it wrote, never writes through a link into the site's sources, and never
//! runs two builds into one folder at once.

use crate::common;

use std::path::Path;

use common::TestSite;

/// A folder of someone's own files: documents, a git repository, a folder.
fn documents(at: &Path) {
    std::fs::create_dir_all(at.join(".git/objects")).unwrap();
    std::fs::write(at.join(".git/HEAD"), "ref: refs/heads/main\n").unwrap();
    std::fs::create_dir_all(at.join("photos")).unwrap();
    std::fs::write(at.join("photos/family.jpg"), "jpeg").unwrap();
    std::fs::write(at.join("letter.odt"), "letter").unwrap();
}

fn assert_documents_intact(at: &Path) {
    assert_eq!(std::fs::read_to_string(at.join(".git/HEAD")).unwrap(), "ref: refs/heads/main\n");
    assert!(at.join(".git/objects").is_dir());
    assert_eq!(std::fs::read_to_string(at.join("photos/family.jpg")).unwrap(), "jpeg");
    assert_eq!(std::fs::read_to_string(at.join("letter.odt")).unwrap(), "letter");
}

#[test]
fn building_into_a_folder_of_documents_is_refused_and_deletes_nothing() {
    let site = TestSite::new("basic");
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("Documents");
    documents(&folder);
    let run = site.amal(&["build", "--out", folder.to_str().unwrap()]).failed();
    let stderr = run.stderr();
    assert!(
        stderr.contains("already holds files that amal did not write: .git, letter.odt, photos"),
        "{stderr}"
    );
    assert!(stderr.contains("--force"), "{stderr}");
    assert_documents_intact(&folder);
    assert!(!folder.join("index.html").exists());
}

#[test]
fn force_builds_beside_the_documents_and_names_them() {
    let site = TestSite::new("basic");
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("Documents");
    documents(&folder);
    let out = folder.to_str().unwrap();
    let run = site.amal(&["build", "--out", out, "--force"]).ok();
    assert!(folder.join("index.html").is_file());
    assert_documents_intact(&folder);
    let stderr = run.stderr();
    assert!(stderr.contains("left as they were, not written by amal:"), "{stderr}");
    assert!(stderr.contains(".git, letter.odt, photos"), "{stderr}");
    // From now on the folder is amal's: a rebuild needs no --force, removes
    // the page the site no longer has, and still keeps the documents.
    site.remove("content/fr/news/older.md");
    site.amal(&["build", "--out", out]).ok();
    assert!(!folder.join("fr/news/older/index.html").exists());
    assert_documents_intact(&folder);
}

#[test]
fn a_file_added_to_public_by_hand_survives_a_rebuild() {
    let site = TestSite::new("basic");
    site.build().ok();
    site.write("public/google-site-verification.html", "token");
    site.remove("content/fr/news/older.md");
    let run = site.build().ok();
    assert!(!site.public().join("fr/news/older/index.html").exists(), "amal's own stale page goes");
    assert_eq!(site.read("public/google-site-verification.html"), "token");
    assert!(run.stderr().contains("google-site-verification.html"), "{}", run.stderr());
}

/// Every way of pointing `--out` at the sources through a link.
#[test]
fn a_link_never_leads_a_build_into_the_sources() {
    let site = TestSite::new("basic");
    let links = tempfile::tempdir().unwrap();
    let link = |name: &str, to: &Path| {
        let path = links.path().join(name);
        std::os::unix::fs::symlink(to, &path).unwrap();
        path.to_str().unwrap().to_string()
    };
    let before = common::snapshot(site.path());
    let to_content = link("to-content", &site.path().join("content"));
    let to_site = link("to-site", site.path());
    let to_parent = link("to-parent", site.path().parent().unwrap());
    for out in [&to_content, &to_site, &to_parent, &format!("{to_site}/content/fr")] {
        let run = site.amal(&["build", "--out", out, "--force"]).failed();
        assert!(run.stderr().contains("would replace the site's own files"), "{out}: {}", run.stderr());
    }
    // The site named through a link, and the output inside its content.
    let run = site.amal(&["build", "--site", &to_site, "--out", &format!("{to_site}/content")]).failed();
    assert!(run.stderr().contains("would replace the site's own files"), "{}", run.stderr());
    assert_eq!(common::snapshot(site.path()), before, "the sources are as they were");
}

#[test]
fn the_default_public_folder_through_a_link_is_followed_to_its_real_place() {
    let site = TestSite::new("basic");
    let elsewhere = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), site.path().join("public")).unwrap();
    site.build().ok();
    assert!(elsewhere.path().join("index.html").is_file());
    assert!(std::fs::symlink_metadata(site.path().join("public")).unwrap().file_type().is_symlink());
}

#[test]
fn a_second_build_into_the_same_folder_waits_for_the_first() {
    let site = TestSite::new("basic");
    site.build().ok();
    // Hold the lock as a running build would.
    let lock = std::fs::OpenOptions::new().write(true).open(site.path().join(".public.amal-lock")).unwrap();
    lock.lock().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_amal"))
        .arg("build")
        .current_dir(site.path())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(700));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the second build went ahead while the first held the folder"
    );
    drop(lock);
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(stderr.contains("Another amal build is writing to this folder; waiting"), "{stderr}");
}

#[test]
fn an_interrupted_builds_leftovers_are_cleared_by_the_next() {
    let site = TestSite::new("basic");
    site.write(".public.amal-new-999999/fr/index.html", "half a build");
    site.build().ok();
    assert!(!site.path().join(".public.amal-new-999999").exists());
}

// What the review of this guard tried, each once lost data.

#[test]
fn a_linked_source_folder_is_still_a_source_folder() {
    let site = TestSite::new("basic");
    let shared = tempfile::tempdir().unwrap();
    let themes = shared.path().join("themes");
    std::fs::rename(site.path().join("themes"), &themes).unwrap();
    std::os::unix::fs::symlink(&themes, site.path().join("themes")).unwrap();
    let before = common::snapshot(&themes);
    for out in ["themes/x", "themes/default/templates"] {
        let run = site.amal(&["build", "--out", out, "--force"]).failed();
        assert!(run.stderr().contains("would replace the site's own files"), "{out}: {}", run.stderr());
    }
    assert_eq!(common::snapshot(&themes), before);
}

#[test]
fn a_folder_merely_named_like_a_staging_folder_is_left_alone() {
    let site = TestSite::new("basic");
    site.write(".public.amal-new-notes/diary.txt", "precious");
    site.build().ok();
    assert_eq!(site.read(".public.amal-new-notes/diary.txt"), "precious");
}

#[test]
fn a_page_edited_by_hand_is_kept_when_the_site_drops_it() {
    let site = TestSite::new("basic");
    site.build().ok();
    std::thread::sleep(std::time::Duration::from_millis(20));
    site.write("public/fr/news/older/index.html", "my corrected version");
    site.remove("content/fr/news/older.md");
    let run = site.build().ok();
    assert_eq!(site.read("public/fr/news/older/index.html"), "my corrected version");
    assert!(run.stderr().contains("fr/news/older/index.html"), "{}", run.stderr());
}

#[test]
fn a_forged_manifest_line_does_not_make_amal_delete_a_file() {
    let site = TestSite::new("basic");
    site.build().ok();
    site.write("public/notes.txt", "mine");
    let manifest = site.read(".public.amal-manifest");
    site.write(".public.amal-manifest", &format!("{manifest}{:032x} 4 2 notes.txt\n", 7));
    site.build().ok();
    assert_eq!(site.read("public/notes.txt"), "mine");
}

#[test]
fn a_file_of_someone_elses_where_a_new_page_goes_stops_the_build_untouched() {
    let site = TestSite::new("basic");
    site.build().ok();
    site.write("public/fr/contact/index.html", "my own contact page");
    site.write("content/fr/contact.md", "---\ntitle: Contact\n---\n\nBonjour.\n");
    let run = site.build().failed();
    assert!(run.stderr().contains("fr/contact/index.html is in the way"), "{}", run.stderr());
    assert_eq!(site.read("public/fr/contact/index.html"), "my own contact page");
    // Told to, amal replaces it and says so.
    let run = site.amal(&["build", "--force"]).ok();
    assert!(
        run.stderr().contains("replaced with the site's own files of the same name: fr/contact/index.html")
    );
}

#[test]
fn an_output_folder_of_the_previous_amal_still_builds() {
    // amal before this guard kept a version-1 manifest without the files it
    // copied (styles, fonts): those are still its own.
    let site = TestSite::new("basic");
    site.build().ok();
    let manifest = site.read(".public.amal-manifest");
    let old: Vec<&str> =
        manifest.lines().filter(|l| !l.ends_with(".css") && !l.ends_with(".woff2")).collect();
    site.write(
        ".public.amal-manifest",
        &(old.join("\n").replacen("amal manifest 2", "amal manifest 1", 1) + "\n"),
    );
    site.write("public/mine.txt", "mine");
    site.build().ok();
    assert_eq!(site.read("public/mine.txt"), "mine");
    assert!(site.read(".public.amal-manifest").starts_with("amal manifest 2\n"));
}
