//! Protected figures as templates show them: labels, «< 5» and percentages
//! in the reader's language, from Fluent.

use fluent_bundle::FluentArgs;
use serde::Serialize;

use super::chart;
use super::privacy::Cell;
use super::schema::ColumnType;
use super::{Statistics, YearStatistics};
use crate::i18n::{Locales, LookupError};

/// Fluent keys the statistics pages need beyond the schema's labels.
pub const TITLE_KEY: &str = "stats-title";
pub const YEAR_TITLE_KEY: &str = "stats-year-title";
const SMALL_KEY: &str = "stats-small";
const HIDDEN_KEY: &str = "stats-hidden";
const WITHHELD_KEY: &str = "stats-withheld";
const PERCENT_KEY: &str = "stats-percent";
const CHANGE_KEY: &str = "stats-change";
pub const METHOD_KEY: &str = "stats-method-note";
const CHART_KEYS: [&str; 7] = [
    "chart-desc-bars",
    "chart-desc-months",
    "chart-desc-none",
    "chart-desc-previous",
    "chart-trend-up",
    "chart-trend-down",
    "chart-trend-flat",
];

/// Every Fluent key the statistics use for this schema.
pub fn required_keys(stats: &Statistics) -> Vec<String> {
    let mut keys = stats.schema.label_keys();
    for dataset in &stats.schema.datasets {
        keys.push(format!("stats-headline-{}", dataset.name));
        keys.push(format!("stats-headline-{}-withheld", dataset.name));
    }
    keys.extend(
        [TITLE_KEY, YEAR_TITLE_KEY, SMALL_KEY, HIDDEN_KEY, WITHHELD_KEY, PERCENT_KEY, CHANGE_KEY, METHOD_KEY]
            .map(String::from),
    );
    keys.extend(CHART_KEYS.map(String::from));
    keys
}

#[derive(Debug, Serialize)]
pub struct CellView {
    /// What the reader sees: a number, «< 5», or the hidden mark.
    pub display: String,
    /// The number, when published.
    pub value: Option<u64>,
    /// `published`, `small` or `hidden`.
    pub status: &'static str,
    /// Share of the published total, when both are published.
    pub percent: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct RowView {
    pub id: String,
    pub label: String,
    pub cell: CellView,
}

#[derive(Debug, Serialize)]
pub struct TableView {
    pub id: String,
    pub title: String,
    pub year: u16,
    pub synthetic: bool,
    /// Whether a row can belong to several categories (shares add up to more than 100 %).
    pub multiple: bool,
    /// Whether the rows are months (a time series).
    pub by_month: bool,
    /// Empty when the breakdown is withheld.
    pub rows: Vec<RowView>,
    pub total: CellView,
    /// Why no breakdown is shown, in the reader's words, when it is withheld.
    pub withheld: Option<String>,
    /// The chart, as inline SVG (empty when withheld).
    pub chart: String,
}

#[derive(Debug, Serialize)]
pub struct YearView {
    pub year: u16,
    pub title: String,
    pub synthetic: bool,
    /// One sentence per dataset: «The centre received 312 women in 2025.»
    pub headlines: Vec<String>,
    pub tables: Vec<TableView>,
    pub min_count: u64,
    /// The largest count never published (`min_count - 1`).
    pub max_small: u64,
    /// The fewest rows a year needs for its breakdowns to be shown.
    pub smallest_breakdown: u64,
}

pub struct Viewer<'a> {
    pub stats: &'a Statistics,
    pub locales: &'a Locales,
    pub lang: &'a str,
    /// Whether the language is written right to left (charts mirror).
    pub rtl: bool,
}

