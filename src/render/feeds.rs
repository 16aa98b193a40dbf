//! Files for machines: `sitemap.xml` with hreflang alternates, Atom feeds,
//! and `robots.txt`. Written in code rather than templates so that escaping
//! and absolute URLs are always right.

use std::fmt::Write;

use rayon::prelude::*;

use super::summaries::Summaries;
use crate::diagnostic::Diagnostic;
use crate::site::Site;
use crate::site::content::Page;
use crate::util::escape::{escape_html, escape_html_into};

/// Every page in every language, each with its translations as alternates.
pub fn sitemap(site: &Site) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let mut pages: Vec<&Page> = site.content.pages.iter().collect();
    pages.sort_by(|a, b| (&a.key, &a.lang).cmp(&(&b.key, &b.lang)));
    let base = &site.config.base_url;
    let _ = writeln!(xml, "  <url>\n    <loc>{}</loc>\n  </url>", escape_html(base));
    // One entry per page, made in parallel (a large site's sitemap is
    // otherwise the longest step after its pages).
    let entries: Vec<String> = pages
        .par_iter()
        .map(|page| {
            // Written piece by piece: formatting machinery and a string per
            // escaped value cost more than the entry itself.
            let mut entry = String::with_capacity(512);
            entry.push_str("  <url>\n    <loc>");
            escape_html_into(&mut entry, site.url(page));
            entry.push_str("</loc>\n");
            if let Some(date) = page.front.date {
                let _ = writeln!(entry, "    <lastmod>{date}</lastmod>");
            }
            for translation in site.translations(&page.key) {
                entry.push_str("    <xhtml:link rel=\"alternate\" hreflang=\"");
                escape_html_into(&mut entry, &translation.lang);
                entry.push_str("\" href=\"");
                escape_html_into(&mut entry, site.url(translation));
                entry.push_str("\"/>\n");
            }
            entry.push_str("  </url>\n");
            entry
        })
        .collect();
    for entry in entries {
        xml.push_str(&entry);
    }
    xml.push_str("</urlset>\n");
    xml
}

pub fn robots(site: &Site) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n", site.config.base_url)
}

/// Text for an XML element: escaped, and without the characters XML 1.0
/// forbids (C0 controls but tab and line breaks, U+FFFE, U+FFFF), which
/// Markdown and YAML let through and which would make the feed ill-formed.
fn escape_xml(text: &str) -> String {
    let allowed = |c: char| !matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}');
    if text.chars().all(allowed) {
        escape_html(text)
    } else {
        escape_html(&text.chars().filter(|&c| allowed(c)).collect::<String>())
    }
}

/// An Atom feed of a section's pages, newest first.
pub fn atom(site: &Site, section: &Page, summaries: &Summaries) -> Result<String, Diagnostic> {
    let site_name = site
        .locales
        .text(&section.lang, "site-name")
        .map_err(|e| Diagnostic::error(&section.source, e.message()))?;
    let mut pages = site.children(section);
    pages.sort_by(|a, b| (b.front.date, &a.front.title).cmp(&(a.front.date, &b.front.title)));
    // The newest entry's date, so that two builds of one input are identical.
    let updated = pages
        .iter()
        .filter_map(|p| p.front.date)
        .max()
        .map_or_else(|| "1970-01-01T00:00:00Z".to_string(), |d| d.rfc3339());
    let section_url = site.url(section);
    let mut xml = String::new();
    let _ = write!(
        xml,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n  <title>{title} — {site_name}</title>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"{self_url}atom.xml\"/>\n  <link rel=\"alternate\" type=\"text/html\" href=\"{section_url}\"/>\n  <id>{section_url}</id>\n  <updated>{updated}</updated>\n",
        lang = escape_html(&section.lang),
        title = escape_xml(&section.front.title),
        site_name = escape_xml(&site_name),
        self_url = escape_html(section_url),
        section_url = escape_html(section_url),
    );
    for page in pages {
        let url = site.url(page);
        let date = page.front.date.map_or_else(|| updated.clone(), |d| d.rfc3339());
        let _ = write!(
            xml,
            "  <entry>\n    <title>{}</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n    <id>{url}</id>\n    <updated>{date}</updated>\n    <author><name>{}</name></author>\n    <summary>{}</summary>\n  </entry>\n",
            escape_xml(&page.front.title),
            escape_xml(&site_name),
            escape_xml(&summaries.description(page)),
            url = escape_html(url),
        );
    }
    xml.push_str("</feed>\n");
    Ok(xml)
}
