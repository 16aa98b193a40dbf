//! `amal serve`: build, serve on loopback, watch, rebuild, reload.
//!
//! The site is held in memory and swapped whole after each successful
//! rebuild, so a reader never sees a half-built site and a broken edit never
//! replaces the last good one: the preview keeps serving it, with the error
//! on top, until the file is fixed.

pub mod change;
pub mod http;
mod overlay;
pub(crate) mod server;
pub mod session;

use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, new_debouncer};

use crate::messages::io_reason;
use crate::msg;
use crate::output::Output;
use crate::site::SiteOptions;
use change::{ChangeKind, WATCHED, classify};
use http::{EVENTS_PATH, Snapshot};
use server::{Connection, Next, Request, Response};
use session::{Rebuilt, Session};

/// How long the watcher waits for a burst of events (an editor's atomic
/// save, a `git checkout`) to settle before rebuilding.
const DEBOUNCE: Duration = Duration::from_millis(50);

pub struct ServeArgs {
    pub site: PathBuf,
    pub bind: IpAddr,
    pub port: u16,
    pub open: bool,
    pub drafts: bool,
}

/// What the request handlers share.
struct State {
    snapshot: RwLock<Arc<Snapshot>>,
    /// The site's folder, resolved: a copied file is served only from it.
    site: Arc<std::path::Path>,
    /// Open event streams: each gets a message after every rebuild.
    clients: Mutex<Vec<Sender<()>>>,
    /// Open event streams, capped below the server's connections so that
    /// streams alone never leave pages unanswered.
    streams: std::sync::atomic::AtomicUsize,
}

/// More open previews than a team has tabs.
const MAX_STREAMS: usize = 32;

/// Takes a place under `cap` in `counter`, given back when dropped.
struct Place<'a>(&'a std::sync::atomic::AtomicUsize);

impl<'a> Place<'a> {
    fn take(counter: &'a std::sync::atomic::AtomicUsize, cap: usize) -> Option<Place<'a>> {
        use std::sync::atomic::Ordering;
        counter.fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| (n < cap).then_some(n + 1)).ok()?;
        Some(Place(counter))
    }
}

impl Drop for Place<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, std::sync::atomic::Ordering::AcqRel);
    }
}

fn refuse(connection: &mut Connection, status: u16, body: &str) -> Next {
    let response = Response {
        status,
        headers: vec![("Content-Type", "text/plain; charset=utf-8")],
        body: body.as_bytes(),
        omit_body: false,
    };
    let _ = connection.respond(&response, true);
    Next::Close
}

impl State {
    fn notify_clients(&self) {
        let mut clients = self.clients.lock().unwrap_or_else(|e| e.into_inner());
        clients.retain(|client| client.send(()).is_ok());
    }
}

pub fn execute(mut args: ServeArgs) -> bool {
    // Watchers report absolute paths; classification compares against these.
    match args.site.canonicalize() {
        Ok(site) => args.site = site,
        Err(e) => {
            eprintln!(
                "{}",
                msg!("serve-cannot-open-site", site = args.site.display(), reason = io_reason(&e))
            );
            return false;
        }
    }
    let listener = match std::net::TcpListener::bind(SocketAddr::new(args.bind, args.port)) {
        Ok(listener) => listener,
        Err(e) => {
            let address = SocketAddr::new(args.bind, args.port).to_string();
            eprintln!("{}", msg!("serve-cannot-listen", address = address, reason = io_reason(&e)));
            eprintln!("{}", msg!("serve-cannot-listen-hint"));
            return false;
        }
    };
    let Ok(address) = listener.local_addr() else { return false };
    if !args.bind.is_loopback() {
        eprintln!("{}", msg!("serve-reachable-from-network", address = address.to_string()));
    }
    let url = format!("http://{address}/");
    let options = SiteOptions { drafts: args.drafts, base_url: Some(url.clone()), ..SiteOptions::default() };
    let state = Arc::new(State {
        snapshot: RwLock::new(Arc::new(Snapshot {
            output: Arc::new(Output::new()),
            error: None,
            site: args.site.clone().into(),
            drafts: Arc::default(),
        })),
        site: args.site.clone().into(),
        clients: Mutex::new(Vec::new()),
        streams: Default::default(),
    });
    let mut session = Session::new(&args.site, options);
    rebuild(&state, &mut session, &[], &msg!("serve-start").to_string());

    let (events, changes) = mpsc::channel();
    let mut debouncer = match new_debouncer(DEBOUNCE, None, events) {
        Ok(debouncer) => debouncer,
        Err(e) => {
            eprintln!("{}", msg!("serve-cannot-watch", detail = e.to_string()));
            return false;
        }
    };
    let _ = debouncer.watch(&args.site, RecursiveMode::NonRecursive);
    for entry in WATCHED {
        let path = args.site.join(entry);
        if path.exists() {
            let mode = if path.is_dir() { RecursiveMode::Recursive } else { RecursiveMode::NonRecursive };
            let _ = debouncer.watch(&path, mode);
        }
    }
    {
        let state = state.clone();
        let site = args.site.clone();
        std::thread::spawn(move || watch(changes, debouncer, &state, &site, session));
    }

    println!("{}", msg!("serve-serving", site = args.site.display(), url = url.as_str()));
    println!("{}", msg!("serve-stop-with-ctrl-c"));
    if args.open {
        open_browser(&url);
    }
    // Nothing is written to the site's folder: stopping at any moment is safe.
    let _ = ctrlc::set_handler(|| {
        println!("{}", msg!("serve-stopped"));
        std::process::exit(0);
    });
    server::run(listener, move |request, connection| handle(request, connection, &state));
    false
}

