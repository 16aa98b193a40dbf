//! Each template of the default theme, as the fixture sites render it,
//! pinned whole (insta snapshots under `tests/suite/snapshots/`): a change
//! to a template, a view or the HTML writer shows as a diff to read before
//! it is accepted (`INSTA_UPDATE=always cargo test --test suite templates::`,
//! or `cargo insta review`).

use crate::common::TestSite;

fn rendered(site: &TestSite, path: &str) -> String {
    site.read(&format!("public/{path}"))
}

#[test]
fn each_template_of_the_theme_renders_as_pinned() {
    let site = TestSite::new("basic");
    site.build().ok();
    for (name, path) in [
        ("chooser", "index.html"),
        ("not_found", "404.html"),
        ("home_fr", "fr/index.html"),
        ("home_ar", "ar/index.html"),
        ("section_fr", "fr/news/index.html"),
        ("page_fr", "fr/services/listening/index.html"),
        ("page_ar", "ar/services/listening/index.html"),
        ("feed_fr", "fr/news/atom.xml"),
    ] {
        insta::assert_snapshot!(name, rendered(&site, path));
    }
}

#[test]
fn the_statistics_templates_render_as_pinned() {
    let site = TestSite::new("stats");
    site.build().ok();
    for (name, path) in [
        ("statistics_index_fr", "fr/statistics/index.html"),
        ("statistics_year_fr", "fr/statistics/2025/index.html"),
        ("statistics_year_ar", "ar/statistics/2025/index.html"),
    ] {
        insta::assert_snapshot!(name, rendered(&site, path));
    }
}
