#!/usr/bin/env python3
"""A hostile HTTP server for the client's tests: it redirects, goes silent, floods, cuts bodies off
and sends errors with a success status. Listens on 127.0.0.1 only and exits when its stdin closes
(the Swift test process that started it has gone) or after --lifetime seconds.

Usage: hostile_server.py --port 0 [--exit-on-stdin-eof] [--lifetime SECONDS]
Prints "LISTENING <port>" once ready.

Every request may carry `x-test-key: K`; `GET /__log?key=K` returns what arrived with that key,
in order: [{"method", "path", "headers", "bytes_written", "disconnected"}]. `bytes_written` counts
the body bytes this server managed to send before the answer ended or the client left.

Paths (any method; query parameters as named):
  /ok                    200 {"id": "ok", "object": "thing"}
  /echo                  200 with what arrived: {"method", "path", "headers", "body_bytes"}
  /redirect?status=S&to=URL
                         S (default 302) with Location: URL (may be relative)
  /silent?seconds=N      reads the request, then says nothing for N seconds (default 60) or until
                         the client leaves; then closes without an answer
  /big?bytes=N&shape=dense|string&length=known|chunked
                         200, a JSON body of about N bytes: `[1,1,...]` (dense) or one long
                         string in an object (string); with Content-Length (known) or chunked
  /claim?bytes=N         200 whose Content-Length claims N bytes; sends {} and closes
  /big-error?bytes=N     500 with N bytes of body (chunked), written 64 KiB at a time
  /sse-line?bytes=N      200 text/event-stream: `data: ` then N bytes without a line end
  /cut?bytes=N&heal=H    200 with Content-Length 2N: N bytes, then the connection closes; from
                         the H-th request with this key on (default never), the whole JSON body
  /error-200             200 {"error": {"message", "type", "code"}}
  /models-list           200 a models list (the answer to another operation)
  /status?status=S&retry_after=R
                         S (default 429) with Retry-After: R (if given), x-request-id: req-S and
                         an xAI-style error body
"""
import argparse
import json
import socket
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List

from lifetime import exit_on_stdin_eof

