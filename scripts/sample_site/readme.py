"""data/sample_site/README.md: what the sample site holds and how its URLs are laid out."""
from __future__ import annotations

from collections import Counter


def readme(index: dict) -> str:
    rows = index["responses"]
    lines = [
        "# Sample site (generated — do not edit)",
        "",
        "Fictional disclosure logs written for foi-archive, shaped like the real ones in",
        "`../shared/FORCE-SITES.md`. Regenerate with `python scripts/make_sample_site.py`;",
        "serve with `python -m archive.sample_server`. `index.json` is the ground truth:",
        "every response once, with its outcome, exemptions, topics and attachments.",
        "",
        f"{len(rows)} responses, years {min(r['published'] for r in rows)[:4]}–"
        f"{max(r['published'] for r in rows)[:4]}.",
        "",
        "| site | force | platform | responses | entry path | response pages match |",
        "|---|---|---|---|---|---|",
    ]
    counts = Counter(r["site"] for r in rows)
    for host, meta in index["sites"].items():
        pattern = meta["entry_pattern"].replace("|", "\\|")   # keep the table intact
        lines.append(f"| {host} | {', '.join(meta['forces'])} | {meta['platform']} | "
                     f"{counts[host]} | `{meta['entry_path']}` | `{pattern}` |")
    outcomes = Counter(r["outcome"] for r in rows)
    stated = [r for r in rows if r["received"]]
    on_time = sum(r["working_days"] <= 20 for r in stated)
    lines += ["", "Outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())),
              "", f"Received dates: {len(stated)} responses say when the request arrived "
              f"({on_time} answered within 20 working days); `received` and `working_days` per",
              "response in index.json are the ground truth (working days after the day of "
              "receipt,", "skipping weekends and the bank holidays of the force's nation).",
              "", "Each title names what its questions ask, each answer's figure is its table's "
              "total", "(tests/sample_site/test_coherence.py).",
              "", "Each site's robots.txt disallows `robots_disallowed`; the `never_fetch` pages",
              "are linked but must never be fetched by a polite crawler.", ""]
    return "\n".join(lines)
