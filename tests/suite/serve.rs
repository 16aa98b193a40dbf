//! `amal serve` driven over HTTP, the way the communications team uses it:
//! save a file, see the page change; break it, see the error; fix it, see it
//! go away. Every wait polls with a deadline; none is a fixed sleep.

use crate::common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::TestSite;

const DEADLINE: Duration = Duration::from_secs(20);

/// A running `amal serve`, stopped when dropped.
struct Preview {
    child: Child,
    address: String,
    log: Arc<Mutex<Vec<String>>>,
}

impl Preview {
    fn start(site: &TestSite) -> Preview {
        Preview::start_in(site, "en")
    }

    /// The preview of someone whose `AMAL_LANG` is `language`.
    fn start_in(site: &TestSite, language: &str) -> Preview {
        let mut command = Command::new(assert_cmd::cargo::cargo_bin("amal"));
        for name in common::LANGUAGE_VARIABLES {
            command.env_remove(name);
        }
        let mut child = command
            .env("AMAL_LANG", language)
            .args(["serve", "--port", "0", "--site"])
            .arg(site.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("amal serve starts");
        let log = Arc::new(Mutex::new(Vec::new()));
        for stream in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn Read + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let log = log.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    log.lock().unwrap().push(line);
                }
            });
        }
        let mut preview = Preview { child, address: String::new(), log };
        let address = preview
            .wait_for_log(|line| line.contains("http://127.0.0.1:"))
            .split("http://")
            .nth(1)
            .unwrap()
            .split(['/', ' '])
            .next()
            .unwrap()
            .to_string();
        preview.address = address;
        preview
    }

    fn wait_for_log(&self, matches: impl Fn(&str) -> bool) -> String {
        let started = Instant::now();
        loop {
            if let Some(line) = self.log.lock().unwrap().iter().find(|l| matches(l)) {
                return line.clone();
            }
            assert!(
                started.elapsed() < DEADLINE,
                "log never matched:\n{}",
                self.log.lock().unwrap().join("\n")
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn rebuilds(&self) -> usize {
        self.log
            .lock()
            .unwrap()
            .iter()
            .filter(|l| l.starts_with("Rebuilt") || l.starts_with("Build failed"))
            .count()
    }

    /// A raw HTTP/1.1 request, so that paths reach the server unnormalised.
    fn request(&self, method: &str, path: &str) -> Response {
        let mut stream = TcpStream::connect(&self.address).unwrap();
        write!(stream, "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n", self.address)
            .unwrap();
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).unwrap();
        let split = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("a complete response");
        let head = String::from_utf8_lossy(&raw[..split]).to_string();
        let status = head.split(' ').nth(1).unwrap().parse().unwrap();
        Response { status, head, body: String::from_utf8_lossy(&raw[split + 4..]).to_string() }
    }

    fn get(&self, path: &str) -> Response {
        self.request("GET", path)
    }

    /// Polls `path` until its body satisfies `ready`.
    fn wait_for(&self, path: &str, ready: impl Fn(&Response) -> bool) -> Response {
        let started = Instant::now();
        loop {
            let response = self.get(path);
            if ready(&response) {
                return response;
            }
            assert!(
                started.elapsed() < DEADLINE,
                "{path} never became ready; last:\n{}\nlog:\n{}",
                response.body,
                self.log.lock().unwrap().join("\n")
            );
            std::thread::sleep(Duration::from_millis(25));
        }
    }
}

impl Drop for Preview {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Response {
    status: u16,
    head: String,
    body: String,
}

impl Response {
    fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }
}

#[test]
fn saving_a_page_changes_the_served_html() {
    let site = TestSite::new("basic");
    let preview = Preview::start(&site);
    let first = preview.get("/fr/");
    assert_eq!(first.status, 200);
    assert_eq!(first.header("content-type").as_deref(), Some("text/html; charset=utf-8"));
    assert!(first.body.contains("Bienvenue."));
    let text = site.read("content/fr/_index.md").replace("Bienvenue.", "Bienvenue à toutes.");
    site.write("content/fr/_index.md", &text);
    preview.wait_for("/fr/", |r| r.body.contains("Bienvenue à toutes."));
}

#[test]
fn pages_appear_disappear_and_move_with_their_files() {
    let site = TestSite::new("basic");
    let preview = Preview::start(&site);
    site.write("content/fr/contact.md", "---\ntitle: Contact\n---\nÉcrivez-nous.\n");
    preview.wait_for("/fr/contact/", |r| r.status == 200 && r.body.contains("Écrivez-nous."));
    // An editor's atomic save: write a temporary file, then rename it over.
    site.write("content/fr/.contact.md.tmp", "---\ntitle: Contact\n---\nAppelez-nous.\n");
    std::fs::rename(
        site.path().join("content/fr/.contact.md.tmp"),
        site.path().join("content/fr/contact.md"),
    )
    .unwrap();
    preview.wait_for("/fr/contact/", |r| r.body.contains("Appelez-nous."));
    std::fs::rename(site.path().join("content/fr/contact.md"), site.path().join("content/fr/joindre.md"))
        .unwrap();
    preview.wait_for("/fr/joindre/", |r| r.status == 200);
    preview.wait_for("/fr/contact/", |r| r.status == 404);
    site.remove("content/fr/joindre.md");
    preview.wait_for("/fr/joindre/", |r| r.status == 404);
    // A whole new folder of pages.
    site.write("content/fr/projets/_index.md", "---\ntitle: Projets\n---\n");
    preview.wait_for("/fr/projets/", |r| r.status == 200 && r.body.contains("Projets"));
}

/// `amal new` makes drafts; opening one in the preview tells the writer
/// why she does not see it, and how to.
#[test]
fn a_draft_opened_in_the_preview_says_it_is_a_draft() {
    let site = TestSite::new("basic");
    let preview = Preview::start(&site);
    site.write("content/fr/news/open-day.md", "---\ntitle: Portes ouvertes\ndraft: true\n---\nBientôt.\n");
    let reply = preview.wait_for("/fr/news/open-day/", |r| r.body.contains("This page is a draft"));
    assert_eq!(reply.status, 404);
    assert!(
        reply.body.contains(
            "<code dir=\"ltr\">content/fr/news/open-day.md</code> says <code dir=\"ltr\">draft: true</code>"
        ),
        "{}",
        reply.body
    );
    assert!(reply.body.contains("amal serve --drafts"), "{}", reply.body);
    // Published once the line goes.
    site.write("content/fr/news/open-day.md", "---\ntitle: Portes ouvertes\n---\nBientôt.\n");
    preview.wait_for("/fr/news/open-day/", |r| r.status == 200 && r.body.contains("Bientôt."));
}

#[test]
fn a_broken_edit_shows_the_error_over_the_last_good_page_until_fixed() {
    let site = TestSite::new("basic");
    let preview = Preview::start(&site);
    let good = site.read("content/fr/_index.md");
    site.write("content/fr/_index.md", &good.replace("title: Bienvenue", "title: Bienvenue\ntitel: oups"));
    let broken = preview.wait_for("/fr/", |r| r.body.contains("amal-error-overlay"));
    assert!(
        broken.body.contains("<code dir=\"ltr\">titel</code> is not a key amal knows here")
            && broken.body.contains("In <code dir=\"ltr\">content/fr/_index.md</code>, line 3, character 1:"),
        "{}",
        broken.body
    );
    assert!(broken.body.contains("Bienvenue."), "the last good page is still served underneath");
    assert_eq!(broken.status, 200);
    site.write("content/fr/_index.md", &good);
    let fixed = preview.wait_for("/fr/", |r| !r.body.contains("amal-error-overlay"));
    assert!(fixed.body.contains("Bienvenue."));
}

#[test]
fn open_pages_are_told_to_reload_after_each_rebuild() {
    let site = TestSite::new("basic");
    let preview = Preview::start(&site);
    assert!(preview.get("/fr/").body.contains("<script src=\"/__amal/reload.js\"></script>"));
    assert!(preview.get("/__amal/reload.js").body.contains("EventSource"));
    let mut stream = TcpStream::connect(&preview.address).unwrap();
    write!(stream, "GET /__amal/events HTTP/1.1\r\nHost: {}\r\n\r\n", preview.address).unwrap();
    stream.set_read_timeout(Some(DEADLINE)).unwrap();
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    // Wait until the stream is open before editing.
    while !line.starts_with(": amal") {
        line.clear();
        reader.read_line(&mut line).unwrap();
    }
    site.write("content/fr/_index.md", &site.read("content/fr/_index.md").replace("Bienvenue.", "Salut."));
    loop {
        line.clear();
        assert!(reader.read_line(&mut line).unwrap() > 0, "the event stream closed");
        if line.trim() == "event: reload" {
            break;
        }
    }
}

#[test]
fn the_reload_script_is_never_in_built_output() {
    let site = TestSite::new("basic");
    site.build().ok();
    for (path, bytes) in site.snapshot_output() {
        assert!(!String::from_utf8_lossy(&bytes).contains("__amal"), "{}", path.display());
    }
}

#[test]
fn http_is_done_right() {
    let site = TestSite::new("basic");
    let preview = Preview::start(&site);
    let missing = preview.get("/fr/nowhere/");
    assert_eq!(missing.status, 404);
    assert!(missing.body.contains("not-found"), "the site's own 404 page");
    let head = preview.request("HEAD", "/fr/");
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    assert!(head.header("content-length").is_some_and(|l| l != "0"));
    assert_eq!(preview.get("/style.css").header("content-type").as_deref(), Some("text/css; charset=utf-8"));
    assert_eq!(
        preview.get("/fonts/noto-sans-tifinagh-regular.woff2").header("content-type").as_deref(),
        Some("font/woff2")
    );
    let redirect = preview.get("/fr");
    assert_eq!((redirect.status, redirect.header("location").as_deref()), (301, Some("/fr/")));
}

#[test]
fn no_request_escapes_the_site() {
    let site = TestSite::new("basic");
    let preview = Preview::start(&site);
    for path in [
        "/../site.yaml",
        "/fr/../../site.yaml",
        "/%2e%2e/site.yaml",
        "/%2E%2E/%2E%2E/etc/passwd",
        "/fr%2f..%2f..%2fsite.yaml",
        "/..%5csite.yaml",
        "//etc/passwd",
        "/content/fr/_index.md",
        "/site.yaml",
    ] {
        let response = preview.get(path);
        assert!(matches!(response.status, 400 | 404), "{path}: {}", response.status);
        assert!(
            !response.body.contains("base_url") && !response.body.contains("title: Bienvenue"),
            "{path} leaked a source file"
        );
    }
}

#[test]
fn editor_scratch_files_do_not_trigger_rebuilds() {
    let site = TestSite::new("basic");
    let preview = Preview::start(&site);
    let before = preview.rebuilds();
    site.write("content/fr/.about.md.swp", "swap");
    site.write("content/fr/about.md~", "backup");
    site.write("content/fr/4913", "vim probe");
    site.write("content/fr/_index.md", &site.read("content/fr/_index.md").replace("Bienvenue.", "Coucou."));
    preview.wait_for("/fr/", |r| r.body.contains("Coucou."));
    preview.wait_for_log(|l| l.contains("(content/fr/_index.md;"));
    assert_eq!(preview.rebuilds(), before + 1, "{}", preview.log.lock().unwrap().join("\n"));
}

#[test]
fn ctrl_c_stops_it_cleanly() {
    let site = TestSite::new("basic");
    let mut preview = Preview::start(&site);
    let status = Command::new("kill").args(["-INT", &preview.child.id().to_string()]).status().unwrap();
    assert!(status.success());
    let started = Instant::now();
    let exit = loop {
        if let Some(exit) = preview.child.try_wait().unwrap() {
            break exit;
        }
        assert!(started.elapsed() < DEADLINE, "still running after Ctrl-C");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(exit.success(), "{exit:?}");
    preview.wait_for_log(|l| l == "Stopped.");
}

/// Any web page the editor visits could point its own name at 127.0.0.1
/// (DNS rebinding) and read the preview, drafts included.
#[test]
fn a_page_of_another_site_cannot_read_the_preview() {
    let site = TestSite::new("basic");
    let preview = Preview::start(&site);
    for path in ["/fr/", "/__amal/error", "/__amal/events"] {
        let mut stream = TcpStream::connect(&preview.address).unwrap();
        write!(stream, "GET {path} HTTP/1.1\r\nHost: evil.example:1111\r\nConnection: close\r\n\r\n")
            .unwrap();
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).unwrap();
        let text = String::from_utf8_lossy(&raw);
        assert!(text.starts_with("HTTP/1.1 403"), "{path}: {text}");
        assert!(!text.contains("Bienvenue"), "{path}");
    }
    // The preview's own address still works, and a redirect stays on it.
    assert_eq!(preview.get("/fr/").status, 200);
    let redirect = preview.get("//fr");
    assert_eq!(redirect.header("Location").as_deref(), Some("/fr/"));
}

/// A file the build copied, replaced afterwards by a link to something
/// outside the site, is not served: the build refuses the link, and the last
/// good version must not read through it either.
#[test]
fn a_copied_file_swapped_for_a_link_after_the_build_is_not_served() {
    let site = TestSite::new("basic");
    let preview = Preview::start(&site);
    assert_eq!(preview.get("/style.css").status, 200);
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "SECRET LETTER").unwrap();
    let style = site.path().join("themes/default/static/style.css");
    std::fs::remove_file(&style).unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.txt"), &style).unwrap();
    preview.wait_for_log(|l| l.starts_with("Build failed"));
    let response = preview.get("/style.css");
    assert!(!response.body.contains("SECRET"), "{}", response.body);
}

