//! Answers preview requests from the site held in memory: content types
//! with UTF-8, `index.html` for folders, the site's 404 page with a 404
//! status, HEAD, and no way out of the output: a request can only name a
//! file the build produced.

use percent_encoding::percent_decode_str;

use super::overlay::{self, draft_notice};
use crate::output::{Body, Output};

// The preview's own files live under /__amal/.
pub const EVENTS_PATH: &str = "/__amal/events";
const RELOAD_PATH: &str = "/__amal/reload.js";

const RELOAD_JS: &str = "// amal serve only: reload the page after each rebuild.\n(function () {\n  var events = new EventSource(\"/__amal/events\");\n  events.addEventListener(\"reload\", function () { window.location.reload(); });\n})();\n";

/// What the preview serves: the last good site, and the last error if the
/// newest edit broke the build.
pub struct Snapshot {
    pub output: std::sync::Arc<Output>,
    pub error: Option<Failure>,
    /// The site's folder, resolved.
    pub site: std::sync::Arc<std::path::Path>,
    /// Drafts left out: the folder each would be published in, its source.
    pub drafts: std::sync::Arc<Vec<(String, std::path::PathBuf)>>,
}

/// Why the newest edit did not build: as text (for tools, at
/// `/__amal/error`) and as the panel shown over every page.
pub struct Failure {
    pub text: String,
    pub panel: String,
}

/// A reply, independent of the HTTP library.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    pub location: Option<String>,
}

impl Reply {
    fn text(status: u16, body: &str) -> Reply {
        Reply {
            status,
            content_type: "text/plain; charset=utf-8",
            body: body.as_bytes().to_vec(),
            location: None,
        }
    }
}

/// The content type for a file name.
pub fn content_type(path: &str) -> &'static str {
    let extension = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    match extension.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "xml" => "application/xml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "json" => "application/json; charset=utf-8",
        "svg" => "image/svg+xml; charset=utf-8",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

/// Why a request path was refused.
#[derive(Debug, PartialEq, Eq)]
enum Refusal {
    BadRequest,
}

/// The output path a request names, or why it is refused. Encoded slashes,
/// dot segments and anything not UTF-8 are refused outright rather than
/// normalised: a preview has no reason to accept them.
fn output_path(raw: &str) -> Result<String, Refusal> {
    let path = raw.split(['?', '#']).next().unwrap_or("");
    if !path.starts_with('/') {
        return Err(Refusal::BadRequest);
    }
    let lower = path.to_ascii_lowercase();
    if lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") {
        return Err(Refusal::BadRequest);
    }
    let decoded = percent_decode_str(path).decode_utf8().map_err(|_| Refusal::BadRequest)?;
    if decoded.contains(['\\', '\0']) {
        return Err(Refusal::BadRequest);
    }
    let segments: Vec<&str> = decoded.split('/').filter(|s| !s.is_empty()).collect();
    if segments.iter().any(|s| *s == "." || *s == "..") {
        return Err(Refusal::BadRequest);
    }
    let mut file = segments.join("/");
    if decoded.ends_with('/') || file.is_empty() {
        if !file.is_empty() {
            file.push('/');
        }
        file.push_str("index.html");
    }
    Ok(file)
}

fn read(snapshot: &Snapshot, path: &str) -> Option<Vec<u8>> {
    match &snapshot.output.get(path)?.body {
        Body::Bytes(bytes) => Some(bytes.to_vec()),
        // Read when asked for, so the file may have become a link to
        // elsewhere since the build checked it: served only while it still
        // lies inside the site.
        Body::Copy(source) => {
            let real = source.canonicalize().ok()?;
            real.starts_with(&snapshot.site).then(|| std::fs::read(real).ok()).flatten()
        }
        Body::Written => None,
    }
}

/// What a path segment in a `Location` must escape.
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'?')
    .add(b'<')
    .add(b'>')
    .add(b'`')
    .add(b'\\')
    .add(b'/');

/// Whether a request's `Host` names this machine: `localhost` or an IP
/// address. Any other name is a page elsewhere that had its name point here
/// (DNS rebinding) to read the preview and its drafts; such requests are
/// refused, as Vite and webpack-dev-server do.
pub fn host_allowed(host: Option<&str>) -> bool {
    let Some(host) = host.map(str::trim) else { return false };
    let name = match host.strip_prefix('[') {
        // [::1]:1111
        Some(rest) => match rest.split_once(']') {
            Some((v6, port)) if port.is_empty() || port.strip_prefix(':').is_some_and(valid_port) => {
                return v6.parse::<std::net::Ipv6Addr>().is_ok();
            }
            _ => return false,
        },
        None => match host.rsplit_once(':') {
            Some((name, port)) if valid_port(port) => name,
            Some(_) => return false,
            None => host,
        },
    };
    name.eq_ignore_ascii_case("localhost") || name.parse::<std::net::Ipv4Addr>().is_ok()
}

