//! Reading the centre's data files, as spreadsheets export them, one row at a
//! time: every cell is checked before it is counted, and no value is ever
//! echoed in a message.
//!
//! CSV: UTF-8 with or without a byte-order mark, comma or semicolon, LF or
//! CRLF, blank lines, and `#` comment lines (a first line `# synthetic …`
//! marks sample data). `.xlsx`: the first sheet, read with calamine.

use std::collections::BTreeMap;
use std::path::Path;

use walkdir::WalkDir;

use super::identifiers;
use super::schema::{ColumnType, DATA_DIR, Dataset, Schema};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::{Message, io_reason};
use crate::msg;

/// Stop listing a file's cell errors after this many; one more line says how many were left out.
const MAX_ERRORS_PER_FILE: usize = 20;

/// Raw counts for one year. Private to the statistics module: only
/// `privacy::protect` turns them into something publishable.
#[derive(Debug, Clone, Default)]
pub struct YearCounts {
    /// Rows per dataset.
    pub rows: Vec<u64>,
    /// Per table: one count (or sum) per category.
    pub cells: Vec<Vec<u64>>,
    /// Per table: the sum column's total over all rows (sum tables only).
    pub sums: Vec<u64>,
    /// Whether any file with rows for this year is marked synthetic.
    pub synthetic: bool,
}

/// Everything counted, by year.
#[derive(Debug, Default)]
pub struct Counts {
    pub years: BTreeMap<u16, YearCounts>,
}

/// A parsed cell. `Copy`, so a row needs no allocation.
#[derive(Clone, Copy)]
enum Value {
    Missing,
    Month(u16, u8),
    Category(usize),
    /// A bit per allowed id (the schema allows at most 64).
    Categories(u64),
    Count(u64),
}

/// Reads every data file of every dataset.
pub fn load(site: &Path, schema: &Schema) -> (Counts, Diagnostics) {
    let mut diagnostics = Diagnostics::new();
    let mut counts = Counts::default();
    for (index, dataset) in schema.datasets.iter().enumerate() {
        let folder = Path::new(DATA_DIR).join(&dataset.name);
        if !site.join(&folder).is_dir() {
            diagnostics.push(
                Diagnostic::warning(&folder, msg!("stats-no-data-files", dataset = &dataset.name))
                    .hint(msg!("stats-no-data-files-hint", folder = folder.display())),
            );
            continue;
        }
        for entry in WalkDir::new(site.join(&folder)).sort_by_file_name().into_iter().filter_map(Result::ok) {
            let name = entry.file_name().to_string_lossy().to_string();
            let relative = folder.join(entry.path().strip_prefix(site.join(&folder)).unwrap_or(entry.path()));
            if let Some(refused) = crate::util::reading::not_utf8_name(&relative) {
                diagnostics.push(refused);
                continue;
            }
            if !entry.file_type().is_file()
                && !entry.file_type().is_dir()
                && let Some(refused) = crate::util::reading::not_a_file(entry.path(), &relative)
            {
                diagnostics.push(refused);
                continue;
            }
            if !entry.file_type().is_file()
                || crate::util::reading::is_ignored(&name)
                || name.starts_with("~$")
            {
                continue;
            }
            let extension = entry.path().extension().map(|e| e.to_string_lossy().to_ascii_lowercase());
            let mut file = FileReader::new(&relative, schema, index, &mut counts);
            match extension.as_deref() {
                Some("csv") => file.read_csv(entry.path()),
                Some("xlsx") => file.read_xlsx(entry.path()),
                _ => file.error(
                    Diagnostic::error(&relative, msg!("stats-not-csv-or-xlsx"))
                        .hint(msg!("stats-not-csv-or-xlsx-hint")),
                ),
            }
            diagnostics.extend(file.finish());
        }
    }
    (counts, diagnostics)
}

struct FileReader<'a> {
    path: &'a Path,
    schema: &'a Schema,
    dataset_index: usize,
    dataset: &'a Dataset,
    counts: &'a mut Counts,
    diagnostics: Vec<Diagnostic>,
    suppressed_errors: usize,
    synthetic: bool,
    /// File column → schema column.
    mapping: Vec<usize>,
    /// Tables of this dataset.
    tables: Vec<usize>,
    /// The current row's values, reused from row to row.
    values: Vec<Value>,
    /// Per schema column: its allowed ids, indexed for the per-cell lookup.
    ids: Vec<IdIndex>,
}

