//! No request to any other site: a page or stylesheet that would make the
//! reader's browser load something from another origin (a web font, a
//! script, an image, a frame) fails the build, naming the file.
//!
//! Such a request tells a third party that someone is reading a page about
//! violence against women, from where, and when. Links to other sites stay
//! allowed: following one is the reader's choice.

/// Whether a browser would load `value` (an attribute or a CSS URL as
/// written in the output) from another origin.
///
/// Browsers read more as "another site" than `//` and `https:`: `/\evil`,
/// `\\evil`, `/&#9;/evil` (a tab is dropped), leading spaces and controls,
/// any letter case. So a value that is not plainly a path is decided by the
/// WHATWG URL rules (the `url` crate), after HTML character references are
/// decoded, against a base on a site of its own.
pub fn external(value: &str) -> bool {
    if plainly_local(value) {
        return false;
    }
    let mut value = crate::util::text::decode_references(value);
    // The HTML tokenizer reads a NUL in a value as U+FFFD, which a URL may
    // hold where it may not hold a NUL.
    if value.contains('\0') {
        value = value.replace('\0', "\u{FFFD}");
    }
    // A CSS escape (`\2f`) could spell a slash the URL parser never sees.
    if value.as_bytes().windows(2).any(|w| w[0] == b'\\' && w[1].is_ascii_hexdigit()) {
        return true;
    }
    static BASE: std::sync::OnceLock<url::Url> = std::sync::OnceLock::new();
    let base = BASE.get_or_init(|| url::Url::parse("https://amal.invalid/page/").expect("a valid base"));
    match base.join(&value) {
        Ok(resolved) => {
            resolved.origin() != base.origin()
                && !matches!(resolved.scheme(), "data" | "blob" | "about" | "javascript")
        }
        // What a browser cannot resolve, it does not load.
        Err(_) => false,
    }
}

/// A path on the site itself, told without parsing: no scheme, backslash,
/// reference, control or space before it, and no second slash after a
/// first. Nearly every value of a page is one.
fn plainly_local(value: &str) -> bool {
    let bytes = value.as_bytes();
    let suspicious = |b: &u8| matches!(b, b':' | b'\\' | b'&') || *b <= b' ';
    !bytes.iter().any(suspicious) && !value.starts_with("//")
}

/// The external URLs a page loads: from tags that load what they name,
/// from attributes any tag can carry (`style`, `ping`, `background`), and
/// from CSS in the page (`style` attributes and elements).
pub fn in_html(html: &str) -> Vec<String> {
    let mut found = scan(html, Reading::Page);
    attributes_anywhere(html, &mut found);
    dedup_in_order(&mut found);
    found
}

/// The external URLs a stylesheet loads.
pub fn in_stylesheet(css: &str) -> Vec<String> {
    let mut found = scan(css, Reading::Stylesheet);
    in_css(css, &mut found);
    dedup_in_order(&mut found);
    found
}

fn dedup_in_order(found: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    found.retain(|url| seen.insert(url.clone()));
}

/// The tags that load what they name (3 to 7 letters, starting with one of
/// a b e f i l m o s t u v: [`loading_tag`] relies on it). `style` holds
/// CSS, `base` moves every relative URL of the page, `meta` can send the
/// reader elsewhere.
const LOADING_TAGS: [&[u8]; 20] = [
    b"script", b"img", b"iframe", b"frame", b"embed", b"object", b"source", b"track", b"audio", b"video",
    b"input", b"link", b"image", b"use", b"feimage", b"base", b"meta", b"style", b"set", b"animate",
];

/// How deep `srcdoc` pages inside pages and CSS blocks inside blocks are
/// read; deeper is refused rather than left unread.
const MAX_NESTING: usize = 32;

/// Stands in the list of URLs for what was too deep to read.
const TOO_DEEP: &str = "(markup nested too deeply to check)";

/// What is reported for a document given inline as a `data:` URL.
const DATA_DOCUMENT: &str = "(a document inside a data: URL)";

/// An entry of what [`in_html`] or [`in_stylesheet`] found, as a message
/// says it: an address as it is, and what stands for markup that could not
/// be read in the run's language.
pub fn described(url: &str) -> crate::messages::Message {
    use crate::msg;
    match url {
        TOO_DEEP => msg!("safety-nested-too-deeply"),
        DATA_DOCUMENT => msg!("safety-data-document"),
        _ => msg!("safety-address", url = url),
    }
}

/// The elements that show another document in the page.
fn embeds_a_document(name: &str) -> bool {
    ["iframe", "frame", "object", "embed"].iter().any(|tag| name.eq_ignore_ascii_case(tag))
}

/// Whether `value` is a `data:` URL, whatever its case, references or the
/// spaces and controls before it (which the URL parser drops).
fn data_document(value: &str) -> bool {
    let value = crate::util::text::decode_references(value);
    let value = value.trim_start_matches(|c: char| c <= ' ');
    value.get(..5).is_some_and(|scheme| scheme.eq_ignore_ascii_case("data:"))
}

/// One pass over the text, from one `<`, `(` or `@` to the next (every page
/// is scanned, so this runs over all the HTML a build writes). It finds
/// what the pattern
/// `(?is)<(?:script|img|…)\b[^>]*>|url\(\s*['"]?[^'")\s]+|@import\s*['"][^'"]+`
/// would, and more (a test holds it to that): a tag that loads something
/// (`tags`), `url(…)` and `@import "…"`, wherever they are. What a tag
/// holds is not searched again.
fn scan(text: &str, reading: Reading) -> Vec<String> {
    let mut found = Vec::new();
    scan_into(text, reading, 0, &mut found);
    found
}

/// What a text is read as: a page holds tags, a stylesheet only CSS.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
    Page,
    Stylesheet,
}