fn valid_port(port: &str) -> bool {
    !port.is_empty() && port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit())
}

/// Answers a GET or HEAD for `raw_url`. (The event stream is answered by
/// the server itself; HEAD bodies are dropped there.)
pub fn respond(snapshot: &Snapshot, method: &str, raw_url: &str) -> Reply {
    if method != "GET" && method != "HEAD" {
        return Reply::text(405, "405 method not allowed\n");
    }
    match raw_url.split('?').next().unwrap_or("") {
        RELOAD_PATH => {
            return Reply {
                status: 200,
                content_type: content_type(".js"),
                body: RELOAD_JS.into(),
                location: None,
            };
        }
        overlay::CSS_PATH => {
            return Reply {
                status: 200,
                content_type: content_type(".css"),
                body: overlay::CSS.into(),
                location: None,
            };
        }
        "/__amal/error" => return Reply::text(200, snapshot.error.as_ref().map_or("", |e| e.text.as_str())),
        _ => {}
    }
    let path = match output_path(raw_url) {
        Ok(path) => path,
        Err(Refusal::BadRequest) => return Reply::text(400, "400 bad request\n"),
    };
    // A page the writer is working on is not "not found": it is a draft.
    let folder = path.trim_end_matches("index.html").trim_end_matches('/');
    let draft =
        snapshot.drafts.iter().find(|(at, _)| at.trim_end_matches('/') == folder).map(|(_, s)| s.clone());
    let (status, path, body) = match read(snapshot, &path) {
        Some(body) => (200, path, body),
        None if snapshot.output.contains(&format!("{path}/index.html")) => {
            // From the path as served, never the request's own text: `//fr`
            // would redirect to `//fr/`, another site.
            let encoded: Vec<String> = path
                .split('/')
                .map(|segment| percent_encoding::utf8_percent_encode(segment, SEGMENT).to_string())
                .collect();
            return Reply {
                status: 301,
                content_type: content_type(".txt"),
                body: Vec::new(),
                location: Some(format!("/{}/", encoded.join("/"))),
            };
        }
        None => match read(snapshot, "404.html") {
            Some(body) => (404, "404.html".to_string(), body),
            None => (404, "404.html".to_string(), b"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>404</title></head><body><h1>404</h1></body></html>".to_vec()),
        },
    };
    let content_type = content_type(&path);
    let body = if content_type.starts_with("text/html") {
        let notice = draft.filter(|_| status == 404).map(|source| draft_notice(&source));
        inject(body, snapshot.error.as_ref().map(|e| e.panel.as_str()), notice.as_deref())
    } else {
        body
    };
    Reply { status, content_type, body, location: None }
}

