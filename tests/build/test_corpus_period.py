"""Responses whose page prints no date still get a year and month from their URL's month folder."""
from __future__ import annotations

import pytest

from archive.corpus_period import period_of


@pytest.mark.parametrize("published,url,expected", [
    ("2024-03-09", "https://x/foi-ai/metropolitan-police/d/august-2022/a/", (2024, "2024-03")),
    (None, "https://www.met.police.uk/foi-ai/metropolitan-police/d/august-2022/abandoned-calls/",
     (2022, "2022-08")),
    (None, "https://www.south-wales.police.uk/foi-ai/south-wales-police/disclosure-log/2025/march/foi-47224/",
     (2025, "2025-03")),
    (None, "https://x/foi-ai/warwickshire-police/foi-disclosure-2024/november-2024/foi-958-2024--nov-2024--drones/",
     (2024, "2024-11")),
    (None, "https://x/foi-disclosure-log/mobile-speed-cameras", (None, None)),
    (None, None, (None, None)),
])
def test_period_from_date_or_url(published, url, expected):
    assert period_of(published, url) == expected


def test_default_order_pages_through_equal_dates_without_repeats(tmp_path):
    """Many responses share a date: paging the table's default (newest first) order through
    Datasette's JSON API must return each row exactly once."""
    import asyncio

    from archive.corpus_write import write_corpus
    from archive.serve import make_datasette

    records = []
    for i in range(30):
        records.append({
            "source": f"https://www.example.police.uk/foi/{i}/", "url": f"https://www.example.police.uk/foi/{i}/",
            "force": "kent-police", "reference": f"FOI {1000 + i}", "title": f"Request {i}",
            "published": "2024-05-01" if i % 3 else "2024-06-0" + str(1 + i % 2),
            "request_text": f"How many things {i}?", "response_text": "Here they are.",
            "questions": [], "exemptions": [], "ncnd": False, "outcome": "full",
            "public_interest_test": False, "tables": [], "figures": [], "attachments": [],
            "topics": [], "error": None})
    db = tmp_path / "foi.db"
    write_corpus(records, db, [{"slug": "kent-police", "name": "Kent Police"}])
    ds = make_datasette(db)

    async def page_through():
        seen, path = [], "/foi/responses.json?_shape=objects&_size=4&_col=published"
        while path:
            data = (await ds.client.get(path)).json()
            seen += [r["id"] for r in data["rows"]]
            path = data.get("next_url")
            if path:
                path = path.split("://", 1)[-1].split("/", 1)[-1]
                path = "/" + path
        return seen

    seen = asyncio.run(page_through())
    assert len(seen) == len(set(seen)) == 30
