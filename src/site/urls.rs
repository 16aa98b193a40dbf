//! Where pages are written and how they link to each other.
//!
//! Links between pages are relative (`../../fr/index.html`), so the output
//! works from any host, any sub-folder, a USB stick, or opened from disk,
//! where a link to a folder would show a file listing instead of the page.
//! Absolute URLs, built from the base URL, appear only where standards demand
//! them: canonical links, hreflang alternates, the sitemap and feeds.

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

use crate::site::content::PageKey;

/// Characters escaped in an `href` path besides non-ASCII ones: ASCII that
/// would break a URL.
const HREF: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'\\')
    .add(b'^')
    .add(b'|');

// These run for every link of every page: strings are put together with
// `push_str`, not `format!`, whose machinery costs more than the copying.

/// The file a page is written to, relative to the output folder.
pub fn output_file(lang: &str, key: &PageKey) -> String {
    let mut file = pretty_path(lang, key);
    file.push_str("index.html");
    file
}

/// The page's address below the base URL, as it appears in canonical links.
pub fn pretty_path(lang: &str, key: &PageKey) -> String {
    let key = key.as_str();
    let mut path = String::with_capacity(lang.len() + key.len() + 12);
    path.push_str(lang);
    path.push('/');
    if !key.is_empty() {
        path.push_str(key);
        path.push('/');
    }
    path
}

/// `../` once per folder between `output_file` and the output root.
pub fn root_prefix(output_file: &str) -> String {
    "../".repeat(output_file.matches('/').count())
}

/// An `href` to the output file `target` from a page whose root prefix is `root`.
pub fn href(root: &str, target: &str) -> String {
    joined(root, utf8_percent_encode(target, HREF))
}

/// `start` followed by the pieces.
fn joined<'a>(start: &str, pieces: impl Iterator<Item = &'a str>) -> String {
    let mut joined = String::with_capacity(start.len() + 48);
    joined.push_str(start);
    pieces.for_each(|piece| joined.push_str(piece));
    joined
}

/// An absolute URL for `path` below `base_url` (which ends in `/`), fully
/// percent-encoded as sitemaps and feeds require.
pub fn absolute(base_url: &str, path: &str) -> String {
    joined(base_url, utf8_percent_encode(path, URI_PATH))
}

/// Everything but RFC 3986's unreserved characters and the path separator.
const URI_PATH: &AsciiSet =
    &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~').remove(b'/');

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_folders_with_an_index() {
        let key = PageKey::new("services/listening");
        assert_eq!(output_file("ar", &key), "ar/services/listening/index.html");
        assert_eq!(output_file("ar", &PageKey::new("")), "ar/index.html");
        assert_eq!(root_prefix("ar/services/listening/index.html"), "../../../");
        assert_eq!(root_prefix("index.html"), "");
    }

    #[test]
    fn hrefs_escape_what_breaks_urls() {
        assert_eq!(href("../", "ar/أ ب/index.html"), "../ar/%D8%A3%20%D8%A8/index.html");
        assert_eq!(href("", "fr/a-b_c.d/index.html"), "fr/a-b_c.d/index.html");
    }

    #[test]
    fn absolute_urls_are_percent_encoded() {
        assert_eq!(absolute("https://example.org/", "ar/أ/"), "https://example.org/ar/%D8%A3/");
        assert_eq!(absolute("https://example.org/", "fr/get-help/"), "https://example.org/fr/get-help/");
    }
}
