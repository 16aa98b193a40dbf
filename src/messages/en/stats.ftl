## src/stats/load.rs: reading the data files (.csv, .xlsx) of data/

stats-no-data-files = no data files for the dataset `{ $dataset }`
stats-no-data-files-hint = put the exported .csv or .xlsx files in { $folder }/
stats-not-csv-or-xlsx = amal reads data from .csv and .xlsx files only
stats-not-csv-or-xlsx-hint = export the sheet as CSV (UTF-8) or save it as .xlsx
# $count: how many more errors were found but not listed.
stats-more-errors = { $count ->
    [one] and 1 more error in this file
   *[other] and { $count } more errors in this file
}
stats-more-errors-hint = fix the errors above and run amal again to see the rest
# $position: the column's number, counted from 1.
stats-column-repeated = column { $position } repeats the column `{ $name }`
stats-column-number-not-declared = column { $position } is not declared in data/schema.yaml
stats-column-not-declared = the column `{ $name }` is not declared in data/schema.yaml
# $columns: the declared columns' names, separated by commas.
stats-column-not-declared-hint = remove this column from the export: only declared columns ({ $columns }) may be published from, so names, phone numbers and notes never reach the site
stats-column-missing = the column `{ $name }` is missing
stats-column-missing-hint = add it to the export; every column of data/schema.yaml is needed
stats-quote-not-closed = a quote opened on this row is never closed
stats-quote-not-closed-hint = close the quote, or remove it
stats-row-cell-count = this row has { $cells ->
    [one] 1 cell
   *[other] { $cells } cells
} but the header has { $columns }
stats-row-cell-count-hint = check for a missing or extra separator in this row
# $reason: one of the stats-cell-… messages below.
stats-cell-refused = column `{ $column }`: { $reason }
stats-cell-exact-date = this cell holds an exact date; the data must never hold direct identifiers
stats-cell-not-a-month = this cell is not a month written YYYY-MM, like 2025-03
stats-cell-empty = this cell is empty
stats-cell-not-allowed = this cell is not one of the ids allowed for the column
stats-cell-id-not-allowed = this cell holds an id not allowed for the column
stats-cell-not-a-number = this cell is not a whole number
stats-cell-too-many-digits = this cell is not a count of at most 7 digits
# $kind: one of the stats-identifier-… messages (“a phone number”).
stats-cell-looks-like = this cell looks like { $kind }; the data must never hold direct identifiers
stats-cell-identifier-hint = remove the value from the export; amal never prints it. Only anonymised, coded data may be used
stats-cell-not-allowed-hint = use one of the ids listed for this column in data/schema.yaml (several are separated by `|`)
stats-cell-invalid-hint = correct the cell in the spreadsheet and export it again
stats-cannot-read = cannot read: { $reason }
stats-no-header-row = the file has no header row
stats-no-header-row-hint = the first row names the columns
stats-row-not-utf8 = this row is not valid UTF-8 text
stats-export-csv-utf8-hint = export the sheet again as "CSV UTF-8"
# $detail: the spreadsheet reader's own words, in English.
stats-workbook-unreadable = cannot read this workbook: { $detail }
stats-workbook-unreadable-hint = open it in a spreadsheet program and save it again as .xlsx
stats-workbook-refused-hint = export the sheet as CSV (UTF-8), or save it again as .xlsx from a spreadsheet program
stats-workbook-no-sheet = the workbook has no sheet
# $columns: the most columns amal reads (1024).
stats-cell-beyond-column = a cell beyond column { $columns }
stats-cell-beyond-column-hint = the data has one column per field of the schema
stats-rows-out-of-order = the rows of this sheet are out of order
stats-rows-out-of-order-hint = save it again from a spreadsheet program
stats-sheet-no-header-row = the sheet has no header row
# $part: the name of a part inside the .xlsx file, like xl/worksheets/sheet1.xml.
stats-workbook-part-too-large = this workbook unpacks to more than { $megabytes } MB in { $part }
stats-workbook-too-large = this workbook unpacks to more than { $megabytes } MB
# $declared: the number of texts the file says it holds (digits, maybe very many).
stats-workbook-declares-too-many = this workbook declares { $declared } texts, more than it holds
stats-csv-not-utf8 = the file is not valid UTF-8 text
stats-csv-invalid = the file is not valid CSV here (an unclosed quote?)

## src/stats/identifiers.rs: what a cell looks like (shown inside stats-cell-looks-like)

stats-identifier-phone = a phone number
stats-identifier-email = an e-mail address
stats-identifier-national-id = a national ID (CIN) number
stats-identifier-exact-date = an exact date

## src/stats/schema.rs: data/schema.yaml

stats-schema-missing = the data folder has no schema
stats-schema-missing-hint = create data/schema.yaml declaring each dataset's columns (see README.md)
stats-schema-one-month-column = the dataset `{ $dataset }` needs exactly one column of type month
stats-schema-one-month-column-hint = the month (YYYY-MM) gives each row its year
stats-schema-no-values = the column `{ $column }` lists no allowed values
stats-schema-no-values-hint = add `values: [id-one, id-two]`
stats-schema-too-many-values = the column `{ $column }` lists more than 64 values
stats-schema-takes-no-values = the column `{ $column }` takes no values
stats-schema-not-a-category-id = `{ $value }` is not a category id
stats-schema-id-hint = ids use lowercase ASCII letters, digits and hyphens and start with a letter or digit, like `civil-society`
stats-schema-not-a-column-name = `{ $column }` is not a column name
stats-schema-table-twice = the table `{ $table }` is declared twice
stats-schema-not-a-table-id = `{ $table }` is not a table id
stats-schema-unknown-dataset = the table `{ $table }` names the unknown dataset `{ $dataset }`
stats-schema-unknown-column = the table `{ $table }` breaks down by `{ $column }`, which `{ $dataset }` does not have
stats-schema-by-count-column = the table `{ $table }` cannot break down by the count column `{ $column }`
stats-schema-sum-not-a-count = `sum: { $column }` must name a count column of `{ $dataset }`