impl<'a> FileReader<'a> {
    fn new(path: &'a Path, schema: &'a Schema, dataset_index: usize, counts: &'a mut Counts) -> Self {
        let tables = schema
            .tables
            .iter()
            .enumerate()
            .filter(|(_, t)| t.dataset == dataset_index)
            .map(|(i, _)| i)
            .collect();
        FileReader {
            path,
            schema,
            dataset_index,
            dataset: &schema.datasets[dataset_index],
            counts,
            diagnostics: Vec::new(),
            suppressed_errors: 0,
            synthetic: false,
            mapping: Vec::new(),
            tables,
            values: Vec::new(),
            ids: schema.datasets[dataset_index].columns.iter().map(|c| IdIndex::new(&c.values)).collect(),
        }
    }

    fn error(&mut self, d: Diagnostic) {
        if self.diagnostics.len() < MAX_ERRORS_PER_FILE {
            self.diagnostics.push(d);
        } else {
            self.suppressed_errors += 1;
        }
    }

    fn finish(mut self) -> Vec<Diagnostic> {
        if self.suppressed_errors > 0 {
            self.diagnostics.push(
                Diagnostic::error(self.path, msg!("stats-more-errors", count = self.suppressed_errors))
                    .hint(msg!("stats-more-errors-hint")),
            );
        }
        self.diagnostics
    }

