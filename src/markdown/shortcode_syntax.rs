//! Shortcodes: `{{< name "positional" key="value" >}}` inside Markdown text.
//!
//! The syntax is Hugo's, so the communications team can follow any Hugo
//! tutorial's examples. The parser is total: any input gives pieces or a
//! located error, never a panic (it is a fuzzing target).

use std::collections::BTreeMap;
use std::ops::Range;

use crate::messages::Message;
use crate::msg;

const OPEN: &str = "{{<";
const CLOSE: &str = ">}}";

/// One shortcode call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shortcode {
    pub name: String,
    pub positional: Vec<String>,
    pub named: BTreeMap<String, String>,
    /// Byte range of the whole call in the parsed text.
    pub span: Range<usize>,
}

impl Shortcode {
    /// The named argument `name`, or else the positional one at `index`.
    pub fn arg(&self, name: &str, index: usize) -> Option<&str> {
        self.named.get(name).map(String::as_str).or_else(|| self.positional.get(index).map(String::as_str))
    }
}

/// Text and shortcodes, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Call(Shortcode),
}

/// A malformed call, with the byte offset where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub offset: usize,
    pub message: Message,
}

/// Splits `text` into plain text and shortcode calls.
pub fn parse(text: &str) -> Result<Vec<Piece<'_>>, ParseError> {
    let mut pieces = Vec::new();
    let mut rest = 0;
    while let Some(found) = text[rest..].find(OPEN) {
        let start = rest + found;
        if start > rest {
            pieces.push(Piece::Text(&text[rest..start]));
        }
        let inner_start = start + OPEN.len();
        let end = find_close(text, inner_start)
            .ok_or_else(|| ParseError { offset: start, message: msg!("markdown-shortcode-not-closed") })?;
        let mut call =
            parse_call(&text[inner_start..end]).map_err(|message| ParseError { offset: start, message })?;
        call.span = start..end + CLOSE.len();
        pieces.push(Piece::Call(call));
        rest = end + CLOSE.len();
    }
    if rest < text.len() {
        pieces.push(Piece::Text(&text[rest..]));
    }
    Ok(pieces)
}

/// The offset of the closing `>}}`, skipping over quoted strings.
fn find_close(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    let mut quoted = false;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if quoted => i += 1,
            b'"' => quoted = !quoted,
            b'>' if !quoted && text[i..].starts_with(CLOSE) => return Some(i),
            // A blank line ends the paragraph, and with it any unclosed call.
            b'\n' if !quoted && text[from..i].trim_end_matches([' ', '\t', '\r']).ends_with('\n') => {
                return None;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn parse_call(inner: &str) -> Result<Shortcode, Message> {
    let tokens = tokenize(inner)?;
    let mut tokens = tokens.into_iter();
    let name = match tokens.next() {
        Some(Token::Bare(name)) if is_name(&name) => name,
        Some(Token::Bare(name)) => return Err(msg!("markdown-shortcode-bad-name", name = name)),
        _ => return Err(msg!("markdown-shortcode-no-name")),
    };
    let mut call = Shortcode { name, positional: Vec::new(), named: BTreeMap::new(), span: 0..0 };
    for token in tokens {
        match token {
            Token::Bare(word) => match word.split_once('=') {
                Some((key, value)) if is_name(key) => {
                    let value = value.to_string();
                    if call.named.insert(key.to_string(), value).is_some() {
                        return Err(msg!("markdown-shortcode-argument-twice", key = key));
                    }
                }
                _ => call.positional.push(word),
            },
            Token::Quoted(text) => call.positional.push(text),
            Token::Named(key, value) => {
                if !is_name(&key) {
                    return Err(msg!("markdown-shortcode-bad-argument-name", key = key));
                }
                if call.named.insert(key.clone(), value).is_some() {
                    return Err(msg!("markdown-shortcode-argument-twice", key = key));
                }
            }
        }
    }
    Ok(call)
}

fn is_name(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

enum Token {
    Bare(String),
    Quoted(String),
    Named(String, String),
}

fn tokenize(inner: &str) -> Result<Vec<Token>, Message> {
    let mut tokens = Vec::new();
    let mut chars = inner.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        let Some(&c) = chars.peek() else { break };
        if c == '"' {
            chars.next();
            tokens.push(Token::Quoted(quoted(&mut chars)?));
            continue;
        }
        let mut word = String::new();
        while let Some(&c) = chars.peek() {
            if c.is_whitespace() {
                break;
            }
            if c == '"' && word.ends_with('=') {
                chars.next();
                word.pop();
                let value = quoted(&mut chars)?;
                tokens.push(Token::Named(std::mem::take(&mut word), value));
                break;
            }
            word.push(c);
            chars.next();
        }
        if !word.is_empty() {
            tokens.push(Token::Bare(word));
        }
    }
    Ok(tokens)
}

fn quoted(chars: &mut std::iter::Peekable<std::str::Chars>) -> Result<String, Message> {
    let mut text = String::new();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Ok(text),
            '\\' => match chars.next() {
                Some(escaped) => text.push(escaped),
                None => break,
            },
            other => text.push(other),
        }
    }
    Err(msg!("markdown-shortcode-quote-not-closed"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(text: &str) -> Shortcode {
        match parse(text).unwrap().into_iter().find(|p| matches!(p, Piece::Call(_))) {
            Some(Piece::Call(c)) => c,
            _ => panic!("no call in {text}"),
        }
    }

    #[test]
    fn positional_and_named_arguments() {
        let c = call(r#"Tel: {{< placeholder "phone number" >}}."#);
        assert_eq!(c.name, "placeholder");
        assert_eq!(c.arg("text", 0), Some("phone number"));
        let c = call(r#"{{< stat table="cases-by-month" year=2024 >}}"#);
        assert_eq!(c.named["table"], "cases-by-month");
        assert_eq!(c.named["year"], "2024");
    }

    #[test]
    fn text_around_calls_is_kept_and_unicode_is_fine() {
        let pieces = parse(r#"الهاتف: {{< placeholder "رقم الهاتف" >}} ⵜⵉⵔⵔⴰ"#).unwrap();
        assert_eq!(pieces.len(), 3);
        assert_eq!(pieces[0], Piece::Text("الهاتف: "));
        assert_eq!(pieces[2], Piece::Text(" ⵜⵉⵔⵔⴰ"));
    }

    #[test]
    fn quotes_may_hold_the_closing_marker_and_escapes() {
        let c = call(r#"{{< placeholder "a >}} b \"c\"" >}}"#);
        assert_eq!(c.positional, vec![r#"a >}} b "c""#]);
    }

    #[test]
    fn malformed_calls_are_located() {
        let e = parse("ok {{< placeholder \"x\" ").unwrap_err();
        assert_eq!(e.offset, 3);
        assert!(parse("{{< >}}").is_err());
        assert!(parse("{{< bad! >}}").is_err());
        assert!(parse(r#"{{< x a="1" a="2" >}}"#).is_err());
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in ["{{<", ">}}", "{{<\"", "{{< a \\", "{{< a=\"", "{{<{{<>}}>}}", "{{< \u{feff} >}}"] {
            let _ = parse(text);
        }
    }
}
