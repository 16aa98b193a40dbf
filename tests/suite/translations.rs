//! A translator's story: she translates a page, marks it as made from the
//! French version of the day, and is told when that French text changes,
//! with what changed, until she brings the translation up to date.

use crate::common::TestSite;

#[test]
fn a_translation_says_when_its_source_changed_and_what_changed() {
    let site = TestSite::new("basic");
    site.write(
        "content/fr/about.md",
        "---\ntitle: À propos\n---\n\nLe centre accueille les femmes.\n\nIl est ouvert le lundi.\n",
    );
    site.write(
        "content/ar/about.md",
        "---\ntitle: من نحن\nreview: pending\n---\n\nيستقبل المركز النساء.\n\nيفتح يوم الاثنين.\n",
    );

    // A path that climbs out of content/ is refused, and nothing is written there.
    site.write("outside.md", "---\ntitle: Ailleurs\n---\n");
    let run = site.amal(&["translated", "--from", "fr", "content/ar/../../outside.md"]).failed();
    assert!(run.stderr().contains("not a page of the site"), "{}", run.stderr());
    assert_eq!(site.read("outside.md"), "---\ntitle: Ailleurs\n---\n");

    // Without saying from which language, she is told how.
    let run = site.amal(&["translated", "content/ar/about.md"]).failed();
    assert!(run.stderr().contains("amal translated --from fr content/ar/about.md"), "{}", run.stderr());

    let run = site.amal(&["translated", "--from", "fr", "content/ar/about.md"]).ok();
    assert!(
        run.stdout().contains("content/ar/about.md: up to date with content/fr/about.md"),
        "{}",
        run.stdout()
    );
    let front = site.read("content/ar/about.md");
    assert!(front.starts_with("---\ntitle: من نحن\nreview: pending\ntranslated_from: \"fr "), "{front}");
    assert!(
        front.ends_with("---\n\nيستقبل المركز النساء.\n\nيفتح يوم الاثنين.\n"),
        "the text is untouched: {front}"
    );
    let out = site.amal(&["check"]).ok().stdout();
    assert!(!out.contains("source changed"), "{out}");
    site.build().ok();

    // The French page changes: the hours, and a new sentence.
    site.write(
        "content/fr/about.md",
        "---\ntitle: À propos\nweight: 3\n---\n\nLe centre accueille les femmes.\n\nIl est ouvert du lundi au vendredi.\n\nL’accueil est gratuit.\n",
    );
    let out = site.amal(&["check"]).ok().stdout();
    assert!(out.contains("Translations whose source changed since they were made (1):"), "{out}");
    assert!(out.contains("  content/ar/about.md: content/fr/about.md changed since"), "{out}");
    assert!(out.contains("    - Il est ouvert le lundi."), "{out}");
    assert!(out.contains("    + Il est ouvert du lundi au vendredi."), "{out}");
    assert!(out.contains("    + L’accueil est gratuit."), "{out}");
    assert!(!out.contains("Le centre accueille les femmes.\n"), "unchanged lines are not shown: {out}");
    assert!(out.contains("1 translation whose source changed"), "{out}");
    let json = site.amal(&["check", "--format", "json"]).ok().stdout();
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["stale"][0]["file"], "content/ar/about.md");
    assert_eq!(report["stale"][0]["source"], "content/fr/about.md");

    // Brought up to date, and marked so: nothing left to do.
    site.write(
        "content/ar/about.md",
        &site
            .read("content/ar/about.md")
            .replace("يفتح يوم الاثنين.", "يفتح من الاثنين إلى الجمعة.\n\nالاستقبال مجاني."),
    );
    site.amal(&["translated", "content/ar/about.md"]).ok();
    let out = site.amal(&["check"]).ok().stdout();
    assert!(!out.contains("source changed"), "{out}");
}