    /// Checks the header; returns false when the file cannot be read further.
    fn header(&mut self, names: &[String], line: usize) -> bool {
        self.mapping.clear();
        // A first row that names no declared column is data, not a header
        // (an export without its header row): its cells are never named.
        let clean = |raw: &String| raw.trim().trim_start_matches('\u{feff}').to_string();
        if !names.iter().any(|raw| self.dataset.column(&clean(raw)).is_some()) {
            self.error(
                Diagnostic::error(self.path, msg!("stats-no-header-row"))
                    .at_line(line)
                    .hint(msg!("stats-no-header-row-hint")),
            );
            return false;
        }
        let mut ok = true;
        for (i, raw) in names.iter().enumerate() {
            let name = raw.trim().trim_start_matches('\u{feff}');
            match self.dataset.column(name) {
                Some(c) if self.mapping.contains(&c) => {
                    let message = msg!("stats-column-repeated", position = i + 1, name = name);
                    self.error(Diagnostic::error(self.path, message).at_line(line));
                    ok = false;
                }
                Some(c) => self.mapping.push(c),
                None => {
                    // The name is a header, not a value: naming it helps and reveals nothing.
                    let message = if identifiers::detect(name).is_some() {
                        msg!("stats-column-number-not-declared", position = i + 1)
                    } else {
                        msg!("stats-column-not-declared", name = name)
                    };
                    let declared =
                        self.dataset.columns.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", ");
                    self.error(
                        Diagnostic::error(self.path, message)
                            .at_line(line)
                            .hint(msg!("stats-column-not-declared-hint", columns = declared)),
                    );
                    ok = false;
                }
            }
        }
        for (i, column) in self.dataset.columns.iter().enumerate() {
            if !self.mapping.contains(&i) {
                self.error(
                    Diagnostic::error(self.path, msg!("stats-column-missing", name = &column.name))
                        .at_line(line)
                        .hint(msg!("stats-column-missing-hint")),
                );
                ok = false;
            }
        }
        ok
    }

    /// Validates one row's cells (as text or as a spreadsheet date) and counts it.
    fn row(&mut self, cells: &impl Cells, line: usize) {
        if (0..cells.len()).all(|i| cells.cell(i).is_blank()) {
            return;
        }
        if cells.len() != self.mapping.len() {
            // A quote never closed swallows the following lines into one cell.
            let unclosed =
                (0..cells.len()).any(|i| matches!(cells.cell(i), CellRef::Text(t) if t.contains('\n')));
            let (message, hint) = if unclosed {
                (msg!("stats-quote-not-closed"), msg!("stats-quote-not-closed-hint"))
            } else {
                (
                    msg!("stats-row-cell-count", cells = cells.len(), columns = self.mapping.len()),
                    msg!("stats-row-cell-count-hint"),
                )
            };
            self.error(Diagnostic::error(self.path, message).at_line(line).hint(hint));
            return;
        }
        let mut values = std::mem::take(&mut self.values);
        values.clear();
        values.resize(self.dataset.columns.len(), Value::Missing);
        let mut valid = true;
        for position in 0..cells.len() {
            let column_index = self.mapping[position];
            match self.parse_cell(&cells.cell(position), column_index) {
                Ok(value) => values[column_index] = value,
                Err(refused) => {
                    let column = &self.dataset.columns[column_index].name;
                    let hint = refused.hint();
                    let message = msg!("stats-cell-refused", column = column, reason = refused.message());
                    self.error(Diagnostic::error(self.path, message).at_line(line).hint(hint));
                    valid = false;
                }
            }
        }
        if valid {
            self.count(&values);
        }
        self.values = values;
    }

    fn parse_cell(&self, cell: &CellRef, column_index: usize) -> Result<Value, CellError> {
        let column = &self.dataset.columns[column_index];
        let text = match cell {
            CellRef::Date { year, month, day } => {
                return if column.kind == ColumnType::Month && *day == 1 {
                    Ok(Value::Month(*year, *month))
                } else {
                    Err(CellError::Identifier(msg!("stats-cell-exact-date")))
                };
            }
            CellRef::Text(t) => trim(t),
        };
        // A cell is accepted only as an allowed id, a YYYY-MM month or a
        // number of at most 7 digits, none of which can be an identifier; on
        // any other cell the detector runs, so the message says what the
        // cell looks like. (Running it on every cell would double the time.)
        let parsed = match column.kind {
            ColumnType::Month => {
                parse_month(text).map(|(y, m)| Value::Month(y, m)).map_err(CellError::Invalid)
            }
            ColumnType::Category if text.is_empty() => Err(CellError::Invalid(msg!("stats-cell-empty"))),
            ColumnType::Category => self.ids[column_index]
                .find(text)
                .map(Value::Category)
                .ok_or_else(|| CellError::NotAllowed(msg!("stats-cell-not-allowed"))),
            ColumnType::MultiCategory => {
                let mut ids = 0u64;
                for part in SplitBar(Some(text)).map(trim).filter(|p| !p.is_empty()) {
                    match self.ids[column_index].find(part) {
                        Some(i) => ids |= 1 << i,
                        None => {
                            return Err(identifier_or(
                                text,
                                CellError::NotAllowed(msg!("stats-cell-id-not-allowed")),
                            ));
                        }
                    }
                }
                Ok(Value::Categories(ids))
            }
            ColumnType::Count if text.len() <= 7 => text
                .parse::<u64>()
                .map(Value::Count)
                .map_err(|_| CellError::Invalid(msg!("stats-cell-not-a-number"))),
            ColumnType::Count => Err(CellError::Invalid(msg!("stats-cell-too-many-digits"))),
        };
        parsed.map_err(|refused| identifier_or(text, refused))
    }

    fn count(&mut self, values: &[Value]) {
        let Value::Month(year, _) = values[self.dataset.month_column] else {
            return;
        };
        let schema = self.schema;
        let counts = self.counts.years.entry(year).or_insert_with(|| YearCounts {
            rows: vec![0; schema.datasets.len()],
            cells: schema
                .tables
                .iter()
                .map(|t| vec![0; schema.datasets[t.dataset].columns[t.by].categories()])
                .collect(),
            sums: vec![0; schema.tables.len()],
            synthetic: false,
        });
        counts.synthetic |= self.synthetic;
        counts.rows[self.dataset_index] += 1;
        for &t in &self.tables {
            let table = &schema.tables[t];
            let weight = match table.sum.map(|s| values[s]) {
                Some(Value::Count(n)) => n,
                _ => 1,
            };
            if table.sum.is_some() {
                counts.sums[t] += weight;
            }
            match values[table.by] {
                Value::Month(_, m) => counts.cells[t][usize::from(m) - 1] += weight,
                Value::Category(i) => counts.cells[t][i] += weight,
                Value::Categories(mut ids) => {
                    while ids != 0 {
                        counts.cells[t][ids.trailing_zeros() as usize] += weight;
                        ids &= ids - 1;
                    }
                }
                _ => {}
            }
        }
    }

    fn read_csv(&mut self, full: &Path) {
        match std::fs::File::open(full) {
            Ok(file) => self.read_csv_from(file),
            Err(e) => self.error(Diagnostic::error(self.path, cannot_read(&e))),
        }
    }

    /// Streams CSV: memory stays flat however many rows it has.
    fn read_csv_from<R: std::io::Read>(&mut self, input: R) {
        use std::io::BufRead;
        let mut input = std::io::BufReader::with_capacity(1 << 16, input);
        let head = match input.fill_buf() {
            Ok(head) => head,
            Err(e) => return self.error(Diagnostic::error(self.path, cannot_read(&e))),
        };
        let bom = head.starts_with(b"\xEF\xBB\xBF");
        let prefix = String::from_utf8_lossy(&head[if bom { 3 } else { 0 }..]).to_string();
        if bom {
            input.consume(3);
        }
        let first = prefix.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("");
        self.synthetic = is_synthetic_marker(first);
        let header_line =
            prefix.lines().map(str::trim).find(|l| !l.is_empty() && !l.starts_with('#')).unwrap_or("");
        if header_line.is_empty() {
            return self.error(
                Diagnostic::error(self.path, msg!("stats-no-header-row"))
                    .hint(msg!("stats-no-header-row-hint")),
            );
        }
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(sniff_delimiter(header_line))
            .comment(Some(b'#'))
            .flexible(true)
            .has_headers(false)
            .from_reader(input);
        let mut record = csv::ByteRecord::new();
        let mut header_seen = false;
        loop {
            match reader.read_byte_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {
                    let line = record.position().map_or(0, |p| p.line() as usize);
                    let Some(cells) = CsvRow::new(&record) else {
                        self.error(
                            Diagnostic::error(self.path, msg!("stats-row-not-utf8"))
                                .at_line(line)
                                .hint(msg!("stats-export-csv-utf8-hint")),
                        );
                        continue;
                    };
                    if header_seen {
                        self.row(&cells, line);
                    } else if !(0..cells.len()).all(|i| cells.cell(i).is_blank()) {
                        header_seen = true;
                        let names: Vec<String> =
                            (0..cells.len()).map(|i| cells.cell(i).text().to_string()).collect();
                        if !self.header(&names, line) {
                            return;
                        }
                    }
                }
                Err(e) => {
                    self.error(csv_error(self.path, &e));
                    break;
                }
            }
        }
    }

    fn read_xlsx(&mut self, full: &Path) {
        use calamine::{DataRef, Reader};
        let corrupt = |path: &Path, e: &dyn std::fmt::Display| {
            Diagnostic::error(path, msg!("stats-workbook-unreadable", detail = e.to_string()))
                .hint(msg!("stats-workbook-unreadable-hint"))
        };
        // Before calamine allocates anything the file declares.
        if let Err(message) = workbook_limits::check(full) {
            let refused = Diagnostic::error(self.path, message).hint(msg!("stats-workbook-refused-hint"));
            return self.error(refused);
        }
        let mut workbook: calamine::Xlsx<_> = match calamine::open_workbook(full) {
            Ok(w) => w,
            Err(e) => return self.error(corrupt(self.path, &e)),
        };
        let Some(name) = workbook.sheet_names().first().cloned() else {
            return self.error(Diagnostic::error(self.path, msg!("stats-workbook-no-sheet")));
        };
        // Cells are streamed row by row: a sheet with one cell at A1 and one
        // at XFD1048576 must not become a grid of 17 billion cells.
        let mut reader = match workbook.worksheet_cells_reader(&name) {
            Ok(r) => r,
            Err(e) => return self.error(corrupt(self.path, &e)),
        };
        let mut rows: Vec<(usize, Vec<CellText>)> = Vec::new();
        let mut current: Option<(u32, Vec<CellText>)> = None;
        let mut header_seen = false;
        let mut first_row = true;
        loop {
            let cell = match reader.next_cell() {
                Ok(Some(cell)) => cell,
                Ok(None) => break,
                Err(e) => return self.error(corrupt(self.path, &e)),
            };
            let (row, column) = cell.get_position();
            let text = match cell.get_value() {
                DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => {
                    CellText::Text(s.clone())
                }
                DataRef::SharedString(s) => CellText::Text(s.to_string()),
                DataRef::Int(i) => CellText::Text(i.to_string()),
                DataRef::Float(f) if f.fract() == 0.0 => CellText::Text(format!("{f:.0}")),
                DataRef::Float(f) => CellText::Text(f.to_string()),
                DataRef::Bool(b) => CellText::Text(b.to_string()),
                DataRef::DateTime(dt) => {
                    let (year, month, day, ..) = dt.to_ymd_hms_milli();
                    CellText::Date { year, month, day }
                }
                DataRef::Error(_) => CellText::Text("#ERROR".into()),
                DataRef::Empty => continue,
            };
            if column as usize >= workbook_limits::COLUMNS {
                let message = msg!("stats-cell-beyond-column", columns = workbook_limits::COLUMNS);
                let at = Diagnostic::error(self.path, message).at_line(row as usize + 1);
                return self.error(at.hint(msg!("stats-cell-beyond-column-hint")));
            }
            match &mut current {
                Some((r, cells)) if *r == row => put(cells, column as usize, text),
                Some((r, _)) if *r > row => {
                    let at = Diagnostic::error(self.path, msg!("stats-rows-out-of-order"))
                        .at_line(row as usize + 1)
                        .hint(msg!("stats-rows-out-of-order-hint"));
                    return self.error(at);
                }
                _ => {
                    if let Some((r, cells)) = current.take() {
                        rows.push((r as usize + 1, cells));
                    }
                    let mut cells = Vec::new();
                    put(&mut cells, column as usize, text);
                    current = Some((row, cells));
                }
            }
            // Rows are handled as they complete, so memory stays flat.
            for (line, cells) in rows.drain(..) {
                if !self.xlsx_row(line, cells, &mut header_seen, &mut first_row) {
                    return;
                }
            }
        }
        if let Some((r, cells)) = current.take()
            && !self.xlsx_row(r as usize + 1, cells, &mut header_seen, &mut first_row)
        {
            return;
        }
        if !header_seen {
            self.error(
                Diagnostic::error(self.path, msg!("stats-sheet-no-header-row"))
                    .hint(msg!("stats-no-header-row-hint")),
            );
        }
    }

    /// One row of a workbook; `false` when reading must stop.
    fn xlsx_row(
        &mut self,
        line: usize,
        cells: Vec<CellText>,
        header_seen: &mut bool,
        first_row: &mut bool,
    ) -> bool {
        let is_first = std::mem::replace(first_row, false);
        let first = match cells.first() {
            Some(CellText::Text(t)) => t.trim().to_string(),
            _ => String::new(),
        };
        if first.starts_with('#') {
            if is_first {
                self.synthetic = is_synthetic_marker(&first);
            }
            return true;
        }
        if !*header_seen {
            if cells.iter().all(|c| matches!(c, CellText::Text(t) if t.trim().is_empty())) {
                return true;
            }
            *header_seen = true;
            let mut names: Vec<String> = cells
                .iter()
                .map(|c| match c {
                    CellText::Text(t) => t.clone(),
                    CellText::Date { .. } => "date".into(),
                })
                .collect();
            while names.last().is_some_and(|n| n.trim().is_empty()) {
                names.pop();
            }
            return self.header(&names, line);
        }
        let mut cells = cells;
        // Spreadsheets pad rows to the widest one; trailing empty cells are not data.
        while cells.len() > self.mapping.len()
            && matches!(cells.last(), Some(CellText::Text(t)) if t.trim().is_empty())
        {
            cells.pop();
        }
        let refs: Vec<CellRef> = cells.iter().map(CellText::as_ref).collect();
        self.row(&refs.as_slice(), line);
        true
    }
}

