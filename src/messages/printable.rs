//! Text from files and names, safe to print on a terminal: a file name
//! cannot clear the screen or reorder a message.

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
mod tests {
    #[test]
    fn escapes_and_bidi_controls_are_shown_not_obeyed() {
        assert_eq!(super::printable("notes.txt"), "notes.txt");
        assert_eq!(super::printable("a\u{1b}[31mred"), "a\\u{1b}[31mred");
        assert_eq!(super::printable("txt.\u{202e}exe"), "txt.\\u{202e}exe");
    }
}
