//! Front matter written as plain `key: value` lines, read without the YAML
//! parser.
//!
//! Nearly every page's front matter is a few lines like `title: "…"`,
//! `date: 2024-07-03`, `weight: 2`. Through the YAML parser each page took
//! ~40,000 instructions (6 % of a build, benches/README.md); read here, a few
//! hundred. Only what reads the same either way is taken: one key per line
//! from the list of keys, each value in a form whose meaning is beyond
//! doubt (a double-quoted text without escapes, a plain word that cannot be
//! read as a number, a boolean or null, a date, a whole number, `true` or
//! `false`). Anything else — comments, escapes, continued lines, `extra`,
//! a tab, a repeated key, a value in doubt, a mistake — gives `None`, and the
//! YAML parser reads the front matter as before, with its errors and their
//! positions. A property test holds this reader to the parser.

use super::fields::{FrontMatter, Review, SortBy};
use crate::util::date::Date;

/// `yaml` read as plain lines, or `None` when it is not only that.
pub fn read(yaml: &str) -> Option<FrontMatter> {
    if yaml.contains(['\t', '\r']) {
        return None;
    }
    let mut title = None;
    let mut front = FrontMatter::default();
    let mut seen = 0u16;
    for line in yaml.split('\n') {
        let line = line.trim_end_matches(' ');
        if line.is_empty() {
            continue;
        }
        let (key, value) = line.split_once(": ")?;
        let value = value.trim_start_matches(' ');
        let field = match key {
            "title" => Field::Title,
            "description" => Field::Description,
            "date" => Field::Date,
            "weight" => Field::Weight,
            "draft" => Field::Draft,
            "template" => Field::Template,
            "review" => Field::Review,
            "sort_by" => Field::SortBy,
            "feed" => Field::Feed,
            _ => return None,
        };
        let bit = 1 << field as u16;
        if seen & bit != 0 {
            return None;
        }
        seen |= bit;
        match field {
            Field::Title => title = Some(text(value)?),
            Field::Description => front.description = Some(text(value)?),
            Field::Template => front.template = Some(text(value)?),
            Field::Date => front.date = Some(date(value)?),
            Field::Weight => front.weight = whole_number(value)?,
            Field::Draft => front.draft = boolean(value)?,
            Field::Feed => front.feed = boolean(value)?,
            Field::Review => {
                front.review = Some(match value {
                    "pending" => Review::Pending,
                    "done" => Review::Done,
                    _ => return None,
                })
            }
            Field::SortBy => {
                front.sort_by = match value {
                    "weight" => SortBy::Weight,
                    "date" => SortBy::Date,
                    "title" => SortBy::Title,
                    _ => return None,
                }
            }
        }
    }
    front.title = title?;
    Some(front)
}

#[derive(Clone, Copy)]
enum Field {
    Title,
    Description,
    Date,
    Weight,
    Draft,
    Template,
    Review,
    SortBy,
    Feed,
}

/// A text value: double-quoted without escapes or inner quotes, or a plain
/// scalar that YAML could only read as text.
fn text(value: &str) -> Option<String> {
    let text = match value.strip_prefix('"') {
        Some(quoted) => {
            let inner = quoted.strip_suffix('"')?;
            if inner.contains(['"', '\\']) {
                return None;
            }
            inner
        }
        None => plain(value)?,
    };
    (!text.chars().any(is_unprintable)).then(|| text.to_string())
}

/// A plain scalar that is text to any YAML reader: it starts with a letter
/// (so no indicator, digit, sign or quote), holds nothing that would end it
/// or open a structure, and is not a word YAML reads as null or a boolean.
fn plain(value: &str) -> Option<&str> {
    let first = value.chars().next()?;
    if !first.is_alphabetic()
        || value.contains(": ")
        || value.contains(" #")
        || value.ends_with(':')
        || value.contains(['{', '}', '[', ']', ',', '"', '\\'])
    {
        return None;
    }
    const WORDS: [&str; 9] = ["null", "true", "false", "yes", "no", "on", "off", "y", "n"];
    if WORDS.iter().any(|w| w.eq_ignore_ascii_case(value)) {
        return None;
    }
    Some(value)
}

/// What YAML forbids raw in a document, or may read as a line break (YAML
/// 1.1 did so with U+2028 and U+2029), or this reader does not vouch for.
fn is_unprintable(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}')
}

