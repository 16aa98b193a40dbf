//! Annual statistics from anonymised records: what a reader sees, what the
//! open data holds, and how bad data is refused without ever being echoed.

use crate::common;

use common::{REPO, TestSite};

fn fixture_file(name: &str) -> std::path::PathBuf {
    std::path::Path::new(REPO).join("tests/fixtures/data-files").join(name)
}

#[test]
fn each_year_gets_a_statistics_page_in_every_language() {
    let site = TestSite::new("stats");
    site.build().ok();
    let page = site.page("fr/statistics/2025/index.html");
    assert_eq!(page.text("h1"), "Statistiques 2025");
    let headlines = page.texts(".headline");
    assert_eq!(headlines[0], "Le centre a accueilli 60 femmes en 2025. (+20 % par rapport à 2024)");
    assert_eq!(headlines[1], "Le centre a organisé moins de 5 activités en 2025.");
    let arabic = site.page("ar/statistics/2025/index.html");
    assert_eq!(arabic.attr("html", "dir").as_deref(), Some("rtl"));
    assert_eq!(arabic.texts(".headline")[0], "استقبل المركز 60 امرأة سنة 2025. (+20% مقارنة بسنة 2024)");
    assert_eq!(
        site.page("zgh/statistics/2025/index.html").texts(".headline")[0].split(' ').nth(2),
        Some("60")
    );
    // The index lists the years, newest first, and the menu reaches it.
    let index = site.page("fr/statistics/index.html");
    assert_eq!(index.texts(".years h2"), ["2025", "2024"]);
    assert_eq!(
        site.page("fr/index.html").attr(".menu a", "href").as_deref(),
        Some("../fr/statistics/index.html")
    );
}

#[test]
fn tables_are_accessible_and_small_counts_are_never_shown() {
    let site = TestSite::new("stats");
    site.build().ok();
    let page = site.page("fr/statistics/2025/index.html");
    let ages = "#table-women-by-age-band";
    assert!(page.text(&format!("{ages} caption")).starts_with("Femmes par tranche d’âge — 2025"));
    assert_eq!(page.attrs(&format!("{ages} thead th"), "scope"), ["col", "col", "col"]);
    assert_eq!(page.count(&format!("{ages} tbody th[scope=row]")), 6);
    let cells = |table: &str| -> Vec<(String, String)> {
        let labels = page.texts(&format!("{table} tbody th"));
        let values = page.texts(&format!("{table} tbody td:nth-child(2)"));
        labels.into_iter().zip(values).collect()
    };
    let ages = cells(ages);
    // Two small cells beside 20 and 34: the last cell that is neither 0 nor
    // small is hidden, whatever its size.
    assert!(ages.contains(&("25 à 34 ans".into(), "masqué".into())), "{ages:?}");
    assert!(ages.contains(&("35 à 44 ans".into(), "< 5".into())), "{ages:?}");
    assert!(ages.contains(&("18 à 24 ans".into(), "< 5".into())), "{ages:?}");
    // 3 referred by justice is small; with the total published, 60 - 57
    // would give it away, so the 57 is hidden too.
    let referral = cells("#table-women-by-referral");
    assert!(referral.contains(&("Institutions judiciaires".into(), "< 5".into())), "{referral:?}");
    assert!(referral.contains(&("De sa propre initiative".into(), "masqué".into())), "{referral:?}");
    assert_eq!(page.text("#table-women-by-referral tfoot td"), "60");
    // Shares come from published numbers only.
    assert_eq!(page.text("#table-women-by-commune tbody tr:first-child td:nth-child(3)"), "60 %");
    let arabic = site.page("ar/statistics/2025/index.html");
    assert!(arabic.texts("#table-women-by-age-band td").contains(&"أقل من 5".to_string()));
}

#[test]
fn synthetic_data_says_so_on_the_page_and_in_the_open_data() {
    let site = TestSite::new("stats");
    site.build().ok();
    let page = site.page("fr/statistics/2025/index.html");
    assert!(page.text(".synthetic-notice").contains("ces chiffres sont synthétiques"));
    assert_eq!(
        site.page("fr/statistics/2024/index.html").count(".synthetic-notice"),
        0,
        "2024's file is real"
    );
    assert!(site.read("public/open-data/2025/statistics.csv").starts_with("# SYNTHETIC SAMPLE DATA"));
    assert!(site.read("public/open-data/2025/method-fr.txt").contains("synthétiques"));
    // A page that uses the figures through a shortcode says so too.
    let home = site.page("fr/index.html");
    assert_eq!(home.text(".stat"), "60");
    assert_eq!(home.text(".prose small.synthetic"), "données synthétiques");
    assert_eq!(home.count(".prose .stats-table table"), 1);
    assert_eq!(home.count(".prose p .stats-table"), 0, "a table is never inside a paragraph");
}

