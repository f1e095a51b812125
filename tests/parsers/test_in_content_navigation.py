"""Navigation inside the content area (related-page lists, "Back to…" links) is not response text."""
from __future__ import annotations

from parsers import parse_document

PAGE = b"""<html><body><main><h1>Speed camera income (FOI 5512/24)</h1>
<h2>Request</h2><p>How much income did speed cameras raise in 2023?</p>
<h2>Response</h2><p>The force does not receive that income; it goes to the Treasury.</p>
<h2>Related disclosures</h2><ul><li><a href="/foi/a/">Drone flights over football grounds</a></li>
<li><a href="/foi/b/">Firearms licence revocations</a></li></ul>
<p><a href="/foi/">Back to this month's disclosures</a></p>
<h2>Attachments</h2><ul><li><a href="/files/cameras.xlsx">cameras.xlsx</a></li></ul>
</main></body></html>"""


def test_related_lists_and_back_links_are_dropped_but_attachments_kept():
    rec = parse_document(PAGE, "text/html", url="https://www.example.police.uk/foi/x/")
    assert "Drone flights" not in rec["response_text"]
    assert "Back to this month" not in rec["response_text"]
    assert "Treasury" in rec["response_text"]
    assert [a["url"] for a in rec["attachments"]] == ["https://www.example.police.uk/files/cameras.xlsx"]
