//! Annual statistics from the centre's anonymised records.
//!
//! The flow is one way: `schema` says what may exist, `load` reads and checks
//! every cell and counts, `privacy` turns counts into publishable cells, and
//! only then do pages, charts and open-data files see them. Raw counts never
//! leave this module.

pub mod chart;
pub mod identifiers;
pub mod load;
pub mod open_data;
pub mod privacy;
pub mod schema;
pub mod view;

use std::collections::BTreeMap;
use std::path::Path;

use crate::diagnostic::Diagnostics;
use privacy::{Cell, ProtectedTable, RawTable, Shape};
use schema::{ColumnType, Schema};

/// One year's publishable figures.
#[derive(Debug, Clone)]
pub struct YearStatistics {
    pub year: u16,
    /// Whether sample (synthetic) data went into these figures.
    pub synthetic: bool,
    /// Per dataset: its number of rows (women received, activities held).
    pub totals: Vec<Cell>,
    /// Per table of the schema.
    pub tables: Vec<ProtectedTable>,
}

/// Everything the site may publish about its data.
#[derive(Debug, Clone)]
pub struct Statistics {
    pub schema: Schema,
    pub min_count: u64,
    pub years: BTreeMap<u16, YearStatistics>,
}

impl Statistics {
    /// Loads, validates and protects the site's data; `Ok(None)` when the
    /// site has no `data/` folder.
    pub fn load(site: &Path, min_count: u64) -> Result<(Option<Statistics>, Diagnostics), Diagnostics> {
        let Some(schema) = Schema::load(site)? else {
            return Ok((None, Diagnostics::new()));
        };
        let (counts, diagnostics) = load::load(site, &schema);
        if diagnostics.has_errors() {
            return Err(diagnostics);
        }
        let years = counts
            .years
            .into_iter()
            .map(|(year, counts)| (year, protect_year(&schema, year, &counts, min_count)))
            .collect();
        Ok((Some(Statistics { schema, min_count, years }), diagnostics))
    }

    pub fn year(&self, year: u16) -> Option<&YearStatistics> {
        self.years.get(&year)
    }

    pub fn table_index(&self, id: &str) -> Option<usize> {
        self.schema.tables.iter().position(|t| t.id == id)
    }

    pub fn dataset_index(&self, name: &str) -> Option<usize> {
        self.schema.datasets.iter().position(|d| d.name == name)
    }
}

/// Applies the privacy rules to a year: every table of a dataset shares its
/// published total, so each is protected on its own (see `privacy`).
fn protect_year(schema: &Schema, year: u16, counts: &load::YearCounts, min: u64) -> YearStatistics {
    let tables = schema
        .tables
        .iter()
        .enumerate()
        .map(|(i, table)| {
            let column = &schema.datasets[table.dataset].columns[table.by];
            let rows = counts.rows[table.dataset];
            let total = if table.sum.is_some() { counts.sums[i] } else { rows };
            let shape =
                if column.kind == ColumnType::MultiCategory { Shape::Overlapping } else { Shape::Exclusive };
            privacy::protect(&RawTable::new(counts.cells[i].clone(), total, shape), rows, min)
        })
        .collect();
    let totals = counts.rows.iter().map(|&rows| privacy::total(rows, min)).collect();
    YearStatistics { year, synthetic: counts.synthetic, totals, tables }
}
