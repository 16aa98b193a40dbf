//! `amal build` as the communications team uses it: a trilingual site in,
//! a static site out, in each reader's language, script and direction.

use crate::common;

use common::TestSite;

#[test]
fn every_language_gets_its_own_pages_with_lang_and_direction() {
    let site = TestSite::new("basic");
    site.build().ok();
    for (page, lang, dir) in [
        ("ar/index.html", "ar", "rtl"),
        ("fr/index.html", "fr", "ltr"),
        ("zgh/index.html", "zgh", "ltr"),
        ("ar/services/listening/index.html", "ar", "rtl"),
    ] {
        let html = site.page(page);
        assert_eq!(html.attr("html", "lang").as_deref(), Some(lang), "{page}");
        assert_eq!(html.attr("html", "dir").as_deref(), Some(dir), "{page}");
    }
    assert_eq!(site.page("fr/services/listening/index.html").text("h1"), "Écoute");
}

#[test]
fn the_language_switcher_links_to_translations_or_says_there_is_none() {
    let site = TestSite::new("basic");
    site.build().ok();
    let page = site.page("fr/services/index.html");
    // Arabic has this page: the link goes to it.
    assert_eq!(
        page.attr(".languages a[hreflang=ar]", "href").as_deref(),
        Some("../../ar/services/index.html")
    );
    // Amazigh does not: the link goes to the Amazigh home and says why, in Amazigh.
    assert_eq!(page.attr(".languages a[hreflang=zgh]", "href").as_deref(), Some("../../zgh/index.html"));
    assert_eq!(page.text(".languages a[hreflang=zgh] small"), "(ⵜⴰⵙⵏⴰ ⴰⴷ ⵓⵔ ⵜⵜⵓⵙⵙⵓⵖⵍ ⴰⵔ ⴷⵖⵉ)");
    assert_eq!(page.attr(".languages a[hreflang=zgh]", "lang").as_deref(), Some("zgh"));
    // The current language is not a link.
    assert_eq!(page.text(".languages [aria-current]"), "Français");
}