/// Waits for file changes, rebuilds when they touch the site, and tells
/// the open pages to reload.
fn watch(
    changes: Receiver<DebounceEventResult>,
    mut debouncer: notify_debouncer_full::Debouncer<
        notify::RecommendedWatcher,
        notify_debouncer_full::RecommendedCache,
    >,
    state: &State,
    site: &Path,
    mut session: Session,
) {
    for result in changes {
        let Ok(events) = result else { continue };
        let mut changed: Vec<(ChangeKind, PathBuf)> = Vec::new();
        for event in &events {
            if matches!(event.kind, EventKind::Access(_)) {
                continue;
            }
            for path in &event.paths {
                // A watched folder created after start (templates/, static/…).
                if path.parent() == Some(site) && path.is_dir() && WATCHED.iter().any(|w| path.ends_with(w)) {
                    let _ = debouncer.watch(path, RecursiveMode::Recursive);
                }
                if let Some(kind) = classify(site, path)
                    && !changed.iter().any(|(_, p)| p == path)
                {
                    changed.push((kind, path.clone()));
                }
            }
        }
        let Some((_, first)) = changed.first() else { continue };
        let what = crate::diagnostic::relative_to(first, site).display().to_string();
        rebuild(state, &mut session, &changed, &what);
    }
}

/// Rebuilds (the least that is correct) and swaps the result in; on
/// failure keeps the last good site and records the error for the overlay.
fn rebuild(state: &State, session: &mut Session, changes: &[(ChangeKind, PathBuf)], cause: &str) {
    let started = Instant::now();
    let result = session.rebuild(changes);
    let output = Arc::new(session.output());
    let drafts = Arc::new(session.drafts());
    let elapsed = started.elapsed();
    let mut current = state.snapshot.write().unwrap_or_else(|e| e.into_inner());
    match result {
        Ok((rebuilt, warnings)) => {
            crate::cmd::report(&state.site, warnings.sorted());
            *current = Arc::new(Snapshot { output, error: None, site: state.site.clone(), drafts });
            let scope = match rebuilt {
                Rebuilt::Full => msg!("serve-rebuilt-whole-site"),
                Rebuilt::Pages(n) => msg!("serve-rebuilt-pages", count = n),
                Rebuilt::Templates(n) => msg!("serve-rebuilt-templates", count = n),
            };
            let milliseconds = elapsed.as_millis().to_string();
            println!("{}", msg!("serve-rebuilt", milliseconds = milliseconds, cause = cause, scope = scope));
        }
        Err(diagnostics) => {
            let sorted = diagnostics.sorted();
            let text = sorted.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n");
            crate::cmd::report(&state.site, sorted.iter().cloned());
            eprintln!("{}", msg!("serve-build-failed", cause = cause));
            let panel = overlay::error_panel(&sorted, &state.site);
            let error = Some(http::Failure { text, panel });
            *current = Arc::new(Snapshot { output, error, site: state.site.clone(), drafts });
        }
    }
    drop(current);
    state.notify_clients();
}

fn handle(request: Request, connection: &mut Connection, state: &State) -> Next {
    if !http::host_allowed(request.host.as_deref()) {
        return refuse(connection, 403, &format!("403: {}\n", msg!("serve-refused-host")));
    }
    // The preview only sends: a body is refused before a byte of it is read.
    if request.has_body {
        return refuse(connection, 413, &format!("413: {}\n", msg!("serve-refused-body")));
    }
    if request.path() == EVENTS_PATH {
        return match Place::take(&state.streams, MAX_STREAMS) {
            Some(_place) => stream_events(connection.stream(), state),
            None => refuse(connection, 503, &format!("503: {}\n", msg!("serve-refused-busy"))),
        };
    }
    let snapshot = state.snapshot.read().unwrap_or_else(|e| e.into_inner()).clone();
    let reply = http::respond(&snapshot, &request.method, &request.target);
    let mut headers = vec![
        ("Content-Type", reply.content_type),
        ("Cache-Control", "no-store"),
        ("X-Content-Type-Options", "nosniff"),
    ];
    if let Some(location) = &reply.location {
        headers.push(("Location", location));
    }
    let response =
        Response { status: reply.status, headers, body: &reply.body, omit_body: request.method == "HEAD" };
    match connection.respond(&response, request.close) {
        Ok(()) => Next::KeepAlive,
        Err(_) => Next::Close,
    }
}

/// Server-Sent Events: one `reload` event after each rebuild.
fn stream_events(writer: &mut std::net::TcpStream, state: &State) -> Next {
    let (sender, receiver) = mpsc::channel();
    state.clients.lock().unwrap_or_else(|e| e.into_inner()).push(sender);
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n: amal\n\n";
    if writer.write_all(head.as_bytes()).and_then(|_| writer.flush()).is_err() {
        return Next::Close;
    }
    loop {
        // A closed tab is noticed at the next write, which frees its place.
        let message = match receiver.recv_timeout(Duration::from_secs(5)) {
            Ok(()) => "event: reload\ndata: reload\n\n",
            Err(RecvTimeoutError::Timeout) => ": keep-alive\n\n",
            Err(RecvTimeoutError::Disconnected) => return Next::Close,
        };
        if writer.write_all(message.as_bytes()).and_then(|_| writer.flush()).is_err() {
            return Next::Close;
        }
    }
}

fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if std::process::Command::new(opener).arg(url).spawn().is_err() {
        eprintln!("{}", msg!("serve-no-browser", url = url));
    }
}