fn scan_into(text: &str, reading: Reading, depth: usize, found: &mut Vec<String>) {
    let tags = reading == Reading::Page;
    let bytes = text.as_bytes();
    // One search runs over the whole text (a new search per candidate
    // would pay its set-up at every tag); candidates inside a match are
    // passed over.
    let (a, b, c) = if tags { (b'<', b'(', b'@') } else { (b'(', b'@', b'@') };
    let mut at = 0;
    for i in memchr::memchr3_iter(a, b, c, bytes) {
        if i < at {
            continue;
        }
        at = i + 1;
        let css = match bytes[i] {
            b'<' => {
                if let Some(end) = loading_tag(text, i) {
                    // What the tag's quoted values hold is searched too: in a
                    // comment or a textarea, a `<img alt="` is no tag, and
                    // its "value" must not hide the real tag inside it.
                    let tag = &text[i + 1..end];
                    if tag.len() >= 5 && tag.as_bytes()[..5].eq_ignore_ascii_case(b"style") {
                        // Its text is searched on as well: inside SVG it is
                        // markup, where a tag can break out.
                        style_element(text, end + 1, found);
                    } else {
                        in_tag(tag, depth, found);
                    }
                }
                continue;
            }
            b'(' if i >= 3 && bytes[i - 3..i].eq_ignore_ascii_case(b"url") => css_url(text, i + 1),
            b'@' if bytes.get(i + 1..i + 7).is_some_and(|w| w.eq_ignore_ascii_case(b"import")) => {
                css_import(text, i + 7)
            }
            _ => None,
        };
        if let Some((url, end)) = css {
            if external(url) {
                found.push(url.to_string());
            }
            // In a page, what follows `url(` may be a tag, not CSS: it is
            // searched too.
            if !tags {
                at = end;
            }
        }
    }
}

/// Reads a `<style>` element's CSS, from the end of its start tag to its
/// end tag: `</style` followed by a space, `/` or `>`, as the tokenizer
/// ends raw text (`</stylex` is text). Inside SVG the element's text is
/// markup, where a `</style>` in a comment or a CDATA section ends nothing:
/// those are passed over, which can only make the CSS read longer.
fn style_element(text: &str, from: usize, found: &mut Vec<String>) {
    let rest = &text.as_bytes()[from..];
    let mut at = 0;
    let close = loop {
        let Some(i) = memchr::memmem::find(&rest[at..], b"<").map(|i| at + i) else { break rest.len() };
        let after = &rest[i + 1..];
        let skip = if after.starts_with(b"!--") {
            Some(("-->", 4))
        } else if after.starts_with(b"![CDATA[") {
            Some(("]]>", 9))
        } else {
            None
        };
        if let Some((end, opened)) = skip {
            match memchr::memmem::find(&rest[i + opened..], end.as_bytes()) {
                Some(e) => at = i + opened + e + end.len(),
                None => break rest.len(),
            }
            continue;
        }
        let is_end = after.first() == Some(&b'/')
            && rest.get(i + 2..i + 7).is_some_and(|n| n.eq_ignore_ascii_case(b"style"))
            && rest.get(i + 7).is_some_and(|b| b.is_ascii_whitespace() || matches!(b, b'/' | b'>'));
        if is_end {
            break i;
        }
        at = i + 1;
    };
    let css = &text[from..from + close];
    in_css(css, found);
    // Inside SVG, a style element's text is markup: its CSS is its text
    // nodes, references decoded, comments and tags left out.
    if css.contains(['&', '<']) {
        let mut nodes = vec![String::new()];
        let mut rest = css;
        while let Some(open) = rest.find('<') {
            nodes.last_mut().expect("a node").push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let (skip, close) = if after.starts_with("!--") { (3, "-->") } else { (0, ">") };
            let tag =
                after.as_bytes().first().is_some_and(|b| b.is_ascii_alphabetic() || matches!(b, b'/' | b'!'));
            if !tag {
                nodes.last_mut().expect("a node").push('<');
                rest = after;
                continue;
            }
            rest = after[skip..].find(close).map_or("", |e| &after[skip + e + close.len()..]);
            nodes.push(String::new());
        }
        nodes.last_mut().expect("a node").push_str(rest);
        // Its CSS is its own text nodes joined; which of them are its own
        // and which a child's is left to the browser, so each is read too.
        in_css(&crate::util::text::decode_text_references(&nodes.concat()), found);
        for node in nodes.iter().filter(|n| !n.is_empty()) {
            in_css(&crate::util::text::decode_text_references(node), found);
        }
    }
}

/// The position of the `>` closing the loading tag that opens at `open`, if
/// one does.
fn loading_tag(text: &str, open: usize) -> Option<usize> {
    let rest = &text.as_bytes()[open + 1..];
    // Most tags of a page (closing tags, `p`, `div`, `a`, `li`) are ruled
    // out by their first letter or their length, before the list is
    // compared.
    let first = rest.first()?.to_ascii_lowercase();
    if !matches!(first, b'a' | b'b' | b'e' | b'f' | b'i' | b'l' | b'm' | b'o' | b's' | b't' | b'u' | b'v') {
        return None;
    }
    let name_end = rest.iter().position(|b| !b.is_ascii_alphanumeric()).unwrap_or(rest.len());
    let name = &rest[..name_end];
    if !matches!(name.len(), 3..=7) || !LOADING_TAGS.iter().any(|tag| name.eq_ignore_ascii_case(tag)) {
        return None;
    }
    // The name must end there, as a word: `<imgs` is no `<img`.
    let after = text[open + 1 + name_end..].chars().next();
    if after.is_some_and(|c| c.is_alphanumeric() || c == '_') {
        return None;
    }
    start_tag(&text[open + 1..], name_end).1.map(|i| open + 1 + i)
}

