"""Search snippets are one readable line: a table stored as markdown rows shows its cells, not
its pipes and rules (issue 13: 'search snippets full of | Item | Detail | |---|---|')."""
from __future__ import annotations

from datasette_plugins.page_search import plain_snippet
from datasette_plugins.search_index import END, START


def test_table_rows_become_cells_and_the_highlight_stays():
    raw = f"… | Year | Total | |---|---| | 2021 | 34 | | 2022 | {START}drone{END}s 12 | …"
    assert plain_snippet(raw) == f"… · Year · Total · 2021 · 34 · 2022 · {START}drone{END}s 12 · …"


def test_text_without_a_table_is_unchanged():
    assert plain_snippet("How many drones did the force buy?") == \
        "How many drones did the force buy?"
    assert plain_snippet(None) == ""


def test_no_search_result_shows_table_markup(get):
    for q in ("police", "total", "information", "year"):
        for hit in get(f"/search.json?q={q}").json()["results"]:
            assert "|" not in hit["snippet"] and "---" not in hit["snippet"], (q, hit["snippet"])


def test_the_search_form_offers_the_forces_held_and_topics_by_name(get, corpus_db):
    import sqlite3

    conn = sqlite3.connect(f"file:{corpus_db}?immutable=1", uri=True)
    held = {r[0] for r in conn.execute("select distinct force from responses")}
    conn.close()
    html = get("/search?q=police").text
    form = html.split('name="force"', 1)[1].split("</select>", 1)[0]
    assert sorted(form.count(f'value="{slug}"') for slug in held) == [1] * len(held)
    assert form.count("<option") == len(held) + 1   # "All forces" and the forces held
    assert ">Use of force<" in html.split('name="topic"', 1)[1].split("</select>", 1)[0]
