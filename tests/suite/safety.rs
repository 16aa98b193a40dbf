//! The safety page tells her what really happens when she leaves, on the
//! phones readers have, in every language; and a whole visit is one
//! history entry unless the site says otherwise.

use crate::common;

use common::TestSite;

#[test]
fn the_safety_page_says_what_back_does_with_and_without_javascript_in_every_language() {
    let site = TestSite::example();
    site.build().ok();
    let french = site.page("fr/safety/index.html").text(".prose");
    for said in [
        "le bouton Retour ne ramène sur aucune page de ce site",
        "Si JavaScript est désactivé",
        "ramène alors sur la page que vous venez de quitter",
        "n’efface pas l’historique",
        "Onglets récents",
    ] {
        assert!(french.contains(said), "the French safety page does not say «{said}»");
    }
    let arabic = site.page("ar/safety/index.html").text(".prose");
    assert!(arabic.contains("JavaScript معطلة") && arabic.contains("لا يمحو سجل التصفح"), "{arabic}");
    // The same advice for the same phones in each language.
    for lang in ["fr", "ar", "zgh"] {
        let headings = site.page(&format!("{lang}/safety/index.html")).texts(".prose h2");
        assert_eq!(headings.len(), 6, "{lang}: {headings:?}");
        for phone in ["Android", "Samsung", "iPhone"] {
            assert!(
                headings.iter().any(|h| h.contains(phone)),
                "{lang} has no advice for {phone}: {headings:?}"
            );
        }
    }
}

#[test]
fn one_history_entry_per_visit_is_on_unless_the_site_turns_it_off() {
    let site = TestSite::example();
    site.build().ok();
    for page in ["fr/index.html", "ar/get-help/index.html", "404.html", "index.html"] {
        assert!(site.page(page).attr("html", "data-one-history-entry").is_some(), "{page}");
    }
    site.write("site.yaml", &format!("{}\none_history_entry: false\n", site.read("site.yaml")));
    site.build().ok();
    assert!(site.page("fr/index.html").attr("html", "data-one-history-entry").is_none());
}

#[test]
fn each_language_may_leave_for_a_neutral_page_in_that_language() {
    // A weather page in French means little to a reader of Arabic, and
    // a page in the wrong language draws the eye of whoever watches.
    let site = TestSite::new("basic");
    site.write(
        "site.yaml",
        &format!(
            "{}\nquick_exit_url:\n  ar: https://example.org/ar/weather\n  fr: https://example.org/fr/meteo\n",
            site.read("site.yaml")
        ),
    );
    site.build().ok();
    let exit = |page: &str| site.page(page).attr("[data-quick-exit]", "href").unwrap();
    assert_eq!(exit("ar/index.html"), "https://example.org/ar/weather");
    assert_eq!(exit("fr/services/index.html"), "https://example.org/fr/meteo");
    // A language without its own keeps the default neutral page.
    assert_eq!(exit("zgh/index.html"), "https://www.bbc.com/weather");

    for (yaml, says) in [
        ("quick_exit_url:\n  fr: http://example.org/\n", "https://"),
        ("quick_exit_url:\n  en: https://example.org/\n", "`en`"),
    ] {
        site.write(
            "site.yaml",
            &format!("{}\n{yaml}", site.read("site.yaml").split("\nquick_exit_url").next().unwrap()),
        );
        let run = site.build().failed();
        assert!(
            run.stderr().contains("site.yaml:") && run.stderr().contains(says),
            "{yaml}: {}",
            run.stderr()
        );
    }
}