#[test]
fn search_engines_get_canonical_urls_and_hreflang_alternates() {
    let site = TestSite::new("basic");
    site.build().ok();
    let page = site.page("fr/services/index.html");
    assert_eq!(
        page.attr("link[rel=canonical]", "href").as_deref(),
        Some("https://example.org/centre/fr/services/")
    );
    let hreflangs = page.attrs("link[rel=alternate][hreflang]", "hreflang");
    assert_eq!(hreflangs, ["ar", "fr", "x-default"], "the default language first");
    assert_eq!(
        page.attr("link[hreflang=x-default]", "href").as_deref(),
        Some("https://example.org/centre/ar/services/"),
        "x-default is the default language's page"
    );
    let home = site.page("fr/index.html");
    assert_eq!(home.attr("link[hreflang=x-default]", "href").as_deref(), Some("https://example.org/centre/"));
    assert_eq!(home.attr("meta[name=description]", "content").as_deref(), Some("Un centre pour les femmes."));

    let sitemap = site.read("public/sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/centre/fr/services/listening/</loc>"), "{sitemap}");
    assert!(sitemap.contains(r#"<xhtml:link rel="alternate" hreflang="ar" href="https://example.org/centre/ar/services/listening/"/>"#));
    assert_eq!(
        site.read("public/robots.txt"),
        "User-agent: *\nAllow: /\n\nSitemap: https://example.org/centre/sitemap.xml\n"
    );
}

#[test]
fn base_url_can_be_overridden_for_a_deploy_preview() {
    let site = TestSite::new("basic");
    site.amal(&["build", "--base-url", "https://preview.example.net/pr-7"]).ok();
    let page = site.page("fr/index.html");
    assert_eq!(
        page.attr("link[rel=canonical]", "href").as_deref(),
        Some("https://preview.example.net/pr-7/fr/")
    );
}

#[test]
fn sections_list_their_pages_in_order_and_drafts_stay_out() {
    let site = TestSite::new("basic");
    site.build().ok();
    let services = site.page("fr/services/index.html");
    assert_eq!(services.texts(".page-list h2"), ["Accueil", "Écoute"], "by weight");
    let news = site.page("fr/news/index.html");
    assert_eq!(news.texts(".page-list h2"), ["Journée portes ouvertes", "Première réunion"], "newest first");
    assert!(!site.public().join("fr/news/unfinished").exists());

    site.amal(&["build", "--drafts"]).ok();
    let news = site.page("fr/news/index.html");
    assert_eq!(news.texts(".page-list h2")[0], "Brouillon");
}

#[test]
fn a_section_lists_its_pages_without_counting_them_for_her() {
    // "11 pages" says nothing to a woman looking for help.
    let site = TestSite::new("basic");
    site.build().ok();
    assert_eq!(site.page("fr/services/index.html").count(".count"), 0);
}

#[test]
fn counts_use_each_languages_plural_rules() {
    // A centre that wants the count shows it from its own template.
    let site = TestSite::new("basic");
    let theme = site.read("themes/default/templates/section.html");
    site.write(
        "templates/section.html",
        &theme.replace(
            "{% set items = subsections %}",
            "{% if pages %}<p class=\"count\">{{ t(key=\"page-count\", count=pages | length) }}</p>{% endif %}\n{% set items = subsections %}",
        ),
    );
    site.build().ok();
    assert_eq!(site.page("fr/services/index.html").text(".count"), "2 pages");
    assert_eq!(site.page("ar/services/index.html").text(".count"), "صفحتان", "Arabic dual");
    assert_eq!(site.page("zgh/news/index.html").text(".count"), "1 ⵜⴰⵙⵏⴰ");
}

#[test]
fn dates_are_written_the_moroccan_way_in_each_language() {
    let site = TestSite::new("basic");
    site.build().ok();
    let date = |page: &str| site.page(page).text("article .date");
    assert_eq!(date("ar/news/older/index.html"), "3 يوليوز 2024");
    assert_eq!(date("fr/news/older/index.html"), "3 juillet 2024");
    assert_eq!(date("zgh/news/older/index.html"), "3 ⵢⵓⵍⵢⵓⵣ 2024");
    assert_eq!(site.page("fr/news/older/index.html").attr("time", "datetime").as_deref(), Some("2024-07-03"));
}

#[test]
fn markdown_renders_tables_footnotes_anchors_and_marks_external_links() {
    let site = TestSite::new("basic");
    let run = site.build().ok();
    let page = site.page("fr/services/listening/index.html");
    assert_eq!(page.attr(".prose h2", "id").as_deref(), Some("horaires-découte"));
    assert_eq!(page.count(".prose table th"), 2);
    assert_eq!(page.count(".footnote-definition"), 1);
    assert_eq!(page.attr("a.external", "href").as_deref(), Some("https://example.gov.ma/"));
    assert_eq!(page.attr("a.external", "rel").as_deref(), Some("noopener noreferrer"));
    assert_eq!(
        page.attr("a[href*=reception]", "href").as_deref(),
        Some("../../../fr/services/reception/index.html")
    );
    let arabic = site.page("ar/services/listening/index.html");
    assert_eq!(arabic.attr(".prose h2", "id").as_deref(), Some("الدعم-النفسي"));

    // Raw HTML keeps its text but loses the script, and the author is told where.
    assert_eq!(page.text(".prose p > span:not([class])"), "cliquez");
    assert!(!page.html().contains("steal"));
    assert!(
        run.stderr().contains("content/fr/services/listening.md:17:1: warning: raw HTML: the event handler `onclick` on <span> was removed"),
        "{}",
        run.stderr()
    );
}

#[test]
fn placeholders_are_visibly_marked() {
    let site = TestSite::new("basic");
    site.build().ok();
    let page = site.page("fr/services/listening/index.html");
    assert_eq!(page.text("mark.placeholder"), "À confirmer : numéro de téléphone");
}

#[test]
fn the_root_is_a_language_chooser_in_every_script_without_javascript() {
    let site = TestSite::new("basic");
    site.build().ok();
    let chooser = site.page("index.html");
    assert_eq!(chooser.texts(".language-choice .language-name"), ["العربية", "Français", "ⵜⴰⵎⴰⵣⵉⵖⵜ"]);
    assert_eq!(chooser.attrs(".language-choice li", "dir"), ["rtl", "ltr", "ltr"]);
    assert_eq!(
        chooser.attrs(".language-choice a", "href"),
        ["ar/index.html", "fr/index.html", "zgh/index.html"]
    );
    // Plain links: the only script is the quick exit's optional enhancement.
    assert_eq!(chooser.attrs("script", "src"), ["quick-exit.js"]);
}

#[test]
fn feeds_404_and_assets_are_published() {
    let site = TestSite::new("basic");
    site.build().ok();
    let feed = site.read("public/fr/news/atom.xml");
    assert!(feed.contains("<updated>2025-03-08T00:00:00Z</updated>"), "{feed}");
    assert!(feed.find("Journée portes ouvertes") < feed.find("Première réunion"), "newest first");
    assert!(feed.contains("<id>https://example.org/centre/fr/news/newer/</id>"));
    assert!(!feed.contains("Brouillon"));
    let not_found = site.page("404.html");
    // Served at any depth, so its links start from the site's path.
    assert_eq!(not_found.attr("link[rel=stylesheet]", "href").as_deref(), Some("/centre/style.css"));
    assert_eq!(not_found.count(".not-found"), 3);
    assert!(site.public().join("fonts/noto-sans-tifinagh-regular.woff2").is_file());
    assert!(site.public().join("style.css").is_file());
}

#[test]
fn links_between_pages_are_relative_so_the_site_works_from_any_folder() {
    let site = TestSite::new("basic");
    site.build().ok();
    let page = site.page("fr/services/listening/index.html");
    for href in page.attrs("a[href], link[rel=stylesheet]", "href") {
        let absolute_ok = href.starts_with("https://") || href.starts_with('#');
        assert!(absolute_ok || href.starts_with("../"), "{href} is neither relative nor external");
    }
    site.amal(&["check"]).ok();
}

#[test]
fn two_builds_of_the_same_input_are_byte_identical() {
    let site = TestSite::new("basic");
    site.build().ok();
    let first = site.snapshot_output();
    site.build().ok();
    assert_eq!(first, site.snapshot_output());
}

#[test]
fn a_site_overrides_one_template_or_static_file_of_its_theme() {
    let site = TestSite::new("basic");
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block main %}<p class=\"custom\">{{ page.title }}</p>{% endblock main %}",
    );
    site.write("static/style.css", "/* The centre's colours. */\nbody {\n  color: black;\n}\n");
    site.build().ok();
    assert_eq!(site.page("fr/services/listening/index.html").text(".custom"), "Écoute");
    // Published without the comment a reader would download for nothing.
    assert_eq!(site.read("public/style.css"), "body{color:black}");
    // Other templates still come from the theme.
    assert_eq!(site.page("fr/services/index.html").count(".page-list"), 2);
}

