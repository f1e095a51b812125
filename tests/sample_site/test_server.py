"""archive.sample_server: one origin per site, right content types, 304s, 404s."""
from __future__ import annotations

import httpx
import pytest

TYPES = {"pdf": "application/pdf",
         "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def test_each_site_on_its_own_local_port(served, index):
    assert set(served) == set(index["sites"])
    assert all(u.startswith("http://127.0.0.1:") for u in served.values())
    assert len(set(served.values())) == len(served)


def test_entry_pages_and_response_pages_are_html(served, index):
    for site, meta in index["sites"].items():
        r = httpx.get(served[site] + meta["entry_path"])
        assert r.status_code == 200
        assert r.headers["content-type"] == "text/html; charset=utf-8"
    row = index["responses"][0]
    r = httpx.get(served[row["site"]] + row["path"])
    assert r.status_code == 200 and row["reference"] in r.text


@pytest.mark.parametrize("fmt", sorted(TYPES))
def test_attachments_have_their_content_type(served, index, fmt):
    row = next(r for r in index["responses"]
               if any(p.endswith("." + fmt) for p in r["attachment_paths"]))
    path = next(p for p in row["attachment_paths"] if p.endswith("." + fmt))
    r = httpx.get(served[row["site"]] + path)
    assert r.status_code == 200
    assert r.headers["content-type"] == TYPES[fmt]
    assert int(r.headers["content-length"]) == len(r.content) > 100


def test_robots_txt_is_plain_text(served):
    for base in served.values():
        r = httpx.get(base + "/robots.txt")
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
        assert "Disallow:" in r.text


def test_conditional_requests_get_304(served, index):
    row = index["responses"][0]
    url = served[row["site"]] + row["path"]
    first = httpx.get(url)
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    assert httpx.get(url, headers={"If-None-Match": etag}).status_code == 304
    assert httpx.get(url, headers={"If-Modified-Since": modified}).status_code == 304
    assert httpx.get(url, headers={"If-None-Match": '"other"'}).status_code == 200
    assert httpx.get(url, headers={"If-Modified-Since": "Mon, 01 Jan 1990 00:00:00 GMT"}
                     ).status_code == 200


def test_missing_paths_and_escapes_are_404(served):
    base = next(iter(served.values()))
    assert httpx.get(base + "/no/such/page/").status_code == 404
    assert httpx.get(base + "/../index.json").status_code == 404
    assert httpx.get(base + "/%2e%2e/index.json").status_code == 404


def test_query_string_pages_and_paths_without_slash(served, index):
    psni = next(s for s, m in index["sites"].items() if m["platform"] == "psni")
    hub = index["sites"][psni]["entry_path"]
    page0 = httpx.get(served[psni] + hub)
    page1 = httpx.get(served[psni] + hub + "?page=1")
    assert page0.status_code == page1.status_code == 200
    assert page0.text != page1.text
    assert 'rel="next"' in page0.text
    # an unknown query is ignored, as a real server would
    assert httpx.get(served[psni] + hub + "?sort=asc").text == page0.text


def test_head_has_no_body(served, index):
    row = index["responses"][0]
    r = httpx.head(served[row["site"]] + row["path"])
    assert r.status_code == 200 and r.content == b""
    assert int(r.headers["content-length"]) > 1000
