//! What the preview shows over a page: the panel that says why the last
//! change stopped the site from building, and the note over a draft's 404.
//! Both speak the run's language (right to left in Arabic), in a plain
//! reading font on an opaque panel, and show each problem as a writer
//! needs it: what happened, in which file and line, the line itself with
//! the spot marked, and what to do.

use std::fmt::Write;
use std::path::Path;

use crate::diagnostic::excerpt::Excerpt;
use crate::diagnostic::printable::{printable, printable_path};
use crate::diagnostic::{Diagnostic, Severity};
use crate::messages::{self, Message};
use crate::msg;
use crate::util::escape::escape_html;

pub const CSS_PATH: &str = "/__amal/overlay.css";

/// Code (a key, a path, a shortcode) is one box of its own, left to
/// right: broken over two lines inside an Arabic sentence, its pieces
/// would be shown in the wrong order.
///
/// Scoped under two ids no site uses, so it neither styles the page nor is
/// styled by it (the site's own rules could make the panel unreadable).
pub const CSS: &str = "\
#amal-error-overlay,#amal-draft-notice{all:initial;display:block;box-sizing:border-box;font:1rem/1.5 system-ui,-apple-system,\"Segoe UI\",\"Noto Sans\",\"Noto Sans Arabic\",Tahoma,sans-serif;color:#1d1b26;text-align:start}
#amal-error-overlay *,#amal-draft-notice *{box-sizing:border-box;font:inherit;color:inherit;margin:0;padding:0;text-align:start;letter-spacing:normal}
#amal-error-overlay{position:fixed;inset:0;z-index:2147483647;overflow:auto;background:#fff;padding:1rem}
#amal-error-overlay .amal-panel{max-width:46rem;margin:0 auto}
#amal-error-overlay h2{font-size:1.375rem;font-weight:700;line-height:1.3;color:#8a1c1c;margin-block-end:.5rem}
#amal-error-overlay .amal-intro{margin-block-end:1rem}
#amal-error-overlay article{border-inline-start:.375rem solid #b42318;background:#fdf3f2;padding:.75rem 1rem;margin-block-end:1rem;border-radius:.25rem}
#amal-error-overlay article.amal-warning{border-inline-start-color:#8a6100;background:#fff8e6}
#amal-error-overlay h3{font-weight:700;font-size:1.0625rem;overflow-wrap:anywhere}
#amal-error-overlay .amal-where{font-size:.9375rem;color:#4a4458;margin-block:.25rem .5rem;overflow-wrap:anywhere}
#amal-error-overlay pre{font-family:ui-monospace,\"DejaVu Sans Mono\",Menlo,Consolas,monospace;font-size:.9375rem;background:#fff;border:1px solid #d9d4e3;border-radius:.25rem;padding:.5rem .75rem;white-space:pre-wrap;overflow-wrap:anywhere;margin-block-end:.5rem}
#amal-error-overlay pre .amal-line{color:#6b6478;user-select:none}
#amal-error-overlay mark{background:#ffd84d;color:#1d1b26;outline:2px solid #8a6100;border-radius:2px;padding-inline:1px}
#amal-error-overlay .amal-todo b{font-weight:700}
#amal-error-overlay code,#amal-draft-notice code{display:inline-block;max-width:100%;overflow-wrap:anywhere;unicode-bidi:isolate;font-family:ui-monospace,\"DejaVu Sans Mono\",Menlo,Consolas,monospace;font-size:.9375em;background:#eee9f5;border-radius:.2rem;padding-inline:.2rem}
#amal-draft-notice{position:relative;z-index:2147483647;padding:1rem 1.25rem;background:#fff4d6;border-block-end:4px solid #6b5200}
#amal-draft-notice h2{font-size:1.25rem;font-weight:700;margin-block-end:.5rem}
#amal-draft-notice p+p{margin-block-start:.5rem}
@media (prefers-color-scheme:dark){#amal-error-overlay{background:#16141c;color:#f3f0f8}#amal-error-overlay article{background:#2a1717}#amal-error-overlay article.amal-warning{background:#2a2210}#amal-error-overlay h2{color:#ffb3b3}#amal-error-overlay .amal-where{color:#c9c2d6}#amal-error-overlay pre{background:#0e0d12;border-color:#4a4458}#amal-error-overlay code{background:#2d2838}}
";

/// The attributes that make a panel speak the run's language.
fn language_attributes() -> String {
    let language = messages::current();
    format!(
        "lang=\"{}\" dir=\"{}\"",
        language.code(),
        if language.is_right_to_left() { "rtl" } else { "ltr" }
    )
}

/// Message text as HTML: escaped, and `code` in backticks shown as code.
fn words(message: &Message) -> String {
    let text = printable(&message.to_string());
    let mut out = String::new();
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 1 {
            let _ = write!(out, "<code dir=\"ltr\">{}</code>", escape_html(part));
        } else {
            out.push_str(&escape_html(part));
        }
    }
    // An odd backtick count leaves the last part as code: harmless.
    out
}

