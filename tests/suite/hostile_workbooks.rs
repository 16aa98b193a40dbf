//! Workbooks made to exhaust memory: each must end in a located error
//! under a memory limit, never an abort (`ulimit -v`, 1.5 GB).

use crate::common;

use std::io::Write;

use common::TestSite;

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#;
const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
const WORKBOOK: &str = r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
const WORKBOOK_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#;

fn inline(reference: &str, text: &str) -> String {
    format!(r#"<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>"#)
}

/// A part of a workbook: its name, and what writes its bytes.
type Part<'a> = (&'a str, &'a dyn Fn(&mut dyn Write));

/// A workbook whose first sheet holds `rows` (already written `<row>`s),
/// with extra parts.
fn workbook(rows: &str, extra: &[Part]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("xl/workbook.xml", WORKBOOK),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
    ] {
        zip.start_file(name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
    write!(
        zip,
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>"#
    )
    .unwrap();
    for (name, write) in extra {
        zip.start_file(*name, options).unwrap();
        write(&mut zip);
    }
    zip.finish().unwrap().into_inner()
}

fn header() -> String {
    format!(
        "<row r=\"1\">{}{}{}</row>",
        inline("A1", "month"),
        inline("B1", "kind"),
        inline("C1", "participants")
    )
}

/// Builds the stats fixture with `bytes` as its activities workbook, under
/// a memory limit, and returns stderr.
fn build_with(bytes: &[u8]) -> String {
    let site = TestSite::new("stats");
    site.remove("data/activities/2025.csv");
    std::fs::write(site.path().join("data/activities/hostile.xlsx"), bytes).unwrap();
    let output = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!("ulimit -v 1500000; exec {} build", env!("CARGO_BIN_EXE_amal")))
        .current_dir(site.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    assert_eq!(output.status.code(), Some(1), "an error, not an abort: {stderr}");
    assert!(!stderr.contains("panicked") && !stderr.contains("memory allocation"), "{stderr}");
    assert!(stderr.contains("data/activities/hostile.xlsx"), "{stderr}");
    stderr
}

#[test]
fn a_cell_at_the_far_corner_does_not_make_a_grid_of_the_sheet() {
    let rows = format!("{}<row r=\"1048576\">{}</row>", header(), inline("XFD1048576", "x"));
    let stderr = build_with(&workbook(&rows, &[]));
    assert!(stderr.contains("hostile.xlsx:1048576: error: a cell beyond column 1024"), "{stderr}");
}

#[test]
fn a_workbook_that_claims_four_billion_texts_is_refused() {
    let strings = |out: &mut dyn Write| {
        out.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4000000000" uniqueCount="4000000000"><si><t>a</t></si></sst>"#).unwrap();
    };
    let stderr = build_with(&workbook(&header(), &[("xl/sharedStrings.xml", &strings)]));
    assert!(stderr.contains("declares 4000000000 texts"), "{stderr}");
}

#[test]
fn a_zip_bomb_is_refused_before_it_is_unpacked() {
    // 300 MB of spaces inside one part, a few hundred KB packed.
    let bomb = |out: &mut dyn Write| {
        let chunk = vec![b' '; 1 << 20];
        for _ in 0..300 {
            out.write_all(&chunk).unwrap();
        }
    };
    let bytes = workbook(&header(), &[("xl/padding.xml", &bomb)]);
    assert!(bytes.len() < 2 << 20, "{}", bytes.len());
    let stderr = build_with(&bytes);
    assert!(stderr.contains("this workbook unpacks to more than 256 MB in xl/padding.xml"), "{stderr}");
}

#[test]
fn rows_out_of_order_are_located() {
    let rows = format!(
        "{}<row r=\"5\">{}</row><row r=\"3\">{}</row>",
        header(),
        inline("A5", "2025-01"),
        inline("A3", "2025-02")
    );
    let stderr = build_with(&workbook(&rows, &[]));
    assert!(stderr.contains("hostile.xlsx:3: error: the rows of this sheet are out of order"), "{stderr}");
}
