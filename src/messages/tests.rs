//! Strictness, as for the site's strings: every id the code names is in the
//! message files of all three languages, every message there is named by
//! the code, and each shows exactly the values the code gives it.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::{FILES, Language};

/// One `msg!(…)` in the code: its id and the names of its values.
#[derive(Debug)]
struct Use {
    id: String,
    args: BTreeSet<String>,
    place: String,
}

fn uses_in_code() -> Vec<Use> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut uses = Vec::new();
    for entry in walkdir::WalkDir::new(&root).into_iter().map(Result::unwrap) {
        // This file's own examples of the macro are not messages.
        if entry.path().extension().is_some_and(|e| e == "rs") && !entry.path().ends_with("messages/tests.rs")
        {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            let file = entry.path().strip_prefix(&root).unwrap().display().to_string();
            uses.extend(uses_in(&text, &file));
        }
    }
    uses
}

/// The `msg!` calls in `text`: the macro's own arguments are a string
/// literal id, then `name = expression` pairs split at top-level commas.
fn uses_in(text: &str, file: &str) -> Vec<Use> {
    let mut uses = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("msg!(") {
        let start = at + "msg!(".len();
        let body = &rest[start..];
        let inside = balanced(body);
        let line = text.len() - rest.len() + at;
        let line = text[..line].matches('\n').count() + 1;
        let parts = split_top_level(inside);
        let id = parts[0].trim();
        // `macro_rules!` itself and the docs name `msg!(` too.
        if id.starts_with('"') && id.ends_with('"') && id.len() > 2 {
            let args = parts[1..]
                .iter()
                .filter(|p| !p.trim().is_empty())
                .map(|p| p.split('=').next().unwrap().trim().to_string())
                .collect();
            uses.push(Use { id: id.trim_matches('"').to_string(), args, place: format!("{file}:{line}") });
        }
        // From just inside, so a message shown in another is found too.
        rest = body;
    }
    uses
}

/// The characters of Rust source outside its string literals, with their
/// byte offsets.
fn outside_strings(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let (mut in_string, mut escaped) = (false, false);
    text.char_indices().filter(move |&(_, c)| {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            return false;
        }
        in_string = c == '"';
        !in_string
    })
}

/// The text up to the parenthesis closing an opened one.
fn balanced(body: &str) -> &str {
    let mut depth = 0usize;
    for (i, c) in outside_strings(body) {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => return &body[..i],
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
    }
    body
}

/// The macro's arguments: `inside` split at its top-level commas.
fn split_top_level(inside: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut from) = (0usize, 0);
    for (i, c) in outside_strings(inside) {
        match c {
            '(' | '[' | '{' | '<' => depth += 1,
            ')' | ']' | '}' | '>' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                parts.push(&inside[from..i]);
                from = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inside[from..]);
    parts
}

/// Each language's messages: id → the variables it shows.
fn messages(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let mut messages = BTreeMap::new();
    for (_, area, text) in FILES.iter().filter(|(l, _, _)| *l == language) {
        let resource = fluent_syntax::parser::parse(*text)
            .unwrap_or_else(|(_, errors)| panic!("{}/{area}.ftl: {errors:?}", language.code()));
        for entry in resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let id = message.id.name.to_string();
                    let value = message
                        .value
                        .unwrap_or_else(|| panic!("{}/{area}.ftl: {id} has no value", language.code()));
                    let mut variables = BTreeSet::new();
                    variables_of(&value, &mut variables);
                    assert!(
                        messages.insert(id.clone(), variables).is_none(),
                        "{}/{area}.ftl: {id} is defined twice",
                        language.code()
                    );
                }
                ast::Entry::Junk { content } => {
                    panic!("{}/{area}.ftl: cannot read {content:?}", language.code())
                }
                _ => {}
            }
        }
    }
    messages
}

fn variables_of(pattern: &ast::Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, found);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, found);
            for variant in variants {
                variables_of(&variant.value, found);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, found),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, found);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, found),
        _ => {}
    }
}

#[test]
fn every_message_the_code_names_is_said_in_every_language_with_its_values() {
    let uses = uses_in_code();
    assert!(uses.len() > 100, "the scan found the messages: {}", uses.len());
    let mut problems = Vec::new();
    for language in Language::ALL {
        let messages = messages(language);
        for used in &uses {
            match messages.get(&used.id) {
                None => {
                    problems.push(format!("{}: `{}` is missing in {}", used.place, used.id, language.code()))
                }
                Some(variables) => {
                    let missing: Vec<_> = variables.difference(&used.args).collect();
                    if !missing.is_empty() {
                        problems.push(format!(
                            "{}: `{}` in {} shows {missing:?}, which the code does not give",
                            used.place,
                            used.id,
                            language.code()
                        ));
                    }
                    let unshown: Vec<_> = used.args.difference(variables).collect();
                    if !unshown.is_empty() {
                        problems.push(format!(
                            "{}: `{}` is given {unshown:?}, which the {} message does not show",
                            used.place,
                            used.id,
                            language.code()
                        ));
                    }
                }
            }
        }
        let named: BTreeSet<&str> = uses.iter().map(|u| u.id.as_str()).collect();
        for id in messages.keys().filter(|id| !named.contains(id.as_str())) {
            problems.push(format!("`{id}` in {} is named nowhere in the code", language.code()));
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_scan_reads_calls_as_the_macro_does() {
    let uses = uses_in(
        r#"let m = msg!("a-b", path = p.display(), count = f(x, y));
        msg!("plain");
        msg!(
            "nested",
            inner = msg!("inner-one", s = "a, (b"),
        )"#,
        "x.rs",
    );
    let seen: Vec<_> =
        uses.iter().map(|u| (u.id.as_str(), u.args.iter().cloned().collect::<Vec<_>>())).collect();
    assert_eq!(
        seen,
        [
            ("a-b", vec!["count".to_string(), "path".to_string()]),
            ("plain", vec![]),
            ("nested", vec!["inner".to_string()]),
            ("inner-one", vec!["s".to_string()]),
        ]
    );
}

#[test]
fn counts_take_each_languages_plural_forms() {
    let message = crate::msg!("check-summary-errors", count = 2usize);
    assert_eq!(message.in_language(Language::English), "2 errors");
    assert_eq!(message.in_language(Language::French), "2 erreurs");
    assert_eq!(message.in_language(Language::Arabic), "خطآن");
}

/// A file's name or text shown in a message cannot clear the terminal,
/// recolour it, reorder it, or start a line that looks like amal's own.
#[test]
fn values_are_shown_not_obeyed() {
    let hostile = std::path::Path::new("a\u{1b}[2J\u{202e}b\nerror: x.md");
    let said = crate::msg!("cli-new-created", file = hostile).in_language(Language::English);
    assert_eq!(said, "created a\\u{1b}[2J\\u{202e}b\\u{a}error: x.md");
    let said = crate::msg!("cli-new-created", file = "\u{1b}[31mred").in_language(Language::French);
    assert!(!said.contains('\u{1b}'), "{said}");
}