/// The panel shown over every page while the site does not build.
pub fn error_panel(diagnostics: &[Diagnostic], site: &Path) -> String {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let mut html = format!(
        "<link rel=\"stylesheet\" href=\"{CSS_PATH}\"><div id=\"amal-error-overlay\" role=\"alert\" {}><div class=\"amal-panel\"><h2>{}</h2><p class=\"amal-intro\">{}</p>",
        language_attributes(),
        words(&msg!("serve-overlay-title", errors = errors)),
        words(&msg!("serve-overlay-intro")),
    );
    for d in diagnostics {
        let class = if d.severity == Severity::Warning { " class=\"amal-warning\"" } else { "" };
        let _ = write!(html, "<article{class}><h3>{}</h3>", words(&d.message));
        let file = printable_path(&d.path);
        let place = match (d.line, d.column) {
            (Some(line), Some(column)) => {
                msg!("serve-overlay-where-line-column", file = file, line = line, column = column)
            }
            (Some(line), None) => msg!("serve-overlay-where-line", file = file, line = line),
            _ => msg!("serve-overlay-where", file = file),
        };
        let _ = write!(html, "<p class=\"amal-where\">{}</p>", words(&place));
        if let Some(excerpt) = Excerpt::of(d, site) {
            html.push_str(&excerpt_html(&excerpt));
        }
        if let Some(hint) = &d.hint {
            let _ = write!(
                html,
                "<p class=\"amal-todo\"><b>{}</b> {}</p>",
                words(&msg!("serve-overlay-what-to-do")),
                words(hint)
            );
        }
        html.push_str("</article>");
    }
    html.push_str("</div></div>");
    html
}

fn excerpt_html(excerpt: &Excerpt) -> String {
    let chars: Vec<char> = excerpt.text.chars().collect();
    let (open, close) = (if excerpt.cut_before { "…" } else { "" }, if excerpt.cut_after { "…" } else { "" });
    let line = match excerpt.before {
        Some(before) if before < chars.len() => {
            let (head, rest) = chars.split_at(before);
            let (spot, tail) = rest.split_at(1);
            format!(
                "{}<mark>{}</mark>{}",
                escape_html(&head.iter().collect::<String>()),
                escape_html(&spot.iter().collect::<String>()),
                escape_html(&tail.iter().collect::<String>())
            )
        }
        // The spot is the end of the line: a space marks it.
        Some(_) => format!("{}<mark> </mark>", escape_html(&excerpt.text)),
        None => escape_html(&excerpt.text),
    };
    // `dir="auto"`: an Arabic line reads right to left, a French one left
    // to right, whatever the panel's language.
    format!(
        "<pre dir=\"auto\"><span class=\"amal-line\" dir=\"ltr\">{} │ </span>{open}{line}{close}</pre>",
        excerpt.line
    )
}

/// The note over the 404 page when the page asked for is a draft.
pub fn draft_notice(source: &Path) -> String {
    let file = printable_path(source);
    format!(
        "<link rel=\"stylesheet\" href=\"{CSS_PATH}\"><div id=\"amal-draft-notice\" role=\"status\" {}><h2>{}</h2><p>{}</p><p>{}</p></div>",
        language_attributes(),
        words(&msg!("serve-draft-title")),
        words(&msg!("serve-draft-why", file = file)),
        words(&msg!("serve-draft-what-to-do")),
    )
}
