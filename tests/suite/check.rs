//! `amal check`: what the communications team runs before publishing. It
//! validates like `build`, writes nothing, and reports what is left to do.

use crate::common;

use common::TestSite;

#[test]
fn a_clean_site_passes_and_the_report_lists_what_is_left_to_do() {
    let site = TestSite::new("basic");
    let run = site.amal(&["check"]).ok();
    let out = run.stdout();
    assert!(out.contains("Placeholders left to replace with real details (1):"), "{out}");
    assert!(out.contains("  content/fr/services/listening.md:7: numéro de téléphone"), "{out}");
    assert!(out.contains("Translations awaiting review by a native speaker"), "{out}");
    assert!(out.contains("  content/zgh/_index.md\n"), "{out}");
    assert!(out.contains("  locales/zgh/main.ftl\n"), "the Fluent file marked for review: {out}");
    assert!(out.contains("Pages missing per language:"), "{out}");
    assert!(out.contains("  zgh (4): news/newer, services, services/listening, services/reception"), "{out}");
    assert!(out.contains("  ar (1): news/newer"), "{out}");
    assert!(!site.public().exists(), "check writes nothing");
}

/// A writer links to a heading of another page and slips on its name:
/// both build and check stop at her line, say it in the words she typed,
/// and name the heading she meant.
#[test]
fn a_link_to_a_heading_the_page_lacks_is_an_error_in_the_writers_words() {
    let site = TestSite::new("basic");
    site.write(
        "content/fr/about.md",
        "---\ntitle: À propos\n---\n\nVoir [les horaires](@/services/listening.md#horaires-decoute).\n",
    );
    for run in [site.amal(&["check"]).failed(), site.build().failed()] {
        let stderr = run.stderr();
        assert!(
            stderr.contains("content/fr/about.md:5: error: the link `@/services/listening.md#horaires-decoute` leads to the heading `#horaires-decoute`, which content/fr/services/listening.md does not have"),
            "{stderr}"
        );
        assert!(
            stderr.contains(
                "did you mean `@/services/listening.md#horaires-découte`? Its headings are #horaires-découte."
            ),
            "{stderr}"
        );
        assert!(!stderr.contains("index.html"), "no output paths: {stderr}");
    }
    site.write(
        "content/fr/about.md",
        "---\ntitle: À propos\n---\n\nVoir [les horaires](@/services/listening.md#horaires-découte).\n",
    );
    site.amal(&["check"]).ok();
    site.build().ok();
}

#[test]
fn a_relative_link_to_a_missing_file_fails_the_check() {
    let site = TestSite::new("basic");
    site.write("content/fr/about.md", "---\ntitle: À propos\n---\n\n[rapport](rapport-2024.pdf)\n");
    let run = site.amal(&["check"]).failed();
    assert!(
        run.stderr().contains(
            "content/fr/about.md:5: error: the link `rapport-2024.pdf` leads to fr/about/rapport-2024.pdf"
        ),
        "{}",
        run.stderr()
    );
    // Put the file beside the page (a page bundle) and the link works.
    site.remove("content/fr/about.md");
    site.write("content/fr/about/index.md", "---\ntitle: À propos\n---\n\n[rapport](rapport-2024.pdf)\n");
    site.write("content/fr/about/rapport-2024.pdf", "%PDF-1.4\n");
    site.amal(&["check"]).ok();
    site.build().ok();
    assert!(site.public().join("fr/about/rapport-2024.pdf").is_file());
}

#[test]
fn check_reports_build_errors_too() {
    let site = TestSite::new("basic");
    site.write("content/fr/about.md", "---\ntitle: À propos\ntitel: x\n---\n");
    let run = site.amal(&["check"]).failed();
    assert!(
        run.stderr().contains("content/fr/about.md:3:1: error: `titel` is not a key amal knows here"),
        "{}",
        run.stderr()
    );
    // The other pages are still read, so their warnings come too.
    assert!(run.stdout().contains("1 error, 1 warning;"), "{}", run.stdout());
    // Tools read the mistake by its id, whatever the language of its words.
    let json = site.amal_in("ar", &["check", "--format", "json"]).failed().stdout();
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["errors"][0]["id"], "settings-yaml-unknown-key", "{json}");
    assert_eq!(report["errors"][0]["line"], 3, "{json}");
    assert!(report["errors"][0]["message"].as_str().unwrap().contains("ليس مفتاحا"), "{json}");
    assert_eq!(report["complete"], false);
}