/// A start tag's attributes (name, value as written) and the position of
/// its `>`, read from `from` (inside its name) as the HTML tokenizer reads
/// them: a `>` inside a quoted value does not end the tag, an unquoted
/// value runs to a space or `>`, an attribute's name may begin with `=`.
/// No `>` (the tag runs to the end of the text) is `None`: a browser drops
/// such a tag.
fn start_tag(text: &str, from: usize) -> (Vec<(&str, &str)>, Option<usize>) {
    let b = text.as_bytes();
    let mut attributes = Vec::new();
    let mut i = from;
    while i < b.len() && !(b[i].is_ascii_whitespace() || matches!(b[i], b'/' | b'>')) {
        i += 1;
    }
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        match b.get(i) {
            None => return (attributes, None),
            Some(b'>') => return (attributes, Some(i)),
            Some(_) => {}
        }
        let name_start = i;
        i += 1;
        while i < b.len() && !(b[i].is_ascii_whitespace() || matches!(b[i], b'/' | b'>' | b'=')) {
            i += 1;
        }
        let name = &text[name_start..i];
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if b.get(i) != Some(&b'=') {
            attributes.push((name, ""));
            continue;
        }
        match attribute_value(text, i + 1) {
            Some((value, next)) => {
                attributes.push((name, value));
                i = next;
            }
            None => return (attributes, None),
        }
    }
}

/// An attribute's value after its `=`, and where the text goes on; `None`
/// when a quoted value is never closed.
fn attribute_value(text: &str, from: usize) -> Option<(&str, usize)> {
    let b = text.as_bytes();
    let mut i = from;
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    match b.get(i) {
        Some(&q @ (b'"' | b'\'')) => {
            let len = memchr::memchr(q, &b[i + 1..])?;
            Some((&text[i + 1..i + 1 + len], i + len + 2))
        }
        _ => {
            let start = i;
            while i < b.len() && !(b[i].is_ascii_whitespace() || b[i] == b'>') {
                i += 1;
            }
            Some((&text[start..i], i))
        }
    }
}

/// After `url(`: spaces, an optional quote, then the URL up to a quote,
/// `)` or space. The URL and where it ends.
fn css_url(text: &str, from: usize) -> Option<(&str, usize)> {
    let rest = text[from..].trim_start();
    let rest = rest.strip_prefix(['"', '\'']).unwrap_or(rest);
    let len = rest.find(|c: char| matches!(c, '\'' | '"' | ')') || c.is_whitespace()).unwrap_or(rest.len());
    (len > 0).then(|| (&rest[..len], text.len() - rest.len() + len))
}

/// After `@import`: any spaces, a quote, then the URL up to a quote.
fn css_import(text: &str, from: usize) -> Option<(&str, usize)> {
    // `@import"x.css"` is valid CSS too: the space is optional.
    let rest = text[from..].trim_start();
    let rest = rest.strip_prefix(['"', '\''])?;
    let len = rest.find(['\'', '"']).unwrap_or(rest.len());
    (len > 0).then(|| (&rest[..len], text.len() - rest.len() + len))
}

/// CSS as a browser tokenizes it: escapes decoded (`\75rl(` is `url(`),
/// comments skipped, strings read whole. What it loads: `url(…)` and
/// `src(…)`, the strings of `image-set(…)` and of `@import`.
fn in_css(css: &str, found: &mut Vec<String>) {
    let mut parser = cssparser::Parser::new(css);
    css_tokens(&mut parser, CssContext::Plain, 0, found);
}

#[derive(Clone, Copy, PartialEq)]
enum CssContext {
    Plain,
    /// Inside `url(` or `src(`: its string is a URL.
    Url,
    /// Inside `image-set(`: each string is a URL.
    ImageSet,
}

fn css_tokens(parser: &mut cssparser::Parser, context: CssContext, depth: usize, found: &mut Vec<String>) {
    let mut import = false;
    let check = |url: &str, found: &mut Vec<String>| {
        if external(url) {
            found.push(url.to_string());
        }
    };
    while let Ok(token) = parser.next_including_whitespace_and_comments() {
        let token = token.clone();
        let nested = match &token {
            cssparser::Token::UnquotedUrl(url) => {
                check(url, found);
                None
            }
            cssparser::Token::QuotedString(text) => {
                if import || context != CssContext::Plain {
                    check(text, found);
                }
                None
            }
            cssparser::Token::AtKeyword(name) => {
                import = name.eq_ignore_ascii_case("import");
                continue;
            }
            cssparser::Token::WhiteSpace(_) | cssparser::Token::Comment(_) => continue,
            cssparser::Token::Function(name) => {
                Some(if name.eq_ignore_ascii_case("url") || name.eq_ignore_ascii_case("src") {
                    CssContext::Url
                } else if name.eq_ignore_ascii_case("image-set")
                    || name.eq_ignore_ascii_case("-webkit-image-set")
                {
                    CssContext::ImageSet
                } else {
                    CssContext::Plain
                })
            }
            cssparser::Token::ParenthesisBlock
            | cssparser::Token::SquareBracketBlock
            | cssparser::Token::CurlyBracketBlock => Some(CssContext::Plain),
            _ => None,
        };
        import = false;
        if let Some(inner) = nested {
            if depth >= MAX_NESTING {
                found.push(TOO_DEEP.to_string());
                return;
            }
            let _ = parser.parse_nested_block(|p| {
                css_tokens(p, inner, depth + 1, found);
                Ok::<(), cssparser::ParseError<()>>(())
            });
        }
    }
}

