"""Records shaped like ../shared/contract/response.schema.json, written by hand for the build
tests (the parsers are tested on their own), and the two forces they belong to."""
from __future__ import annotations

FORCES = [
    {"slug": "west-midlands-police", "name": "West Midlands Police", "country": "England",
     "act": "FOIA", "website": "https://www.westmidlands.police.uk", "platform": "soh",
     "entry_urls": "https://www.westmidlands.police.uk/foi-ai/disclosure-log/", "browser": "0"},
    {"slug": "police-scotland", "name": "Police Scotland", "country": "Scotland",
     "act": "FOISA", "website": "https://www.scotland.police.uk", "platform": "pdf_letters",
     "entry_urls": "https://www.scotland.police.uk/foi/", "browser": "0"},
]


def make_record(**overrides) -> dict:
    rec = {
        "source": "https://www.westmidlands.police.uk/foi-ai/disclosure-2024/march-2024/taser/",
        "force": "west-midlands-police", "reference": "123/24", "title": "Taser use",
        "published": "2024-03-05", "request_text": "How many times was a Taser drawn?",
        "response_text": "Please find the figures below.",
        "questions": [{"number": "1", "text": "How many times was a Taser drawn?",
                       "answer": "See table."}],
        "exemptions": [{"label": "s40(2)", "section": 40, "subsection": "2",
                        "name": "Personal information", "ncnd": False}],
        "ncnd": False, "outcome": "partial", "public_interest_test": False,
        "tables": [{"caption": "Taser", "header": ["Year", "Drawn"],
                    "rows": [["2022", "10"], ["2023", "<5"]]}],
        "figures": [{"table": 0, "measure": "Drawn", "period": "2022", "value": 10, "raw": "10"},
                    {"table": 0, "measure": "Drawn", "period": "2023", "value": None,
                     "raw": "<5"}],
        "attachments": [{"name": "Taser data.pdf", "url": "https://example.org/taser.pdf"}],
        "topics": ["use-of-force"], "error": None, "format": "html",
        "fetched_at": "2024-03-06T10:00:00Z",
    }
    rec.update(overrides)
    return rec
