//! Entry points for the fuzz targets (`fuzz/`) and their regression test
//! (`tests/suite/fuzz_corpus.rs`), which replays every kept input: each must
//! return, whatever the bytes, without panicking.

use std::path::Path;
use std::sync::OnceLock;

use crate::stats::schema::Schema;

/// Splits and parses front matter from any bytes.
pub fn front_matter(data: &[u8]) {
    let path = Path::new("content/fr/page.md");
    let Ok(text) = crate::util::reading::decode(data.to_vec(), path) else { return };
    if let Ok(split) = crate::site::front_matter::split(&text, path) {
        let _ = crate::site::front_matter::parse(&split, path);
    }
}

fn schema() -> &'static Schema {
    static SCHEMA: OnceLock<Schema> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        Schema::parse(include_str!("../data/schema.yaml"), Path::new("data/schema.yaml"))
            .expect("the schema is valid")
    })
}

/// Loads bytes as a CSV export of the centre's `cases` dataset, and runs the
/// identifier detector on every line.
pub fn data_loader(data: &[u8]) {
    let _ = crate::stats::load::load_csv(schema(), 0, data);
    for line in String::from_utf8_lossy(data).lines() {
        let _ = crate::stats::identifiers::detect(line);
    }
}

/// Parses shortcodes, renders the text as a page body, and scans the
/// result and the text for requests to other sites.
pub fn shortcodes(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = crate::markdown::shortcode_syntax::parse(text);
    struct Host;
    impl crate::markdown::Host for Host {
        fn resolve(&self, path: &str) -> Option<String> {
            path.len().is_multiple_of(2).then(|| format!("../{path}/"))
        }
        fn shortcode(
            &self,
            call: &crate::markdown::shortcode_syntax::Shortcode,
        ) -> Result<String, crate::messages::Message> {
            match call.name.as_str() {
                "placeholder" => Ok(format!(
                    "<mark>{}</mark>",
                    crate::util::escape::escape_html(call.arg("text", 0).unwrap_or(""))
                )),
                "block" => Ok("<div></div>".to_string()),
                other => Err(crate::msg!("render-unknown-shortcode", name = other)),
            }
        }
        fn is_block(&self, name: &str) -> bool {
            name == "block"
        }
    }
    let source =
        crate::markdown::Source { path: Path::new("content/fr/page.md"), body: text, line_offset: 3 };
    let rendered = crate::markdown::render(&source, &Host);
    // The scanner for requests to other sites reads every page's HTML and
    // every stylesheet: any text must leave it standing.
    let _ = crate::safety::other_site::in_html(&rendered.html);
    let _ = crate::safety::other_site::in_html(text);
    let _ = crate::safety::other_site::in_stylesheet(text);
}

/// Loads bytes as an `.xlsx` export of the `cases` dataset (through a
/// file, as the loader reads workbooks), within the loader's limits.
pub fn workbook(data: &[u8]) {
    let path = std::env::temp_dir().join(format!("amal-fuzz-{}.xlsx", std::process::id()));
    if std::fs::write(&path, data).is_ok() {
        let _ = crate::stats::load::load_xlsx(schema(), 0, &path);
    }
}

/// Reads bytes as the preview server reads a request head, and as the
/// build reads an SVG it publishes.
pub fn request_head(data: &[u8]) {
    let _ = crate::cmd::serve::server::parse(&mut data.to_vec());
    let _ = crate::safety::copied_files::svg_problem(data);
}

/// The differential target: whatever a real HTML parser says a browser
/// would load from another site, the build's quick scanner must find.
#[cfg(feature = "fuzzing")]
pub fn other_site(data: &[u8]) {
    let Ok(html) = std::str::from_utf8(data) else { return };
    if crate::safety::other_site::browser_loads(html, 0) {
        assert!(!crate::safety::other_site::in_html(html).is_empty(), "missed: {html:?}");
    }
}

/// Reads any bytes as a JPEG, a PNG and a WebP, and encodes what it can
/// read: a damaged or hostile image is an error, never a panic.
pub fn image(data: &[u8]) {
    crate::images::read_and_encode(data);
}