LOG: Dict[str, List[Dict[str, Any]]] = {}
LOG_LOCK = threading.Lock()
COUNTS: Dict[str, int] = {}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go in separate writes

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        self.handle_any()

    def do_POST(self) -> None:
        self.handle_any()

    def do_PUT(self) -> None:
        self.handle_any()

    def do_DELETE(self) -> None:
        self.handle_any()

    def handle_any(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        key = self.headers.get("x-test-key", "")
        if url.path == "/__log":
            with LOG_LOCK:
                entries = list(LOG.get(query.get("key", ""), []))
            return self.send_json(200, entries)
        self.entry = {"method": self.command, "path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()},
                      "bytes_written": 0, "disconnected": False}
        with LOG_LOCK:
            LOG.setdefault(key, []).append(self.entry)
            COUNTS[key + url.path] = COUNTS.get(key + url.path, 0) + 1
            count = COUNTS[key + url.path]
        handler = getattr(self, "path_" + url.path.strip("/").replace("-", "_"), None)
        if handler is None:
            return self.send_json(404, {"error": "no such path: " + url.path})
        try:
            handler(query, body, count)
        except (BrokenPipeError, ConnectionResetError):
            self.entry["disconnected"] = True
            self.close_connection = True

    # MARK: answers

    def send_json(self, status: int, value: Any, headers: Dict[str, str] = {}) -> None:
        data = json.dumps(value).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        for name, text in headers.items():
            self.send_header(name, text)
        self.end_headers()
        self.write(data)

    def write(self, data: bytes) -> None:
        self.wfile.write(data)
        self.wfile.flush()
        self.entry["bytes_written"] += len(data)

    def write_chunk(self, data: bytes) -> None:
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()
        self.entry["bytes_written"] += len(data)

    def send_chunked_filler(self, status: int, content_type: str, prefix: bytes, filler: bytes, size: int) -> None:
        """A chunked body: `prefix`, then `size` bytes of `filler`, 64 KiB at a time."""
        self.send_response(status)
        self.send_header("content-type", content_type)
        self.send_header("transfer-encoding", "chunked")
        self.end_headers()
        if prefix:
            self.write_chunk(prefix)
        piece = filler * (1 << 16)
        sent = 0
        while sent < size:
            self.write_chunk(piece[:size - sent])
            sent += len(piece)
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def path_ok(self, query: Dict[str, str], body: bytes, count: int) -> None:
        self.send_json(200, {"id": "ok", "object": "thing"})

    def path_echo(self, query: Dict[str, str], body: bytes, count: int) -> None:
        self.send_json(200, {"method": self.command, "path": self.path, "headers": self.entry["headers"], "body_bytes": len(body)})

    def path_redirect(self, query: Dict[str, str], body: bytes, count: int) -> None:
        self.send_json(int(query.get("status", "302")), {"moved": True}, {"location": query.get("to", "/echo")})

    def path_silent(self, query: Dict[str, str], body: bytes, count: int) -> None:
        deadline = time.monotonic() + float(query.get("seconds", "60"))
        self.connection.settimeout(0.2)
        while time.monotonic() < deadline:
            try:
                if self.connection.recv(1, socket.MSG_PEEK) == b"":
                    self.entry["disconnected"] = True
                    break
            except socket.timeout:
                continue
            except OSError:
                self.entry["disconnected"] = True
                break
        self.close_connection = True

    def path_big(self, query: Dict[str, str], body: bytes, count: int) -> None:
        size = int(query.get("bytes", str(1 << 20)))
        if query.get("shape", "dense") == "dense":
            data = b"[" + b"1," * max(0, size // 2 - 1) + b"1]"
        else:
            data = b'{"text":"' + b"a" * max(0, size - 12) + b'"}'
        self.send_response(200)
        self.send_header("content-type", "application/json")
        chunked = query.get("length", "known") == "chunked"
        if chunked:
            self.send_header("transfer-encoding", "chunked")
        else:
            self.send_header("content-length", str(len(data)))
        self.end_headers()
        step = 1 << 16
        for start in range(0, len(data), step):
            piece = data[start:start + step]
            self.write_chunk(piece) if chunked else self.write(piece)
        if chunked:
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()

    def path_claim(self, query: Dict[str, str], body: bytes, count: int) -> None:
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", query.get("bytes", str(1 << 30)))
        self.send_header("connection", "close")  # else the client's pool may reuse a connection about to close
        self.end_headers()
        self.write(b"{}")
        self.close_connection = True

    def path_big_error(self, query: Dict[str, str], body: bytes, count: int) -> None:
        size = int(query.get("bytes", str(1 << 30)))
        self.send_chunked_filler(500, "application/json", b"", b"x", size)

    def path_sse_line(self, query: Dict[str, str], body: bytes, count: int) -> None:
        size = int(query.get("bytes", str(1 << 30)))
        self.send_chunked_filler(200, "text/event-stream", b"data: ", b"a", size)

    def path_cut(self, query: Dict[str, str], body: bytes, count: int) -> None:
        heal = int(query.get("heal", "0"))
        if heal and count >= heal:
            return self.send_json(200, {"id": "whole", "object": "thing"})
        size = int(query.get("bytes", "1000"))
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(2 * size))
        self.send_header("connection", "close")
        self.end_headers()
        self.write(b" " * size)
        self.close_connection = True

    def path_error_200(self, query: Dict[str, str], body: bytes, count: int) -> None:
        self.send_json(200, {"error": {"message": "The model failed (sent with 200).", "type": "server_error", "code": "internal"}},
                       {"x-request-id": "req-error-200"})

    def path_models_list(self, query: Dict[str, str], body: bytes, count: int) -> None:
        self.send_json(200, {"object": "list", "data": [{"id": "grok-4", "object": "model", "created": 1, "owned_by": "xai"}]})

    def path_status(self, query: Dict[str, str], body: bytes, count: int) -> None:
        status = int(query.get("status", "429"))
        headers = {"x-request-id": "req-%d" % status}
        if "retry_after" in query:
            headers["retry-after"] = query["retry_after"]
        self.send_json(status, {"code": "Too many requests", "error": "Slow down (status %d)." % status}, headers)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--exit-on-stdin-eof", action="store_true")
    parser.add_argument("--lifetime", type=float, default=3600.0)
    args = parser.parse_args()
    ThreadingHTTPServer.request_queue_size = 128
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    if args.exit_on_stdin_eof:
        exit_on_stdin_eof()
    threading.Timer(args.lifetime, lambda: __import__("os")._exit(0)).start()
    print("LISTENING %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
