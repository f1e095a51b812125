"""Police Scotland's sample answers live in a PDF letter, not on the page: read each letter's
decision (the sentence after the "You asked:" list) straight from data/sample_site, so a test
can check the archive shows the force's own answer."""
from __future__ import annotations

import json
import re
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample_site"


def words(text: str) -> str:
    """Whitespace folded, so a line wrapped in the PDF matches the page's paragraph."""
    return " ".join(text.split())


def letter_text(site: str, path: str) -> str:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(SAMPLE / site / path.lstrip("/")))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def decision_sentence(letter: str) -> str:
    """The first sentence after the list of asks ("- ..." items that may wrap over lines)."""
    lines = letter.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == "You asked:") + 1
    i = start
    while i < len(lines) and (lines[i].startswith("- ") or
                              (i > start and not lines[i - 1].rstrip().endswith(("?", ".")))):
        i += 1
    rest = words(" ".join(lines[i:]))
    return re.match(r".+?[.!?](?=\s|$)", rest).group(0)


def scotland_letters() -> list[dict]:
    """One row per Police Scotland sample response: its index entry and its letter's decision."""
    index = json.loads((SAMPLE / "index.json").read_text())
    out = []
    for r in index["responses"]:
        if r["force"] != "police-scotland":
            continue
        letter = next(p for p in r["attachment_paths"] if p.endswith("-response.pdf"))
        text = letter_text(r["site"], letter)
        out.append({**r, "letter": text, "decision": decision_sentence(text)})
    return out
