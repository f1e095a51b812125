"""The responses table page built in Python (datasette_plugins/table_display.py) is the page
Datasette's own cell code and the Jinja headings render: same rows, order, cells, links,
facets, filters and paging, on the hand-written corpus, on one holding markup in its text,
and on the synthetic one, for facet, filter, sort, search, column and `_next` URLs."""
from __future__ import annotations

import asyncio
import re
import shutil
import sqlite3
from urllib.parse import urlencode, urlsplit

import lxml.html
import pytest

from archive.serve import make_datasette
from datasette_plugins import table_display
from datasette_plugins.datasette_compat import speed_paths_on
from tests.support.site_corpus import busiest_force_year

# tests of the speed paths themselves (with FOI_SPEED_PATHS=0 there are none to check)
needs_speed_paths = pytest.mark.skipif(not speed_paths_on(), reason="FOI_SPEED_PATHS=0")

TIMING = re.compile(r"Queries took [0-9.]+ms")
HOSTILE = "<script>alert('x')</script> & \"quoted\" https://example.org/a b"


@pytest.fixture(scope="module")
def hostile_db(corpus_db, tmp_path_factory):
    """The site corpus with scraped-looking markup, quotes and a URL in its cells."""
    copy = tmp_path_factory.mktemp("hostile") / "foi.db"
    shutil.copyfile(corpus_db, copy)
    conn = sqlite3.connect(copy)
    conn.execute("update responses set title = ?, reference = ?, url = ? where rowid in "
                 "(select rowid from responses order by rowid desc limit 3)",
                 (HOSTILE, "<b>ref</b>", "https://example.org/foi?a=1&b=<2>"))
    conn.commit()
    conn.close()
    return copy


def table_paths(db) -> list[str]:
    force, year = busiest_force_year(db)
    return [
        "/foi/responses",
        f"/foi/responses?{urlencode({'year': year, 'force': force})}",
        "/foi/responses?outcome=refused&_facet=format",
        "/foi/responses?year__gte=2015&_sort=title",
        "/foi/responses?_sort_desc=published",
        "/foi/responses?_sort=id&_size=2",
        "/foi/responses?_size=2",
        "/foi/responses?_search=police",
        "/foi/responses?_search=personal+data&_sort=id",
        f"/foi/responses?{urlencode({'_search': 'information', 'force': force})}",
        "/foi/responses?_nocol=response_text&_nocol=attachment_text",
        "/foi/responses?_col=title&_col=force&_col=published",
        "/foi/responses?_labels=off&_size=5",
        "/foi/responses?_facet_array=topics&ncnd=1",
        "/foi/responses?title__contains=zzzz-no-such-title",
    ]


def render_both(ds, loop, path):
    async def get():
        return (await ds.client.get(path)).text

    try:
        table_display.enabled = False
        reference = loop.run_until_complete(get())
    finally:
        table_display.enabled = True
    return reference, loop.run_until_complete(get())


def next_link(html: str) -> str | None:
    found = lxml.html.fromstring(html).xpath('//a[text()="Next page"]/@href')
    return urlsplit(found[0])._replace(scheme="", netloc="").geturl() if found else None


@pytest.mark.parametrize("which", ["corpus_db", "hostile_db", "synth_db"])
def test_pages_equal_datasettes_rendering(which, request):
    db = request.getfixturevalue(which)
    ds = make_datasette(db, page_cache_mb=0)
    loop = asyncio.new_event_loop()
    rows = pages = 0
    try:
        for start in table_paths(db):
            path = start
            for _ in range(3):   # the page and two `_next` pages after it
                reference, fast = render_both(ds, loop, path)
                assert "rows-and-columns" in fast or "zero-results" in fast, path
                assert TIMING.sub("", fast) == TIMING.sub("", reference), path
                pages += 1
                rows += len(lxml.html.fromstring(fast).xpath("//table/tbody/tr"))
                path = next_link(fast)
                if not path:
                    break
    finally:
        loop.close()
    # pages with rows were compared, `_next` pages among them
    assert pages >= len(table_paths(db)) + 4 and rows >= 20
    if which == "hostile_db":
        page = loop_get(ds, "/foi/responses?_sort_desc=id&_size=200")
        assert "<script>alert" not in page and "&lt;script&gt;alert(&#39;x&#39;)" in page


def loop_get(ds, path: str) -> str:
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(ds.client.get(path)).text
    finally:
        loop.close()


@needs_speed_paths
def test_rows_were_built_here(corpus_db, monkeypatch):
    """The comparison above is between two code paths: the fast one is the one serving."""
    import datasette_plugins.table_rows as table_rows

    built = []

    def spy(*args):
        built.append(table_display.table_html(*args))
        return built[-1]

    monkeypatch.setattr(table_rows, "table_html", spy)
    page = loop_get(make_datasette(corpus_db, page_cache_mb=0), "/foi/responses")
    assert built and built[0] is not None and str(built[0]) in page


@needs_speed_paths
@pytest.mark.parametrize("words", ["police", "personal data", "information", "xyzzy"])
def test_search_counts_come_from_the_index_and_match_the_rows(synth_db, words, monkeypatch):
    """A search-only count is never counted row by row over `responses`: the facet index gives
    it as the match bitmap's cardinality (indexed_rows.py; no SQL runs), or responses_fts counts its own
    matches (table_search.search_count_sql) when there is no index; both are installed on the
    corpus by datasette_compat at startup, on top of the spy. The page still says how many
    responses match, as counting them row by row does."""
    from datasette_plugins.search_query import fts_for

    ds = make_datasette(synth_db, page_cache_mb=0)
    sent = []
    db = ds.get_database("foi")
    plain = db.execute

    async def spy(sql, *args, **kwargs):
        sent.append(sql)
        return await plain(sql, *args, **kwargs)

    monkeypatch.setattr(db, "execute", spy)
    data = (asyncio.new_event_loop().run_until_complete(ds.client.get(
        "/foi/responses.json?" + urlencode({"_search": words, "_size": 1}))).json())
    conn = sqlite3.connect(f"file:{synth_db}?immutable=1", uri=True)
    expected = conn.execute("select count(*) from responses where rowid in (select rowid from "
                            "responses_fts where responses_fts match ?)",
                            (fts_for(words),)).fetchone()[0]
    conn.close()
    assert data["filtered_table_rows_count"] == expected
    # the index answers the count in place (no SQL), or responses_fts counts its own matches
    assert all(s.startswith(("select count(*) from responses_fts",
                             "select count(*) from (select rowid from responses_fts"))
               for s in sent if s.startswith("select count(*)"))
    assert not any(s.startswith("select count(*) from responses ") for s in sent)


def test_row_links_encode_keys_as_datasette_does():
    """The shortcut for ids needing no encoding gives tilde_encode's answer for every key."""
    from datasette.utils import tilde_encode

    for key in ("3fdec0cb4365ab57", "abc_DEF-09", "a.b", "a/b", "a b", "~x", "", "é", "a\nb",
                "x%2F", "-_-"):
        assert table_display._tilde(key) == tilde_encode(key), key