/// Sets the cell at `column`, padding the row with empty cells before it.
fn put(cells: &mut Vec<CellText>, column: usize, text: CellText) {
    if cells.len() <= column {
        cells.resize_with(column + 1, || CellText::Text(String::new()));
    }
    cells[column] = text;
}

/// What a workbook may hold before amal reads it, checked on the file
/// itself: declared sizes can lie, so each part is inflated and counted.
mod workbook_limits {
    use std::io::Read;
    use std::path::Path;

    use crate::messages::Message;
    use crate::msg;

    /// No real export of the schema's few columns comes near this.
    pub const COLUMNS: usize = 1024;
    /// Per part of the workbook, once unpacked (a sheet of a million rows of
    /// the centre's columns is about 100 MB).
    const PART: u64 = 256 << 20;
    /// The whole workbook, unpacked.
    const TOTAL: u64 = 512 << 20;

    pub fn check(full: &Path) -> Result<(), Message> {
        let file = std::fs::File::open(full).map_err(|e| super::cannot_read(&e))?;
        // What is not a zip at all is calamine's to report, as it always was.
        let Ok(mut zip) = zip::ZipArchive::new(file) else { return Ok(()) };
        let mut total = 0u64;
        for i in 0..zip.len() {
            let mut part = zip.by_index(i).map_err(unreadable)?;
            let name = part.name().map(|n| n.to_string()).unwrap_or_default();
            let mut counted = CountingSink(0);
            std::io::copy(&mut (&mut part).take(PART + 1), &mut counted).map_err(unreadable)?;
            if counted.0 > PART {
                return Err(msg!("stats-workbook-part-too-large", megabytes = PART >> 20, part = name));
            }
            total += counted.0;
            if total > TOTAL {
                return Err(msg!("stats-workbook-too-large", megabytes = TOTAL >> 20));
            }
            drop(part);
            if name == "xl/sharedStrings.xml" {
                shared_strings_fit(&mut zip, i, counted.0)?;
            }
        }
        Ok(())
    }

