//! The preview's HTTP/1.1 connections: std sockets, `httparse` for the
//! request head, and a bound on everything a connection can hold.
//!
//! Any page open in the editor's browser and any process on the machine
//! can connect here. A connection therefore gets a limited time to send
//! its head, a limited head, and a limited number of requests; the server
//! holds a limited number of connections, each on its own thread.

use std::io::{self, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// More than a team's open tabs and their event streams.
pub const MAX_CONNECTIONS: usize = 128;
/// A browser's request head is a few hundred bytes; 16 KiB is what most
/// servers accept.
const MAX_HEAD: usize = 16 * 1024;
const MAX_HEADERS: usize = 64;
/// From the moment a connection is ready for a request to the end of its
/// head: enough for a browser, too short to hold a thread for nothing.
const HEAD_TIME: Duration = Duration::from_secs(5);
/// A reader that takes no bytes for this long is gone.
const WRITE_TIME: Duration = Duration::from_secs(10);
const REQUESTS_PER_CONNECTION: usize = 1000;

/// A request as the preview needs it: no body is ever read.
#[derive(Debug)]
pub struct Request {
    pub method: String,
    /// The request target as sent, undecoded.
    pub target: String,
    pub host: Option<String>,
    /// It announces a body (`Content-Length` other than 0, or
    /// `Transfer-Encoding`).
    pub has_body: bool,
    /// The client asked to close after this request, or speaks HTTP/1.0.
    pub close: bool,
}

impl Request {
    /// The target without its query.
    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or("")
    }
}

/// A reply to write on the connection.
pub struct Response<'a> {
    pub status: u16,
    pub headers: Vec<(&'static str, &'a str)>,
    pub body: &'a [u8],
    /// Send the headers (with the body's length) but not the body (HEAD).
    pub omit_body: bool,
}

/// What a handler does with a connection after a request.
pub enum Next {
    /// Ready for the next request.
    KeepAlive,
    /// Hang up.
    Close,
}

/// One client's connection, given to the handler with each request.
pub struct Connection {
    stream: TcpStream,
    /// Bytes read past the last request's head (a pipelined request).
    buffer: Vec<u8>,
}

impl Connection {
    pub fn respond(&mut self, response: &Response, close: bool) -> io::Result<()> {
        let mut head = format!("HTTP/1.1 {} {}\r\n", response.status, reason(response.status));
        for (name, value) in &response.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str(&format!("Content-Length: {}\r\n", response.body.len()));
        if close {
            head.push_str("Connection: close\r\n");
        }
        head.push_str("\r\n");
        self.stream.write_all(head.as_bytes())?;
        if !response.omit_body {
            self.stream.write_all(response.body)?;
        }
        self.stream.flush()
    }

    /// The raw stream, for replies that never end (event streams).
    pub fn stream(&mut self) -> &mut TcpStream {
        &mut self.stream
    }
}

/// Accepts connections until the listener fails, each on a thread of its
/// own under `MAX_CONNECTIONS`; past that, a connection is told 503 and
/// closed.
pub fn run<H>(listener: TcpListener, handler: H)
where
    H: Fn(Request, &mut Connection) -> Next + Send + Sync + 'static,
{
    let handler = std::sync::Arc::new(handler);
    let open = std::sync::Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let _ = stream.set_write_timeout(Some(WRITE_TIME));
        let taken = open
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| (n < MAX_CONNECTIONS).then_some(n + 1));
        if taken.is_err() {
            refuse_crowded(stream);
            continue;
        }
        let (handler, held) = (handler.clone(), open.clone());
        let spawned = std::thread::Builder::new().name("preview connection".into()).spawn(move || {
            serve(stream, &*handler);
            held.fetch_sub(1, Ordering::AcqRel);
        });
        if spawned.is_err() {
            open.fetch_sub(1, Ordering::AcqRel);
        }
    }
}

