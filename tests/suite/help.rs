//! A woman in danger opens the site on her phone: wherever she lands, a
//! number to call is one tap away, named in her language, and the site
//! cannot be published with a help page that gives no help.

use crate::common;

use common::TestSite;

/// Every HTML file the build wrote, relative to public/.
fn pages(site: &TestSite) -> Vec<String> {
    let public = site.public();
    walkdir::WalkDir::new(&public)
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| e.path().strip_prefix(&public).unwrap().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn every_page_has_the_police_and_the_gendarmerie_one_tap_away() {
    let site = TestSite::example();
    site.build().ok();
    let pages = pages(&site);
    assert!(pages.contains(&"404.html".to_string()) && pages.contains(&"index.html".to_string()));
    for page in &pages {
        let links = site.page(page).attrs(".emergency-strip a", "href");
        assert_eq!(links, ["tel:19", "tel:177"], "{page}");
    }
    let strip = site.page("fr/services/index.html").text(".emergency-strip");
    assert!(strip.starts_with("En danger ? Appelez") && strip.contains("19 police"), "{strip}");
    let arabic = site.page("ar/index.html").text(".emergency-strip");
    assert!(arabic.contains("19 الشرطة") && arabic.contains("177 الدرك"), "{arabic}");
    // The chooser and the 404 page speak every language.
    let chooser = site.page("index.html").text(".emergency-strip");
    assert!(chooser.contains("في خطر؟") && chooser.contains("En danger ?"), "{chooser}");
}

#[test]
fn the_help_page_gives_each_number_with_its_service_and_its_source() {
    let site = TestSite::example();
    site.build().ok();
    let page = site.page("fr/get-help/index.html");
    assert_eq!(page.attrs(".tel-buttons a", "href"), ["tel:19", "tel:177", "tel:15"]);
    let buttons = page.texts(".tel-buttons a");
    assert!(buttons[0].starts_with("19") && buttons[0].contains("Police"), "{buttons:?}");
    assert!(buttons[1].contains("Gendarmerie royale") && buttons[1].contains("Aït Ouribel"), "{buttons:?}");
    assert!(buttons[2].contains("Protection civile"), "{buttons:?}");
    let source = page.text(".helplines-source");
    assert!(source.contains("Challenge.ma") && source.contains("2 décembre 2026"), "{source}");
    // No placeholder stands where the numbers are.
    assert!(!page.html().contains("numéros d’urgence (police"), "the old placeholder is gone");
    let arabic = site.page("ar/get-help/index.html");
    assert!(arabic.texts(".tel-buttons a")[1].contains("الدرك الملكي"));
    assert!(arabic.text(".helplines-source").contains("2 دجنبر 2026"));
    let amazigh = site.page("zgh/get-help/index.html");
    assert_eq!(amazigh.count(".tel-buttons a"), 3);
    assert!(amazigh.texts(".tel-buttons a")[1].contains('ⵊ'), "named in Tifinagh");
    // The home page gives them too, under a heading.
    let home = site.page("fr/index.html");
    assert_eq!(home.text("#helplines-title"), "Numéros d’urgence");
    assert_eq!(home.count(".tel-buttons a"), 3);
}

#[test]
fn a_line_the_centre_has_not_confirmed_is_listed_by_check_and_published_nowhere() {
    let site = TestSite::example();
    site.build().ok();
    for (path, bytes) in site.snapshot_output() {
        assert!(!String::from_utf8_lossy(&bytes).contains("8350"), "{} shows 8350", path.display());
    }
    let check = site.amal(&["check"]).ok();
    assert!(check.stdout().contains("not confirmed by the centre, not published (1)"), "{}", check.stdout());
    assert!(check.stdout().contains("8350 (unfm-listening)"), "{}", check.stdout());
}

#[test]
fn a_publishing_build_refuses_a_help_page_without_help_and_writes_nothing() {
    let site = TestSite::example();
    let preview = site.build().ok();
    assert!(
        preview
            .stderr()
            .contains("content/fr/get-help.md:15: warning: placeholder left on a page of the menu")
    );
    let before = site.snapshot_output();
    let publish = site.amal(&["build", "--publish"]).failed();
    let stderr = publish.stderr();
    assert!(
        stderr.contains("content/fr/get-help.md:16: error: placeholder left on a page of the menu: «numéro de téléphone du centre»"),
        "{stderr}"
    );
    assert!(stderr.contains("replace it with the real detail before publishing"), "{stderr}");
    assert_eq!(site.snapshot_output(), before, "the previous output is left as it was");
    let check = site.amal(&["check", "--publish"]).failed();
    assert!(check.stdout().contains("error"), "{}", check.stdout());
}

/// The example site with every placeholder replaced, as the association
/// will have it once it gives its details.
fn finished() -> TestSite {
    let site = TestSite::example();
    let placeholder = regex::Regex::new(r#"\{\{< placeholder "[^"]*" >\}\}"#).unwrap();
    for entry in walkdir::WalkDir::new(site.path().join("content")).into_iter().flatten() {
        if entry.path().extension().is_some_and(|x| x == "md") {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            std::fs::write(entry.path(), placeholder.replace_all(&text, "05 37 00 00 00").as_ref()).unwrap();
        }
    }
    site
}

#[test]
fn a_finished_site_publishes_and_a_placeholder_in_a_news_item_is_not_held_against_it() {
    let site = finished();
    site.amal(&["build", "--publish"]).ok();
    let news = walkdir::WalkDir::new(site.path().join("content/fr/news"))
        .into_iter()
        .flatten()
        .find(|e| e.path().extension().is_some_and(|x| x == "md") && !e.path().ends_with("_index.md"))
        .expect("a news item");
    let text = std::fs::read_to_string(news.path()).unwrap();
    std::fs::write(news.path(), format!("{text}\n{{{{< placeholder \"photo credit\" >}}}}\n")).unwrap();
    site.amal(&["build", "--publish"]).ok();
    site.amal(&["check", "--publish"]).ok();
}

#[test]
fn a_site_without_emergency_numbers_cannot_be_published() {
    let site = finished();
    let config = site.read("site.yaml");
    let start = config.find("\nhelplines:").unwrap();
    let end = config[start + 1..].find("\n\n").unwrap() + start + 1;
    site.write("site.yaml", &format!("{}{}", &config[..start], &config[end..]));
    for lang in ["ar", "fr", "zgh"] {
        let path = format!("content/{lang}/get-help.md");
        site.write(&path, &site.read(&path).replace("{{< helplines >}}", ""));
    }
    let preview = site.build().ok();
    assert!(
        preview.stderr().contains("site.yaml: warning: the site gives no emergency number"),
        "{}",
        preview.stderr()
    );
    let publish = site.amal(&["build", "--publish"]).failed();
    assert!(
        publish.stderr().contains("site.yaml: error: the site gives no emergency number"),
        "{}",
        publish.stderr()
    );
    assert!(publish.stderr().contains("add `helplines:` to site.yaml"));
}

#[test]
fn a_number_that_cannot_be_dialled_is_refused_where_it_is_written() {
    let site = TestSite::example();
    let config = site.read("site.yaml");
    site.write("site.yaml", &config.replace(r#"number: "177""#, r#"number: "17 7x""#));
    let run = site.build().failed();
    let line = config.lines().position(|l| l.contains(r#"number: "177""#)).unwrap() + 1;
    assert!(
        run.stderr().contains(&format!("site.yaml:{line}:"))
            && run.stderr().contains("`17 7x` is not a telephone number"),
        "{}",
        run.stderr()
    );
}

#[test]
fn the_date_the_numbers_were_checked_is_a_real_day() {
    let site = TestSite::example();
    let config = site.read("site.yaml");
    site.write("site.yaml", &config.replace("checked: 2026-12-02", "checked: 2026-13-02"));
    let line = config.lines().position(|l| l.contains("checked: 2026-12-02")).unwrap() + 1;
    let run = site.build().failed();
    assert!(run.stderr().contains(&format!("site.yaml:{line}:")), "{}", run.stderr());
    assert!(run.stderr().contains("`2026-13-02` is not a day of the calendar"), "{}", run.stderr());
}
