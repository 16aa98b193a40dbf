//! Stylesheets as published: comments and the whitespace no browser needs
//! are dropped, so a theme can explain itself in comments without a reader
//! on a slow connection paying for them.
//!
//! The stylesheet is read token by token as a browser reads it (cssparser),
//! and every token is written back exactly as it was in the source: strings,
//! `url()`s and escapes are never rewritten. Only whitespace and comments
//! between tokens change, and a space stays wherever it could change the
//! meaning (`a :hover`, `and (`, `1px + 2px`).

use cssparser::{Parser, Token};

/// `css` without its comments and needless whitespace.
pub fn minify(css: &str) -> String {
    let mut parser = Parser::new(css);
    let mut out = Writer {
        text: String::with_capacity(css.len()),
        gap: Gap::None,
        last: Edges::default(),
        after_semicolon: false,
        broken: false,
    };
    out.tokens(&mut parser);
    // The guard against what the rules above did not foresee (a string left
    // open at the end of the file would swallow the `}` written to close
    // its block): the published stylesheet must read as the same tokens.
    if out.broken || significant(&out.text) != significant(css) {
        return css.to_string();
    }
    out.text
}

/// The tokens a browser acts on: no whitespace or comments, blocks closed,
/// and no `;` just before a `}` (a declaration list may end in one).
fn significant(css: &str) -> Vec<Token<'_>> {
    fn walk<'i>(parser: &mut Parser<'i>, out: &mut Vec<Token<'i>>) {
        while let Ok(token) = parser.next().cloned() {
            let close = closing(&token);
            out.push(token);
            if let Some(close) = close {
                let _ = parser.parse_nested_block(|nested| {
                    walk(nested, out);
                    Ok::<(), cssparser::ParseError<()>>(())
                });
                if close == Token::CloseCurlyBracket && out.last() == Some(&Token::Semicolon) {
                    out.pop();
                }
                out.push(close);
            }
        }
    }
    let mut out = Vec::new();
    walk(&mut Parser::new(css), &mut out);
    out
}

/// Whether `text` ends in a hex escape such as `\a` or `\00e9`, which
/// takes one following space as its own.
fn ends_in_hex_escape(text: &str) -> bool {
    let digits = text.bytes().rev().take_while(u8::is_ascii_hexdigit).count();
    let rest = &text.as_bytes()[..text.len() - digits];
    let slashes = rest.iter().rev().take_while(|&&b| b == b'\\').count();
    (1..=6).contains(&digits) && slashes % 2 == 1
}

/// The token that ends a block `token` opens.
fn closing(token: &Token<'_>) -> Option<Token<'static>> {
    match token {
        Token::Function(_) | Token::ParenthesisBlock => Some(Token::CloseParenthesis),
        Token::SquareBracketBlock => Some(Token::CloseSquareBracket),
        Token::CurlyBracketBlock => Some(Token::CloseCurlyBracket),
        _ => None,
    }
}

/// What lay between the last written token and the next.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Gap {
    None,
    /// Only comments: the tokens touched, so they must not merge once
    /// the comment is gone (`a/**/b` is not `ab`).
    Comment,
    Space,
}

/// Whether whitespace before or after a token can be dropped without a
/// browser reading anything else. Decided on tokens, not characters: an
/// escaped `\,` ends an identifier, it is not a comma.
#[derive(Clone, Copy, Default)]
struct Edges {
    before: bool,
    after: bool,
}

fn edges(token: &Token<'_>) -> Edges {
    match token {
        Token::CurlyBracketBlock
        | Token::CloseCurlyBracket
        | Token::Semicolon
        | Token::Comma
        | Token::Delim('>') => Edges { before: true, after: true },
        // A space before these may mean something (`a :hover`, `and (`,
        // `a [x]`), never one after.
        Token::Colon | Token::Function(_) | Token::ParenthesisBlock | Token::SquareBracketBlock => {
            Edges { before: false, after: true }
        }
        Token::CloseParenthesis | Token::CloseSquareBracket => Edges { before: true, after: false },
        _ => Edges::default(),
    }
}

struct Writer {
    text: String,
    gap: Gap,
    last: Edges,
    /// The last token written was a `;`, dropped if a `}` follows.
    after_semicolon: bool,
    /// A string or `url()` a browser reads as broken, where what follows
    /// depends on the exact characters: such a stylesheet is left as it is.
    broken: bool,
}

impl Writer {
    fn tokens(&mut self, parser: &mut Parser<'_>) {
        loop {
            let start = parser.position();
            let token = match parser.next_including_whitespace_and_comments() {
                Ok(token) => token.clone(),
                Err(_) => return,
            };
            let close = match token {
                Token::WhiteSpace(_) => {
                    self.gap = Gap::Space;
                    continue;
                }
                Token::Comment(_) => {
                    if self.gap == Gap::None {
                        self.gap = Gap::Comment;
                    }
                    continue;
                }
                Token::BadString(_) | Token::BadUrl(_) | Token::Delim('\\') => {
                    self.broken = true;
                    return;
                }
                _ => closing(&token),
            };
            self.write(parser.slice_from(start), &token);
            if let Some(close) = close {
                // A block's content is read by a nested parser, which stops at
                // the block's end; an unclosed block ends at the end of the file,
                // where a browser closes it the same way.
                let _ = parser.parse_nested_block(|nested| {
                    self.tokens(nested);
                    Ok::<(), cssparser::ParseError<()>>(())
                });
                let text = match close {
                    Token::CloseParenthesis => ")",
                    Token::CloseSquareBracket => "]",
                    _ => "}",
                };
                self.write(text, &close);
            }
        }
    }