fn refuse_crowded(mut stream: TcpStream) {
    // Written at once into a new socket's buffer, so it never blocks the
    // accepting thread for long.
    let _ = stream.set_write_timeout(Some(Duration::from_millis(100)));
    let body = "503: too many connections to the preview at once\n";
    let _ = write!(
        stream,
        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
}

fn serve<H>(stream: TcpStream, handler: &H)
where
    H: Fn(Request, &mut Connection) -> Next,
{
    let mut connection = Connection { stream, buffer: Vec::new() };
    for _ in 0..REQUESTS_PER_CONNECTION {
        let request = match read_head(&mut connection) {
            Ok(request) => request,
            Err(Problem::Gone) => return,
            Err(problem) => {
                let (status, body) = problem.reply();
                let response = Response {
                    status,
                    headers: vec![("Content-Type", "text/plain; charset=utf-8")],
                    body: body.as_bytes(),
                    omit_body: false,
                };
                let _ = connection.respond(&response, true);
                return;
            }
        };
        let close = request.close;
        match handler(request, &mut connection) {
            Next::KeepAlive if !close => {}
            Next::KeepAlive | Next::Close => return,
        }
    }
}

#[derive(Debug, PartialEq)]
pub(crate) enum Problem {
    /// Closed, silent past `HEAD_TIME` before a byte, or unreadable.
    Gone,
    /// Bytes arrived but no complete head within `HEAD_TIME`.
    Slow,
    TooLarge,
    Malformed,
}

impl Problem {
    fn reply(&self) -> (u16, &'static str) {
        match self {
            Problem::Slow => (408, "408: the request took too long to arrive\n"),
            Problem::TooLarge => (431, "431: the request's head is too large\n"),
            Problem::Malformed | Problem::Gone => (400, "400: this is not an HTTP request\n"),
        }
    }
}

/// Reads one request head, within `MAX_HEAD` bytes and `HEAD_TIME`.
fn read_head(connection: &mut Connection) -> Result<Request, Problem> {
    let deadline = Instant::now() + HEAD_TIME;
    let mut chunk = [0u8; 4096];
    loop {
        if let Some(request) = parse(&mut connection.buffer)? {
            return Ok(request);
        }
        if connection.buffer.len() >= MAX_HEAD {
            return Err(Problem::TooLarge);
        }
        let left = deadline.saturating_duration_since(Instant::now());
        let silent = if connection.buffer.is_empty() { Problem::Gone } else { Problem::Slow };
        if left.is_zero() || connection.stream.set_read_timeout(Some(left)).is_err() {
            return Err(silent);
        }
        let room = (MAX_HEAD - connection.buffer.len()).min(chunk.len());
        match connection.stream.read(&mut chunk[..room]) {
            Ok(0) => return Err(Problem::Gone),
            Ok(n) => connection.buffer.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) if matches!(e.kind(), io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut) => {
                return Err(silent);
            }
            Err(_) => return Err(Problem::Gone),
        }
    }
}

/// A complete head at the start of `buffer`, removed from it; `None` while
/// it is still arriving.
pub(crate) fn parse(buffer: &mut Vec<u8>) -> Result<Option<Request>, Problem> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut head = httparse::Request::new(&mut headers);
    let length = match head.parse(buffer) {
        Ok(httparse::Status::Complete(length)) => length,
        Ok(httparse::Status::Partial) => return Ok(None),
        Err(httparse::Error::TooManyHeaders) => return Err(Problem::TooLarge),
        Err(_) => return Err(Problem::Malformed),
    };
    let value = |name: &str| {
        head.headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| String::from_utf8_lossy(h.value).trim().to_string())
    };
    let has_body = value("Transfer-Encoding").is_some() || value("Content-Length").is_some_and(|l| l != "0");
    let connection = value("Connection").unwrap_or_default();
    let close = head.version != Some(1) || connection.eq_ignore_ascii_case("close");
    let request = Request {
        method: head.method.unwrap_or("GET").to_string(),
        target: head.path.unwrap_or("/").to_string(),
        host: value("Host"),
        has_body,
        close,
    };
    buffer.drain(..length);
    Ok(Some(request))
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        413 => "Content Too Large",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_are_parsed_whole_and_pipelined_ones_kept() {
        let mut buffer =
            b"GET /fr/?x=1 HTTP/1.1\r\nHost: localhost:1\r\n\r\nGET /ar/ HTTP/1.0\r\n\r\n".to_vec();
        let first = parse(&mut buffer).unwrap().unwrap();
        assert_eq!((first.path(), first.host.as_deref(), first.close), ("/fr/", Some("localhost:1"), false));
        let second = parse(&mut buffer).unwrap().unwrap();
        assert_eq!((second.target.as_str(), second.close), ("/ar/", true));
        assert!(buffer.is_empty());
        let mut partial = b"GET / HTTP/1.1\r\nHost: a".to_vec();
        assert!(parse(&mut partial).unwrap().is_none());
        let mut bodied = b"POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\n".to_vec();
        assert!(parse(&mut bodied).unwrap().unwrap().has_body);
        assert_eq!(parse(&mut b"\x16\x03\x01 hello\r\n\r\n".to_vec()).unwrap_err(), Problem::Malformed);
    }
}
