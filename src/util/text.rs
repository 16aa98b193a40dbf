//! Text helpers: prefixes without copies, and HTML character references
//! decoded as the HTML tokenizer decodes them.

/// Whether `text` starts with one of `prefixes`, ignoring ASCII case (URL
/// schemes), without making a lower-case copy.
pub fn starts_with_any(text: &str, prefixes: &[&str]) -> bool {
    prefixes
        .iter()
        .any(|p| text.as_bytes().get(..p.len()).is_some_and(|start| start.eq_ignore_ascii_case(p.as_bytes())))
}

/// HTML character references in an attribute value: `&#9;`, `&#x2F;`, the
/// five XML names, and those that spell what decides a URL's origin
/// (`&Tab;`, `&sol;`, `&bsol;`, `&colon;`, …); others are left as they are.
pub fn decode_references(value: &str) -> String {
    decode(value, Where::Attribute)
}

/// [`decode_references`] for text between tags (an SVG style's CSS), where
/// the tokenizer reads a legacy reference whatever follows it.
pub fn decode_text_references(text: &str) -> String {
    decode(text, Where::Text)
}

/// Where a reference stands: the two differ only for legacy references.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Where {
    Attribute,
    Text,
}

fn decode(value: &str, place: Where) -> String {
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
        // Legacy references (`&quot`, `&amp`…) need no `;` in a value, unless
        // a letter, a digit or `=` follows them.
        if let Some((c, used)) = legacy_reference(after, place) {
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

/// `quot`, `amp`, `lt`, `gt` (after the `&`, in either case) without a `;`,
/// or with one, as the HTML tokenizer reads them: the character and how
/// many bytes it took. Without the `;`, in a value, not before a letter, a
/// digit or `=`.
fn legacy_reference(after: &str, place: Where) -> Option<(char, usize)> {
    const LEGACY: [(&str, char); 8] = [
        ("quot", '"'),
        ("QUOT", '"'),
        ("amp", '&'),
        ("AMP", '&'),
        ("lt", '<'),
        ("LT", '<'),
        ("gt", '>'),
        ("GT", '>'),
    ];
    let (name, c) = LEGACY.iter().find(|(name, _)| after.starts_with(name))?;
    match after[name.len()..].chars().next() {
        Some(';') => Some((*c, name.len() + 1)),
        Some(next) if place == Where::Attribute && (next.is_ascii_alphanumeric() || next == '=') => None,
        _ => Some((*c, name.len())),
    }
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
    let c = match code {
        0x80..=0x9f => windows_1252(code),
        _ => char::from_u32(code).filter(|&c| c != '\0').unwrap_or('\u{fffd}'),
    };
    let semicolon = usize::from(bytes.get(start + digits) == Some(&b';'));
    Some((c, start + digits + semicolon))
}

/// What the HTML tokenizer makes of `&#x80;` to `&#x9F;`: the characters
/// windows-1252 puts there (`&#x8A;` is Š, a letter a host name may hold),
/// or the control itself where it puts none.
fn windows_1252(code: u32) -> char {
    const TABLE: [u16; 32] = [
        0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
        0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
        0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
    ];
    TABLE.get((code - 0x80) as usize).and_then(|&c| char::from_u32(u32::from(c))).unwrap_or('\u{fffd}')
}

/// Of `candidates`, the one nearest to `typed` (edit distance), when it is
/// near enough to be a slip of the keyboard: "did you mean …?".
pub fn closest<'a>(typed: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let (distance, nearest) = candidates.into_iter().map(|c| (strsim::levenshtein(typed, c), c)).min()?;
    (distance > 0 && distance <= (typed.chars().count() / 3).max(2)).then_some(nearest)
}

#[cfg(test)]
mod tests {
    use super::decode_references;

    #[test]
    fn legacy_references_are_read_without_a_semicolon_where_the_tokenizer_reads_them() {
        assert_eq!(decode_references("&quot\u{1b}x&quot"), "\"\u{1b}x\"");
        assert_eq!(decode_references("&QUOT;a&AMP;b"), "\"a&b");
        assert_eq!(decode_references("&lt/p&gt"), "</p>");
        // Before a letter, a digit or `=` they stay text (`?a=1&amp=2`).
        assert_eq!(decode_references("&quotx &amp=2 &lt1"), "&quotx &amp=2 &lt1");
        assert_eq!(decode_references("&sol&colon;"), "&sol:");
        // In text they are read whatever follows.
        assert_eq!(super::decode_text_references("&quothttps&amp=2"), "\"https&=2");
    }

    #[test]
    fn references_to_c1_controls_are_the_characters_windows_1252_puts_there() {
        assert_eq!(decode_references("&#x8A;&#128;&#x81;&#159;"), "\u{160}\u{20ac}\u{81}\u{178}");
    }

    #[test]
    fn a_slip_finds_the_word_meant_and_a_stranger_finds_none() {
        let ids = ["horaires", "adresse", "الدعم-النفسي"];
        let near = |typed| super::closest(typed, ids);
        assert_eq!(near("horaire"), Some("horaires"));
        assert_eq!(near("adress"), Some("adresse"));
        assert_eq!(near("الدعم-النفس"), Some("الدعم-النفسي"));
        assert_eq!(near("telephone"), None);
        assert_eq!(near("adresse"), None, "the word itself is no slip");
    }
}