    /// Why the workbook cannot be read, in the zip library's words.
    fn unreadable(error: impl std::fmt::Display) -> Message {
        msg!("stats-workbook-unreadable", detail = error.to_string())
    }

    /// calamine sets room aside for the strings the workbook says it holds;
    /// each takes at least `<si><t/></si>` (12 bytes) of the part.
    fn shared_strings_fit(
        zip: &mut zip::ZipArchive<std::fs::File>,
        index: usize,
        size: u64,
    ) -> Result<(), Message> {
        let mut head = Vec::new();
        let part = zip.by_index(index).map_err(unreadable)?;
        part.take(4096).read_to_end(&mut head).map_err(unreadable)?;
        let head = String::from_utf8_lossy(&head);
        for attribute in ["uniqueCount=\"", "count=\""] {
            if let Some(at) = head.find(attribute) {
                let digits: String =
                    head[at + attribute.len()..].chars().take_while(char::is_ascii_digit).collect();
                let declared: u64 = digits.parse().unwrap_or(u64::MAX);
                if declared > size / 12 + 1 {
                    return Err(msg!("stats-workbook-declares-too-many", declared = digits));
                }
            }
        }
        Ok(())
    }

    struct CountingSink(u64);

    impl std::io::Write for CountingSink {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0 += bytes.len() as u64;
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
}

/// Validates and counts one CSV export of the dataset at `dataset`, as
/// [`load`] does for each file (for fuzzing and tests).
pub fn load_csv(schema: &Schema, dataset: usize, bytes: &[u8]) -> (Counts, Vec<Diagnostic>) {
    let mut counts = Counts::default();
    let mut file = FileReader::new(Path::new("data.csv"), schema, dataset, &mut counts);
    file.read_csv_from(bytes);
    let diagnostics = file.finish();
    (counts, diagnostics)
}

/// Validates and counts one `.xlsx` export at `full`, as [`load`] does
/// for each file (for fuzzing and tests).
pub fn load_xlsx(schema: &Schema, dataset: usize, full: &Path) -> (Counts, Vec<Diagnostic>) {
    let mut counts = Counts::default();
    let mut file = FileReader::new(Path::new("data.xlsx"), schema, dataset, &mut counts);
    file.read_xlsx(full);
    let diagnostics = file.finish();
    (counts, diagnostics)
}

/// A spreadsheet cell as read, before validation.
enum CellText {
    Text(String),
    /// A spreadsheet date cell (only its parts, never echoed).
    Date {
        year: u16,
        month: u8,
        day: u8,
    },
}

impl CellText {
    fn as_ref(&self) -> CellRef<'_> {
        match self {
            CellText::Text(t) => CellRef::Text(t),
            CellText::Date { year, month, day } => CellRef::Date { year: *year, month: *month, day: *day },
        }
    }
}