impl Viewer<'_> {
    fn text(
        &self,
        key: &str,
        args: &[(&str, fluent_bundle::FluentValue<'static>)],
    ) -> Result<String, LookupError> {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        self.locales.get(self.lang, key, Some(&fluent))
    }

    fn cell(&self, cell: Cell, total: Cell) -> Result<CellView, LookupError> {
        Ok(match cell {
            Cell::Published(v) => CellView {
                display: v.to_string(),
                value: Some(v),
                status: "published",
                percent: match total {
                    Cell::Published(t) if t > 0 => {
                        let percent = (v as f64 * 100.0 / t as f64).round() as u64;
                        Some(self.text(PERCENT_KEY, &[("value", percent.to_string().into())])?)
                    }
                    _ => None,
                },
            },
            Cell::Small => CellView {
                display: self.text(SMALL_KEY, &[("min", self.stats.min_count.to_string().into())])?,
                value: None,
                status: "small",
                percent: None,
            },
            Cell::Hidden => CellView {
                display: self.text(HIDDEN_KEY, &[])?,
                value: None,
                status: "hidden",
                percent: None,
            },
        })
    }

    pub fn table(&self, year: &YearStatistics, index: usize) -> Result<TableView, LookupError> {
        let table = &self.stats.schema.tables[index];
        let column = &self.stats.schema.datasets[table.dataset].columns[table.by];
        let protected = &year.tables[index];
        let title = self.locales.text(self.lang, &format!("stats-table-{}", table.id))?;
        let by_month = column.kind == ColumnType::Month;
        let total = self.cell(protected.total, protected.total)?;
        let (rows, withheld, chart) = match protected.cells() {
            Some(cells) => {
                let rows = cells
                    .iter()
                    .enumerate()
                    .map(|(i, &cell)| {
                        Ok(RowView {
                            id: column.category_id(i),
                            label: self.locales.text(self.lang, &column.label_key(i))?,
                            cell: self.cell(cell, protected.total)?,
                        })
                    })
                    .collect::<Result<Vec<_>, LookupError>>()?;
                let chart = self.chart(year, index, &title, &rows, &total, by_month)?;
                (rows, None, chart)
            }
            None => {
                let why = self.text(
                    WITHHELD_KEY,
                    &[("year", year.year.to_string().into()), ("total", total.display.clone().into())],
                )?;
                (Vec::new(), Some(why), String::new())
            }
        };
        Ok(TableView {
            id: table.id.clone(),
            title,
            year: year.year,
            synthetic: year.synthetic,
            multiple: column.kind == ColumnType::MultiCategory,
            by_month,
            rows,
            total,
            withheld,
            chart,
        })
    }

    /// The table's chart: columns over months, else bars, grouped with the
    /// year before when there is one.
    fn chart(
        &self,
        year: &YearStatistics,
        index: usize,
        title: &str,
        rows: &[RowView],
        total: &CellView,
        by_month: bool,
    ) -> Result<String, LookupError> {
        // A year before whose breakdown was withheld has nothing to compare.
        let previous = if by_month { None } else { self.stats.years.get(&(year.year - 1)) }
            .filter(|p| p.tables[index].cells().is_some());
        let previous_table = previous.map(|p| &p.tables[index]);
        let chart_rows = rows
            .iter()
            .enumerate()
            .map(|(i, row)| {
                let previous = match previous_table.and_then(|t| Some((t.cells()?, t.total))) {
                    Some((cells, total)) => {
                        let cell = self.cell(cells[i], total)?;
                        Some(chart::Value { value: cell.value, display: cell.display })
                    }
                    None => None,
                };
                Ok(chart::Row {
                    label: row.label.clone(),
                    current: chart::Value { value: row.cell.value, display: row.cell.display.clone() },
                    previous,
                })
            })
            .collect::<Result<Vec<_>, LookupError>>()?;
        // The first of equal largest values, in reading order.
        let largest = rows.iter().filter_map(|r| r.cell.value.map(|v| (v, &r.label))).fold(
            None,
            |best: Option<(u64, &String)>, (v, l)| match best {
                Some((b, _)) if b >= v => best,
                _ => Some((v, l)),
            },
        );
        let mut description = match largest {
            None => self.text("chart-desc-none", &[])?,
            Some((value, label)) if by_month => {
                let trend = self.text(trend(rows.iter().map(|r| r.cell.value).collect()), &[])?;
                self.text(
                    "chart-desc-months",
                    &[
                        ("label", label.clone().into()),
                        ("value", value.to_string().into()),
                        ("total", total.display.clone().into()),
                        ("trend", trend.into()),
                    ],
                )?
            }
            Some((value, label)) => self.text(
                "chart-desc-bars",
                &[
                    ("label", label.clone().into()),
                    ("value", value.to_string().into()),
                    ("total", total.display.clone().into()),
                ],
            )?,
        };
        if let (Some(before), Some(table)) = (previous, previous_table) {
            let total = self.cell(table.total, table.total)?;
            let sentence = self.text(
                "chart-desc-previous",
                &[("previous", before.year.to_string().into()), ("total", total.display.into())],
            )?;
            description = format!("{description} {sentence}");
        }
        Ok(chart::render(&chart::Spec {
            id: format!("{}-{}", self.stats.schema.tables[index].id, year.year),
            kind: if by_month { chart::Kind::Months } else { chart::Kind::Bars },
            lang: self.lang.to_string(),
            rtl: self.rtl,
            title: format!("{title} — {}", year.year),
            description,
            rows: chart_rows,
            legend: previous.map(|p| (year.year.to_string(), p.year.to_string())),
        }))
    }

    /// The sentence for a dataset's total, with the change from the year
    /// before when both years' totals are published.
    pub fn headline(&self, year: &YearStatistics, dataset: usize) -> Result<String, LookupError> {
        let name = &self.stats.schema.datasets[dataset].name;
        let year_arg = || -> fluent_bundle::FluentValue<'static> { year.year.to_string().into() };
        let mut sentence = match year.totals[dataset] {
            Cell::Published(count) => self
                .text(&format!("stats-headline-{name}"), &[("count", count.into()), ("year", year_arg())])?,
            _ => self.text(
                &format!("stats-headline-{name}-withheld"),
                &[("min", self.stats.min_count.to_string().into()), ("year", year_arg())],
            )?,
        };
        let previous = self.stats.years.get(&(year.year - 1)).map(|p| p.totals[dataset]);
        if let (Some(Cell::Published(before)), Cell::Published(now)) = (previous, year.totals[dataset])
            && before > 0
        {
            let change = ((now as f64 - before as f64) * 100.0 / before as f64).round() as i64;
            let signed = if change > 0 { format!("+{change}") } else { change.to_string() };
            let text = self.text(
                CHANGE_KEY,
                &[("percent", signed.into()), ("previous", (year.year - 1).to_string().into())],
            )?;
            sentence = format!("{sentence} {text}");
        }
        Ok(sentence)
    }

    pub fn year(&self, year: &YearStatistics) -> Result<YearView, LookupError> {
        Ok(YearView {
            year: year.year,
            title: self.text(YEAR_TITLE_KEY, &[("year", year.year.to_string().into())])?,
            synthetic: year.synthetic,
            headlines: (0..self.stats.schema.datasets.len())
                .map(|d| self.headline(year, d))
                .collect::<Result<_, _>>()?,
            tables: (0..self.stats.schema.tables.len())
                .map(|t| self.table(year, t))
                .collect::<Result<_, _>>()?,
            min_count: self.stats.min_count,
            max_small: self.stats.min_count - 1,
            smallest_breakdown: super::privacy::smallest_breakdown(self.stats.min_count),
        })
    }

    /// A dataset's total as displayed (for the `stat` shortcode).
    pub fn total(&self, year: &YearStatistics, dataset: usize) -> Result<CellView, LookupError> {
        self.cell(year.totals[dataset], Cell::Hidden)
    }
}

/// Whether a year's second half saw more than its first (by a tenth), from
/// published months only.
fn trend(months: Vec<Option<u64>>) -> &'static str {
    let half = |range: std::ops::Range<usize>| months[range].iter().flatten().sum::<u64>() as f64;
    let (first, second) = (half(0..6), half(6..12));
    if second > first * 1.1 {
        "chart-trend-up"
    } else if second < first * 0.9 {
        "chart-trend-down"
    } else {
        "chart-trend-flat"
    }
}
