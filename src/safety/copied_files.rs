//! Files published as they are (page resources, `static/`): the ones that a
//! browser would run or render as a document are refused with the reason,
//! since they skip the sanitiser, the CSP of the pages and the other-site
//! check.
//!
//! - An HTML file beside a page would be a page of its own, unchecked.
//! - An SVG is checked element by element: scripts, event handlers,
//!   `foreignObject`, embedded documents, a DOCTYPE (entity expansion), and
//!   any reference to another site refuse it.

use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::messages::Message;
use crate::msg;

/// Extensions of files amal publishes as they are, after the checks their
/// type gets: anything else could carry what amal cannot see (a photo in a
/// document, where a video was filmed), so it is refused. Raster images are
/// not here: they are encoded again (`images`).
const AS_THEY_ARE: &[&str] = &[
    "css",
    "js",
    "mjs",
    "woff2",
    "woff",
    "ttf",
    "otf",
    "svg",
    "pdf",
    "txt",
    "csv",
    "json",
    "xml",
    "webmanifest",
];

/// Extensions the `images` step takes (to encode again, or to refuse with
/// what to do).
const IMAGES: &[&str] = &[
    "jpg", "jpeg", "jpe", "jfif", "png", "webp", "gif", "heic", "heif", "avif", "tif", "tiff", "bmp", "jxl",
    "dng", "cr2", "cr3", "nef", "arw", "orf", "rw2", "raf",
];

/// The problem with publishing the file at `source` as it is, if any.
pub fn refused(source: &Path, shown: &Path) -> Option<Diagnostic> {
    let extension = match source.extension() {
        Some(extension) => extension.to_str()?.to_ascii_lowercase(),
        // `CNAME`, `_headers`: a host's settings (an image inside one is
        // still found by its bytes).
        None => return None,
    };
    match extension.as_str() {
        "html" | "htm" | "xhtml" | "shtml" => {
            Some(Diagnostic::error(shown, msg!("safety-html-file")).hint(msg!("safety-html-file-hint")))
        }
        "svg" => {
            let bytes = std::fs::read(source).ok()?;
            svg_problem(&bytes).map(|why| {
                Diagnostic::error(shown, msg!("safety-svg-refused", why = why))
                    .hint(msg!("safety-svg-refused-hint"))
            })
        }
        "pdf" => {
            let bytes = std::fs::read(source).ok()?;
            pdf_problem(&bytes).map(|why| {
                Diagnostic::error(shown, msg!("safety-pdf-refused", why = why))
                    .hint(msg!("safety-pdf-refused-hint"))
            })
        }
        extension if AS_THEY_ARE.contains(&extension) || IMAGES.contains(&extension) => None,
        extension => Some(
            Diagnostic::error(shown, msg!("safety-file-type-refused", extension = extension))
                .hint(msg!("safety-file-type-refused-hint")),
        ),
    }
}

/// Why a PDF cannot be published as it is: a photo kept whole inside it
/// (as scanners and converters keep JPEGs) with its EXIF, or a GPS position
/// in its XMP. Only bytes stored as they are can be read: a photo inside a
/// compressed stream is not looked for.
pub fn pdf_problem(bytes: &[u8]) -> Option<Message> {
    let holds = |needle: &[u8]| memchr::memmem::find(bytes, needle).is_some();
    if holds(b"Exif\0\0") {
        return Some(msg!("safety-pdf-photo-exif"));
    }
    if holds(b"GPSLatitude") || holds(b"GPSLongitude") {
        return Some(msg!("safety-pdf-photo-gps"));
    }
    None
}

