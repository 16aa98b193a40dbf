//! Open data: each year's protected tables as CSV and JSON, with a short
//! method note per language. Built from the same protected cells as the
//! pages: a suppressed cell is suppressed here too.

use serde::Serialize;

use super::privacy::{Breakdown, Cell, Withheld};
use super::{Statistics, YearStatistics};

/// Where a year's files go, relative to the output root.
pub fn folder(year: u16) -> String {
    format!("open-data/{year}")
}

pub const CSV_FILE: &str = "statistics.csv";
pub const JSON_FILE: &str = "statistics.json";

pub fn method_file(lang: &str) -> String {
    format!("method-{lang}.txt")
}

fn status(cell: Cell) -> (&'static str, String) {
    match cell {
        Cell::Published(v) => ("published", v.to_string()),
        Cell::Small => ("small", String::new()),
        Cell::Hidden => ("hidden", String::new()),
    }
}

/// `table,category,value,status`, one line per cell plus one per total.
pub fn csv(stats: &Statistics, year: &YearStatistics) -> String {
    let mut out = String::new();
    if year.synthetic {
        out.push_str("# SYNTHETIC SAMPLE DATA: not real records\n");
    }
    out.push_str(&format!(
        "# Counts from 1 to {} are not published (status small); in a table with any, one more is hidden (status hidden); a table that could not be shown safely, or of a year with fewer than {} rows, is withheld whole (category *).\n",
        stats.min_count - 1,
        super::privacy::smallest_breakdown(stats.min_count)
    ));
    out.push_str("table,category,value,status\n");
    for (index, table) in stats.schema.tables.iter().enumerate() {
        let column = &stats.schema.datasets[table.dataset].columns[table.by];
        let protected = &year.tables[index];
        match &protected.breakdown {
            Breakdown::Shown(cells) => {
                for (i, cell) in cells.iter().enumerate() {
                    let (status, value) = status(*cell);
                    out.push_str(&format!("{},{},{value},{status}\n", table.id, column.category_id(i)));
                }
            }
            Breakdown::Withheld(why) => {
                let why = match why {
                    Withheld::FewRows => "withheld-few-rows",
                    Withheld::NoSafePattern => "withheld",
                };
                out.push_str(&format!("{},*,,{why}\n", table.id));
            }
        }
        let (status, value) = status(protected.total);
        out.push_str(&format!("{},total,{value},{status}\n", table.id));
    }
    out
}

#[derive(Serialize)]
struct JsonCell<'a> {
    category: String,
    #[serde(flatten)]
    cell: &'a Cell,
}

#[derive(Serialize)]
struct JsonTable<'a> {
    id: &'a str,
    dataset: &'a str,
    by: &'a str,
    total: &'a Cell,
    /// Absent when the breakdown is withheld.
    #[serde(skip_serializing_if = "Option::is_none")]
    cells: Option<Vec<JsonCell<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    withheld: Option<Withheld>,
}

#[derive(Serialize)]
struct JsonYear<'a> {
    year: u16,
    synthetic: bool,
    min_count: u64,
    totals: std::collections::BTreeMap<&'a str, &'a Cell>,
    tables: Vec<JsonTable<'a>>,
}

pub fn json(stats: &Statistics, year: &YearStatistics) -> String {
    let tables = stats
        .schema
        .tables
        .iter()
        .enumerate()
        .map(|(index, table)| {
            let dataset = &stats.schema.datasets[table.dataset];
            let column = &dataset.columns[table.by];
            JsonTable {
                id: &table.id,
                dataset: &dataset.name,
                by: &column.name,
                total: &year.tables[index].total,
                cells: year.tables[index].cells().map(|cells| {
                    cells
                        .iter()
                        .enumerate()
                        .map(|(i, cell)| JsonCell { category: column.category_id(i), cell })
                        .collect()
                }),
                withheld: match year.tables[index].breakdown {
                    Breakdown::Withheld(why) => Some(why),
                    Breakdown::Shown(_) => None,
                },
            }
        })
        .collect();
    let document = JsonYear {
        year: year.year,
        synthetic: year.synthetic,
        min_count: stats.min_count,
        totals: stats.schema.datasets.iter().zip(&year.totals).map(|(d, c)| (d.name.as_str(), c)).collect(),
        tables,
    };
    let mut text = serde_json::to_string_pretty(&document).unwrap_or_default();
    text.push('\n');
    text
}
