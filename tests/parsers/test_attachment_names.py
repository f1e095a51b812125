"""An attachment is named as a downloads list shows it: the link's words and the file's name."""
from __future__ import annotations

from parsers import parse_document

PAGE = """<html><head><title>Kennel inspections | Westshire Police</title></head><body><main>
<h1>Kennel inspections</h1><p>Reference: FOI 2024/0871</p>
<p>You asked: How many kennel inspections were carried out in 2023?</p>
<p>Response: 14 inspections were carried out. The inspection reports are attached.</p>
<ul><li><a href="/media/foi/kennel-inspection-reports-2023.pdf">Kennel inspection reports (PDF, 310KB)</a></li>
<li><a href="/media/foi/0871_24_PIT.pdf">0871_24_PIT</a></li>
<li><a href="/media/foi/Kennel%20standard%20v2.docx?v=3"></a></li></ul>
</main></body></html>"""


def test_attachment_names_carry_the_link_words_and_the_file_name():
    rec = parse_document(PAGE.encode(), "text/html", url="https://www.westshire.police.uk/foi/kennel-inspections/")
    assert [a["name"] for a in rec["attachments"]] == [
        "Kennel inspection reports (PDF, 310KB) — kennel-inspection-reports-2023.pdf",  # both: they differ
        "0871_24_PIT",  # the link's words already spell the file name
        "Kennel standard v2.docx",  # no link words: the file's name, unescaped, without its query
    ]
    assert rec["attachments"][0]["url"] == "https://www.westshire.police.uk/media/foi/kennel-inspection-reports-2023.pdf"


def test_a_file_named_in_the_text_that_ends_a_linked_file_is_that_file():
    # a page written for this test: the link's words are the file's name with a space in it
    from parsers import parse_document
    page = ("<html><body><main><h1>Police vehicle fleet</h1><p>Request Number: F-013577</p>"
            "<p>Please see the attached response.</p>"
            "<p><a href='/sites/default/files/2025-10/F-013577%20fleet.pdf'>F-013577 fleet.pdf</a></p>"
            "</main></body></html>")
    rec = parse_document(page.encode(), "text/html", url="https://www.psni.police.uk/foi-disclosure-log/fleet")
    assert [a["name"] for a in rec["attachments"]] == ["F-013577 fleet.pdf"]
    assert all(a["url"] for a in rec["attachments"])
