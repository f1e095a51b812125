"""A response page plus its attachments is one record."""
from __future__ import annotations

from parsers import merge_attachments, parse_document
from tests.support.parser_fixtures import FIXTURES


def test_attachment_tables_and_exemptions_join_the_page(validator):
    page = parse_document(
        b"<html><body><main><h1>Dog bites (1088/20)</h1><h2>Request</h2><p>1. How many dog bites?</p>"
        b"<h2>Response</h2><p>Please see the attached letter.</p>"
        b"<a href='/SysSiteAssets/foi-media/kent/letter.pdf'>Response letter</a></main></body></html>",
        "text/html", "https://www.kent.police.uk/foi-ai/kent-police/disclosure/dog-bites-108820/")
    letter = parse_document((FIXTURES / "kent_ruled_table.pdf").read_bytes(), None,
                            "https://www.kent.police.uk/SysSiteAssets/foi-media/kent/letter.pdf")
    sheet = parse_document((FIXTURES / "gmp_stops.csv").read_bytes(), None,
                           "https://www.kent.police.uk/SysSiteAssets/foi-media/kent/extra.csv")
    merged = merge_attachments(page, [letter, sheet])
    assert merged["reference"] == "1088/20"  # the page's own reference wins
    assert [t["header"][0] for t in merged["tables"]] == ["Year", "Division"]
    # figures of the second attachment point at its table after the merge
    assert {f["table"] for f in merged["figures"]} == {0, 1}
    assert merged["figures"][-1]["measure"] == "Total" and merged["figures"][-1]["table"] == 1
    assert [a["name"] for a in merged["attachments"]] == ["Response letter", "extra.csv"]
    assert "Dog bites on officers" in merged["attachment_text"]
    assert not list(validator.iter_errors(merged))


def test_errors_in_attachments_do_not_spoil_the_page():
    page = parse_document((FIXTURES / "psni_pairs.html").read_bytes(), "text/html")
    bad = parse_document(b"%PDF-1.4 broken", None, "https://x/broken.pdf")
    merged = merge_attachments(page, [bad])
    assert merged["error"] is None and merged["outcome"] == "full"
    assert merged["attachments"][-1]["name"] == "broken.pdf"
