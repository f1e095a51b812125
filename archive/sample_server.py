"""Serve the bundled sample site: each website directory on its own 127.0.0.1 port.

`serve_sites(root)` starts one threaded HTTP server per host directory under `root` (e.g.
`data/sample_site/www.met.police.uk/`) and returns `(stop, {host: base_url})`. Root-relative links
work because each site has its own origin. URL → file mapping (the generator writes the same):
`/a/b/` and `/a/b` → `a/b/index.html`; `/a/b?page=1` → `a/b/index@page=1.html` when that file
exists (otherwise the query is ignored, as most servers do); anything else → the file itself.
Responses carry Last-Modified and a content-hash ETag and answer conditional requests with 304,
so the crawler's incremental re-crawl can be tested. `python -m archive.sample_server` serves
until Ctrl-C (`--later`: the later state).

`serve_sites(root, later=True)` serves the site's later state instead: the changes declared in
`<root>/later.json` (edits, withdrawals, a chrome-only change, a replaced attachment) applied
on the fly by archive/sample_later.py, each changed file dated from when the server started.
"""
from __future__ import annotations

import hashlib
import json
import sys
import threading
import time
from collections.abc import Callable
from email.utils import formatdate, parsedate_to_datetime
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

DEFAULT_ROOT = Path(__file__).resolve().parents[1] / "data" / "sample_site"
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8", ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".csv": "text/csv; charset=utf-8", ".txt": "text/plain; charset=utf-8",
    ".json": "application/json", ".css": "text/css; charset=utf-8",
    ".xml": "application/xml",
}


@lru_cache(maxsize=4096)
def _etag(path: str, mtime_ns: int, size: int) -> str:
    return '"' + hashlib.sha256(Path(path).read_bytes()).hexdigest()[:32] + '"'


def resolve(site_dir: Path, raw_path: str) -> Path | None:
    """The file that serves `raw_path` (path plus optional query), or None for a 404."""
    parts = urlsplit(raw_path)
    rel = unquote(parts.path).lstrip("/")
    base = (site_dir / rel).resolve()
    if base != site_dir and site_dir not in base.parents:
        return None                              # no escaping the site directory
    if base.is_dir():
        if parts.query:
            candidate = base / f"index@{parts.query}.html"
            if candidate.is_file():
                return candidate
        base = base / "index.html"
    return base if base.is_file() else None


def _handler(site_dir: Path, overlay: dict[str, bytes | None] | None = None,
             changed_at: int = 0) -> type[BaseHTTPRequestHandler]:
    overlay = overlay or {}

    class SiteHandler(BaseHTTPRequestHandler):
        server_version = "FoiSampleSite/1.0"
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
            pass                                 # keep test output quiet

        def do_HEAD(self) -> None:
            self._serve(body=False)

        def do_GET(self) -> None:
            self._serve(body=True)

        def _serve(self, body: bool) -> None:
            path = resolve(site_dir, self.path)
            rel = path.relative_to(site_dir).as_posix() if path is not None else None
            if rel in overlay and overlay[rel] is None:
                path = None                      # withdrawn in the later state
            if path is None:
                payload = b"<!DOCTYPE html><title>Not found</title><h1>Page not found</h1>"
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                if body:
                    self.wfile.write(payload)
                return
            if rel in overlay:
                data = overlay[rel]
                etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
                mtime = changed_at
            else:
                stat = path.stat()
                etag = _etag(str(path), stat.st_mtime_ns, stat.st_size)
                mtime = int(stat.st_mtime)
            if self._not_modified(etag, mtime):
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", formatdate(mtime, usegmt=True))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if rel not in overlay:
                data = path.read_bytes()
            self.send_response(200)
            self.send_header("Content-Type",
                             CONTENT_TYPES.get(path.suffix.lower(), "application/octet-stream"))
            self.send_header("Content-Length", str(len(data)))
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", formatdate(mtime, usegmt=True))
            self.end_headers()
            if body:
                self.wfile.write(data)

        def _not_modified(self, etag: str, mtime: int) -> bool:
            inm = self.headers.get("If-None-Match")
            if inm is not None:                  # ETag wins over the date (RFC 9110)
                return etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
            ims = self.headers.get("If-Modified-Since")
            if ims:
                try:
                    return mtime <= parsedate_to_datetime(ims).timestamp()
                except (TypeError, ValueError):
                    return False
            return False

    return SiteHandler


def site_dirs(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir() and "." in p.name)


def serve_sites(root: Path = DEFAULT_ROOT, ports: dict[str, int] | None = None,
                host: str = "127.0.0.1",
                later: bool = False) -> tuple[Callable[[], None], dict[str, str]]:
    """Start one server per site directory; return (stop, {site host: base URL}).

    `later`: serve the later state (raises LaterStateError when a change no longer applies)."""
    overlays = {}
    if later:
        from archive.sample_later import later_overlay

        overlays = later_overlay(Path(root).resolve())
    started = int(time.time())
    servers: list[ThreadingHTTPServer] = []
    urls: dict[str, str] = {}
    try:
        for site in site_dirs(Path(root).resolve()):
            server = ThreadingHTTPServer((host, (ports or {}).get(site.name, 0)),
                                         _handler(site, overlays.get(site.name), started))
            server.daemon_threads = True
            servers.append(server)
            threading.Thread(target=server.serve_forever, name=f"sample-{site.name}",
                             daemon=True).start()
            urls[site.name] = f"http://{host}:{server.server_address[1]}"
    except BaseException:
        _stop_all(servers)
        raise

    def stop() -> None:
        _stop_all(servers)

    return stop, urls


def _stop_all(servers: list[ThreadingHTTPServer]) -> None:
    for server in servers:
        server.shutdown()
        server.server_close()


def main(argv: list[str] | None = None) -> int:
    argv = list(argv or [])
    later = "--later" in argv
    argv = [a for a in argv if a != "--later"]
    root = Path(argv[0]) if argv else DEFAULT_ROOT
    stop, urls = serve_sites(root, later=later)
    entries = {}
    if (root / "index.json").exists():
        entries = json.loads((root / "index.json").read_text())["sites"]
    for site, url in urls.items():
        print(f"{site}\t{url}{entries.get(site, {}).get('entry_path', '/')}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
