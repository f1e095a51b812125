"""Paths shared by the parser tests."""
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "parsers"

# The content type a saved fixture was published with, by its file's suffix.
CONTENT_TYPES = {".txt": "text/plain", ".html": "text/html", ".pdf": "application/pdf", ".csv": "text/csv",
                 ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


def parse_fixture(folder: str, name: str) -> dict:
    """The parse of tests/fixtures/parsers/<folder>/<name>, read as its suffix's content type."""
    from parsers import parse_document

    return parse_document((FIXTURES / folder / name).read_bytes(), CONTENT_TYPES[Path(name).suffix], source=name)


def check_case(rec: dict, case: dict) -> None:
    """Assert a parse against a review case: each field as the case gives it (questions as their
    texts, exemptions as sorted labels, "topics_include": the topics named, at most one more)."""
    for field, want in case.items():
        if field == "questions":
            assert [q["text"] for q in rec["questions"]] == want
        elif field == "exemptions":
            assert sorted(e["label"] for e in rec["exemptions"]) == want
        elif field == "topics_include":
            got = set(rec.get("topics") or [])
            assert set(want) <= got and len(got - set(want)) <= 1, got
        else:
            assert rec[field] == want, (field, rec[field])
