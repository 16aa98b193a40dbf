//! A centre in its first years, read as a reader would: a year of four
//! women, a year whose breakdowns are too small to show, a year with
//! multi-category complements (`tests/fixtures/small-centre/`).

use crate::common;

use common::TestSite;

fn built() -> TestSite {
    let site = TestSite::new("small-centre");
    site.build().ok();
    site
}

#[test]
fn a_year_of_four_women_says_fewer_than_five_and_shows_no_breakdown() {
    let site = built();
    let page = site.page("fr/statistics/2024/index.html");
    assert_eq!(page.texts(".headline")[0], "Le centre a accueilli moins de 5 femmes en 2024.");
    assert_eq!(
        page.count(".breakdown div[id^='table-women'] table"),
        0,
        "no table of a year under min_count"
    );
    assert_eq!(page.count(".breakdown div[id^='table-women'] svg"), 0, "no chart either");
    let withheld = page.texts(".breakdown .withheld");
    assert_eq!(withheld.len(), 7);
    assert!(withheld[0].starts_with("Ce tableau n’est pas publié pour 2024"), "{withheld:?}");
    assert!(withheld[0].ends_with("Total : < 5."), "{withheld:?}");
    let arabic = site.page("ar/statistics/2024/index.html");
    assert_eq!(arabic.texts(".headline")[0], "استقبل المركز أقل من 5 نساء سنة 2024.");
    assert_eq!(arabic.count(".breakdown div[id^='table-women'] table"), 0);
    // The figure in any page agrees.
    assert_eq!(site.page("fr/index.html").text(".stat"), "< 5");
    // And the open data holds no cell of that year.
    let csv = site.read("public/open-data/2024/statistics.csv");
    assert!(csv.contains("women-by-age-band,*,,withheld-few-rows\n"), "{csv}");
    assert!(!csv.contains("women-by-age-band,25-34"), "{csv}");
}

#[test]
fn a_year_whose_total_the_old_rule_hid_gives_its_true_total_everywhere() {
    let site = built();
    let page = site.page("fr/statistics/2025/index.html");
    // Twelve women, referred in three groups of four: the old rule hid the
    // total and the headline said "fewer than 5".
    assert_eq!(page.texts(".headline")[0], "Le centre a accueilli 12 femmes en 2025.");
    assert_eq!(
        site.page("ar/statistics/2025/index.html").texts(".headline")[0],
        "استقبل المركز 12 امرأة سنة 2025."
    );
    let index = site.page("fr/statistics/index.html");
    assert!(index.texts(".years p").contains(&"Le centre a accueilli 12 femmes en 2025.".to_string()));
    // Three cells of four and nothing else: no complement can protect them,
    // so the table says why it is not shown.
    assert_eq!(page.count("#table-women-by-referral table"), 0);
    assert!(page.text("#table-women-by-referral .withheld").contains("Total : 12."));
    // The same table through the shortcode on the home page.
    let home = site.page("fr/index.html");
    assert!(home.text(".prose .withheld").starts_with("Orientées par — 2025 (données synthétiques)."));
    // Twelve women in six age bands could all be in bands of fewer than
    // five: whatever the bands hold, that table is withheld, so withholding
    // it says nothing about them.
    assert_eq!(page.count("#table-women-by-age-band table"), 0);
    assert!(page.text("#table-women-by-age-band .withheld").contains("Total : 12."));
    // Thirty women are enough: one small age band, and the last band that
    // is neither 0 nor small hidden.
    let ages =
        site.page("fr/statistics/2026/index.html").texts("#table-women-by-age-band tbody td:nth-child(2)");
    assert_eq!(ages, ["0", "9", "9", "masqué", "0", "< 5"]);
}

#[test]
fn a_service_nearly_every_woman_received_is_hidden_with_its_complement() {
    let site = built();
    let page = site.page("fr/statistics/2026/index.html");
    let services: Vec<(String, String)> = page
        .texts("#table-women-by-service tbody th")
        .into_iter()
        .zip(page.texts("#table-women-by-service tbody td:nth-child(2)"))
        .collect();
    // 30 of 30 had reception (none did not); 28 of 30 had listening: 2 did not.
    assert!(services.contains(&("Accueil".into(), "30".into())), "{services:?}");
    assert!(services.contains(&("Écoute".into(), "masqué".into())), "{services:?}");
    assert!(services.contains(&("Hébergement d’urgence et temporaire".into(), "< 5".into())), "{services:?}");
    assert_eq!(
        page.texts(".headline")[0],
        "Le centre a accueilli 30 femmes en 2026. (+150 % par rapport à 2025)"
    );
    // The method note explains each mark in the reader's language.
    let note = site.read("public/open-data/2026/method-fr.txt");
    assert!(
        note.contains("« < 5 »") && note.contains("« masqué »") && note.contains("moins de 9 femmes"),
        "{note}"
    );
}

/// Rewrites one year's rows of a copy of the fixture.
fn with_rows(site: &TestSite, file: &str, edit: impl Fn(&str) -> String) {
    let path = format!("data/cases/{file}");
    let text = site.read(&path);
    site.write(&path, &edit(&text));
}

/// Moves the first row of `from` in a column to `to`.
fn move_one(text: &str, from: &str, to: &str) -> String {
    let mut done = false;
    text.lines()
        .map(|line| {
            if !done && line.contains(&format!(",{from},")) {
                done = true;
                line.replacen(&format!(",{from},"), &format!(",{to},"), 1)
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

#[test]
fn the_site_does_not_depend_on_what_is_suppressed() {
    let original = built();
    let changed = TestSite::new("small-centre");
    // 2026: one woman moves from the hidden band (9) to the small one (3):
    // 8 is still hidden and 4 still small.
    with_rows(&changed, "2026.csv", |t| move_one(t, "35-44", "60-plus"));
    // 2024 shows no breakdown at all: any change within it is invisible.
    with_rows(&changed, "2024.csv", |t| move_one(t, "18-24", "60-plus"));
    changed.build().ok();
    assert_eq!(original.snapshot_output(), changed.snapshot_output(), "a suppressed value changed the site");

    // The comparison can fail: a published cell that changes shows.
    let published = TestSite::new("small-centre");
    with_rows(&published, "2026.csv", |t| move_one(t, "18-24", "25-34"));
    published.build().ok();
    assert_ne!(original.snapshot_output(), published.snapshot_output());
}
