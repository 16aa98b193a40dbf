//! Charts on the statistics pages: accessible, mirrored for Arabic, honest
//! about suppressed cells, and valid SVG.

use crate::common;

use common::TestSite;
use scraper::{Html, Selector};

/// Every chart of a built page, as SVG text.
fn charts(site: &TestSite, page: &str) -> Vec<String> {
    let html = Html::parse_document(&site.read(&format!("public/{page}")));
    let selector = Selector::parse("svg.chart").unwrap();
    html.select(&selector).map(|svg| svg.html()).collect()
}

fn texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .map(|t| t.trim().to_string())
        .collect()
}

#[test]
fn every_chart_of_the_centres_site_is_valid_accessible_svg() {
    let site = TestSite::example();
    site.build().ok();
    for lang in ["ar", "fr", "zgh"] {
        let page = format!("{lang}/statistics/2025/index.html");
        let svgs = charts(&site, &page);
        assert_eq!(svgs.len(), 9, "{page}");
        for svg in svgs {
            assert!(svg.len() <= 20 * 1024, "{page}: a chart of {} bytes", svg.len());
            let doc = roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("{page}: {e}"));
            let root = doc.root_element();
            assert_eq!(root.attribute("role"), Some("img"));
            assert_eq!(root.attribute("lang"), Some(lang));
            assert_eq!(root.attribute("direction"), Some(if lang == "ar" { "rtl" } else { "ltr" }));
            assert!(
                root.attribute("viewBox").is_some() && root.attribute("width").is_none(),
                "scales to the screen"
            );
            let title =
                root.children().find(|n| n.has_tag_name("title")).and_then(|n| n.text()).unwrap_or("");
            let desc = root.children().find(|n| n.has_tag_name("desc")).and_then(|n| n.text()).unwrap_or("");
            assert!(!title.is_empty() && !desc.is_empty(), "{page}: {title:?} {desc:?}");
            let labelledby = root.attribute("aria-labelledby").unwrap();
            for id in labelledby.split(' ') {
                assert!(doc.descendants().any(|n| n.attribute("id") == Some(id)), "{id}");
            }
        }
    }
}

#[test]
fn descriptions_state_the_key_facts_in_words() {
    let site = TestSite::example();
    site.build().ok();
    let svgs = charts(&site, "fr/statistics/2025/index.html");
    let doc = roxmltree::Document::parse(&svgs[2]).unwrap();
    let desc = doc.descendants().find(|n| n.has_tag_name("desc")).and_then(|n| n.text()).unwrap();
    assert_eq!(desc, "Le plus grand : Accueil (312). Total : 312.");
    let months = roxmltree::Document::parse(&svgs[0]).unwrap();
    let desc = months.descendants().find(|n| n.has_tag_name("desc")).and_then(|n| n.text()).unwrap();
    assert!(desc.starts_with("Le mois le plus chargé : septembre (38). Total : 312."), "{desc}");
}

#[test]
fn suppressed_cells_are_drawn_as_suppressed_never_at_their_value() {
    let site = TestSite::new("stats");
    site.build().ok();
    let page = "fr/statistics/2025/index.html";
    let svgs = charts(&site, page);
    let referral = svgs.iter().find(|s| s.contains("Orientées par")).unwrap();
    let labels = texts(referral);
    assert!(labels.contains(&"2025: < 5".to_string()), "{labels:?}");
    assert!(labels.contains(&"2025: masqué".to_string()), "{labels:?}");
    assert!(!labels.iter().any(|l| l.contains(": 3") || l.contains(": 9")), "true values leaked: {labels:?}");
    let arabic = charts(&site, "ar/statistics/2025/index.html");
    assert!(texts(&arabic[1]).iter().any(|l| l.contains("أقل من 5")));
}

#[test]
fn a_year_is_compared_with_the_one_before() {
    let site = TestSite::new("stats");
    site.build().ok();
    let svgs = charts(&site, "fr/statistics/2025/index.html");
    let ages = svgs.iter().find(|s| s.contains("Femmes par tranche d’âge")).unwrap();
    let labels = texts(ages);
    // The legend names both years, and every bar says its year, so colour
    // is never the only way to tell them apart.
    assert!(labels.contains(&"2025".to_string()) && labels.contains(&"2024".to_string()), "{labels:?}");
    assert!(labels.contains(&"2025: masqué".to_string()), "{labels:?}");
    assert!(labels.contains(&"2024: 10".to_string()), "{labels:?}");
    // The first year has nothing to compare with.
    let first = charts(&site, "fr/statistics/2024/index.html");
    assert!(!texts(&first[1]).contains(&"2023".to_string()));
}

#[test]
fn months_run_downwards_in_every_language_and_bars_grow_from_where_she_reads() {
    let site = TestSite::new("stats");
    site.build().ok();
    let place = |svg: &str, text: &str| -> (f64, f64) {
        let doc = roxmltree::Document::parse(svg).unwrap();
        let node = doc
            .descendants()
            .find(|n| n.has_tag_name("text") && n.text().map(str::trim) == Some(text))
            .unwrap_or_else(|| panic!("no {text}"));
        let at = |name: &str| node.attribute(name).unwrap().parse::<f64>().unwrap();
        (at("x"), at("y"))
    };
    let arabic = &charts(&site, "ar/statistics/2025/index.html")[0];
    let (january, december) = (place(arabic, "يناير"), place(arabic, "دجنبر"));
    assert!(january.1 < december.1, "January above December");
    assert!(january.0 > 300.0, "Arabic month names at the right, where she starts reading");
    let french = &charts(&site, "fr/statistics/2025/index.html")[0];
    let (janvier, decembre) = (place(french, "janvier"), place(french, "décembre"));
    assert!(janvier.1 < decembre.1, "January above December");
    assert!(janvier.0 < 60.0, "French month names at the left");
    for svg in [arabic, french] {
        assert!(!svg.contains("rotate"), "no text turned on its side");
    }
}

#[test]
fn the_same_data_draws_the_same_bytes() {
    let site = TestSite::new("stats");
    site.build().ok();
    let first = charts(&site, "ar/statistics/2025/index.html");
    site.build().ok();
    assert_eq!(first, charts(&site, "ar/statistics/2025/index.html"));
}
