//! Reading authors' text files: UTF-8 only, with a located error otherwise.

use std::path::Path;

use crate::diagnostic::{Diagnostic, Position};

/// Decodes a file's bytes as UTF-8, dropping a leading byte-order mark.
///
/// Invalid bytes are reported at the line and column where they start, with a
/// hint, since the usual cause is a file saved as "Windows Arabic" or Latin-1.
pub fn decode(bytes: Vec<u8>, path: &Path) -> Result<String, Diagnostic> {
    // Only a failure takes the slow path, to locate the bad byte.
    let mut text = match into_string(bytes) {
        Ok(text) => text,
        Err(bytes) => {
            let valid_up_to =
                simdutf8::compat::from_utf8(&bytes).map_or_else(|e| e.valid_up_to(), |_| bytes.len());
            // Everything before the first bad byte is valid, so it locates it.
            let prefix = std::str::from_utf8(&bytes[..valid_up_to]).unwrap_or_default();
            let position = Position::of_offset(prefix, prefix.len());
            return Err(Diagnostic::error(path, "the file is not valid UTF-8 text")
                .with_position(Some(position))
                .hint("save the file as UTF-8 (in most editors: Save as… → Encoding: UTF-8)"));
        }
    };
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

/// The bytes as a `String` without copying them, or the bytes back if they
/// are not UTF-8.
///
/// Arabic and Tifinagh are multi-byte throughout, where the standard
/// library's check runs at under 1 GB/s; simdutf8's is several times faster
/// and decides the same.
pub fn into_string(bytes: Vec<u8>) -> Result<String, Vec<u8>> {
    if simdutf8::basic::from_utf8(&bytes).is_ok() {
        // SAFETY: simdutf8 has just checked that the bytes are UTF-8.
        Ok(unsafe { String::from_utf8_unchecked(bytes) })
    } else {
        Err(bytes)
    }
}

/// Whether `text` starts with one of `prefixes`, ignoring ASCII case (URL
/// schemes), without making a lower-case copy.
pub fn starts_with_any(text: &str, prefixes: &[&str]) -> bool {
    prefixes
        .iter()
        .any(|p| text.as_bytes().get(..p.len()).is_some_and(|start| start.eq_ignore_ascii_case(p.as_bytes())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_is_dropped() {
        let text = decode("\u{feff}---\n".as_bytes().to_vec(), Path::new("a.md")).unwrap();
        assert_eq!(text, "---\n");
    }

    #[test]
    fn invalid_bytes_are_located() {
        let mut bytes = b"---\ntitle: caf".to_vec();
        bytes.push(0xE9); // "é" in Latin-1
        let d = decode(bytes, Path::new("a.md")).unwrap_err();
        assert_eq!((d.line, d.column), (Some(2), Some(11)));
    }
}

/// HTML character references in an attribute value: `&#9;`, `&#x2F;`, the
/// five XML names, and those that spell what decides a URL's origin
/// (`&Tab;`, `&sol;`, `&bsol;`, `&colon;`, …); others are left as they are.
pub fn decode_references(value: &str) -> String {
    if !value.contains('&') {
        return value.to_string();
    }
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        // A numeric reference needs no `;`: `&#47&#47` is `//` to a browser.
        if let Some((c, used)) = numeric_reference(after) {
            out.push(c);
            rest = &after[used..];
            continue;
        }
        let end = after.find(';').filter(|&e| e <= 32);
        let decoded = end.and_then(|e| {
            let name = &after[..e];
            let code = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                u32::from_str_radix(hex, 16).ok()
            } else if let Some(dec) = name.strip_prefix('#') {
                dec.parse().ok()
            } else {
                match name {
                    "Tab" => Some(9),
                    "NewLine" => Some(10),
                    "sol" => Some(u32::from('/')),
                    "bsol" => Some(u32::from('\\')),
                    "colon" => Some(u32::from(':')),
                    "period" => Some(u32::from('.')),
                    "amp" => Some(u32::from('&')),
                    "lt" => Some(u32::from('<')),
                    "gt" => Some(u32::from('>')),
                    "quot" => Some(u32::from('"')),
                    "apos" => Some(u32::from('\'')),
                    "num" => Some(u32::from('#')),
                    "quest" => Some(u32::from('?')),
                    "lpar" => Some(u32::from('(')),
                    "rpar" => Some(u32::from(')')),
                    "commat" => Some(u32::from('@')),
                    _ => None,
                }
            };
            code.and_then(char::from_u32).map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `#47`, `#x2F;` (after the `&`): the character and how many bytes it
/// took, as the HTML tokenizer reads them (the `;` is optional; zero, a
/// surrogate or past U+10FFFF is U+FFFD).
fn numeric_reference(after: &str) -> Option<(char, usize)> {
    let bytes = after.as_bytes();
    let (hex, start) = match bytes {
        [b'#', b'x' | b'X', ..] => (true, 2),
        [b'#', ..] => (false, 1),
        _ => return None,
    };
    let digits = bytes[start..]
        .iter()
        .take_while(|b| if hex { b.is_ascii_hexdigit() } else { b.is_ascii_digit() })
        .count();
    if digits == 0 {
        return None;
    }
    let text = &after[start..start + digits];
    let code = u32::from_str_radix(text.trim_start_matches('0'), if hex { 16 } else { 10 })
        .unwrap_or(if text.trim_start_matches('0').is_empty() { 0 } else { u32::MAX });
    let c = char::from_u32(code).filter(|&c| c != '\0').unwrap_or('\u{fffd}');
    let semicolon = usize::from(bytes.get(start + digits) == Some(&b';'));
    Some((c, start + digits + semicolon))
}

/// `name` safe to print on a terminal: control characters (an ANSI escape
/// starts with one) and the bidirectional controls that reorder what
/// follows are written as `\u{…}` instead of acting.
pub fn printable(name: &str) -> String {
    escape_hostile(name, |_| false)
}

/// A path as [`printable`] writes a name, with bytes that are not UTF-8
/// shown as `\xff` rather than all alike as �.
pub fn printable_path(path: &std::path::Path) -> String {
    let bytes = path.as_os_str().as_encoded_bytes();
    let mut shown = String::new();
    for chunk in bytes.utf8_chunks() {
        shown.push_str(&printable(chunk.valid()));
        for byte in chunk.invalid() {
            shown.push_str(&format!("\\x{byte:02x}"));
        }
    }
    shown
}

/// [`printable`] for a message of several lines: its line breaks stay.
pub fn printable_lines(text: &str) -> String {
    escape_hostile(text, |c| c == '\n')
}

fn escape_hostile(text: &str, keep: impl Fn(char) -> bool) -> String {
    let hostile = |c: char| {
        !keep(c)
            && (c.is_control()
                || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{061c}'))
    };
    if !text.contains(hostile) {
        return text.to_string();
    }
    text.chars().map(|c| if hostile(c) { format!("\\u{{{:x}}}", c as u32) } else { c.to_string() }).collect()
}

#[cfg(test)]
mod printable_tests {
    #[test]
    fn escapes_and_bidi_controls_are_shown_not_obeyed() {
        assert_eq!(super::printable("notes.txt"), "notes.txt");
        assert_eq!(super::printable("a\u{1b}[31mred"), "a\\u{1b}[31mred");
        assert_eq!(super::printable("txt.\u{202e}exe"), "txt.\\u{202e}exe");
    }
}