/// Any page a reader's browser has open, any process on the machine, can
/// open connections to the preview. A flood of event streams is refused
/// past a cap, a request that announces a body is refused unread, and the
/// pages still answer.
#[test]
fn a_flood_of_connections_or_a_huge_body_does_not_take_the_preview_down() {
    let site = TestSite::new("basic");
    let preview = Preview::start(&site);
    let mut open = Vec::new();
    let mut refused = 0;
    for _ in 0..48 {
        let mut stream = TcpStream::connect(&preview.address).unwrap();
        write!(stream, "GET /__amal/events HTTP/1.1\r\nHost: {}\r\n\r\n", preview.address).unwrap();
        stream.set_read_timeout(Some(DEADLINE)).unwrap();
        let mut reader = BufReader::new(stream);
        let mut status = String::new();
        reader.read_line(&mut status).unwrap();
        if status.contains(" 503 ") {
            refused += 1;
        } else {
            assert!(status.contains(" 200 "), "{status}");
            open.push(reader);
        }
    }
    assert_eq!(open.len(), 32, "streams are capped");
    assert_eq!(refused, 16);
    assert_eq!(preview.get("/fr/").status, 200, "pages still answer");
    let mut stream = TcpStream::connect(&preview.address).unwrap();
    write!(
        stream,
        "POST /fr/ HTTP/1.1\r\nHost: {}\r\nContent-Length: 10000000000\r\n\r\nabc",
        preview.address
    )
    .unwrap();
    stream.set_read_timeout(Some(DEADLINE)).unwrap();
    let mut status = String::new();
    BufReader::new(stream).read_line(&mut status).unwrap();
    assert!(status.contains(" 413 "), "{status}");
    // Closing streams frees their places.
    drop(open);
    let started = Instant::now();
    loop {
        let mut stream = TcpStream::connect(&preview.address).unwrap();
        write!(stream, "GET /__amal/events HTTP/1.1\r\nHost: {}\r\n\r\n", preview.address).unwrap();
        stream.set_read_timeout(Some(DEADLINE)).unwrap();
        let mut status = String::new();
        BufReader::new(stream).read_line(&mut status).unwrap();
        if status.contains(" 200 ") {
            break;
        }
        assert!(started.elapsed() < DEADLINE, "closed streams never freed their places");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// A connection that says nothing, or sends a request head that never
/// ends, must not hold the preview: each would keep a thread and its buffer
/// for as long as the other end likes. The preview hangs up on silence,
/// answers an oversized head with 431 before reading it all, and holds a
/// bounded number of connections whatever arrives.
#[test]
fn silent_or_endless_requests_are_cut_off() {
    let site = TestSite::new("basic");
    let preview = Preview::start(&site);

    let mut silent = TcpStream::connect(&preview.address).unwrap();
    silent.set_read_timeout(Some(DEADLINE)).unwrap();
    let mut raw = Vec::new();
    let outcome = silent.read_to_end(&mut raw);
    assert!(outcome.is_ok(), "a silent connection is never closed: {outcome:?}");

    let endless = TcpStream::connect(&preview.address).unwrap();
    endless.set_read_timeout(Some(DEADLINE)).unwrap();
    let mut writer = endless.try_clone().unwrap();
    let address = preview.address.clone();
    std::thread::spawn(move || {
        let _ = write!(writer, "GET /fr/ HTTP/1.1\r\nHost: {address}\r\nX-Padding: ");
        let chunk = vec![b'a'; 64 * 1024];
        // 64 MB, unless the preview hangs up first.
        for _ in 0..1024 {
            if writer.write_all(&chunk).is_err() {
                return;
            }
        }
    });
    let mut status = String::new();
    let _ = BufReader::new(endless).read_line(&mut status);
    assert!(status.contains(" 431 "), "an endless head is read on: {status:?}");

    // Many silent connections at once: the preview's threads stay bounded
    // and, once the silent ones are cut off, pages answer again.
    let crowd: Vec<TcpStream> = (0..300).map(|_| TcpStream::connect(&preview.address).unwrap()).collect();
    std::thread::sleep(Duration::from_millis(500));
    let status = std::fs::read_to_string(format!("/proc/{}/status", preview.child.id())).unwrap();
    let threads: usize =
        status.lines().find_map(|l| l.strip_prefix("Threads:")).and_then(|n| n.trim().parse().ok()).unwrap();
    assert!(threads < 200, "{threads} threads for 300 silent connections");
    // Past the cap a connection is refused, with a 503 or, when its request
    // arrives after the refusal, a reset.
    let answers = || {
        let mut stream = TcpStream::connect(&preview.address).ok()?;
        write!(stream, "GET /fr/ HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n", preview.address).ok()?;
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).ok()?;
        Some(raw.starts_with(b"HTTP/1.1 200 "))
    };
    let started = Instant::now();
    while answers() != Some(true) {
        assert!(started.elapsed() < DEADLINE, "pages never answered again");
        std::thread::sleep(Duration::from_millis(200));
    }
    drop(crowd);
}

/// The panel over a broken page and the note over a draft speak the
/// writer's language (right to left in Arabic), name the file and line,
/// show the line with the spot marked, and say what to do.
#[test]
fn the_error_panel_and_the_draft_note_speak_the_writers_language() {
    for language in ["en", "fr", "ar"] {
        let site = TestSite::new("basic");
        let preview = Preview::start_in(&site, language);
        site.write(
            "content/fr/news/open-day.md",
            "---\ntitle: Portes ouvertes\ndraft: true\n---\nBientôt.\n",
        );
        let draft = preview.wait_for("/fr/news/open-day/", |r| r.body.contains("amal-draft-notice"));
        let note = outer_html(&draft.body, "#amal-draft-notice");

        let good = site.read("content/fr/_index.md");
        site.write(
            "content/fr/_index.md",
            &good.replace("title: Bienvenue", "title: Bienvenue\ntitel: oups"),
        );
        let broken = preview.wait_for("/fr/", |r| r.body.contains("amal-error-overlay"));
        let panel = outer_html(&broken.body, "#amal-error-overlay");
        let direction = if language == "ar" { "rtl" } else { "ltr" };
        let attributes =
            format!("id=\"amal-error-overlay\" role=\"alert\" lang=\"{language}\" dir=\"{direction}\"");
        assert!(broken.body.contains(&attributes), "{panel}");
        assert!(panel.contains("<mark>t</mark>itel: oups"), "the spot is marked in the line: {panel}");
        assert!(panel.contains("<code dir=\"ltr\">title</code>"), "did you mean `title`: {panel}");
        let css = preview.get("/__amal/overlay.css").body;
        assert!(
            !css.contains("monospace;direction:ltr") && css.contains("background:#fff;"),
            "opaque, not code: {css}"
        );

        let mut settings = insta::Settings::clone_current();
        settings.set_prepend_module_to_snapshot(false);
        settings.set_omit_expression(true);
        settings.bind(|| {
            insta::assert_snapshot!(format!("preview-draft-note-{language}"), note);
            insta::assert_snapshot!(format!("preview-error-panel-{language}"), panel);
        });
    }
}

fn outer_html(body: &str, selector: &str) -> String {
    let html = scraper::Html::parse_document(body);
    let selector = scraper::Selector::parse(selector).unwrap();
    let element = html.select(&selector).next().unwrap_or_else(|| panic!("no {selector:?} in {body}"));
    // One element per line, to read and to diff.
    element.html().replace("><", ">\n<")
}
