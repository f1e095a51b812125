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