/// A cell borrowed from the file's buffer.
#[derive(Clone, Copy)]
enum CellRef<'a> {
    Text(&'a str),
    Date { year: u16, month: u8, day: u8 },
}

impl CellRef<'_> {
    fn text(&self) -> &str {
        match self {
            CellRef::Text(t) => t,
            CellRef::Date { .. } => "date",
        }
    }

    fn is_blank(&self) -> bool {
        matches!(self, CellRef::Text(t) if trim(t).is_empty())
    }
}

/// One row's cells, however the file stores them.
trait Cells {
    fn len(&self) -> usize;
    fn cell(&self, i: usize) -> CellRef<'_>;
}

impl Cells for &[CellRef<'_>] {
    fn len(&self) -> usize {
        <[CellRef]>::len(self)
    }

    fn cell(&self, i: usize) -> CellRef<'_> {
        self[i]
    }
}

/// A CSV row whose fields are all UTF-8 text, borrowed from the reader's
/// record: no allocation per row.
struct CsvRow<'r> {
    text: &'r str,
    record: &'r csv::ByteRecord,
}

impl<'r> CsvRow<'r> {
    /// None when the row is not UTF-8. One check per row, then each field
    /// must start and end on a character boundary: invalid fields can join
    /// into valid text (found by fuzzing).
    fn new(record: &'r csv::ByteRecord) -> Option<Self> {
        let text = simdutf8::basic::from_utf8(record.as_slice()).ok()?;
        let bounded = (0..record.len()).all(|i| {
            record.range(i).is_some_and(|r| text.is_char_boundary(r.start) && text.is_char_boundary(r.end))
        });
        bounded.then_some(CsvRow { text, record })
    }
}