/// Why an SVG cannot be published as it is.
pub fn svg_problem(bytes: &[u8]) -> Option<Message> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(bytes);
    let mut buffer = Vec::new();
    let mut text = String::new();
    loop {
        let event = match reader.read_event_into(&mut buffer) {
            Ok(event) => event,
            Err(e) => return Some(msg!("safety-svg-not-xml", detail = e.to_string())),
        };
        match event {
            Event::Eof => {
                return (!crate::safety::other_site::in_stylesheet(&text).is_empty())
                    .then(|| msg!("safety-svg-style-loads"));
            }
            Event::DocType(_) => {
                return Some(msg!("safety-svg-doctype"));
            }
            // `<?xml-stylesheet href="…"?>` loads a stylesheet.
            Event::PI(_) => return Some(msg!("safety-svg-processing-instruction")),
            Event::Start(e) | Event::Empty(e) => {
                let name = e.local_name().into_inner().to_ascii_lowercase();
                if matches!(
                    name.as_str(),
                    "script" | "foreignobject" | "iframe" | "object" | "embed" | "handler"
                ) {
                    return Some(msg!("safety-svg-element", name = &name));
                }
                for attribute in e.attributes() {
                    let Ok(attribute) = attribute else {
                        return Some(msg!("safety-svg-malformed-attribute"));
                    };
                    let key = attribute.key.local_name().into_inner().to_ascii_lowercase();
                    // Character references are decoded first: `&#106;avascript:`.
                    let value = crate::util::text::decode_references(&attribute.value);
                    let squeezed: String = value
                        .chars()
                        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
                        .collect::<String>()
                        .to_ascii_lowercase();
                    if key.starts_with("on") {
                        return Some(msg!("safety-svg-event-handler", key = &key));
                    }
                    if squeezed.contains("javascript:") || squeezed.contains("vbscript:") {
                        return Some(msg!("safety-svg-script-link"));
                    }
                    // `<set attributeName="href" to="…">` and `<animate>` change
                    // a link after the checks have read it.
                    if key == "attributename" && squeezed.ends_with("href") {
                        return Some(msg!("safety-svg-animates-link", name = &name, value = &value));
                    }
                    // A photo embedded whole keeps its EXIF; Inkscape also
                    // writes the path of the file on the author's computer.
                    if key == "href" && squeezed.starts_with("data:image/") {
                        return Some(msg!("safety-svg-embedded-image"));
                    }
                    if key == "absref" || key == "export-filename" {
                        return Some(msg!("safety-svg-names-a-file", key = &key));
                    }
                    if key == "href" && crate::safety::other_site::external(&value) {
                        return Some(msg!("safety-svg-loads", url = &value));
                    }
                    // `fill="url(…)"`, `style="…"`, `filter="url(…)"`.
                    if !crate::safety::other_site::in_stylesheet(&value).is_empty() {
                        return Some(msg!("safety-svg-attribute-loads", key = &key));
                    }
                }
            }
            // Text comes in pieces around references (`&#64;import`): it is
            // put together, decoded, and read as CSS at the end.
            Event::Text(t) => text.push_str(&crate::util::text::decode_references(&t)),
            Event::CData(t) => text.push_str(t.as_ref()),
            Event::GeneralRef(r) => {
                text.push_str(&crate::util::text::decode_references(&format!("&{};", &*r)))
            }
            _ => {}
        }
        buffer.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::svg_problem;

    #[test]
    fn an_icon_passes_and_active_content_does_not() {
        let icon = br##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><path d="M0 0h4v4z" fill="#333"/><use href="#a"/></svg>"##;
        assert_eq!(svg_problem(icon), None);
        for (svg, why) in [
            (&br#"<svg><script>fetch('//t.example')</script></svg>"#[..], "<script>"),
            (br#"<svg onload="alert(1)"/>"#, "event handler"),
            (br#"<svg><image href="https://tracker.example/p.png"/></svg>"#, "another site"),
            (br#"<svg xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="//t.example/p.png"/></svg>"#, "another site"),
            (br#"<svg><foreignObject><body/></foreignObject></svg>"#, "<foreignobject>"),
            (br#"<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>"#, "DOCTYPE"),
            (br#"<svg><style>@import "https://cdn.example/x.css";</style></svg>"#, "another site"),
            (br#"<svg><a href="javascript:alert(1)"><text>x</text></a></svg>"#, "script"),
            // What the review found past the first version.
            (br#"<svg><a href="&#106;avascript:alert(1)"><text>x</text></a></svg>"#, "script"),
            (br#"<svg><a><animate attributeName="href" values="javascript:alert(1)"/></a></svg>"#, "animates a link"),
            (br#"<svg><image><set attributeName="href" to="https://evil.example/s.png"/></image></svg>"#, "animates a link"),
            (br#"<?xml-stylesheet href="https://evil.example/pi.css"?><svg/>"#, "processing instruction"),
            (br#"<svg><style>&#64;import "https://evil.example/e.css";</style></svg>"#, "another site"),
            (br#"<svg><style>@import"https://evil.example/n.css";</style></svg>"#, "another site"),
            (br#"<svg><rect fill="url(https://evil.example/f.svg#p)"/></svg>"#, "fill attribute"),
        ] {
            let problem = svg_problem(svg).map(|m| m.to_string()).unwrap_or_default();
            assert!(problem.contains(why), "{}: {problem:?}", String::from_utf8_lossy(svg));
        }
    }
}
