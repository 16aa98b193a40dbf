//! `amal check`: everything `build` validates, without writing, plus the
//! editorial report: broken links, missing translations, translations
//! awaiting review, and placeholders left in the content.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::check::{links, translations};
use crate::diagnostic::Diagnostics;
use crate::diagnostic::printable::printable;
use crate::msg;
use crate::pipeline::{self, Rendered};
use crate::render::Retain;
use crate::site::SiteOptions;
use crate::site::front_matter::Review;

/// The editorial findings, which never fail the check by themselves.
#[derive(Debug, Default)]
pub struct Report {
    /// (file, line, what is missing)
    pub placeholders: Vec<(PathBuf, usize, String)>,
    pub pending_review: Vec<PathBuf>,
    /// language → page keys present in another language but not this one
    pub missing: BTreeMap<String, Vec<String>>,
    /// (number, id, note) of the helplines awaiting the centre's word.
    pub unconfirmed: Vec<(String, String, String)>,
    /// Translations with under half the words of the page's longest
    /// version: (translation, its words, the longest, its words).
    pub short: Vec<(PathBuf, usize, PathBuf, usize)>,
    /// Translations whose source changed since they were made.
    pub stale: Vec<Stale>,
    /// Whether the site rendered: only then are the lists above complete.
    pub complete: bool,
}

/// A translation whose source page changed since `amal translated`.
#[derive(Debug)]
pub struct Stale {
    pub file: PathBuf,
    pub source: PathBuf,
    /// The lines that changed in the source (`- ` and `+ `), when its
    /// earlier text was kept.
    pub changes: Option<Vec<String>>,
}

/// How `amal check` prints its report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    // For people: errors first, then what to finish before publishing.
    // (Plain comments: clap would show doc comments in English in every
    // language's help; the option's own help says what each is for.)
    #[default]
    Text,
    // One JSON object on standard output, for tools.
    Json,
}

/// A translation this much shorter than the longest version of its page
/// says less to its readers than the others do.
const SHORT_RATIO: f64 = 0.5;

/// A page's Markdown: kept from loading, or read again (empty if it
/// cannot be, which the render has reported already).
fn body_of(site: &crate::site::Site, page: &crate::site::content::Page) -> String {
    match &page.body {
        Some(body) => body.clone(),
        None => crate::site::content::read_body(&site.root, page)
            .map_or_else(|_| String::new(), |b| b.into_body()),
    }
}

/// The words of a page's text (a token with a letter of any script).
fn words(site: &crate::site::Site, page: &crate::site::content::Page) -> usize {
    body_of(site, page).split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count()
}

