"""Security of the running site (`foi-archive serve` as a real process): headers on every kind
of response, a script policy that still lets Datasette's own inline scripts run, read-only
methods, request size limits, SQL limits and an immutable corpus."""
from __future__ import annotations

import base64
import hashlib
import http.client
import re
from urllib.parse import quote, urlsplit

import pytest

from tests.support.site_corpus import rid

PAGES = [
    "/", "/foi", "/foi/responses", "/foi/responses?_facet=month&_sort_desc=published",
    f"/foi/responses/{rid('kent-police', 'FOI-2023-77')}", "/foi?sql=select+1",
    "/foi/search_responses?q=taser", "/foi/responses.csv", "/foi/responses.json",
    "/foi/new_responses.atom", "/-/static/app.css", "/foi-static/foi.css",
    f"/response/{rid('kent-police', 'FOI-2023-77')}", "/search?q=taser", "/analytics",
    "/analytics/year/2023", "/round-robins", "/round-robin/rr1", "/precedents?q=crime",
    "/downloads", "/no/such/page", "/foi.db",
]


def request(base: str, method: str, path: str, body: bytes | None = None, headers=None):
    url = urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=20)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def csp_directives(header: str) -> dict[str, list[str]]:
    parts = (p.split() for p in header.split(";") if p.strip())
    return {p[0]: p[1:] for p in parts}


@pytest.mark.parametrize("path", PAGES)
def test_security_headers_on_every_response(live_site, path):
    status, headers, _ = request(live_site, "GET", path)
    assert status == (404 if path == "/no/such/page" else 200), path
    csp = csp_directives(headers["content-security-policy"])
    assert csp["default-src"] == ["'none'"]
    assert "'unsafe-inline'" not in csp["script-src"] and "'unsafe-eval'" not in csp["script-src"]
    assert all(s == "'self'" or s.startswith("'sha256-") for s in csp["script-src"])
    assert csp["frame-ancestors"] == ["'none'"] and csp["object-src"] == ["'none'"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "strict-origin-when-cross-origin"
    # one of each, never a second copy from a page that set its own
    assert headers["content-security-policy"].count("default-src") == 1


@pytest.mark.parametrize("path", ["/foi/responses", "/foi?sql=select+1", "/foi",
                                  f"/foi/responses/{rid('kent-police', 'FOI-2023-77')}",
                                  "/analytics", "/foi/search_responses?q=taser"])
def test_every_inline_script_of_datasette_pages_is_allowed_by_hash(live_site, path):
    _, headers, body = request(live_site, "GET", path)
    allowed = set(csp_directives(headers["content-security-policy"])["script-src"])
    inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", body.decode(), re.S)
    assert inline, path
    for script in inline:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in allowed, (path, script[:80])


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_site_is_read_only(live_site, method):
    for path in ("/foi/responses", "/foi?sql=select+1", "/-/messages", "/response/x"):
        status, headers, _ = request(live_site, method, path, body=b"a=1",
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert status == 405, (method, path)
        assert headers["allow"] == "GET, HEAD, OPTIONS"
        assert "content-security-policy" in headers


def test_request_size_limits(live_site):
    status, _, _ = request(live_site, "GET", "/foi/responses", body=b"x" * 10_000)
    assert status == 413
    status, _, _ = request(live_site, "GET", "/foi/responses?q=" + "a" * 9000)
    assert status == 414
    status, _, _ = request(live_site, "HEAD", "/foi/responses")
    assert status == 200


def test_sql_cannot_write_and_corpus_is_immutable(live_site, corpus_db):
    before = hashlib.sha256(corpus_db.read_bytes()).hexdigest()
    for sql in ("insert into forces(slug) values ('x')", "delete from responses",
                "update responses set title = 'x'", "attach database ':memory:' as m",
                "pragma writable_schema = 1", "drop table responses"):
        status, _, body = request(live_site, "GET", "/foi.json?sql=" + quote(sql))
        assert status == 400, (sql, body[:200])
    status, _, body = request(live_site, "GET", "/-/databases.json")
    assert status == 200 and b'"is_mutable": false' in body
    status, _, body = request(live_site, "GET", "/foi/responses.json?_shape=array")
    assert status == 200 and body.count(b'"id":') == 5
    assert hashlib.sha256(corpus_db.read_bytes()).hexdigest() == before
    # a bad request costs an error page, not a rich traceback printed by the server
    logs = "".join(p.read_text() for p in corpus_db.parent.glob("serve-*.log"))
    assert "Traceback" not in logs


def test_sql_time_limit_and_row_limit(live_site):
    forever = ("with recursive c(x) as (select 1 union all select x + 1 from c) "
               "select count(*) from c")
    status, _, body = request(live_site, "GET", "/foi.json?sql=" + quote(forever))
    assert status == 400 and b"too long" in body
    many = ("with recursive c(x) as (select 1 union all select x + 1 from c where x < 5000) "
            "select x from c")
    status, _, body = request(live_site, "GET", "/foi.json?_shape=objects&sql=" + quote(many))
    assert status == 200
    assert body.count(b'"x":') == 1000 and b'"truncated": true' in body


def test_feeds_link_absolutely_to_the_site(live_site):
    status, _, body = request(live_site, "GET", "/foi/new_responses_for_force.atom?force=kent-police")
    links = re.findall(rb'<link href="([^"]+)"/>', body)
    assert status == 200 and len(links) == 2
    assert all(link.startswith(live_site.encode() + b"/response/") for link in links)


def test_a_server_on_another_port_names_itself_in_absolute_links(monkeypatch):
    # `foi-archive demo --port 8031` has no --base-url: its next_url and feeds must name port 8031
    from archive.serve import default_public_origin
    from datasette_plugins.security import BASE_URL_ENV, public_origin

    monkeypatch.delenv(BASE_URL_ENV, raising=False)
    default_public_origin("127.0.0.1", 8031)
    assert public_origin() == "http://127.0.0.1:8031"
    monkeypatch.setenv(BASE_URL_ENV, "https://foi.example.org")
    default_public_origin("127.0.0.1", 8031)   # a configured origin is kept
    assert public_origin() == "https://foi.example.org"
