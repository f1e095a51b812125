"""The facet lists built in Python (datasette_plugins/facet_html.py) are Datasette's own
`_facet_results.html`: the same elements, attributes and text, in the same order, for
column and array facets, selected values, cut-off lists, `_facet_size=max`, searches, and
values holding markup (escaped, never live)."""
from __future__ import annotations

import asyncio
import shutil
import sqlite3
from urllib.parse import urlencode

import lxml.html
import pytest

from archive.serve import make_datasette
from datasette_plugins import facet_html
from tests.support.site_corpus import busiest_force_year

HOSTILE = "<b>x</b> & \"q\" 'a'"


@pytest.fixture(scope="module")
def hostile_db(corpus_db, tmp_path_factory):
    """The site corpus with markup in a faceted column's values."""
    copy = tmp_path_factory.mktemp("hostile_facets") / "foi.db"
    shutil.copyfile(corpus_db, copy)
    conn = sqlite3.connect(copy)
    conn.execute("update responses set format = ? where rowid in "
                 "(select rowid from responses order by rowid limit 4)", (HOSTILE,))
    conn.commit()
    conn.close()
    return copy


def facet_tree(html: str) -> list[tuple]:
    """The facet lists as (tag, attributes, text, tail) in document order, spaces collapsed."""
    found = lxml.html.fromstring(html).xpath('//div[@class="facet-results"]')
    assert len(found) == 1
    return [(el.tag, sorted(el.attrib.items()), " ".join((el.text or "").split()),
             " ".join((el.tail or "").split())) for el in found[0].iter()]


def paths(db) -> list[str]:
    force, year = busiest_force_year(db)
    return [
        "/foi/responses",
        f"/foi/responses?{urlencode({'year': year, 'force': force})}",
        "/foi/responses?outcome=refused&_facet=format",
        "/foi/responses?_facet=format&_facet_size=2",
        "/foi/responses?_facet=format&_facet_size=max",
        "/foi/responses?_facet_array=topics&ncnd=1",
        "/foi/responses?topics__arraycontains=custody&_facet_array=topics",
        "/foi/responses?_search=police",
        f"/foi/responses?{urlencode({'_search': 'personal data', 'force': force})}",
        "/foi/responses?" + urlencode({"_facet": "format", "format": HOSTILE}),
    ]


@pytest.mark.parametrize("which", ["corpus_db", "hostile_db", "synth_db"])
def test_facet_lists_equal_datasettes_template(which, request):
    db = request.getfixturevalue(which)
    ds = make_datasette(db, page_cache_mb=0)
    loop = asyncio.new_event_loop()

    def get(path):
        response = loop.run_until_complete(ds.client.get(path))
        assert response.status_code == 200, path
        return response.text

    values = checked = 0
    try:
        for path in paths(db):
            try:
                facet_html.enabled = False
                reference = get(path)
            finally:
                facet_html.enabled = True
            fast = get(path)
            assert 'class="facet-results"' in fast
            assert facet_tree(fast) == facet_tree(reference), path
            values += len(lxml.html.fromstring(fast).xpath('//ul[@class="tight-bullets"]/li'))
            if which == "hostile_db" and ("_facet_size=max" in path or "x%3C" in path):
                shown = fast[fast.index('class="facet-results"'):]
                assert HOSTILE not in shown and "&lt;b&gt;x&lt;/b&gt;" in shown, path
                checked += 1
    finally:
        loop.close()
    assert values > 50   # the pages had facet values to compare
    assert checked == (2 if which == "hostile_db" else 0)