/// Attributes any tag can carry that make the browser fetch: `style`
/// (CSS), `ping` (sent when a link is followed) and `background`. Found by
/// their name wherever it stands as an attribute's, so that the tags that
/// carry them need not be read.
fn attributes_anywhere(html: &str, found: &mut Vec<String>) {
    /// `style`, `ping`, `background`, then SVG's presentation attributes,
    /// which it reads as CSS.
    const NAMES: [&str; 12] = [
        "style",
        "ping",
        "background",
        "fill",
        "stroke",
        "filter",
        "clip-path",
        "mask",
        "marker-start",
        "marker-mid",
        "marker-end",
        "cursor",
    ];
    let bytes = html.as_bytes();
    // From each `=` back to the name before it: a page has far fewer `=`
    // than letters, and memchr finds them at memory speed.
    for equals in memchr::memchr_iter(b'=', bytes) {
        let mut end = equals;
        while end > 0 && bytes[end - 1].is_ascii_whitespace() {
            end -= 1;
        }
        let mut start = end;
        while start > 0
            && end - start < 12
            && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'-')
        {
            start -= 1;
        }
        let Some(index) = NAMES.iter().position(|n| bytes[start..end].eq_ignore_ascii_case(n.as_bytes()))
        else {
            continue;
        };
        // An attribute's name follows a space, a slash or a quoted value.
        let before = start.checked_sub(1).map(|i| bytes[i]);
        if !before.is_some_and(|b| b.is_ascii_whitespace() || matches!(b, b'/' | b'"' | b'\'')) {
            continue;
        }
        let Some((value, _)) = attribute_value(html, equals + 1) else { continue };
        let value = crate::util::text::decode_references(value);
        match NAMES[index] {
            "ping" => push_external(found, value.split_whitespace()),
            "background" => push_external(found, [value.as_str()]),
            _ => in_css(&value, found),
        }
    }
}

/// Adds those of `urls` a browser would load from another site.
fn push_external<'a>(found: &mut Vec<String>, urls: impl IntoIterator<Item = &'a str>) {
    found.extend(urls.into_iter().filter(|u| external(u)).map(str::to_string));
}

fn has_url(value: &str) -> bool {
    value.as_bytes().windows(3).any(|w| w.eq_ignore_ascii_case(b"url"))
}

/// The external URLs one tag (its text between `<` and `>`) loads.
fn in_tag(text: &str, depth: usize, found: &mut Vec<String>) {
    let name_end = text.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(text.len());
    let name = &text[..name_end];
    let (attributes, _) = start_tag(text, name_end);
    let value_of = |key: &str| attributes.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).map(|(_, v)| *v);
    // A navigation link's URLs are not fetched; its attributes may still
    // be read as CSS (inside SVG, a `link` is an element of its own).
    let mut loads = true;
    if name.eq_ignore_ascii_case("link") {
        // Navigation links load nothing; any other rel may (icons,
        // preloads, mask-icon, compression dictionaries, ones to come).
        let inert = [
            "canonical",
            "alternate",
            "next",
            "prev",
            "author",
            "license",
            "me",
            "help",
            "bookmark",
            "external",
            "nofollow",
            "noopener",
            "noreferrer",
            "opener",
            "tag",
            "privacy-policy",
            "terms-of-service",
        ];
        loads = value_of("rel").is_some_and(|rel| {
            rel.split_whitespace().any(|r| !inert.iter().any(|l| l.eq_ignore_ascii_case(r)))
        });
    }
    if name.eq_ignore_ascii_case("meta") {
        // `<meta http-equiv="refresh" content="0; url=…">` leaves for there.
        let http_equiv = value_of("http-equiv").map(crate::util::text::decode_references);
        if http_equiv.is_some_and(|v| v.trim().eq_ignore_ascii_case("refresh")) {
            let content = crate::util::text::decode_references(value_of("content").unwrap_or(""));
            if let Some(target) = refresh_target(&content)
                && external(target)
            {
                found.push(target.to_string());
            }
        }
        return;
    }
    for &(key, value) in &attributes {
        let is = |names: &[&str]| loads && names.iter().any(|n| key.eq_ignore_ascii_case(n));
        if is(&["src", "href", "xlink:href", "poster", "data"]) && external(value) {
            found.push(value.to_string());
        } else if is(&["src", "data"]) && embeds_a_document(name) && data_document(value) {
            // A page of its own that this check does not read (base64 or
            // escaped): refused rather than trusted.
            found.push(DATA_DOCUMENT.to_string());
        } else if is(&["srcset", "imagesrcset"]) {
            // Split once its references are read: `&#44;` is a comma.
            let value = crate::util::text::decode_references(value);
            push_external(
                found,
                value.split(',').filter_map(|candidate| candidate.split_whitespace().next()),
            );
        } else if is(&["srcdoc"]) {
            // A whole page, its references decoded.
            if depth >= MAX_NESTING {
                found.push(TOO_DEEP.to_string());
            } else {
                let page = crate::util::text::decode_references(value);
                scan_into(&page, Reading::Page, depth + 1, found);
                attributes_anywhere(&page, found);
            }
        } else if is(&["to", "from", "values", "by"])
            && (name.eq_ignore_ascii_case("set") || name.eq_ignore_ascii_case("animate"))
        {
            // SMIL can set an image's href to anything (`&#59;` is a `;`).
            let value = crate::util::text::decode_references(value);
            push_external(found, value.split(';').map(str::trim));
        } else if has_url(value) {
            // SVG reads `fill="url(…)"` and its kin as CSS.
            in_css(&crate::util::text::decode_references(value), found);
        }
    }
}

/// Where `<meta http-equiv="refresh" content="…">` sends the reader, read
/// as the HTML standard's shared declarative refresh steps read it
/// (`0; url='…'`, `0,…`, `1.5 …`: whitespace alone may end the delay);
/// `None` where the browser stays on the page.
fn refresh_target(content: &str) -> Option<&str> {
    let space = |c: char| c.is_ascii_whitespace();
    let rest = content.trim_start_matches(space);
    let after_digits = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    if after_digits.len() == rest.len() && !after_digits.starts_with('.') {
        return None;
    }
    let rest = after_digits.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    if !rest.is_empty() && !rest.starts_with([';', ',']) && !rest.starts_with(space) {
        return None;
    }
    let rest = rest.trim_start_matches(space);
    let rest = rest.strip_prefix([';', ',']).unwrap_or(rest).trim_start_matches(space);
    if rest.is_empty() {
        return None;
    }
    if !rest.starts_with(['u', 'U']) {
        return Some(unquoted(rest));
    }
    // `url` then `=`; without the `=` the whole text is the address.
    if rest.get(..3).is_some_and(|word| word.eq_ignore_ascii_case("url"))
        && let Some(value) = rest[3..].trim_start_matches(space).strip_prefix('=')
    {
        return Some(unquoted(value.trim_start_matches(space)));
    }
    Some(rest)
}

