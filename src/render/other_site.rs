//! The other-site check over what rendering produces: each page as it is
//! rendered, and the files made from the whole site, located in the
//! template that holds the address when one does.

use super::built::PageOutput;
use crate::diagnostic::{Diagnostic, Kind};
use crate::markdown::Rendered;
use crate::msg;
use crate::output::{Body, Output, OutputFile};
use crate::safety::other_site::in_html;
use crate::safety::other_site::in_stylesheet;
use crate::site::Site;
use crate::site::content::Page;
use crate::templates::theme::Theme;

/// Requests to other sites in the output's files that are not `pages`
/// (each page was checked when it was rendered).
pub(super) fn check_site_files<'a>(
    output: &Output,
    pages: impl IntoIterator<Item = &'a PageOutput>,
    theme: &Theme,
) -> Vec<Diagnostic> {
    let pages: std::collections::HashSet<&str> = pages.into_iter().map(|p| p.output_file.as_str()).collect();
    check_files(output.iter().filter(|(path, _)| !pages.contains(path.as_str())), theme)
}

/// Refuses a page that would load something from another site. Only the
/// template's output and markup the Markdown renderer did not write are
/// read: an image in Markdown is checked, at its line, when it is rendered.
pub(super) fn check_page(
    site: &Site,
    page: &Page,
    path: &str,
    rendered: &Rendered,
    shell: &str,
    content: &str,
    fill: impl FnOnce() -> String,
) -> Result<(), Diagnostic> {
    let mut urls = in_html(shell);
    if rendered.foreign_html {
        urls.extend(in_html(content));
    }
    urls.retain(|url| {
        !rendered.diagnostics.iter().any(|d| d.loads_from_another_site() == Some(url.as_str()))
    });
    let Some(url) = urls.into_iter().next() else { return Ok(()) };
    // Rare: the whole page is checked again to name the template line.
    let mut one = Output::new();
    one.set(path.to_string(), Body::bytes(fill()), page.source.clone());
    let found = check(&one, &site.theme);
    Err(found.into_iter().next().unwrap_or_else(|| {
        Diagnostic::error(&page.source, msg!("render-file-loads-from-another-site", path = path, url = &url))
            .kind(Kind::LoadsFromAnotherSite { url })
    }))
}

/// Every output file that would load something from another site.
pub fn check(output: &Output, theme: &Theme) -> Vec<Diagnostic> {
    check_files(output.iter(), theme)
}

/// [`check`] on some of the output's files (pages already checked when
/// rendered are left out).
pub fn check_files<'a>(
    files: impl Iterator<Item = (&'a String, &'a OutputFile)>,
    theme: &Theme,
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (path, file) in files {
        // Servers give `X.CSS` and `x.Html` their types whatever the case.
        let ends =
            |ext: &str| path.len() >= ext.len() && path[path.len() - ext.len()..].eq_ignore_ascii_case(ext);
        let css = ends(".css");
        let text = match &file.body {
            Body::Bytes(bytes) if ends(".html") || ends(".htm") || css => String::from_utf8_lossy(bytes),
            Body::Copy(source) if css => std::fs::read_to_string(source).unwrap_or_default().into(),
            _ => continue,
        };
        let urls = if css { in_stylesheet(&text) } else { in_html(&text) };
        for url in urls {
            // Name the template that holds the URL when one does; else the page.
            let template = theme.templates.iter().find_map(|t| {
                t.text.lines().position(|l| l.contains(&url)).map(|line| (t.path.clone(), line + 1))
            });
            let diagnostic = match template {
                Some((template, line)) => {
                    let message = msg!("render-loads-from-another-site", url = &url);
                    Diagnostic::error(template, message).at_line(line)
                }
                None => Diagnostic::error(
                    &file.origin,
                    msg!("render-file-loads-from-another-site", path = path, url = &url),
                ),
            };
            found.push(
                diagnostic
                    .hint(msg!("render-loads-from-another-site-hint"))
                    .kind(Kind::LoadsFromAnotherSite { url }),
            );
        }
    }
    found.sort_by(|a, b| (&a.path, a.line, &a.message).cmp(&(&b.path, b.line, &b.message)));
    found.dedup();
    found
}
