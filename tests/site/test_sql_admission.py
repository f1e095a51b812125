"""Free-form SQL holds at most two of the SQL threads; more waits briefly, then gets 503 with
Retry-After, and the site's own pages keep answering (issue 16 row 10), on a real server."""
from __future__ import annotations

import concurrent.futures as cf
import time
import urllib.error
import urllib.request
from urllib.parse import quote

from datasette_plugins.sql_admission import is_free_sql

# About a second of work per query, within the 3 s limit: slow but legal.
SLOW = ("with recursive n(i) as (select 1 union all select i + 1 from n where i < 3000000) "
        "select count(*) from n")


def _get(url: str, timeout: float = 30.0) -> tuple[int, dict, float]:
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            r.read()
            return r.status, dict(r.headers), time.monotonic() - started
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), time.monotonic() - started


def test_only_free_sql_is_admitted_by_slot():
    assert is_free_sql({"path": "/foi.json", "query_string": b"sql=select+1"})
    assert is_free_sql({"path": "/foi", "query_string": b"sql=select+1&_shape=array"})
    assert not is_free_sql({"path": "/foi/responses.json", "query_string": b"_size=1"})
    assert not is_free_sql({"path": "/foi.json", "query_string": b"sql="})
    assert not is_free_sql({"path": "/-/versions.json", "query_string": b"sql=1"})


def test_a_flood_of_slow_sql_is_turned_away_and_pages_still_answer(live_site):
    slow = f"{live_site}/foi.json?sql={quote(SLOW)}"
    with cf.ThreadPoolExecutor(24) as pool:
        flood = [pool.submit(_get, slow) for _ in range(24)]
        time.sleep(0.5)
        page = pool.submit(_get, f"{live_site}/foi/forces.json?_shape=array")
        results = [f.result() for f in flood]
        page_status = page.result()[0]
    statuses = [s for s, _, _ in results]
    # Admitted: 200, or 400 when a loaded machine pushed the query past the 3 s limit (a CI
    # run at load 10 answered all admitted ones so). Not admitted: 503. Both slots were used.
    assert set(statuses) <= {200, 400, 503} and statuses.count(503) >= 1, statuses
    assert statuses.count(200) + statuses.count(400) >= 2, statuses
    busy = next(h for s, h, _ in results if s == 503)
    assert {k.lower(): v for k, v in busy.items()}.get("retry-after") == "5"
    # a turned-away query is told so promptly, not after the whole queue
    assert min(t for s, _, t in results if s == 503) < 10
    assert page_status == 200