    fn write(&mut self, text: &str, token: &Token<'_>) {
        let edges = edges(token);
        if matches!(token, Token::CloseCurlyBracket) && self.after_semicolon {
            self.text.pop();
        }
        let gap = std::mem::replace(&mut self.gap, Gap::None);
        if gap != Gap::None && !self.text.is_empty() && !self.last.after && !edges.before {
            self.text.push_str(if gap == Gap::Space { " " } else { "/**/" });
            // One space after `\a` belongs to the escape: a second one parts the tokens.
            if gap == Gap::Space && ends_in_hex_escape(&self.text[..self.text.len() - 1]) {
                self.text.push(' ');
            }
        }
        self.text.push_str(text);
        self.last = edges;
        self.after_semicolon = matches!(token, Token::Semicolon);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn comments_and_needless_whitespace_go() {
        let css = "/* the theme */\nbody {\n  color: red;  /* why */\n  margin : 0 auto ;\n}\n\na, b > c { x: y }\n";
        assert_eq!(minify(css), "body{color:red;margin :0 auto}a,b>c{x:y}");
    }

    #[test]
    fn every_space_that_means_something_stays() {
        for (css, kept) in [
            ("a :hover{}", "a :hover{}"),
            (
                "@media screen and (min-width: 30em) { a { b: c } }",
                "@media screen and (min-width:30em){a{b:c}}",
            ),
            ("a { width: calc(100% - 2 * 1em + -3px) }", "a{width:calc(100% - 2 * 1em + -3px)}"),
            ("a b  .c\t#d { margin: 0 1px }", "a b .c #d{margin:0 1px}"),
            ("a/**/b{}", "a/**/b{}"),
            (
                "a { grid-template-areas: \"x  y\"  \"z /* w */\"; }",
                "a{grid-template-areas:\"x  y\" \"z /* w */\"}",
            ),
            ("a { background: url( x.png ) }", "a{background:url( x.png )}"),
            (".a\\;{}", ".a\\;{}"),
            (".a\\, b{}", ".a\\, b{}"),
            ("a{b:c", "a{b:c}"),
            ("a { content: 'x\n}  b { c: d }", "a { content: 'x\n}  b { c: d }"),
            ("a { content: 'x}", "a { content: 'x}"),
            (".a\\a  b{}", ".a\\a  b{}"),
            (".a\\\\a b{}", ".a\\\\a b{}"),
        ] {
            assert_eq!(minify(css), kept, "{css}");
        }
    }

    /// What a browser reads: the tokens, with `WS` where whitespace lay
    /// and `SEP` where only a comment parted two tokens; a gap beside a
    /// token that no gap can change is left out, and so is a `;` just
    /// before a `}` (a declaration list may end in one).
    fn tokens(css: &str) -> Vec<String> {
        fn walk(parser: &mut Parser<'_>, out: &mut Vec<(String, Edges)>) {
            let mut gap: Option<&str> = None;
            while let Ok(token) = parser.next_including_whitespace_and_comments().cloned() {
                match token {
                    Token::WhiteSpace(_) => gap = Some("WS"),
                    Token::Comment(_) => gap = gap.or(Some("SEP")),
                    _ => {
                        if let Some(g) = gap.take() {
                            out.push((g.to_string(), Edges::default()));
                        }
                        let close = closing(&token);
                        out.push((format!("{token:?}"), edges(&token)));
                        if let Some(close) = close {
                            let _ = parser.parse_nested_block(|p| {
                                walk(p, out);
                                Ok::<(), cssparser::ParseError<()>>(())
                            });
                            out.push((format!("{close:?}"), edges(&close)));
                        }
                    }
                }
            }
            if let Some(g) = gap {
                out.push((g.to_string(), Edges::default()));
            }
        }
        let mut raw = Vec::new();
        walk(&mut Parser::new(css), &mut raw);
        let mut out: Vec<String> = Vec::new();
        for (i, (token, _)) in raw.iter().enumerate() {
            let gap = token == "WS" || token == "SEP";
            let needless = i == 0
                || i + 1 == raw.len()
                || raw.get(i.wrapping_sub(1)).is_some_and(|(_, e)| e.after)
                || raw.get(i + 1).is_some_and(|(_, e)| e.before);
            if gap && needless {
                continue;
            }
            if token == "CloseCurlyBracket" && out.last().is_some_and(|t| t == "Semicolon") {
                out.pop();
            }
            out.push(token.clone());
        }
        out
    }

    proptest! {
        /// Whatever the stylesheet, the browser reads the same tokens from the
        /// published one, and minifying twice changes nothing more.
        #[test]
        fn a_browser_reads_the_same_stylesheet(css in r#"([a-z0-9]{1,3}|[ \n]{1,2}|/\*[a-z ]{0,3}\*/|[-+*/:;,.#!%>~(){}\[\]"'\\@]){0,40}"#) {
            let published = minify(&css);
            prop_assert_eq!(tokens(&published), tokens(&css), "{:?} → {:?}", css, published);
            prop_assert_eq!(minify(&published), published.clone());
        }
    }
}