/// A value after its opening quote, up to the same quote, or as it is.
fn unquoted(value: &str) -> &str {
    match value.chars().next() {
        Some(quote @ ('\'' | '"')) => {
            let inner = &value[1..];
            inner.find(quote).map_or(inner, |end| &inner[..end])
        }
        _ => value,
    }
}

#[cfg(any(test, feature = "fuzzing"))]
/// What a browser would load from elsewhere, read by a real HTML parser
/// (html5ever's, through scraper): every element and attribute as the
/// browser builds them, references decoded, `srcdoc` pages parsed in
/// turn. Slow, and exact where the scanner is quick.
pub fn browser_loads(html: &str, depth: usize) -> bool {
    // The parser has decoded the references already.
    let external = |v: &str| external(&v.replace('&', "&amp;"));
    let document = scraper::Html::parse_document(html);
    let mut found = Vec::new();
    for node in document.tree.nodes() {
        let Some(element) = node.value().as_element() else { continue };
        let name = element.name().to_ascii_lowercase();
        let value = |key: &str| element.attrs().find(|(k, _)| k.eq_ignore_ascii_case(key)).map(|(_, v)| v);
        let loading = LOADING_TAGS.iter().any(|t| name.as_bytes().eq_ignore_ascii_case(t));
        let svg = &*element.name.ns == "http://www.w3.org/2000/svg";
        let rel_has = |kind: &str| {
            value("rel").is_some_and(|r| r.split_whitespace().any(|r| r.eq_ignore_ascii_case(kind)))
        };
        if name == "meta" {
            if value("http-equiv").is_some_and(|v| v.trim().eq_ignore_ascii_case("refresh"))
                && let Some(target) = refresh_by_the_standard(value("content").unwrap_or(""))
                && external(&target)
            {
                found.push(target.to_string());
            }
            continue;
        }
        for (key, v) in element.attrs() {
            let key = key.to_ascii_lowercase();
            match key.as_str() {
                "style" => in_css(v, &mut found),
                "ping" => found.extend(v.split_whitespace().filter(|u| external(u)).map(str::to_string)),
                "background" if external(v) => found.push(v.to_string()),
                "src" | "href" | "xlink:href" | "poster" | "data"
                    if loading && name != "link" && external(v) =>
                {
                    found.push(v.to_string())
                }
                // Only images and their sources read `srcset`; a `link`
                // fetches `imagesrcset` only to preload it.
                "srcset" | "imagesrcset"
                    if matches!((key.as_str(), name.as_str()), ("srcset", "img" | "source"))
                        || (key == "imagesrcset" && name == "link" && rel_has("preload")) =>
                {
                    found.extend(
                        v.split(',')
                            .filter_map(|c| c.split_whitespace().next())
                            .filter(|u| external(u))
                            .map(str::to_string),
                    )
                }
                "srcdoc" if name == "iframe" && depth < 3 && browser_loads(v, depth + 1) => {
                    found.push("srcdoc".into())
                }
                // SVG reads its presentation attributes as CSS.
                "fill" | "stroke" | "filter" | "clip-path" | "mask" | "marker-start" | "marker-mid"
                | "marker-end" | "cursor"
                    if svg =>
                {
                    in_css(v, &mut found)
                }
                _ => {}
            }
        }
        if name == "link" && rel_has("stylesheet") && value("href").is_some_and(&external) {
            found.push("link".into());
        }
        if name == "style" {
            let css: String =
                node.children().filter_map(|c| c.value().as_text().map(|t| t.to_string())).collect();
            in_css(&css, &mut found);
        }
    }
    !found.is_empty()
}