pub fn check(root: &std::path::Path, options: &SiteOptions, publish: bool) -> (Diagnostics, Report) {
    let mut report = Report::default();
    let Rendered { site, built, warnings: mut diagnostics, .. } = match pipeline::render(
        root,
        options,
        Retain::Output,
        None,
        &crate::images::Cache::beside(&root.join("public")),
    ) {
        Ok(rendered) => rendered,
        Err(diagnostics) => return (diagnostics, report),
    };
    report.complete = true;
    diagnostics.extend(links::check(&built.output, &built.pages, site.config.base_path()));
    // Without --publish the report below lists every placeholder already.
    if publish {
        diagnostics.extend(crate::check::publishing::unfinished(&site, &built.pages, true));
    }
    if let Some(helplines) = &site.config.helplines {
        report.unconfirmed =
            helplines.unconfirmed.iter().map(|l| (l.number.clone(), l.id.clone(), l.note.clone())).collect();
    }

    for page in &built.pages {
        for call in page.markdown.calls.iter().filter(|c| c.call.name == "placeholder") {
            let what = call.call.arg("text", 0).unwrap_or_default().to_string();
            report.placeholders.push((page.source.clone(), call.line, what));
        }
    }
    for page in &site.content.pages {
        if page.front.review == Some(Review::Pending) {
            report.pending_review.push(page.source.clone());
        }
    }
    report.pending_review.extend(crate::i18n::files_pending_review(&site.root, &site.config));
    let mut versions: BTreeMap<&crate::site::content::PageKey, Vec<(usize, &PathBuf)>> = BTreeMap::new();
    for page in site.content.pages.iter().filter(|p| p.generated.is_none()) {
        versions.entry(&page.key).or_default().push((words(&site, page), &page.source));
    }
    for pages in versions.values() {
        let Some(&(most, longest)) = pages.iter().max_by_key(|(words, _)| *words) else { continue };
        for &(words, source) in pages {
            if (words as f64) < SHORT_RATIO * most as f64 {
                report.short.push((source.clone(), words, longest.clone(), most));
            }
        }
    }
    for page in site.content.pages.iter().filter(|p| p.generated.is_none()) {
        let Some(from) = &page.front.translated_from else { continue };
        let Some(source) = site.page(&from.lang, &page.key) else { continue };
        let now = translations::text_of(&source.front.title, &body_of(&site, source));
        if translations::version(&now) == from.version {
            continue;
        }
        let changes = translations::kept(&site.root, &from.version)
            .map(|then| translations::changed_lines(&then, &now));
        report.stale.push(Stale { file: page.source.clone(), source: source.source.clone(), changes });
    }
    report.stale.sort_by(|a, b| a.file.cmp(&b.file));
    report.short.sort();
    report.pending_review.sort();
    report.placeholders.sort();
    let translations = site.translations_by_key();
    for language in &site.config.languages {
        let mut missing: Vec<String> = translations
            .iter()
            .filter(|(_, langs)| !langs.contains(language.code.as_str()))
            .map(|(key, _)| if key.is_home() { "/".to_string() } else { key.to_string() })
            .collect();
        missing.sort();
        if !missing.is_empty() {
            report.missing.insert(language.code.clone(), missing);
        }
    }
    (diagnostics, report)
}

pub fn execute(root: PathBuf, options: SiteOptions, publish: bool, format: Format) -> bool {
    let (diagnostics, report) = check(&root, &options, publish);
    let errors = diagnostics.error_count();
    match format {
        Format::Text => print_text(&root, diagnostics, &report),
        Format::Json => println!("{}", json(diagnostics, &report)),
    }
    errors == 0
}

