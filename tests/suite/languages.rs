//! amal speaks to the team in English, French or Arabic. A translator
//! whose computer is in Arabic, or a team that writes `editor_language: fr`
//! in its settings, reads every message, the `check` report, `amal new`
//! and the preview's pages in that language, each snapshot here in all
//! three (the bad-input corpus holds every error in all three too).

use crate::common::TestSite;

const LANGUAGES: [&str; 3] = ["en", "fr", "ar"];

fn snapshot(name: &str, language: &str, text: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(format!("{name}-{language}"), text));
}

fn broken_title(site: &TestSite) {
    let good = site.read("content/fr/_index.md");
    site.write("content/fr/_index.md", &good.replace("title: Bienvenue", "titel: Bienvenue"));
}

#[test]
fn the_language_is_chosen_by_amal_lang_then_the_sites_settings_then_the_system() {
    let site = TestSite::new("basic");
    broken_title(&site);
    let said = |variables: &[(&str, &str)]| site.amal_with(variables, &["build"]).failed().stderr();

    assert!(
        said(&[]).contains("error: `titel` is not a key amal knows here"),
        "English when nothing says otherwise"
    );
    assert!(said(&[("LANG", "fr_MA.UTF-8")]).contains("erreur :"), "{}", said(&[("LANG", "fr_MA.UTF-8")]));
    assert!(said(&[("LC_ALL", "ar_MA.UTF-8"), ("LANG", "fr_FR.UTF-8")]).contains("خطأ"));
    assert!(said(&[("LANG", "zgh_MA.UTF-8")]).contains("error:"), "a language amal does not speak: English");

    let settings = site.read("site.yaml");
    site.write("site.yaml", &format!("{settings}editor_language: ar\n"));
    assert!(said(&[("LANG", "fr_FR.UTF-8")]).contains("خطأ"), "the team's choice beats the system's");
    assert!(said(&[("AMAL_LANG", "fr")]).contains("erreur :"), "one person's choice beats the team's");

    // A misspelt choice is an error of the settings, with the fix.
    site.write("site.yaml", &format!("{settings}editor_language: arabic\n"));
    let run = site.build().failed().stderr();
    assert!(run.contains("site.yaml:") && run.contains("editor_language"), "{run}");
}

#[test]
fn the_check_report_in_each_language() {
    let site = TestSite::new("basic");
    // A placeholder, a translation awaiting review, a stale translation
    // with the source's change, and a short one.
    site.write(
        "content/fr/about.md",
        "---\ntitle: À propos\n---\n\nLe centre accueille les femmes et les enfants, du lundi au vendredi, sans rendez-vous.\n\nTéléphone : {{< placeholder \"numéro du centre\" >}}\n",
    );
    site.write("content/ar/about.md", "---\ntitle: من نحن\nreview: pending\n---\n\nيستقبل المركز النساء.\n");
    site.amal(&["translated", "--from", "fr", "content/ar/about.md"]).ok();
    let changed = site.read("content/fr/about.md").replace("sans rendez-vous", "avec ou sans rendez-vous");
    site.write("content/fr/about.md", &changed);
    for language in LANGUAGES {
        let run = site.amal_in(language, &["check"]).ok();
        snapshot("check-report", language, &run.stdout());
    }
    // With an error, the lists wait, and the summary says so.
    broken_title(&site);
    for language in LANGUAGES {
        let run = site.amal_in(language, &["check"]).failed();
        let text = format!("{}\n--- stdout ---\n{}", run.stderr(), run.stdout());
        snapshot(
            "check-report-with-an-error",
            language,
            &text.replace(&site.path().display().to_string(), "[SITE]"),
        );
    }
}

#[test]
fn amal_new_and_amal_translated_in_each_language() {
    for language in LANGUAGES {
        let site = TestSite::new("basic");
        let run = site.amal_in(language, &["new", "news/open-day"]).ok();
        let mut text = format!("{}{}", run.stdout(), run.stderr());
        let run = site.amal_in(language, &["new", "news/open-day"]).failed();
        text.push_str(&run.stderr());
        site.write("content/ar/about.md", "---\ntitle: من نحن\n---\n\nيستقبل المركز النساء.\n");
        let run = site.amal_in(language, &["translated", "content/ar/about.md"]).failed();
        text.push_str(&run.stderr());
        snapshot("new-and-translated", language, &text);
    }
}

#[test]
fn the_help_in_each_language_and_the_sites_choice_applies_to_it() {
    let site = TestSite::new("basic");
    for language in LANGUAGES {
        let mut text = site.amal_in(language, &["--help"]).ok().stdout();
        text.push_str(&site.amal_in(language, &["new", "--help"]).ok().stdout());
        snapshot("help", language, &text);
    }
    let settings = site.read("site.yaml");
    site.write("site.yaml", &format!("{settings}editor_language: fr\n"));
    let help = site.amal(&["build", "--help"]).ok().stdout();
    assert!(help.contains("Construire le site dans le dossier de sortie"), "{help}");
    // Named with --site from elsewhere, the site's choice still holds.
    let elsewhere = TestSite::new("basic");
    let site_path = site.path().display().to_string();
    let help = elsewhere.amal(&["build", "--site", &site_path, "--help"]).ok().stdout();
    assert!(help.contains("Construire le site"), "{help}");
}

/// A slip on the command line is told in the team's words, with the
/// command or option meant, and exits 2 as clap does.
#[test]
fn a_mistyped_command_line_in_each_language() {
    let site = TestSite::new("basic");
    for language in LANGUAGES {
        let mut text = String::new();
        for args in [&["biuld"][..], &["build", "--outt", "x"], &["check", "--format", "yaml"], &["new"]] {
            let run = site.amal_in(language, args);
            assert_eq!(run.code(), Some(2), "{args:?}: {}", run.stderr());
            text.push_str(&run.stderr());
        }
        snapshot("mistyped-command-line", language, &text);
    }
}
