//! HTML escaping of text for content and quoted attribute values, for every
//! value of every page: templates, Markdown, feeds, charts.

/// Escapes text for HTML content and quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len() + text.len() / 8);
    escape_html_into(&mut escaped, text);
    escaped
}

/// [`escape_html`] as tera's escape function, written straight to tera's
/// output.
pub fn escape_html_to(text: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut result = Ok(());
    escape_runs(text, |run| {
        if result.is_ok() {
            result = out.write_all(run.as_bytes());
        }
    });
    result
}

/// [`escape_html`], appending to `escaped`.
pub fn escape_html_into(escaped: &mut String, text: &str) {
    escape_runs(text, |run| escaped.push_str(run));
}

/// `text` escaped, as runs to write one after the other.
fn escape_runs<'a>(text: &'a str, mut emit: impl FnMut(&'a str)) {
    // Every value of every page passes here, most with nothing to escape:
    // the special bytes are found with SIMD searches (one for `&<>`, one for
    // quotes, each run once over the text), and the runs between them are
    // copied whole. Short values (a language code, a name, a relative link)
    // are looked at byte by byte: setting up the searches would cost more.
    let bytes = text.as_bytes();
    if bytes.len() < 48 && !bytes.iter().any(|&b| needs_escape(b)) {
        if !text.is_empty() {
            emit(text);
        }
        return;
    }
    let mut markup = memchr::memchr3_iter(b'&', b'<', b'>', bytes).peekable();
    let mut quotes = memchr::memchr2_iter(b'"', b'\'', bytes).peekable();
    let mut from = 0;
    loop {
        let at = match (markup.peek(), quotes.peek()) {
            (Some(&m), Some(&q)) if m < q => markup.next(),
            (Some(_), Some(_)) | (None, Some(_)) => quotes.next(),
            (Some(_), None) => markup.next(),
            (None, None) => break,
        };
        let Some(at) = at else { break };
        if at > from {
            emit(&text[from..at]);
        }
        emit(match bytes[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        });
        from = at + 1;
    }
    if from < text.len() {
        emit(&text[from..]);
    }
}

/// Whether `b` is one of `"&'<>`: all below 64, so one shift of a mask
/// answers for each byte instead of five comparisons.
#[inline(always)]
fn needs_escape(b: u8) -> bool {
    const MASK: u64 = 1 << b'"' | 1 << b'&' | 1 << b'\'' | 1 << b'<' | 1 << b'>';
    b < 64 && MASK >> b & 1 == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn escaping_replaces_exactly_the_five_special_characters(text in "[a-z &<>\"'ⵜع]{0,120}") {
            let simple: String = text
                .chars()
                .map(|c| match c {
                    '&' => "&amp;".to_string(),
                    '<' => "&lt;".to_string(),
                    '>' => "&gt;".to_string(),
                    '"' => "&quot;".to_string(),
                    '\'' => "&#39;".to_string(),
                    c => c.to_string(),
                })
                .collect();
            proptest::prop_assert_eq!(escape_html(&text), simple.clone());
            let mut written = Vec::new();
            escape_html_to(&text, &mut written).unwrap();
            proptest::prop_assert_eq!(String::from_utf8(written).unwrap(), simple);
        }
    }
}
