"""The round-robin comparison names each force's exemptions under its own Act (issue 13): Police
Scotland's s12 is FOISA's 'Excessive cost of compliance', marked FOISA; England's stay FOIA's."""
from __future__ import annotations


def test_comparison_rows_name_exemptions_by_the_forces_act(get):
    members = get("/round-robin/rr1.json").json()["rows"]
    by_force = {m["force"]: m["exemptions"] for m in members}
    assert by_force["police-scotland"] == [
        {"label": "s12", "name": "Excessive cost of compliance", "act": "FOISA"}]
    assert by_force["kent-police"] == [{"label": "s31(3)", "name": "Law enforcement", "act": "FOIA"}]
    html = get("/round-robin/rr1").text
    assert "FOISA s12</a> Excessive cost of compliance" in html


def test_the_list_answers_when_reading_the_groups_asks_passes_the_time_limit(get, ds,
                                                                             monkeypatch):
    """At a million responses the asks of hundreds of same-titled groups can pass the SQL time
    limit: /round-robins still answers 200, those groups labelled without an ask."""
    import asyncio
    import sqlite3

    from datasette.database import QueryInterrupted

    from datasette_plugins import page_round_robin

    plain = page_round_robin.fetch
    asked = []

    async def slow_asks(db, sql, params=None):
        if "join questions" in sql:
            asked.append(sql)
            raise QueryInterrupted(sqlite3.OperationalError("interrupted"), sql, params)
        return await plain(db, sql, params)

    monkeypatch.setattr(page_round_robin, "fetch", slow_asks)
    db = ds.get_database("foi")
    ids = [g["id"] for g in get("/round-robins.json?_sort=title").json()["groups"]]
    assert ids
    assert asyncio.new_event_loop().run_until_complete(
        page_round_robin._group_asks(db, ids)) == {}
    assert asked   # the asks query ran and was interrupted
    data = get("/round-robins.json?_sort=responses").json()
    assert {g["id"] for g in data["groups"]} == set(ids)
    assert all(g["label"] for g in data["groups"])
