//! Large and deep inputs build without blowing up (no stack overflow, no
//! quadratic time that would make these take minutes). Timings are measured
//! in benches/, not asserted here.

use crate::common;

use common::TestSite;

#[test]
fn a_very_long_page_and_deeply_nested_markdown_build() {
    let site = TestSite::new("basic");
    let paragraph = "Le centre offre une écoute, une orientation et un soutien aux femmes. ".repeat(12);
    let long: String = (0..2_500).map(|i| format!("## Partie {i}\n\n{paragraph}\n\n")).collect();
    site.write("content/fr/long.md", &format!("---\ntitle: Longue\n---\n\n{long}"));
    site.write(
        "content/fr/quotes.md",
        &format!("---\ntitle: Citations\n---\n\n{} fond\n", ">".repeat(5_000)),
    );
    let lists: String = (0..3_000).map(|i| format!("{}- niveau {i}\n", "  ".repeat(i))).collect();
    site.write("content/fr/lists.md", &format!("---\ntitle: Listes\n---\n\n{lists}"));
    site.build().ok();
    let page = site.page("fr/long/index.html");
    assert_eq!(page.count(".prose h2"), 2_500);
    assert_eq!(page.attr(".prose h2:last-of-type", "id").as_deref(), Some("partie-2499"));
    assert!(site.public().join("fr/quotes/index.html").is_file());
    assert!(site.public().join("fr/lists/index.html").is_file());
}

#[test]
fn thousands_of_pages_build() {
    let site = TestSite::new("basic");
    for i in 0..3_000 {
        site.write(
            &format!("content/fr/news/item-{i:04}.md"),
            &format!("---\ntitle: Nouvelle {i}\ndate: 2025-01-{:02}\n---\n\nTexte {i}.\n", i % 28 + 1),
        );
    }
    site.build().ok();
    assert_eq!(site.page("fr/news/index.html").count(".page-list li"), 3_002);
    assert!(site.public().join("fr/news/item-2999/index.html").is_file());
}
