//! A tiny HTTP/1.1 server on 127.0.0.1 for tests: each connection is handled by a
//! closure on its own thread. It stops when dropped, and after a bounded number of
//! connections, so a test can never leave it running.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

pub struct Request {
    pub method: String,
    pub path: String,
    pub body: Vec<u8>,
}

pub struct Server {
    pub addr: SocketAddr,
    pub stop: Arc<AtomicBool>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

impl Server {
    pub fn base(&self) -> String {
        format!("http://{}", self.addr)
    }
}

const MAX_CONNECTIONS: usize = 200;

pub fn serve(
    handler: impl Fn(Request, &mut TcpStream, &AtomicBool) + Send + Sync + 'static,
) -> Server {
    serve_on("127.0.0.1", handler)
}

/// [`serve`] on another loopback address (`::1`, 127.0.0.2, …).
pub fn serve_on(
    ip: &str,
    handler: impl Fn(Request, &mut TcpStream, &AtomicBool) + Send + Sync + 'static,
) -> Server {
    let listener = TcpListener::bind((ip, 0)).expect("bind loopback");
    listener.set_nonblocking(true).unwrap();
    let addr = listener.local_addr().unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let handler = Arc::new(handler);
    let stop2 = stop.clone();
    std::thread::spawn(move || {
        let mut served = 0;
        while !stop2.load(Ordering::SeqCst) && served < MAX_CONNECTIONS {
            match listener.accept() {
                Ok((mut stream, _)) => {
                    served += 1;
                    let handler = handler.clone();
                    let stop3 = stop2.clone();
                    std::thread::spawn(move || {
                        stream.set_nonblocking(false).ok();
                        stream.set_read_timeout(Some(Duration::from_secs(5))).ok();
                        if let Some(req) = read_request(&mut stream) {
                            handler(req, &mut stream, &stop3);
                        }
                    });
                }
                Err(_) => std::thread::sleep(Duration::from_millis(5)),
            }
        }
    });
    Server { addr, stop }
}

fn read_request(stream: &mut TcpStream) -> Option<Request> {
    let mut buf = Vec::new();
    let mut byte = [0u8; 1];
    while !buf.ends_with(b"\r\n\r\n") {
        if stream.read(&mut byte).ok()? == 0 || buf.len() > 64 * 1024 {
            return None;
        }
        buf.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&buf).into_owned();
    let mut lines = head.lines();
    let mut first = lines.next()?.split(' ');
    let method = first.next()?.to_owned();
    let path = first.next()?.to_owned();
    let len: usize = lines
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.trim().parse().ok())
        .unwrap_or(0);
    let mut body = vec![0u8; len.min(1 << 20)];
    stream.read_exact(&mut body).ok()?;
    Some(Request { method, path, body })
}

pub fn respond(stream: &mut TcpStream, status: &str, content_type: &str, body: &[u8]) {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body);
}