/// The HTML standard's shared declarative refresh steps, written out step
/// by step for the oracle, apart from the scanner's [`refresh_target`]
/// (which a property test holds to it).
#[cfg(any(test, feature = "fuzzing"))]
fn refresh_by_the_standard(input: &str) -> Option<String> {
    let chars: Vec<char> = input.chars().collect();
    let space = |c: char| c.is_ascii_whitespace();
    let lower = |i: usize| chars.get(i).map(char::to_ascii_lowercase);
    let skip_spaces = |mut p: usize| {
        while chars.get(p).is_some_and(|&c| space(c)) {
            p += 1;
        }
        p
    };
    // The delay: digits, or a dot; then digits and dots.
    let mut p = skip_spaces(0);
    let digits = p;
    while chars.get(p).is_some_and(char::is_ascii_digit) {
        p += 1;
    }
    if p == digits && chars.get(p) != Some(&'.') {
        return None;
    }
    while chars.get(p).is_some_and(|&c| c.is_ascii_digit() || c == '.') {
        p += 1;
    }
    if p < chars.len() {
        if !matches!(chars[p], ';' | ',') && !space(chars[p]) {
            return None;
        }
        p = skip_spaces(p);
        if matches!(chars.get(p), Some(';' | ',')) {
            p += 1;
        }
        p = skip_spaces(p);
    }
    if p >= chars.len() {
        return None;
    }
    let whole: String = chars[p..].iter().collect();
    let mut q = p;
    if lower(q) == Some('u') {
        if lower(q + 1) != Some('r') || lower(q + 2) != Some('l') {
            return Some(whole);
        }
        q = skip_spaces(q + 3);
        if chars.get(q) != Some(&'=') {
            return Some(whole);
        }
        q = skip_spaces(q + 1);
    }
    let quote = chars.get(q).copied().filter(|c| matches!(c, '\'' | '"'));
    if quote.is_some() {
        q += 1;
    }
    let mut url: String = chars[q..].iter().collect();
    if let Some(end) = quote.and_then(|quote| url.find(quote)) {
        url.truncate(end);
    }
    Some(url)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use regex::Regex;

    proptest! {
        /// The scanner's reading of a refresh is the standard's.
        #[test]
        fn a_refresh_is_read_as_the_standard_s_steps_read_it(content in "[ \t0-9.;,uUrRlL=\"'/a-z:]{0,24}") {
            prop_assert_eq!(refresh_target(&content).map(str::to_string), refresh_by_the_standard(&content));
        }
    }

    #[test]
    fn a_refresh_is_read_as_the_html_standard_reads_it() {
        for (content, target) in [
            ("0; url=https://a.example/", Some("https://a.example/")),
            ("0;URL = 'https://a.example/'junk", Some("https://a.example/")),
            ("0 https://a.example/", Some("https://a.example/")),
            (".5,\"//a.example/\"", Some("//a.example/")),
            ("0; urlx", Some("urlx")),
            ("0; url //a.example", Some("url //a.example")),
            ("0", None),
            ("0;  ", None),
            ("soon; url=//a.example/", None),
            ("0x; url=//a.example/", None),
        ] {
            assert_eq!(refresh_target(content), target, "{content}");
        }
    }

    #[test]
    fn what_a_browser_reads_as_another_site_is_another_site() {
        for url in [
            "//evil.example/a.png",
            "https://evil.example/a.png",
            "HTTPS://evil.example/a.png",
            " //evil.example/a.png",
            "/\\evil.example/a.png",
            "\\\\evil.example/c.png",
            "/&#9;/evil.example/b.png",
            "/\t/evil.example/b.png",
            "/&Tab;/evil.example/b.png",
            "&sol;&sol;evil.example/d.png",
            "/&#x2F;evil.example/e.png",
            "ftp://evil.example/f",
            "\\2f\\2f evil.example/g.png",
        ] {
            assert!(external(url), "{url:?} loads from another site");
        }
        for url in [
            "style.css",
            "/fr/photo.jpg",
            "../fonts/noto.woff2",
            "fr/%D8%A7/photo.jpg",
            "data:image/png;base64,AAAA",
            "photo.jpg?v=1&amp;w=2",
            "#top",
            "",
        ] {
            assert!(!external(url), "{url:?} stays on the site");
        }
    }

    proptest! {
        /// The fast path says "local" only where the URL rules agree.
        #[test]
        fn the_fast_path_agrees_with_the_url_rules(value in "[a-z/.\\\\:&#;0-9 \t%-]{0,16}") {
            if plainly_local(&value) {
                let base = url::Url::parse("https://amal.invalid/page/").unwrap();
                if let Ok(resolved) = base.join(&value) {
                    prop_assert_eq!(resolved.origin(), base.origin(), "{:?}", value);
                }
            }
        }
    }

    /// The pattern `scan` stands for, run as the regex crate runs it.
    fn reference(text: &str, tags: bool) -> Vec<String> {
        const CSS: &str = r#"url\(\s*['"]?[^'")\s]+|@import\s*['"][^'"]+"#;
        let pattern = if tags {
            format!(
                r"(?is)<(?:script|img|iframe|frame|embed|object|source|track|audio|video|input|link|image|use)\b[^>]*>|{CSS}"
            )
        } else {
            format!("(?is){CSS}")
        };
        let mut found = Vec::new();
        for m in Regex::new(&pattern).unwrap().find_iter(text) {
            let text = m.as_str();
            if let Some(tag) = text.strip_prefix('<') {
                in_tag(&tag[..tag.len() - 1], 0, &mut found);
            } else {
                let rest =
                    if text.starts_with('@') { &text["@import".len()..] } else { &text["url(".len()..] };
                let url = rest.trim_start().trim_start_matches(['"', '\'']);
                if external(url) {
                    found.push(url.to_string());
                }
            }
        }
        found
    }

    fn markup() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "<",
            ">",
            "img",
            "IMG",
            "Script",
            "link",
            "links",
            "use",
            "imgé",
            "img_",
            "img-",
            " ",
            "\n",
            "\u{a0}",
            "src=",
            "href=",
            "poster=",
            "srcset=",
            "rel=",
            "stylesheet",
            "icon",
            "\"",
            "'",
            ",",
            " 2x",
            "//x.example/a",
            "https://y.example",
            "HTTP://z",
            "ftp:w",
            "a.png",
            "url(",
            "URL(",
            "uRl",
            "(",
            ")",
            "@import",
            "@IMPORT",
            "@",
            "import",
            "ⵜⵉ",
            "عربي",
            "=",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|p| p.concat())
    }

    proptest! {
        #[test]
        fn the_scanner_finds_what_the_pattern_finds(text in markup()) {
            let (html, css) = (in_html(&text), in_stylesheet(&text));
            for url in reference(&text, true) {
                prop_assert!(html.contains(&url), "{:?} misses {:?}", text, url);
            }
            for url in reference(&text, false) {
                prop_assert!(css.contains(&url), "{:?} misses {:?}", text, url);
            }
        }
    }

    #[test]
    fn every_loading_tag_passes_the_quick_filter() {
        for tag in LOADING_TAGS {
            let name = String::from_utf8_lossy(tag).to_uppercase();
            let text = match name.as_str() {
                "LINK" => format!(r#"<{name} rel="stylesheet" href="https://x.example/a">"#),
                "META" => format!(r#"<{name} http-equiv="Refresh" content="0; URL=https://x.example/a">"#),
                "STYLE" => format!("<{name}>a {{ background: url(https://x.example/a) }}</{name}>"),
                _ => format!(r#"<{name} src="https://x.example/a">"#),
            };
            assert_eq!(in_html(&text), ["https://x.example/a"], "{text}");
        }
    }

    #[test]
    fn finds_what_loads_from_elsewhere() {
        let html = r#"<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Noto">
<link rel="canonical" href="https://example.org/fr/">
<link rel="alternate" hreflang="ar" href="https://example.org/ar/">
<script src="//cdn.example.com/x.js"></script>
<img src="../logo.png" srcset="a.png 1x, https://cdn.example.com/b.png 2x">
<a href="https://example.org/">a link</a>
<iframe src='https://maps.example.com/'></iframe>
<video controls poster=https://cdn.example.com/p.jpg></video>
<div style="background: url(https://tracker.example/p.gif)"></div>"#;
        assert_eq!(
            in_html(html),
            [
                "https://fonts.googleapis.com/css?family=Noto",
                "//cdn.example.com/x.js",
                "https://cdn.example.com/b.png",
                "https://maps.example.com/",
                "https://cdn.example.com/p.jpg",
                "https://tracker.example/p.gif"
            ]
        );
    }

    /// Pages a theme author or a pasted snippet could write, each loading
    /// from another site in a way a browser follows.
    #[test]
    fn tricks_a_browser_follows_are_found() {
        let missed = [
            // A `>` inside a quoted value does not end the tag.
            r#"<img alt=">" src="https://evil.example/a.png">"#,
            // Numeric references need no `;`.
            r#"<img src="&#47&#47evil.example/a.png">"#,
            r#"<img src="&#x2F&#x2F;evil.example/a.png">"#,
            // CSS escapes spell `url` and the slashes.
            r#"<div style="background: \75rl(https://evil.example/a.png)"></div>"#,
            r#"<div style="background: u\72l(https://evil.example/a.png)"></div>"#,
            r#"<div style="background: url(\2f\2f evil.example/a.png)"></div>"#,
            // References inside a style attribute are decoded first.
            r#"<div style="background: u&#114;l(https://evil.example/a.png)"></div>"#,
            // URLs as strings.
            r#"<div style='background-image: image-set("https://evil.example/a.png" 1x)'></div>"#,
            r#"<div style="background-image: -webkit-image-set('https://evil.example/a.png' 1x)"></div>"#,
            r#"<style>@import "https://evil.example/a.css";</style>"#,
            r#"<style>.a { background: \75rl(https://evil.example/a.png) }</style>"#,
            r#"<style>.a { background: url(https://evil.example/a.png) }</STYLE>"#,
            // Every relative URL of the page from elsewhere.
            r#"<base href="https://evil.example/">"#,
            // A page inside an attribute.
            r#"<iframe srcdoc="<img src=https://evil.example/a.png>"></iframe>"#,
            r#"<iframe srcdoc="&lt;img src=&quot;https://evil.example/a.png&quot;&gt;"></iframe>"#,
            r#"<link rel="preload" as="image" imagesrcset="https://evil.example/a.png 2x">"#,
            r#"<link rel="prerender" href="https://evil.example/">"#,
            // Sent when the reader follows a link, to a third site.
            r#"<a href="/fr/" ping="https://evil.example/p">home</a>"#,
            // Leaves the page for another site with no choice of hers.
            r#"<meta http-equiv="refresh" content="0; url=https://evil.example/">"#,
            r#"<svg><feImage href="https://evil.example/a.png"/></svg>"#,
            // Found by review: a srcdoc page that says "curl"; a quoted
            // value inside a comment or a textarea swallowing a real tag;
            // names in capitals; SVG values decoded; refresh without url=;
            // &lpar;; rels that load; SMIL.
            r#"<iframe srcdoc="<p>curl</p><img src=https://evil.example/a.png>"></iframe>"#,
            r#"<!--<img alt="--><img src=//evil.example/a.png>">"#,
            r#"<textarea><img alt="</textarea><img src=//evil.example/a.png>"></textarea>"#,
            r#"<a href="/" PING="https://evil.example/p">x</a>"#,
            r#"<table BACKGROUND="https://evil.example/a.png"></table>"#,
            r#"<div STYLE="background:u&#114;l(https://evil.example/a.png)"></div>"#,
            r#"<svg><rect mask="url(&quot;https://evil.example/m.png&quot;)"/></svg>"#,
            r#"<svg><rect mask="\75rl(https://evil.example/m.png)"/></svg>"#,
            r#"<meta http-equiv="refresh" content="0; https://evil.example/">"#,
            r#"<meta http-equiv="refresh" content="0,https://evil.example/">"#,
            // The HTML standard's refresh parser: whitespace alone ends the
            // delay, and the delay may be fractional.
            r#"<meta http-equiv="refresh" content="0 https://evil.example/">"#,
            r#"<meta http-equiv="refresh" content="1.5 url=//evil.example/">"#,
            r#"<meta http-equiv="refresh" content="&#9;0&#10;URL = 'https://evil.example/'junk">"#,
            // Legacy references need no `;` before a character that is not
            // a letter, a digit or `=` (found by the differential fuzzer).
            "<svg><rect mask=\"url(&quot\u{1b}https://evil.example/m.png&quo';)\"/></svg>",
            "<svg><rect mask=\"url(&QUOT;https://evil.example/m.png&QUOT;)\"/></svg>",
            // `</stylex` ends no style element: the CSS runs on (found by
            // the differential fuzzer).
            "<style>p{}</STYLEx a{background:\\75rl(https://evil.example/a.png)}",
            "<style>p{}</style-not a{background:\\75rl(https://evil.example/a.png)}</style>",
            // Found by review: the tokenizer's table for &#x80;–&#x9F; (Š is
            // a letter of a host name, U+008A is not); an SVG style's end
            // inside a comment; references in a style's text, where &quot
            // needs no `;` before a letter; a refresh named by references;
            // lists split after their references are read.
            r#"<img src="//evil&#x8A;.example/a.png">"#,
            r#"<svg><style><!--</style>-->a{background:image-set("https://evil.example/a.png" 1x)}</style></svg>"#,
            r#"<svg><style><![CDATA[</style>]]>a{background:image-set("https://evil.example/a.png" 1x)}</style></svg>"#,
            r#"<svg><style>@import url(&quothttps://evil.example/x.css&quot);</style></svg>"#,
            r#"<meta http-equiv="&#82;efresh" content="0;url=https://evil.example/">"#,
            r#"<img srcset="a.png 1x&#44;//evil.example/b.png 2x" alt="">"#,
            r#"<svg><image><animate attributeName="href" values="a.png&#59//evil.example/a.png"/></image></svg>"#,
            // A document inside a data: URL is a page of its own, which the
            // check does not read: refused (found trying an attack not planned).
            r#"<iframe src="data:text/html,<img src=https://evil.example/a.png>"></iframe>"#,
            r#"<object data="DATA:image/svg+xml;base64,PHN2Zz4="></object>"#,
            r#"<embed src=" data:text/html;base64,PGltZz4=">"#,
            // The tokenizer reads a NUL in a value as U+FFFD, which a URL may hold.
            "<a href=\"/\" ping=\"x://\0evil.example/p\">x</a>",
            r#"<div style="background:url&lpar;https://evil.example/a.png&rpar;"></div>"#,
            r#"<link rel="mask-icon" href="https://evil.example/i.svg">"#,
            r#"<link rel="compression-dictionary" href="https://evil.example/d">"#,
            r#"<svg><image><set attributeName="href" to="https://evil.example/a.png"/></image></svg>"#,
            r#"<svg><image><animate attributeName="href" values="a.png;https://evil.example/a.png"/></image></svg>"#,
        ]
        .into_iter()
        .filter(|html| in_html(html).is_empty())
        .collect::<Vec<_>>();
        assert!(missed.is_empty(), "not found:\n{}", missed.join("\n"));
        for css in [
            "a { background: \\75rl(https://evil.example/a.png) }",
            "a { background: image-set('https://evil.example/a.png' 1x) }",
            "@\\69mport 'https://evil.example/a.css';",
        ] {
            assert!(!in_stylesheet(css).is_empty(), "not found: {css}");
        }
        // What stays on the site stays allowed.
        for html in [
            r#"<img alt=">" src="/fr/a.png">"#,
            r#"<div style="background: url(/a.png)"></div>"#,
            r#"<a href="https://example.org/">a link</a>"#,
            r#"<p>shopping = fun, style = mine</p>"#,
            r#"<iframe srcdoc="<p>hello</p>"></iframe>"#,
        ] {
            assert_eq!(in_html(html), Vec::<String>::new(), "{html}");
        }
    }

    fn hostile_markup() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "<img",
            "<IMG",
            "<iframe",
            "<base",
            "<link",
            "<style>",
            "</style>",
            "<svg>",
            "<feImage",
            "<video",
            "<p",
            "<a",
            "<div",
            "<textarea>",
            "<!--",
            "-->",
            ">",
            " ",
            "/",
            "\"",
            "'",
            "=",
            "src=",
            "href=",
            " style=",
            " ping=",
            " srcdoc=",
            " poster=",
            " background=",
            " alt=",
            " rel=stylesheet",
            "&#47",
            "&#x2F;",
            "&sol;",
            "&#47;",
            "&quot;",
            "&lt;",
            "&gt;",
            "&amp;",
            "&#92;",
            "\\",
            "\\75",
            "rl(",
            "url(",
            "URL(",
            "image-set(",
            "'https:",
            "\"//",
            "//e.example/a",
            "https://e.example/a",
            "e.example/a",
            ")",
            "@import",
            "@\\69mport",
            "a.png",
            "/*",
            "*/",
            ";",
            "{",
            "}",
            " PING=",
            " STYLE=",
            " mask=",
            " fill=",
            "&lpar;",
            "<set",
            " to=",
            "<rect",
            "<!--<img alt=\"",
            "<textarea><img alt=\"",
        ]);
        prop::collection::vec(pieces, 0..24).prop_map(|p| p.concat())
    }

    /// Every input the differential fuzz target kept (`fuzz/corpus/other_site/`)
    /// and every miss it found (`fuzz/artifacts/other_site/`), replayed.
    #[test]
    fn the_scanner_misses_nothing_the_fuzzer_kept() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
        let mut count = 0;
        for folder in ["corpus", "artifacts"] {
            let Ok(entries) = std::fs::read_dir(root.join(folder).join("other_site")) else { continue };
            for entry in entries.flatten() {
                let Ok(bytes) = std::fs::read(entry.path()) else { continue };
                let Ok(html) = std::str::from_utf8(&bytes) else { continue };
                if browser_loads(html, 0) {
                    assert!(!in_html(html).is_empty(), "{}: missed {html:?}", entry.path().display());
                }
                count += 1;
            }
        }
        assert!(count > 0, "no corpus for other_site");
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

        /// The differential test: whatever the browser's parser would load
        /// from another site, the quick scanner finds something in.
        #[test]
        fn the_scanner_misses_nothing_a_browser_would_load(html in hostile_markup()) {
            if browser_loads(&html, 0) {
                prop_assert!(!in_html(&html).is_empty(), "missed: {:?}", html);
            }
        }
    }

    #[test]
    fn finds_what_stylesheets_load() {
        let css = "@import 'https://x.example/a.css';\n@font-face { src: url(\"https://fonts.example/f.woff2\") }\nbody { background: url(img/bg.png) }";
        assert_eq!(in_stylesheet(css), ["https://x.example/a.css", "https://fonts.example/f.woff2"]);
    }
}
