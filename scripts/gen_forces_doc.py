"""Write docs/forces.md from data/forces.csv (run after editing the registry).

`--check` exits 1 when docs/forces.md is out of date, for tests and CI.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from archive.registry import load_forces

ROOT = Path(__file__).resolve().parent.parent


DOC = ROOT / "docs" / "forces.md"
PLATFORM_NAMES = {
    "soh": "Single Online Home",
    "wordpress": "WordPress log",
    "pdf_letters": "PDF-letter log",
    "psni": "PSNI log",
    "disclosurelog": "disclosurelog.co.uk service",
    "generic": "generic",
    "govuk": "GOV.UK publications",
}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(forces: list[dict]) -> str:
    counts = Counter(f["platform"] for f in forces)
    lines = [
        "# Forces covered by the archive",
        "",
        "Generated from `data/forces.csv` by `scripts/gen_forces_doc.py`; do not edit by hand.",
        "",
        f"{len(forces)} forces. Platforms: "
        + ", ".join(f"{PLATFORM_NAMES[p]} ({n})" for p, n in sorted(counts.items())) + ".",
        "",
        "\"entry URL unverified\" marks a force whose disclosure-log address follows the",
        "platform's usual pattern but has not been checked against the live site.",
        "",
        "| Force | Slug | Country | Act | Platform | Disclosure log entry URL(s) | Browser |",
        "|---|---|---|---|---|---|---|",
    ]
    for f in forces:
        urls = "<br>".join(_cell(u) for u in f["entry_urls"])
        if not f["entry_verified"]:
            urls += " (entry URL unverified)"
        act = "FOISA 2002" if f["act"] == "FOISA" else "FOIA 2000"
        lines.append(f"| [{_cell(f['name'])}]({f['website']}) | `{f['slug']}` | {f['country']} | "
                     f"{act} | {PLATFORM_NAMES[f['platform']]} | {urls} | "
                     f"{'yes' if f['browser'] else 'no'} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    text = render(load_forces())
    if "--check" in argv:
        if not DOC.exists() or DOC.read_text(encoding="utf-8") != text:
            print(f"{DOC} is out of date: run scripts/gen_forces_doc.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(text, encoding="utf-8")
    print(f"wrote {DOC} ({len(text.splitlines())} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
