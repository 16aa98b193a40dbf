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