#[test]
fn open_data_holds_only_protected_figures_and_is_linked() {
    let site = TestSite::new("stats");
    site.build().ok();
    let page = site.page("fr/statistics/2025/index.html");
    let links = page.attrs(".downloads a", "href");
    assert_eq!(
        links,
        [
            "../../../open-data/2025/statistics.csv",
            "../../../open-data/2025/statistics.json",
            "../../../open-data/2025/method-fr.txt"
        ]
    );
    let csv = site.read("public/open-data/2025/statistics.csv");
    for line in csv.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let fields: Vec<&str> = line.split(',').collect();
        match fields[3] {
            "published" => {
                let value: u64 = fields[2].parse().unwrap();
                assert!(value == 0 || value >= 5, "{line}");
            }
            "small" | "hidden" | "withheld" | "withheld-few-rows" => assert_eq!(fields[2], "", "{line}"),
            other => panic!("unknown status {other}"),
        }
    }
    assert!(csv.contains("women-by-referral,justice,,small\n"), "{csv}");
    assert!(csv.contains("women-by-referral,self,,hidden\n"), "{csv}");
    // Three activities: too few for any breakdown.
    assert!(csv.contains("activities-by-kind,*,,withheld-few-rows\n"), "{csv}");
    let json: serde_json::Value =
        serde_json::from_str(&site.read("public/open-data/2025/statistics.json")).unwrap();
    assert_eq!(json["totals"]["cases"], serde_json::json!({"status": "published", "value": 60}));
    assert_eq!(json["totals"]["activities"], serde_json::json!({"status": "small"}));
    site.amal(&["check"]).ok();
}

#[test]
fn min_count_is_a_setting() {
    let site = TestSite::new("stats");
    let text = site.read("site.yaml");
    site.write("site.yaml", &format!("{text}privacy:\n  min_count: 3\n"));
    site.build().ok();
    let page = site.page("fr/statistics/2025/index.html");
    assert_eq!(page.texts(".headline")[1], "Le centre a organisé 3 activités en 2025.");
}

/// Breaks the data, and checks the build stops naming the place, never the
/// value, and leaves the previous site as it was.
fn assert_data_rejected(mutate: impl FnOnce(&TestSite), expected: &[&str], secret: Option<&str>) {
    let run = common::assert_rejected("stats", mutate, expected);
    if let Some(secret) = secret {
        assert!(
            !run.stderr().contains(secret) && !run.stdout().contains(secret),
            "the value leaked:\n{}",
            run.stderr()
        );
    }
}

const HEADER: &str = "month,age_band,services,violence,referred_by,commune,outcome\n";
const ROW: &str = "2025-03,25-34,reception,physical,self,khemisset,ongoing\n";

#[test]
fn an_undeclared_column_stops_the_build() {
    assert_data_rejected(
        |s| {
            s.write(
                "data/cases/2026.csv",
                &format!(
                    "{}nom\n{}Fatima\n",
                    HEADER.trim_end().to_string() + ",",
                    ROW.trim_end().to_string() + ","
                ),
            )
        },
        &[
            "data/cases/2026.csv:1: error: the column `nom` is not declared in data/schema.yaml",
            "remove this column",
        ],
        Some("Fatima"),
    );
}

#[test]
fn an_arabic_column_name_is_named_but_never_its_values() {
    assert_data_rejected(
        |s| {
            s.write("data/cases/2026.csv", &format!("{},الاسم\n{},فاطمة\n", HEADER.trim_end(), ROW.trim_end()))
        },
        &["the column `الاسم` is not declared"],
        Some("فاطمة"),
    );
}

#[test]
fn planted_identifiers_stop_the_build_without_being_echoed() {
    for (cell, kind) in [
        ("0612345678", "a phone number"),
        ("+212 6 61 23 45 67", "a phone number"),
        ("fatima.b@example.ma", "an e-mail address"),
        ("BK123456", "a national ID (CIN) number"),
        ("2025-03-14", "an exact date"),
        ("14/03/2025", "an exact date"),
    ] {
        let row = ROW.replace("khemisset", cell);
        assert_data_rejected(
            |s| s.write("data/cases/2026.csv", &format!("{HEADER}{ROW}{row}")),
            &[&format!("data/cases/2026.csv:3: error: column `commune`: this cell looks like {kind}")],
            Some(cell),
        );
    }
}

#[test]
fn an_exact_date_in_a_spreadsheet_date_cell_stops_the_build() {
    assert_data_rejected(
        |s| {
            std::fs::copy(fixture_file("exact-date.xlsx"), s.path().join("data/cases/2026.xlsx")).unwrap();
        },
        &["data/cases/2026.xlsx:2: error: column `month`: this cell holds an exact date"],
        Some("14"),
    );
}

#[test]
fn month_cells_saved_as_spreadsheet_dates_are_read_as_months() {
    // Half the fixture's month cells are dates on the 1st, formatted yyyy-mm.
    let site = TestSite::new("stats");
    let bytes = std::fs::read(fixture_file("cases-2025.xlsx")).unwrap();
    std::fs::write(site.path().join("data/cases/2025.xlsx"), bytes).unwrap();
    site.remove("data/cases/2025.csv");
    site.build().ok();
    assert_eq!(
        site.page("fr/statistics/2025/index.html").texts(".headline")[0].split(' ').nth(4),
        Some("60")
    );
}

