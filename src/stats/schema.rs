//! `data/schema.yaml`: what the centre records, and what may be published.
//!
//! The schema is an allowlist. A column it does not declare stops the build,
//! so a spreadsheet that grew a "name" or "phone" column can never leak it.
//! Another centre changes this file, not the code.
//!
//! ```yaml
//! datasets:
//!   cases:                      # data/cases/*.csv or *.xlsx
//!     columns:
//!       month: { type: month }  # YYYY-MM, never a day
//!       age_band: { type: category, values: [under-18, 18-24] }
//!       services: { type: multi-category, values: [listening, shelter] }
//!       people: { type: count }
//! tables:                       # the only breakdowns ever computed
//!   - id: women-by-age-band     # labels: Fluent `stats-table-women-by-age-band`
//!     dataset: cases
//!     by: age_band              # category labels: `stats-age_band-<id>`
//!   - id: participants-by-kind
//!     dataset: activities
//!     by: kind
//!     sum: participants         # add up a count column instead of counting rows
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diagnostic::{Diagnostic, Diagnostics, Position};
use crate::messages::Message;
use crate::msg;
use crate::util::yaml;

pub const DATA_DIR: &str = "data";
pub const SCHEMA_FILE: &str = "schema.yaml";

/// The type of a column's cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ColumnType {
    /// `YYYY-MM`: the month of an event, never its day.
    Month,
    /// One id from `values`.
    Category,
    /// Several ids from `values`, separated by `|`.
    MultiCategory,
    /// A whole number ≥ 0 (participants of an activity).
    Count,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ColumnDef {
    #[serde(rename = "type")]
    pub kind: ColumnType,
    #[serde(default)]
    pub values: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetDef {
    /// What one row is, for people reading the schema; amal does not use it.
    #[allow(dead_code)]
    #[serde(default)]
    pub description: Option<String>,
    /// Column name → definition, in the order the schema lists them.
    pub columns: indexmap_like::OrderedMap<ColumnDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableDef {
    pub id: String,
    pub dataset: String,
    pub by: String,
    #[serde(default)]
    pub sum: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSchema {
    datasets: indexmap_like::OrderedMap<DatasetDef>,
    tables: Vec<TableDef>,
}

/// A validated column, with its position in its dataset.
#[derive(Debug, Clone)]
pub struct Column {
    pub name: String,
    pub kind: ColumnType,
    pub values: Vec<String>,
}

impl Column {
    /// Number of cells this column gives a table.
    pub fn categories(&self) -> usize {
        match self.kind {
            ColumnType::Month => 12,
            _ => self.values.len(),
        }
    }

    /// The Fluent key of category `index`'s label.
    pub fn label_key(&self, index: usize) -> String {
        match self.kind {
            ColumnType::Month => format!("month-{}", index + 1),
            _ => format!("stats-{}-{}", self.name, self.values[index]),
        }
    }

    /// The stable id of category `index`, for open data.
    pub fn category_id(&self, index: usize) -> String {
        match self.kind {
            ColumnType::Month => format!("{:02}", index + 1),
            _ => self.values[index].clone(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Dataset {
    pub name: String,
    pub columns: Vec<Column>,
    /// Index of the month column, which gives each row its year.
    pub month_column: usize,
}

impl Dataset {
    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name == name)
    }
}

/// A validated table definition, with column indexes resolved.
#[derive(Debug, Clone)]
pub struct Table {
    pub id: String,
    pub dataset: usize,
    pub by: usize,
    pub sum: Option<usize>,
}

#[derive(Debug, Clone)]
pub struct Schema {
    pub datasets: Vec<Dataset>,
    pub tables: Vec<Table>,
}

impl Schema {
    /// Reads `data/schema.yaml`; `Ok(None)` when the site has no `data/`.
    pub fn load(site: &Path) -> Result<Option<Schema>, Diagnostics> {
        let path = PathBuf::from(DATA_DIR).join(SCHEMA_FILE);
        let full = site.join(&path);
        if !site.join(DATA_DIR).is_dir() {
            return Ok(None);
        }
        let bytes = std::fs::read(&full).map_err(|_| {
            Diagnostics::from(
                Diagnostic::error(&path, msg!("stats-schema-missing"))
                    .hint(msg!("stats-schema-missing-hint")),
            )
        })?;
        let text = crate::util::reading::decode(bytes, &path)?;
        Schema::parse(&text, &path).map(Some)
    }

    pub fn parse(text: &str, path: &Path) -> Result<Schema, Diagnostics> {
        let raw: RawSchema = yaml::parse(text, path, 0)?;
        let mut errors = Diagnostics::new();
        let at = |needle: &str, message: Message| {
            let position = text.lines().enumerate().find_map(|(i, l)| {
                l.contains(needle)
                    .then(|| Position { line: i + 1, column: l.len() - l.trim_start().len() + 1 })
            });
            Diagnostic::error(path, message).with_position(position)
        };
        let mut datasets = Vec::new();
        for (name, def) in raw.datasets.iter() {
            let columns: Vec<Column> = def
                .columns
                .iter()
                .map(|(column, c)| Column { name: column.clone(), kind: c.kind, values: c.values.clone() })
                .collect();
            let months: Vec<usize> = columns
                .iter()
                .enumerate()
                .filter(|(_, c)| c.kind == ColumnType::Month)
                .map(|(i, _)| i)
                .collect();
            if months.len() != 1 {
                errors.push(
                    at(&format!("{name}:"), msg!("stats-schema-one-month-column", dataset = name))
                        .hint(msg!("stats-schema-one-month-column-hint")),
                );
            }
            for column in &columns {
                let needs_values = matches!(column.kind, ColumnType::Category | ColumnType::MultiCategory);
                if needs_values && column.values.is_empty() {
                    let message = msg!("stats-schema-no-values", column = &column.name);
                    errors.push(
                        at(&format!("{}:", column.name), message).hint(msg!("stats-schema-no-values-hint")),
                    );
                }
                if column.kind == ColumnType::MultiCategory && column.values.len() > 64 {
                    errors.push(at(
                        &format!("{}:", column.name),
                        msg!("stats-schema-too-many-values", column = &column.name),
                    ));
                }
                if !needs_values && !column.values.is_empty() {
                    errors.push(at(
                        &format!("{}:", column.name),
                        msg!("stats-schema-takes-no-values", column = &column.name),
                    ));
                }
                for value in &column.values {
                    if !is_id(value) {
                        errors.push(
                            at(value, msg!("stats-schema-not-a-category-id", value = value))
                                .hint(msg!("stats-schema-id-hint")),
                        );
                    }
                }
                if !is_id(&column.name.replace('_', "-")) {
                    let message = msg!("stats-schema-not-a-column-name", column = &column.name);
                    errors.push(at(&column.name, message));
                }
            }
            datasets.push(Dataset {
                name: name.clone(),
                columns,
                month_column: months.first().copied().unwrap_or(0),
            });
        }
        let mut tables = Vec::new();
        let mut ids = Vec::new();
        for def in &raw.tables {
            let here = |m: Message| at(&format!("id: {}", def.id), m);
            if ids.contains(&def.id) {
                errors.push(here(msg!("stats-schema-table-twice", table = &def.id)));
            }
            ids.push(def.id.clone());
            if !is_id(&def.id) {
                errors.push(here(msg!("stats-schema-not-a-table-id", table = &def.id)));
            }
            let Some(dataset) = datasets.iter().position(|d| d.name == def.dataset) else {
                errors.push(here(msg!(
                    "stats-schema-unknown-dataset",
                    table = &def.id,
                    dataset = &def.dataset
                )));
                continue;
            };
            let columns = &datasets[dataset];
            let Some(by) = columns.column(&def.by) else {
                errors.push(here(msg!(
                    "stats-schema-unknown-column",
                    table = &def.id,
                    column = &def.by,
                    dataset = &def.dataset
                )));
                continue;
            };
            if columns.columns[by].kind == ColumnType::Count {
                errors.push(here(msg!("stats-schema-by-count-column", table = &def.id, column = &def.by)));
            }
            let sum = match &def.sum {
                None => None,
                Some(name) => match columns.column(name) {
                    Some(i) if columns.columns[i].kind == ColumnType::Count => Some(i),
                    _ => {
                        errors.push(here(msg!(
                            "stats-schema-sum-not-a-count",
                            column = name,
                            dataset = &def.dataset
                        )));
                        None
                    }
                },
            };
            tables.push(Table { id: def.id.clone(), dataset, by, sum });
        }
        if errors.has_errors() {
            return Err(errors);
        }
        Ok(Schema { datasets, tables })
    }

    /// Every Fluent key the statistics need: table titles and category labels.
    pub fn label_keys(&self) -> Vec<String> {
        let mut keys = Vec::new();
        for table in &self.tables {
            keys.push(format!("stats-table-{}", table.id));
            let column = &self.datasets[table.dataset].columns[table.by];
            if column.kind != ColumnType::Month {
                keys.extend((0..column.categories()).map(|i| column.label_key(i)));
            }
        }
        keys.sort();
        keys.dedup();
        keys
    }
}

/// Lowercase ASCII letters, digits and hyphens, starting with a letter or
/// digit: an id goes into the open-data CSV, and a field starting with `-`
/// (or `=`, `+`, `@`) is read by spreadsheets as a formula.
fn is_id(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A string-keyed map that keeps the order of the YAML file.
pub mod indexmap_like {
    use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};

    #[derive(Debug, Clone)]
    pub struct OrderedMap<V>(pub Vec<(String, V)>);

    impl<V> OrderedMap<V> {
        pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
            self.0.iter().map(|(k, v)| (k, v))
        }
    }

    impl<'de, V: Deserialize<'de>> Deserialize<'de> for OrderedMap<V> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct Ordered<V>(std::marker::PhantomData<V>);
            impl<'de, V: Deserialize<'de>> Visitor<'de> for Ordered<V> {
                type Value = OrderedMap<V>;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("a mapping of names to definitions")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                    let mut entries = Vec::new();
                    while let Some((k, v)) = map.next_entry::<String, V>()? {
                        entries.push((k, v));
                    }
                    Ok(OrderedMap(entries))
                }
            }
            deserializer.deserialize_map(Ordered(std::marker::PhantomData))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCHEMA: &str = "datasets:\n  cases:\n    columns:\n      month: { type: month }\n      age_band: { type: category, values: [under-18, 18-24] }\n      services: { type: multi-category, values: [listening, shelter] }\ntables:\n  - id: women-by-age-band\n    dataset: cases\n    by: age_band\n";

    #[test]
    fn a_schema_resolves_its_tables() {
        let schema = Schema::parse(SCHEMA, Path::new("data/schema.yaml")).unwrap();
        assert_eq!(schema.datasets[0].columns.len(), 3);
        assert_eq!(schema.datasets[0].columns[1].name, "age_band", "YAML order is kept");
        assert_eq!(schema.tables[0].by, 1);
        assert_eq!(
            schema.label_keys(),
            ["stats-age_band-18-24", "stats-age_band-under-18", "stats-table-women-by-age-band"]
        );
    }

    #[test]
    fn tables_must_name_real_columns() {
        let text = SCHEMA.replace("by: age_band", "by: name");
        let errors = Schema::parse(&text, Path::new("data/schema.yaml")).unwrap_err().sorted();
        assert!(errors[0].to_string().contains("does not have"), "{}", errors[0]);
        assert_eq!(errors[0].line, Some(8));
    }

    #[test]
    fn an_id_a_spreadsheet_would_read_as_a_formula_is_refused() {
        // `-2+3` in an open-data CSV cell is a formula to Excel and LibreOffice.
        let text = SCHEMA.replace("values: [under-18, 18-24]", "values: [under-18, -2+3]");
        let errors = Schema::parse(&text, Path::new("data/schema.yaml")).unwrap_err().sorted();
        assert!(errors.iter().any(|e| e.to_string().contains("`-2+3` is not a category id")), "{errors:?}");
        let text = SCHEMA.replace("values: [under-18, 18-24]", "values: [under-18, -cmd]");
        assert!(Schema::parse(&text, Path::new("data/schema.yaml")).is_err());
    }

    #[test]
    fn unknown_column_types_are_errors() {
        let text = SCHEMA.replace("type: month", "type: date");
        assert!(Schema::parse(&text, Path::new("s.yaml")).is_err());
    }
}
