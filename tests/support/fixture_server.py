"""A small HTTP server on 127.0.0.1 for crawler tests: serves a dict of pages, logs requests.

Each page may misbehave in the ways real force sites do: fail N times with a 500, answer 429
with Retry-After, redirect, or be missing (404). Pages carry an ETag and answer
If-None-Match with 304, so conditional re-crawls can be checked. A page may also come
gzip-compressed, or without a Content-Length (its size known only as it streams).
"""
from __future__ import annotations

import gzip
import hashlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Page:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    fail_times: int = 0            # answer 500 this many times first
    throttle_times: int = 0        # answer 429 + Retry-After this many times first
    retry_after: str = "1"
    redirect_to: str | None = None
    etag: bool = True
    delay: float = 0.0             # seconds before answering (a timeout, when long enough)
    no_length: bool = False        # no Content-Length: the body runs until the connection closes
    gzip: bool = False             # send the body gzip-compressed (Content-Encoding: gzip)
    served_errors: int = field(default=0)


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass   # a client that gave up (timeout tests) is expected, not worth a traceback


class FixtureSite:
    def __init__(self, pages: dict[str, Page], delay: float = 0.0,
                 gate: threading.Event | None = None):
        self.pages = pages
        self.delay = delay            # seconds added to every response (slow site)
        self.gate = gate              # when set: every response waits until the event is set
        self.log: list[tuple[str, int, dict, float]] = []   # (path?query, status, headers, time)
        self.lock = threading.Lock()
        handler = self._handler()
        self.server = QuietServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def requested(self) -> list[str]:
        return [entry[0] for entry in self.log if entry[0] != "/robots.txt"]

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):   # keep test output quiet
                pass

            def do_GET(self):
                if site.gate is not None:
                    site.gate.wait(timeout=60)
                page_delay = getattr(site.pages.get(self.path), "delay", 0.0)
                if site.delay or page_delay:
                    time.sleep(site.delay + page_delay)
                with site.lock:
                    page = site.pages.get(self.path)
                    status, headers, body = site._respond(page, dict(self.headers))
                    site.log.append((self.path, status, dict(self.headers), time.monotonic()))
                self.send_response(status)
                if page is not None and page.gzip and status == 200:
                    body = gzip.compress(body)
                    headers = {**headers, "Content-Encoding": "gzip"}
                for k, v in headers.items():
                    self.send_header(k, v)
                if page is not None and page.no_length:
                    self.close_connection = True
                    self.send_header("Connection", "close")
                else:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass   # the client stopped reading (a download size limit)

        return Handler

    def _respond(self, page: Page | None, req_headers: dict):
        if page is None or page.status == 404:
            return 404, {"Content-Type": "text/html"}, b"<html><body>Not found</body></html>"
        if page.served_errors < page.fail_times:
            page.served_errors += 1
            return 500, {"Content-Type": "text/html"}, b"<html><body>Server error</body></html>"
        if page.served_errors < page.fail_times + page.throttle_times:
            page.served_errors += 1
            return 429, {"Retry-After": page.retry_after, "Content-Type": "text/plain"}, b"slow down"
        if page.redirect_to:
            return 301, {"Location": page.redirect_to}, b""
        headers = {"Content-Type": page.content_type}
        if page.etag:
            tag = '"' + hashlib.sha256(page.body).hexdigest()[:16] + '"'
            headers["ETag"] = tag
            if req_headers.get("If-None-Match") == tag:
                return 304, {"ETag": tag}, b""
        return page.status, headers, page.body