#[test]
fn a_template_may_measure_or_filter_the_page_text_as_well_as_print_it() {
    let site = TestSite::new("basic");
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block main %}<p class=\"words\">{{ content | striptags | wordcount }}</p>\
         {% if content %}<div class=\"body\">{{ content | safe }}</div>{% endif %}{% endblock main %}",
    );
    site.build().ok();
    let page = site.page("fr/services/reception/index.html");
    let text = page.text(".body");
    assert!(!text.is_empty());
    assert_eq!(page.text(".words"), text.split_whitespace().count().to_string());
    assert!(!site.read("public/fr/services/reception/index.html").contains("amal-content"));
}

#[test]
fn a_template_speaks_the_page_language_unless_told_another() {
    let site = TestSite::new("basic");
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block main %}<p class=\"own\">{{ t(key=\"skip-to-content\") }}</p>\
         <p class=\"french\">{{ t(key=\"skip-to-content\", lang=\"fr\") }}</p>{% endblock main %}",
    );
    site.build().ok();
    let arabic = site.page("ar/services/reception/index.html");
    assert_eq!(arabic.text(".own"), "الانتقال إلى المحتوى");
    assert_eq!(arabic.text(".french"), "Aller au contenu");
    let french = site.page("fr/services/reception/index.html");
    assert_eq!(french.text(".own"), "Aller au contenu");
}

#[test]
fn a_template_that_sets_lang_itself_speaks_that_language() {
    // Messages are written into the templates once per language; a theme
    // that gives `lang` its own value must still be answered in it.
    let site = TestSite::new("basic");
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block main %}{% set lang = {\"code\": \"fr\"} %}\
         <p class=\"own\">{{ t(key=\"skip-to-content\") }}</p>{% endblock main %}",
    );
    site.build().ok();
    let arabic = site.page("ar/services/reception/index.html");
    assert_eq!(arabic.text(".own"), "Aller au contenu");
    assert_eq!(arabic.text(".skip-link"), "الانتقال إلى المحتوى");
}

#[test]
fn a_page_without_a_description_is_described_by_its_first_paragraph_everywhere() {
    // The page is written before its section is rendered, and only its
    // description is kept for the section's list and feed.
    let site = TestSite::new("basic");
    site.write(
        "content/fr/news/newer.md",
        "---\ntitle: Journée portes ouvertes\ndate: 2025-03-08\n---\n## Programme\n\n\
         Le centre ouvre ses portes aux **habitantes** de la commune.\n\nSecond paragraphe.\n",
    );
    site.build().ok();
    let first = "Le centre ouvre ses portes aux habitantes de la commune.";
    let page = site.page("fr/news/newer/index.html");
    assert_eq!(page.attr("meta[name=description]", "content").as_deref(), Some(first));
    let list = site.page("fr/news/index.html");
    assert!(list.texts(".page-list li p").iter().any(|p| p == first), "{:?}", list.texts(".page-list li p"));
    assert!(site.read("public/fr/news/atom.xml").contains(&format!("<summary>{first}</summary>")));
}