#[test]
fn the_centres_own_site_has_no_errors_and_reports_its_placeholders() {
    let site = TestSite::example();
    let run = site.amal(&["check"]).ok();
    let out = run.stdout();
    assert!(out.contains("content/fr/get-help.md"), "{out}");
    assert!(out.contains("numéro de téléphone du centre"), "{out}");
    assert!(out.contains("content/zgh/about.md"), "Amazigh pages await review: {out}");
    assert!(out.contains("0 errors, 0 warnings"), "{out}");
}

/// A translation that says much less than another language's version is
/// listed, so the gap stays visible until a translator closes it.
#[test]
fn a_translation_with_under_half_the_words_is_reported() {
    let site = TestSite::example();
    let run = site.amal(&["check"]).ok();
    let out = run.stdout();
    // Every Tamazight page now says as much as its French source.
    assert!(!out.contains("Translations with under half the words"), "{out}");
    let short: Vec<&str> = out.lines().filter(|l| l.contains(" words; ") || l.contains(" word; ")).collect();
    assert!(short.is_empty(), "still short: {short:?}");
    // Shortening one page puts it on the list.
    site.write("content/zgh/safety.md", "---\ntitle: \"ⴰⵙⵎⵔⵙ\"\nreview: pending\n---\nⵜⴰⴼⵍⵓⵙⵜ.\n");
    let out = site.amal(&["check"]).ok().stdout();
    assert!(out.contains("Translations with under half the words of another language's version"), "{out}");
    assert!(out.contains("content/zgh/safety.md: 1 word; content/fr/safety.md has"), "{out}");
}

/// What the team reads after `amal check`: errors to fix first, then what
/// to finish before publishing, each with its count, and a summary that
/// never claims "0 placeholders" when errors kept them from being counted.
#[test]
fn the_report_is_grouped_by_what_to_do_and_its_counts_stay_true() {
    let site = TestSite::example();
    let out = site.amal(&["check"]).ok().stdout();
    let before = out.find("Before publishing:").unwrap_or_else(|| panic!("{out}"));
    for section in [
        "Placeholders left to replace with real details (15):",
        "Translations awaiting review by a native speaker (",
        "Helplines proposed but not confirmed by the centre, not published (1):",
    ] {
        assert!(out[before..].contains(section), "{section}: {out}");
    }
    let summary = out.lines().last().unwrap();
    assert!(summary.starts_with("0 errors, 0 warnings; before publishing: 15 placeholders, "), "{summary}");
    assert!(summary.contains(" translations awaiting review, 1 helpline to confirm"), "{summary}");

    // An error in one page: the counts are not claimed, the error comes first.
    site.write("content/fr/partners.md", "---\ntitle: Partenaires\ndate: 2024-13-45\n---\nTexte.\n");
    let run = site.amal(&["check"]).failed();
    let out = run.stdout();
    assert!(out.contains("To fix first: 1 error (listed above, with its file and line)."), "{out}");
    assert!(!out.contains("0 placeholders"), "{out}");
    assert!(
        out.lines()
            .last()
            .unwrap()
            .contains("placeholders and translations are counted once the errors are fixed"),
        "{out}"
    );
}

/// Tools (an editor plug-in, a dashboard) read the same report as JSON.
#[test]
fn the_report_is_there_as_json_for_tools() {
    let site = TestSite::example();
    let run = site.amal(&["check", "--format", "json"]).ok();
    let report: serde_json::Value =
        serde_json::from_str(&run.stdout()).unwrap_or_else(|_| panic!("{}", run.stdout()));
    assert_eq!(report["complete"], true);
    assert_eq!(report["errors"].as_array().unwrap().len(), 0);
    let placeholders = report["placeholders"].as_array().unwrap();
    assert_eq!(placeholders.len(), 15);
    assert!(placeholders.iter().any(|p| p["file"] == "content/fr/get-help.md"
        && p["line"].as_u64().is_some()
        && p["text"] == "numéro de téléphone du centre"));
    assert!(report["pending_review"].as_array().unwrap().iter().any(|p| p == "content/zgh/about.md"));
    assert_eq!(report["unconfirmed_helplines"][0]["number"], "8350");
    assert!(run.stderr().is_empty(), "nothing but JSON: {}", run.stderr());

    site.write("content/fr/partners.md", "---\ntitle: Partenaires\ndate: 2024-13-45\n---\nTexte.\n");
    let run = site.amal(&["check", "--format", "json"]).failed();
    let report: serde_json::Value =
        serde_json::from_str(&run.stdout()).unwrap_or_else(|_| panic!("{}", run.stdout()));
    assert_eq!(report["complete"], false);
    let error = &report["errors"][0];
    assert_eq!(error["file"], "content/fr/partners.md");
    assert_eq!(error["line"], 3);
    assert!(error["message"].as_str().unwrap().contains("2024-13-45"), "{error}");
}