/// Adds the live-reload script, the error overlay while the build is
/// broken, and `notice` when given. Only `serve` does this; `build` output
/// never contains any of them.
fn inject(body: Vec<u8>, panel: Option<&str>, notice: Option<&str>) -> Vec<u8> {
    let Ok(mut html) = String::from_utf8(body.clone()) else { return body };
    if let Some(notice) = notice {
        let at = html.find("<body").and_then(|b| html[b..].find('>').map(|e| b + e + 1)).unwrap_or(0);
        html.insert_str(at, notice);
    }
    if let Some(panel) = panel {
        let at = html.find("<body").and_then(|b| html[b..].find('>').map(|e| b + e + 1)).unwrap_or(0);
        html.insert_str(at, panel);
    }
    let script = format!("<script src=\"{RELOAD_PATH}\"></script>");
    match html.rfind("</body>") {
        Some(at) => html.insert_str(at, &script),
        None => html.push_str(&script),
    }
    html.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Snapshot {
        let mut output = Output::new();
        for (path, body) in [
            ("index.html", "<html><body>chooser</body></html>"),
            ("fr/index.html", "<html><body>accueil</body></html>"),
            ("fr/a b/index.html", "<html><body>espace</body></html>"),
            ("404.html", "<html><body>introuvable</body></html>"),
            ("style.css", "body{}"),
        ] {
            output.insert(path.into(), Body::bytes(body), "x".into()).unwrap();
        }
        Snapshot {
            output: std::sync::Arc::new(output),
            error: None,
            site: std::path::Path::new("/").into(),
            drafts: std::sync::Arc::new(vec![("fr/brouillon/".into(), "content/fr/brouillon.md".into())]),
        }
    }

    #[test]
    fn a_draft_asked_for_says_it_is_a_draft_and_how_to_see_it() {
        for url in ["/fr/brouillon/", "/fr/brouillon", "/fr/brouillon/index.html"] {
            let reply = respond(&site(), "GET", url);
            assert_eq!(reply.status, 404, "{url}");
            let body = String::from_utf8(reply.body).unwrap();
            assert!(body.contains("This page is a draft"), "{url}: {body}");
            assert!(
                body.contains("<code dir=\"ltr\">content/fr/brouillon.md</code> says <code dir=\"ltr\">draft: true</code>"),
                "{body}"
            );
            assert!(body.contains("amal serve --drafts"), "{body}");
            assert!(body.contains("introuvable"), "the site's own 404 page stays underneath: {body}");
        }
        let other = String::from_utf8(respond(&site(), "GET", "/fr/ailleurs/").body).unwrap();
        assert!(!other.contains("draft"), "{other}");
    }

    #[test]
    fn folders_serve_their_index_with_utf8_content_types() {
        let reply = respond(&site(), "GET", "/fr/");
        assert_eq!((reply.status, reply.content_type), (200, "text/html; charset=utf-8"));
        assert!(String::from_utf8(reply.body).unwrap().contains("accueil"));
        assert_eq!(respond(&site(), "GET", "/").status, 200);
        assert_eq!(respond(&site(), "GET", "/style.css").content_type, "text/css; charset=utf-8");
        assert_eq!(respond(&site(), "GET", "/fr/a%20b/").status, 200);
        let redirect = respond(&site(), "GET", "/fr");
        assert_eq!((redirect.status, redirect.location.as_deref()), (301, Some("/fr/")));
    }

    #[test]
    fn only_this_machines_names_are_answered() {
        for host in
            ["127.0.0.1:1111", "localhost:1111", "LOCALHOST", "[::1]:1111", "192.168.1.20:8080", "[::1]"]
        {
            assert!(host_allowed(Some(host)), "{host}");
        }
        for host in [
            "evil.example",
            "evil.example:1111",
            "127.0.0.1.evil.example",
            "localhost.evil.example:1111",
            "",
            "[::1]x",
            "127.0.0.1:x",
        ] {
            assert!(!host_allowed(Some(host)), "{host}");
        }
        assert!(!host_allowed(None));
    }

    #[test]
    fn a_redirect_never_leaves_the_site() {
        let redirect = respond(&site(), "GET", "//fr");
        assert_eq!((redirect.status, redirect.location.as_deref()), (301, Some("/fr/")));
        let redirect = respond(&site(), "GET", "/fr/a%20b");
        assert_eq!(redirect.location.as_deref(), Some("/fr/a%20b/"));
    }

    #[test]
    fn unknown_paths_get_the_sites_404_page_with_a_404_status() {
        let reply = respond(&site(), "GET", "/nowhere/");
        assert_eq!(reply.status, 404);
        assert!(String::from_utf8(reply.body).unwrap().contains("introuvable"));
    }

    #[test]
    fn nothing_outside_the_output_can_be_named() {
        for url in [
            "/../site.yaml",
            "/fr/../../etc/passwd",
            "/%2e%2e/site.yaml",
            "/fr%2f..%2f..%2fsite.yaml",
            "/fr/%5c..",
            "http://evil.example/",
            "/%ff",
            "/fr/./index.html",
        ] {
            let reply = respond(&site(), "GET", url);
            assert!(matches!(reply.status, 400 | 404), "{url} gave {}", reply.status);
            assert!(!String::from_utf8_lossy(&reply.body).contains("accueil"), "{url}");
        }
        assert_eq!(respond(&site(), "GET", "//etc/passwd").status, 404);
        assert_eq!(respond(&site(), "POST", "/").status, 405);
    }

    #[test]
    fn html_gets_the_reload_script_and_the_overlay_only_while_broken() {
        let body = String::from_utf8(respond(&site(), "GET", "/fr/").body).unwrap();
        assert!(body.contains("<script src=\"/__amal/reload.js\"></script></body>"), "{body}");
        assert!(!body.contains("amal-error-overlay"));
        let mut broken = site();
        let problem = crate::diagnostic::Diagnostic::error(
            "content/fr/a.md",
            crate::msg!("settings-yaml-unknown-key", key = "<bad>"),
        )
        .at(2, 1);
        let panel = overlay::error_panel(std::slice::from_ref(&problem), std::path::Path::new("/nowhere"));
        broken.error = Some(Failure { text: problem.to_string(), panel });
        let body = String::from_utf8(respond(&broken, "GET", "/fr/").body).unwrap();
        assert!(
            body.contains(
                "<body><link rel=\"stylesheet\" href=\"/__amal/overlay.css\"><div id=\"amal-error-overlay\""
            ),
            "{body}"
        );
        assert!(
            body.contains("<h3><code dir=\"ltr\">&lt;bad&gt;</code> is not a key amal knows here</h3>"),
            "{body}"
        );
        assert!(body.contains("accueil"), "the last good page stays underneath");
        assert_eq!(respond(&site(), "GET", "/style.css").body, b"body{}");
    }
}