fn print_text(root: &std::path::Path, diagnostics: Diagnostics, report: &Report) {
    // Counted as shown: once, after the same report from two places is merged.
    let diagnostics = diagnostics.sorted();
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    super::report(root, diagnostics);
    if errors > 0 {
        println!("\n{}", msg!("check-fix-first", errors = errors));
    }
    let editorial = !report.missing.is_empty()
        || !report.stale.is_empty()
        || !report.pending_review.is_empty()
        || !report.placeholders.is_empty()
        || !report.short.is_empty()
        || !report.unconfirmed.is_empty();
    if editorial {
        println!("\n{}", msg!("check-before-publishing"));
    }
    if !report.placeholders.is_empty() {
        println!("\n{}", msg!("check-placeholders", count = report.placeholders.len()));
        for (path, line, what) in &report.placeholders {
            println!("  {}:{line}: {}", path.display(), printable(what));
        }
    }
    if !report.unconfirmed.is_empty() {
        println!("\n{}", msg!("check-unconfirmed", count = report.unconfirmed.len()));
        for (number, id, note) in &report.unconfirmed {
            println!("  {} ({}): {}", printable(number), printable(id), printable(note));
        }
    }
    if !report.missing.is_empty() {
        println!("\n{}", msg!("check-missing"));
        for (lang, keys) in &report.missing {
            println!("  {lang} ({}): {}", keys.len(), printable(&keys.join(", ")));
        }
    }
    if !report.short.is_empty() {
        println!("\n{}", msg!("check-short", count = report.short.len()));
        for (path, words, longest, most) in &report.short {
            let line = msg!(
                "check-short-one",
                file = path.display(),
                words = *words,
                longest = longest.display(),
                most = *most
            );
            println!("  {line}");
        }
    }
    if !report.stale.is_empty() {
        println!("\n{}", msg!("check-stale", count = report.stale.len()));
        for stale in &report.stale {
            let line = msg!("check-stale-one", file = stale.file.display(), source = stale.source.display());
            println!("  {line}");
            match &stale.changes {
                Some(lines) => {
                    for line in lines.iter().take(12) {
                        println!("    {}", printable(line));
                    }
                    if lines.len() > 12 {
                        println!("    {}", msg!("check-stale-more-lines", count = lines.len() - 12));
                    }
                }
                None => println!("    {}", msg!("check-stale-not-kept", folder = translations::SOURCES_DIR)),
            }
        }
    }
    if !report.pending_review.is_empty() {
        println!("\n{}", msg!("check-pending-review", count = report.pending_review.len()));
        for path in &report.pending_review {
            println!("  {}", path.display());
        }
    }
    let counts = msg!(
        "check-summary-counts",
        errors = msg!("check-summary-errors", count = errors),
        warnings = msg!("check-summary-warnings", count = warnings)
    );
    let summary = if report.complete {
        let missing: usize = report.missing.values().map(Vec::len).sum();
        let mut todo = vec![
            msg!("check-summary-placeholders", count = report.placeholders.len()),
            msg!("check-summary-pending-review", count = report.pending_review.len()),
        ];
        if !report.stale.is_empty() {
            todo.push(msg!("check-summary-stale", count = report.stale.len()));
        }
        if !report.short.is_empty() {
            todo.push(msg!("check-summary-short", count = report.short.len()));
        }
        if missing > 0 {
            todo.push(msg!("check-summary-missing", count = missing));
        }
        if !report.unconfirmed.is_empty() {
            todo.push(msg!("check-summary-unconfirmed", count = report.unconfirmed.len()));
        }
        let todo: Vec<String> = todo.iter().map(ToString::to_string).collect();
        msg!(
            "check-summary-complete",
            counts = counts,
            todo = todo.join(&msg!("check-list-separator").to_string())
        )
    } else {
        msg!("check-summary-incomplete", counts = counts)
    };
    println!("\n{summary}");
}

/// The report as one JSON object.
fn json(diagnostics: Diagnostics, report: &Report) -> String {
    use serde_json::json;
    let diagnostic = |d: &crate::diagnostic::Diagnostic| {
        json!({
            "file": d.path.to_string_lossy(),
            "line": d.line,
            "column": d.column,
            "id": d.message.id,
            "message": d.message.to_string(),
            "hint": d.hint.as_ref().map(ToString::to_string),
        })
    };
    let sorted = diagnostics.sorted();
    let of = |severity| sorted.iter().filter(|d| d.severity == severity).map(diagnostic).collect::<Vec<_>>();
    let value = json!({
        "complete": report.complete,
        "errors": of(crate::diagnostic::Severity::Error),
        "warnings": of(crate::diagnostic::Severity::Warning),
        "placeholders": report.placeholders.iter()
            .map(|(file, line, text)| json!({"file": file.to_string_lossy(), "line": line, "text": text}))
            .collect::<Vec<_>>(),
        "pending_review": report.pending_review.iter().map(|p| p.to_string_lossy()).collect::<Vec<_>>(),
        "missing": report.missing,
        "short": report.short.iter()
            .map(|(file, words, longest, most)| json!({
                "file": file.to_string_lossy(), "words": words,
                "longest": longest.to_string_lossy(), "longest_words": most,
            }))
            .collect::<Vec<_>>(),
        "stale": report.stale.iter()
            .map(|s| json!({
                "file": s.file.to_string_lossy(), "source": s.source.to_string_lossy(), "changes": s.changes,
            }))
            .collect::<Vec<_>>(),
        "unconfirmed_helplines": report.unconfirmed.iter()
            .map(|(number, id, note)| json!({"number": number, "id": id, "note": note}))
            .collect::<Vec<_>>(),
    });
    serde_json::to_string_pretty(&value).unwrap_or_default()
}