impl Cells for CsvRow<'_> {
    fn len(&self) -> usize {
        self.record.len()
    }

    fn cell(&self, i: usize) -> CellRef<'_> {
        CellRef::Text(self.record.range(i).map_or("", |r| &self.text[r]))
    }
}

/// A column's allowed ids, grouped by byte length: this lookup runs for
/// every cell of every row, and most candidates differ in length or first byte.
struct IdIndex {
    /// By length: (first byte, the id's text, its position among the allowed ids).
    by_length: Vec<Vec<(u8, Box<str>, usize)>>,
}

impl IdIndex {
    fn new(values: &[String]) -> Self {
        let mut by_length: Vec<Vec<(u8, Box<str>, usize)>> = Vec::new();
        for (i, v) in values.iter().enumerate() {
            let Some(&first) = v.as_bytes().first() else { continue };
            if by_length.len() <= v.len() {
                by_length.resize_with(v.len() + 1, Vec::new);
            }
            by_length[v.len()].push((first, v.as_str().into(), i));
        }
        IdIndex { by_length }
    }

    /// The position of `id` among the allowed ids.
    fn find(&self, id: &str) -> Option<usize> {
        let first = *id.as_bytes().first()?;
        self.by_length.get(id.len())?.iter().find(|(f, v, _)| *f == first && **v == *id).map(|&(_, _, i)| i)
    }
}

/// `str::trim`, without its Unicode scan on the usual cell that has no
/// space at either end.
fn trim(text: &str) -> &str {
    match (text.as_bytes().first(), text.as_bytes().last()) {
        (Some(a), Some(z)) if a.is_ascii_graphic() && z.is_ascii_graphic() => text,
        _ => text.trim(),
    }
}

/// The parts of a multi-category cell, between `|`: a byte loop, as the
/// parts are a few characters long.
struct SplitBar<'a>(Option<&'a str>);

impl<'a> Iterator for SplitBar<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.0?;
        match rest.bytes().position(|b| b == b'|') {
            Some(i) => {
                self.0 = Some(&rest[i + 1..]);
                Some(&rest[..i])
            }
            None => {
                self.0 = None;
                Some(rest)
            }
        }
    }
}

/// Why a cell was refused; its kind chooses the hint.
#[derive(Debug)]
enum CellError {
    /// It looks like a direct identifier (never echoed).
    Identifier(Message),
    /// An id the schema does not list for the column.
    NotAllowed(Message),
    /// Any other value the column cannot take.
    Invalid(Message),
}

impl CellError {
    /// What is wrong with the cell, shown inside the message that names its column.
    fn message(self) -> Message {
        match self {
            CellError::Identifier(m) | CellError::NotAllowed(m) | CellError::Invalid(m) => m,
        }
    }

    fn hint(&self) -> Message {
        match self {
            CellError::Identifier(_) => msg!("stats-cell-identifier-hint"),
            CellError::NotAllowed(_) => msg!("stats-cell-not-allowed-hint"),
            CellError::Invalid(_) => msg!("stats-cell-invalid-hint"),
        }
    }
}