#[test]
fn a_template_may_list_the_page_headings_as_a_table_of_contents() {
    let site = TestSite::new("basic");
    site.write(
        "content/fr/services/reception.md",
        "---\ntitle: Accueil\n---\n## Qui nous recevons\n\nTexte.\n\n### Horaires\n\nTexte.\n",
    );
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block main %}<nav class=\"toc\">{% for h in headings %}\
         <a class=\"level-{{ h.level }}\" href=\"#{{ h.id }}\">{{ h.text }}</a>{% endfor %}</nav>\
         {{ content | safe }}{% endblock main %}",
    );
    site.build().ok();
    let page = site.page("fr/services/reception/index.html");
    assert_eq!(page.text(".toc .level-2"), "Qui nous recevons");
    assert_eq!(page.attr(".toc .level-3", "href").as_deref(), Some("#horaires"));
    assert_eq!(page.attr("main h2", "id").as_deref(), Some("qui-nous-recevons"));
}

#[test]
fn long_front_matter_and_characters_across_the_first_block_are_read_whole() {
    let site = TestSite::new("basic");
    // A description longer than the block a build first reads of each file,
    // and a body whose two-byte letters straddle every block boundary.
    let description = "وصف ".repeat(1500);
    site.write(
        "content/ar/services/long.md",
        &format!("---\ntitle: طويل\ndescription: {description}\n---\n{}\n", "ب".repeat(9000)),
    );
    site.write("content/ar/services/straddle.md", &format!("---\ntitle: حدود\n---\nx{}\n", "ب".repeat(9000)));
    site.build().ok();
    let long = site.page("ar/services/long/index.html");
    assert_eq!(long.attr("meta[name=description]", "content").as_deref(), Some(description.trim()));
    assert_eq!(long.text(".prose").trim(), "ب".repeat(9000));
    assert_eq!(
        site.page("ar/services/straddle/index.html").text(".prose").trim(),
        format!("x{}", "ب".repeat(9000))
    );
}

#[test]
fn a_site_with_other_languages_builds_without_any_code_change() {
    let site = TestSite::new("two-languages");
    site.build().ok();
    let page = site.page("en/about/index.html");
    assert_eq!(page.attr("html", "lang").as_deref(), Some("en"));
    assert_eq!(page.text(".languages a[hreflang=fr]"), "Français");
    assert_eq!(site.page("fr/index.html").text("h1"), "Accueil");
    let chooser = site.page("index.html");
    assert_eq!(chooser.texts(".language-choice .language-name"), ["English", "Français"]);
}

#[test]
fn the_output_folder_can_be_chosen() {
    let site = TestSite::new("basic");
    site.amal(&["build", "--out", "dist"]).ok();
    assert!(site.path().join("dist/fr/index.html").is_file());
    assert!(!site.public().exists());
}

#[test]
fn build_from_another_folder_with_site() {
    let site = TestSite::new("basic");
    let mut command = assert_cmd::Command::cargo_bin("amal").unwrap();
    let output = command
        .current_dir(std::env::temp_dir())
        .args(["build", "--site"])
        .arg(site.path())
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(site.public().join("ar/index.html").is_file());
}

#[test]
fn byte_order_marks_crlf_and_file_names_in_any_script_are_fine() {
    let site = TestSite::new("basic");
    site.write(
        "content/fr/à propos.md",
        "\u{feff}---\r\ntitle: À propos\r\nweight: 3\r\n---\r\nVoir [l’accueil](@/_index.md).\r\n",
    );
    site.write("content/ar/من نحن.md", "---\ntitle: من نحن\n---\nنص.\n");
    site.write("content/fr/_index.md", "---\ntitle: Bienvenue\n---\nVoir [à propos](<@/à propos.md>).\n");
    site.build().ok();
    assert_eq!(site.page("fr/à propos/index.html").text("h1"), "À propos");
    assert_eq!(site.page("ar/من نحن/index.html").text("h1"), "من نحن");
    assert_eq!(
        site.page("fr/index.html").attr(".prose a", "href").as_deref(),
        Some("../fr/%C3%A0%20propos/index.html")
    );
    site.amal(&["check"]).ok();
}

/// Control characters that Markdown and YAML allow but XML 1.0 does not
/// must not make a feed or the sitemap ill-formed.
#[test]
fn feeds_and_the_sitemap_stay_well_formed_xml_whatever_the_text() {
    let site = TestSite::new("basic");
    site.write(
        "content/fr/news/control.md",
        "---\ntitle: \"Bell\\a and escape\\e\"\ndate: 2025-01-02\n---\n\nA vertical\u{b}tab and a form\u{c}feed.\n",
    );
    site.build().ok();
    let feed = site.read("public/fr/news/atom.xml");
    let doc = roxmltree::Document::parse(&feed).unwrap_or_else(|e| panic!("{e}: {feed}"));
    assert!(doc.descendants().any(|n| n.text() == Some("Bell and escape")), "{feed}");
    let sitemap = site.read("public/sitemap.xml");
    roxmltree::Document::parse(&sitemap).unwrap_or_else(|e| panic!("{e}: {sitemap}"));
}
