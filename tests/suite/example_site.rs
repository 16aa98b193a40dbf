//! The centre's own site, as the association will publish it.

use crate::common;

use common::TestSite;

#[test]
fn the_centres_site_builds_in_three_languages_and_scripts() {
    let site = TestSite::example();
    site.build().ok();
    let arabic = site.page("ar/index.html");
    assert_eq!(arabic.attr("html", "dir").as_deref(), Some("rtl"));
    assert_eq!(arabic.text("h1"), "المركز الجهوي للنساء في وضعية صعبة");
    let news = site.page("ar/news/first-meeting/index.html");
    assert_eq!(news.text("article .date"), "3 يوليوز 2024");
    assert_eq!(site.page("fr/news/first-meeting/index.html").text("article .date"), "3 juillet 2024");
    assert_eq!(site.page("zgh/news/first-meeting/index.html").text("article .date"), "3 ⵢⵓⵍⵢⵓⵣ 2024");
    // The eleven services of the founding article, in each language.
    for lang in ["ar", "fr", "zgh"] {
        assert_eq!(site.page(&format!("{lang}/services/index.html")).count(".page-list li"), 11, "{lang}");
    }
}

#[test]
fn every_page_has_language_direction_canonical_description_and_a_quick_exit() {
    let site = TestSite::example();
    site.build().ok();
    let mut pages = 0;
    for entry in walkdir::WalkDir::new(site.public()) {
        let entry = entry.unwrap();
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "html") || path.ends_with("404.html") {
            continue;
        }
        pages += 1;
        let relative = path.strip_prefix(site.public()).unwrap().to_string_lossy().to_string();
        let page = site.page(&relative);
        let lang = page.attr("html", "lang").unwrap();
        let dir = page.attr("html", "dir").unwrap();
        assert_eq!(dir, if lang == "ar" { "rtl" } else { "ltr" }, "{relative}");
        assert!(
            page.attr("link[rel=canonical]", "href").is_some_and(|h| h.starts_with("https://")),
            "{relative}"
        );
        assert!(page.attr("meta[name=description]", "content").is_some_and(|d| !d.is_empty()), "{relative}");
        assert_eq!(page.count("a[data-quick-exit]"), 1, "{relative}");
        // Nothing is loaded from another site.
        for attr in ["src", "href"] {
            for url in page.attrs(
                &format!("script[{attr}], img[{attr}], link[rel=stylesheet][{attr}], link[rel=icon][{attr}]"),
                attr,
            ) {
                assert!(!url.contains("//"), "{relative} loads {url}");
            }
        }
    }
    // The chooser, and in each language 19 written pages plus the statistics
    // index and the sample year.
    assert_eq!(pages, 1 + 3 * (19 + 2));
}

#[test]
fn every_page_locks_down_scripts_and_referrers() {
    let site = TestSite::example();
    site.build().ok();
    for entry in walkdir::WalkDir::new(site.public()) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        let relative = entry.path().strip_prefix(site.public()).unwrap().to_string_lossy().to_string();
        let page = site.page(&relative);
        let csp = page.attr("meta[http-equiv=Content-Security-Policy]", "content").unwrap_or_default();
        assert!(csp.contains("default-src 'none'") && csp.contains("script-src 'self'"), "{relative}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{relative}");
        assert_eq!(page.attr("meta[name=referrer]", "content").as_deref(), Some("no-referrer"), "{relative}");
        // Every script is a file of the site's own: none inline.
        assert_eq!(page.count("script:not([src])"), 0, "{relative}");
        assert!(page.attrs("script[src]", "src").iter().all(|s| s.ends_with("quick-exit.js")), "{relative}");
        for rel in page.attrs("a[href^='http']:not([data-quick-exit])", "rel") {
            assert!(rel.contains("noopener") && rel.contains("noreferrer"), "{relative}: {rel}");
        }
    }
}
