"""The JSON API's paging URLs answered by datasette_plugins/json_fast.py are what Datasette's
table view writes (status, headers, the body's JSON values; only the timing `query_ms` differs,
and the body's form: orjson writes no space after separators and UTF-8 rather than `\\u`
escapes), page after page, in both orders, every shape, on the hand-written and a synthetic
corpus."""
from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from archive.serve import make_datasette
from datasette_plugins import json_fast
from datasette_plugins.datasette_compat import speed_paths_on

# the JSON fast path is a speed path: with FOI_SPEED_PATHS=0 there is none to compare
pytestmark = pytest.mark.skipif(not speed_paths_on(), reason="FOI_SPEED_PATHS=0")

BASE = "/foi/responses.json?"
ORDERS = ["_sort=id", "", "_sort_desc=date_order"]
SHAPES = ["", "&_shape=objects", "&_shape=array", "&_shape=arrays"]


@pytest.fixture(scope="module", params=["site", "synthetic"])
def servers(request):
    db = request.getfixturevalue("corpus_db" if request.param == "site" else "synth_db")
    stock = make_datasette(db, page_cache_mb=0)
    stock.foi_fast_json = False
    return stock, make_datasette(db, page_cache_mb=0)


@pytest.fixture
def served_fast(monkeypatch):
    """Paths the fast path answered itself."""
    answered = []
    respond = json_fast.FastJson.respond

    async def recording(self, scope, receive, send, plan):
        done = await respond(self, scope, receive, send, plan)
        if done:
            answered.append(scope["path"] + "?" + scope["query_string"].decode())
        return done

    monkeypatch.setattr(json_fast.FastJson, "respond", recording)
    return answered


def values(content: bytes):
    """The body's JSON values without the timing."""
    data = json.loads(content)
    if isinstance(data, dict):
        data.pop("query_ms", None)
    return data


def same_response(client_for, stock, fast, path):
    old, new = client_for(stock, path), client_for(fast, path)
    assert new.status_code == old.status_code, path
    assert sorted(new.headers.items()) == sorted(old.headers.items()), path
    assert values(new.content) == values(old.content), path
    return old


def local(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("size", ["1", "2", "50", ""])
def test_every_page_is_datasettes_own(servers, client_for, served_fast, order, shape, size):
    stock, fast = servers
    path = BASE + "&".join(a for a in [order, f"_size={size}" if size else "",
                                        "_nofacet=1"] if a) + shape
    pages = 0
    while path and pages < 40:
        response = same_response(client_for, stock, fast, path)
        assert response.status_code == 200
        link = response.headers.get("link")
        path = local(link.split(">")[0][1:]) if link else None
        pages += 1
    assert pages > (1 if size in ("1", "2") else 0)
    assert len(served_fast) == pages   # every one of them answered by the fast path


@pytest.mark.parametrize("query", [
    "_size=2&_nofacet=1&_nocount=1", "_size=2&_shape=array", "_size=3&_nofacet=yes&_sort=id",
    "_size=2&_nofacet=1&_sort=id&_next=%24null%2C0", "_size=2&_nofacet=1&_sort=id&_next=0",
    "_size=2&_nofacet=1&_sort=id&_next=zzzz%2Czzzz", "_size=2&_nofacet=1&_sort=id&_next=a%2Cb%2Cc",
    "_size=999&_nofacet=1&_sort=id",
    # not the fast path's: answered by Datasette in both
    "_size=1000&_nofacet=1&_sort=id", "_size=0&_nofacet=1", "_size=x&_nofacet=1",
    "_size=2", "_size=2&_nofacet=1&force=kent-police", "_size=2&_nofacet=1&_sort=title",
    "_size=2&_nofacet=1&_shape=object", "_size=2&_nofacet=1&_shape=bad",
    "_size=2&_nofacet=1&_before=9999", "_size=2&_nofacet=1&_sort=id&_sort_desc=date_order",
    "_size=2&_nofacet=1&_labels=on", "_size=2&_nofacet=1&_next=%24null%2Cabc",
])
def test_edge_urls_match_datasette(servers, client_for, served_fast, query):
    stock, fast = servers
    same_response(client_for, stock, fast, BASE + query)


def test_other_requests_go_to_datasette(servers, client_for, served_fast):
    stock, fast = servers
    for query in ["_size=2", "_size=2&_nofacet=1&force=kent-police", "_size=1000&_nofacet=1",
                  "_size=2&_nofacet=1&_labels=on", "_size=2&_nofacet=1&_shape=object"]:
        same_response(client_for, stock, fast, BASE + query)
    assert served_fast == []


def test_dumps_writes_the_values_datasettes_encoder_writes():
    """Scraped text holds any character; blobs may not be UTF-8: the fast path's writer gives
    the same values as Datasette's encoder for each."""
    import sqlite3

    from datasette.utils import CustomJSONEncoder

    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    row = conn.execute("select 'a' as x, 2 as y").fetchone()
    tricky = ["£12,000 “quoted” — é", "tab\tnew\nline\x00\x1f\x7f", '\\",', "😀 \ud7ff",
              b"utf-8 bytes \xc2\xa3", b"\xff\xfe not utf-8", row, None, 2**63 - 1, -1.5e-7,
              1e16, {"nested": [1, "two", None]}]
    for value in tricky:
        want = json.loads(json.dumps({"v": value}, cls=CustomJSONEncoder))
        assert json.loads(json_fast.dumps({"v": value})) == want, value