fn date(value: &str) -> Option<Date> {
    let bytes = value.as_bytes();
    let shape = bytes.len() == 10
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| if i == 4 || i == 7 { *b == b'-' } else { b.is_ascii_digit() });
    shape.then(|| value.parse().ok()).flatten()
}

/// `0`, or digits not starting with 0, with an optional minus sign.
fn whole_number(value: &str) -> Option<i64> {
    let digits = value.strip_prefix('-').unwrap_or(value);
    let canonical = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'))
        && value != "-0";
    canonical.then(|| value.parse().ok()).flatten()
}

fn boolean(value: &str) -> Option<bool> {
    match value {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn by_parser(yaml: &str) -> Option<FrontMatter> {
        crate::util::yaml::parse::<FrontMatter>(yaml, std::path::Path::new("p.md"), 0).ok()
    }

    #[test]
    fn the_usual_front_matter_is_read_plainly() {
        let front = read(
            "title: \"Khémisset : réunion\"\ndescription: \"Une réunion, le 3 juillet 2024.\"\n\
             date: 2024-07-03\nweight: -2\ndraft: false\nreview: pending\nsort_by: date\nfeed: true\n\
             template: page.html\n",
        )
        .expect("plain");
        assert_eq!(front.title, "Khémisset : réunion");
        assert_eq!(front.date, Some("2024-07-03".parse().unwrap()));
        assert_eq!((front.weight, front.feed, front.sort_by), (-2, true, SortBy::Date));
        assert_eq!(front.review, Some(Review::Pending));
        assert_eq!(front.template.as_deref(), Some("page.html"));
        for yaml in ["title: الاستماع\nweight: 1\n", "title: ⵜⴰⵙⵏⴰ ⵏ ⵓⵙⵍⵎⴷ\n", "title: Accueil\n\nweight: 0\n"]
        {
            assert_eq!(read(yaml), by_parser(yaml), "{yaml}");
            assert!(read(yaml).is_some(), "{yaml}");
        }
    }

    #[test]
    fn anything_else_is_left_to_the_parser() {
        for yaml in [
            "title: x\ntitle: y\n",
            "title: x\ntitel: y\n",
            "title: x # comment\n",
            "# comment\ntitle: x\n",
            "title: \"a \\\"b\\\"\"\n",
            "title: 'x'\n",
            "title: null\n",
            "title: 2024\n",
            "title: yes\n",
            "title:\n  x\n",
            "title: x\nweight: 007\n",
            "title: x\nweight: heavy\n",
            "title: x\ndate: 2024-02-30\n",
            "title: x\ndraft: yes\n",
            "title: x\n\tweight: 1\n",
            "title: x\r\n",
            "title: x\nextra:\n  a: 1\n",
            "description: no title\n",
        ] {
            assert_eq!(read(yaml), None, "{yaml}");
        }
    }

    /// A value as authors write them, and as they might mistype them.
    fn value() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let chars = "[a-zA-Z0-9 :#'~,&*!|>%@`?._é’ⵜع\\x{a0}\\x{85}\\x{2028}\\[\\]{}\\-]";
        let pattern = |p: String| proptest::string::string_regex(&p).expect("a valid pattern");
        prop_oneof![
            pattern(format!("[a-zA-Zéⵜع]{chars}{{0,12}}")),
            pattern(format!("{chars}{{0,12}}")),
            pattern(format!("\"({chars}|\\\\|\"){{0,12}}\"")),
            "(true|false|True|null|Null|NULL|~|yes|No|on|OFF|y|n|pending|done|weight|date|title)"
                .prop_map(String::from),
            "(2024-07-03|2024-02-30|2024-7-3|0|-0|007|-12|12|9223372036854775808|1e3|0x1F|\\+1|1_000)"
                .prop_map(String::from),
        ]
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        #[test]
        fn what_is_read_plainly_reads_the_same_through_the_parser(
            title in value(),
            others in proptest::collection::vec(
                (
                    "(description|date|weight|draft|template|review|sort_by|feed)",
                    "(: |:  |: )",
                    value(),
                    "(|| |  # c)",
                ),
                0..5,
            ),
        ) {
            let mut yaml = format!("title: {title}\n");
            for (key, colon, value, end) in &others {
                yaml.push_str(&format!("{key}{colon}{value}{end}\n"));
            }
            if let Some(front) = read(&yaml) {
                proptest::prop_assert_eq!(Some(front), by_parser(&yaml), "{}", yaml);
            }
        }
    }
}