/// The refusal, unless the cell looks like a direct identifier: that is
/// said instead, whatever else is wrong with it.
fn identifier_or(text: &str, refused: CellError) -> CellError {
    match identifiers::detect(text) {
        Some(kind) => CellError::Identifier(msg!("stats-cell-looks-like", kind = kind.message())),
        None => refused,
    }
}

fn is_synthetic_marker(line: &str) -> bool {
    line.starts_with('#') && line.to_ascii_lowercase().contains("synthetic")
}

/// `;` when the header has more semicolons than commas outside quotes.
fn sniff_delimiter(header: &str) -> u8 {
    let mut quoted = false;
    let (mut commas, mut semicolons) = (0, 0);
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semicolons += 1,
            _ => {}
        }
    }
    if semicolons > commas { b';' } else { b',' }
}

fn parse_month(text: &str) -> Result<(u16, u8), Message> {
    let bad = || msg!("stats-cell-not-a-month");
    let (y, m) = text.split_once('-').ok_or_else(bad)?;
    if y.len() != 4 || m.len() != 2 {
        return Err(bad());
    }
    let year: u16 = y.parse().map_err(|_| bad())?;
    let month: u8 = m.parse().map_err(|_| bad())?;
    if !(2000..=2100).contains(&year) || !(1..=12).contains(&month) {
        return Err(bad());
    }
    Ok((year, month))
}

fn cannot_read(error: &std::io::Error) -> Message {
    msg!("stats-cannot-read", reason = io_reason(error))
}

fn csv_error(path: &Path, error: &csv::Error) -> Diagnostic {
    let line = error.position().map(|p| p.line() as usize);
    let message = match error.kind() {
        csv::ErrorKind::Utf8 { .. } => msg!("stats-csv-not-utf8"),
        _ => msg!("stats-csv-invalid"),
    };
    let d = Diagnostic::error(path, message).hint(msg!("stats-export-csv-utf8-hint"));
    match line {
        Some(l) => d.at_line(l),
        None => d,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiters_are_sniffed_outside_quotes() {
        assert_eq!(sniff_delimiter("month;age_band;services"), b';');
        assert_eq!(sniff_delimiter("month,age_band,\"a;b;c\""), b',');
    }

    #[test]
    fn invalid_fields_that_join_into_valid_utf8_are_refused() {
        // Found by fuzzing: "\xf3" and "\xa0\xab\xa0" are each invalid but
        // together valid, which once split a character in two and panicked.
        let schema =
            Schema::parse(include_str!("../../data/schema.yaml"), Path::new("data/schema.yaml")).unwrap();
        let (_, errors) = load_csv(&schema, 0, b",\xf3,\xa0\xab\xa0");
        assert!(errors.iter().any(|d| d.message.to_string().contains("not valid UTF-8")), "{errors:?}");
    }

    #[test]
    fn ids_are_found_whole_and_exact() {
        let values: Vec<String> =
            ["reception", "listening", "shelter", "awareness"].iter().map(|v| v.to_string()).collect();
        let ids = IdIndex::new(&values);
        assert_eq!(ids.find("listening"), Some(1));
        assert_eq!(ids.find("awareness"), Some(3));
        assert_eq!(ids.find("shelte"), None);
        assert_eq!(ids.find("Shelter"), None);
        assert_eq!(ids.find("a-very-long-id-longer-than-any"), None);
        assert_eq!(ids.find(""), None);
    }

    #[test]
    fn cells_are_trimmed_as_str_trim_does() {
        for cell in ["x", " x", "x ", "\u{a0}x\u{a0}", "\tx\r", "", "  ", "تيفلت", " ⵜⵉⴼⵍⵜ "] {
            assert_eq!(trim(cell), cell.trim(), "{cell:?}");
        }
    }

    #[test]
    fn multi_category_parts_split_as_str_split_does() {
        for cell in ["a|b", "a", "", "|", "a||b|", " a | b "] {
            assert_eq!(SplitBar(Some(cell)).collect::<Vec<_>>(), cell.split('|').collect::<Vec<_>>());
        }
    }

    #[test]
    fn months() {
        assert_eq!(parse_month("2025-03"), Ok((2025, 3)));
        assert!(parse_month("2025-13").is_err());
        assert!(parse_month("03/2025").is_err());
    }
}