#[test]
fn unknown_ids_bad_months_and_bad_counts_are_located() {
    assert_data_rejected(
        |s| {
            let rows = [
                ROW.replace("self", "police"),
                ROW.replace("2025-03", "2025-3"),
                ROW.replace("reception", "reception|yoga"),
                ROW.replace("25-34", ""),
            ]
            .concat();
            s.write("data/cases/2026.csv", &format!("{HEADER}{rows}"));
            s.write("data/activities/2026.csv", "month,kind,participants\n2026-01,workshop,twelve\n");
        },
        &[
            "data/cases/2026.csv:2: error: column `referred_by`: this cell is not one of the ids allowed for the column",
            "data/cases/2026.csv:3: error: column `month`: this cell is not a month written YYYY-MM",
            "data/cases/2026.csv:4: error: column `services`: this cell holds an id not allowed for the column",
            "data/cases/2026.csv:5: error: column `age_band`: this cell is empty",
            "data/activities/2026.csv:2: error: column `participants`: this cell is not a whole number",
        ],
        Some("police"),
    );
}

#[test]
fn ragged_rows_and_unbalanced_quotes_are_located() {
    assert_data_rejected(
        |s| s.write("data/cases/2026.csv", &format!("{HEADER}{ROW}2025-03,25-34,reception\n")),
        &["data/cases/2026.csv:3: error: this row has 3 cells but the header has 7"],
        None,
    );
    assert_data_rejected(
        |s| {
            s.write(
                "data/cases/2026.csv",
                &format!("{HEADER}{ROW}\"2025-03,25-34,reception,physical,self,khemisset,ongoing\n"),
            )
        },
        &["data/cases/2026.csv:3: error:"],
        None,
    );
}

#[test]
fn empty_files_and_header_only_files() {
    assert_data_rejected(
        |s| s.write("data/cases/2026.csv", ""),
        &["data/cases/2026.csv: error: the file has no header row"],
        None,
    );
    // A header and no rows is a valid, empty export.
    let site = TestSite::new("stats");
    site.write("data/cases/2026.csv", HEADER);
    site.build().ok();
}

#[test]
fn spreadsheet_dialects_give_the_same_figures() {
    let reference = TestSite::new("stats");
    reference.build().ok();
    let expected = reference.read("public/open-data/2025/statistics.json");

    let site = TestSite::new("stats");
    let csv = site.read("data/cases/2025.csv");
    // Semicolons, a byte-order mark, CRLF line ends and trailing blank lines.
    let dialect = format!("\u{feff}{}\r\n\r\n\r\n", csv.replace(',', ";").replace('\n', "\r\n").trim_end());
    site.write("data/cases/2025.csv", &dialect);
    site.build().ok();
    assert_eq!(site.read("public/open-data/2025/statistics.json"), expected);

    let site = TestSite::new("stats");
    site.remove("data/cases/2025.csv");
    std::fs::copy(fixture_file("cases-2025.xlsx"), site.path().join("data/cases/2025.xlsx")).unwrap();
    site.build().ok();
    assert_eq!(
        site.read("public/open-data/2025/statistics.json"),
        expected,
        "the .xlsx gives the same figures"
    );
}

#[test]
fn a_corrupt_workbook_is_named() {
    assert_data_rejected(
        |s| {
            std::fs::copy(fixture_file("corrupt.xlsx"), s.path().join("data/cases/2026.xlsx")).unwrap();
        },
        &["data/cases/2026.xlsx: error: cannot read this workbook", "save it again as .xlsx"],
        None,
    );
}

#[test]
fn a_missing_category_label_names_the_fluent_key() {
    assert_data_rejected(
        |s| {
            let text = s
                .read("locales/ar/statistics.ftl")
                .replace("stats-commune-tiflet = ", "stats-commune-tiflet-typo = ");
            s.write("locales/ar/statistics.ftl", &text);
        },
        &["locales/ar: error: Fluent message `stats-commune-tiflet` is missing; the statistics need it"],
        None,
    );
}

#[test]
fn the_centres_sample_year_is_published_as_synthetic() {
    let site = TestSite::example();
    site.build().ok();
    let page = site.page("ar/statistics/2025/index.html");
    assert_eq!(page.texts(".headline")[0], "استقبل المركز 312 امرأة سنة 2025.");
    assert_eq!(page.count(".synthetic-notice"), 1);
    assert_eq!(page.count("section.breakdown table"), 9);
}

#[test]
fn a_phone_number_in_a_count_column_is_caught() {
    assert_data_rejected(
        |s| s.write("data/activities/2026.csv", "month,kind,participants\n2026-01,workshop,0661234567\n"),
        &["data/activities/2026.csv:2: error: column `participants`: this cell looks like a phone number"],
        Some("0661234567"),
    );
}

/// An export whose header row was left out: its first row of data would be
/// read as column names, and each printed as "not declared", a woman's
/// name and notes with it.
#[test]
fn a_file_without_its_header_row_never_prints_its_first_row() {
    assert_data_rejected(
        |s| s.write("data/cases/2026.csv", &format!("{},Fatima Zahra\n{ROW}", ROW.trim_end())),
        &["data/cases/2026.csv:1: error: the file has no header row"],
        Some("Fatima"),
    );
}
