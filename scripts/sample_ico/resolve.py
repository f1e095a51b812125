"""Turn MATCHES and DECOYS into whole notices, from the sample site's ground truth."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from .notices import DECOYS, LABELS, MATCHES, N

SAMPLE_INDEX = Path(__file__).resolve().parents[2] / "data" / "sample_site" / "index.json"
REFUSING = {"refused", "ncnd", "partial", "cost_limit", "vexatious"}
# What the notice says the request was about, by the response's first topic.
ABOUT = {"": "a set of figures the force holds"}


def _day(iso: str, plus: int = 0) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=plus)).isoformat()


def cited(labels: list[str]) -> str:
    """["s31(1)(a)", "s31(1)(b)"] -> "sections 31(1)(a) and 31(1)(b)"."""
    parts = [lab[1:] for lab in labels]
    if len(parts) == 1:
        return f"section {parts[0]}"
    return "sections " + ", ".join(parts[:-1]) + " and " + parts[-1]


def _reworded(ask: str, short: str) -> str:
    """The asks in the notice's words: its name for the force, a plainer opening."""
    text = ask.replace("the force", short).replace("What was the number of", "How many")
    return text.replace("broken down by", "by").replace("Please name", "Name")


def _findings(decision: str, short: str, labels: list[str], outcome: str) -> tuple[list, list]:
    sections = cited(labels)
    if decision == "not_upheld":
        how = ("to neither confirm nor deny holding the information" if outcome == "ncnd"
               else "to refuse the request")
        extra = f" {short[:1].upper() + short[1:]}'s estimate was reasonable." \
            if outcome == "cost_limit" else ""
        return [f"The Commissioner's decision is that {short} was entitled to rely on "
                f"{sections} of FOIA {how}.{extra}"], []
    if decision == "upheld":
        why = ("complying with the request would exceed the appropriate limit"
               if any(lab.startswith("s12") for lab in labels) else "the exemption is engaged")
        return ([f"The Commissioner's decision is that {short} was not entitled to rely on "
                 f"{sections}: it has not demonstrated that {why}."],
                [f"Issue a fresh response to the request which does not rely on {sections}."])
    return ([f"The Commissioner's decision is that {short} was entitled to rely on {sections} "
             "for some of the information, but it breached section 10(1) by responding after "
             "20 working days."],
            ["Disclose the information that is not exempt, or issue a refusal notice that "
             "complies with section 17 for it."])


def _notice(spec: dict, response: dict, request_date: str, decoy: bool = False) -> dict:
    labels = list(response["exemptions"])
    findings, steps = _findings(spec["decision"], spec["short"], labels, response["outcome"])
    published = response["published"]
    shift = request_date != _day(response.get("received") or _day(published, -26), -1)
    base = request_date if shift else published
    return {**spec, "request_date": request_date,
            "responded": _day(request_date, 27) if shift else published,
            "review": _day(base, 45), "date": _day(base, 210),
            "about": response["title"][:1].lower() + response["title"][1:],
            # numbered lines in a PDF; one paragraph on an HTML page
            "request": [f"{i}. {_reworded(a, spec['short'])}" for i, a in
                        enumerate(response["asks"], 1)] if spec["layout"] != "html" else
                       [" ".join(_reworded(a, spec["short"]) for a in response["asks"])],
            "cited": cited(labels), "findings": findings, "steps": steps or None,
            "labels": labels, "decoy": decoy,
            "matches": None if decoy else response["path"]}


def _refusals(index: dict, force: str) -> list[dict]:
    return sorted((r for r in index["responses"] if r["force"] == force and r["outcome"] in
                   REFUSING and r["exemptions"] and r.get("asks")),
                  key=lambda r: (r["published"], r["path"]))


def resolve(index_path: Path = SAMPLE_INDEX) -> list[dict]:
    """Every notice, whole: N as written, MATCHES and DECOYS from the sample site."""
    index = json.loads(Path(index_path).read_text())
    out, by_ref = [], {}
    for spec in MATCHES:
        response = _refusals(index, spec["force"])[spec["nth"]]
        asked = _day(response.get("received") or _day(response["published"], -26), -1)
        by_ref[spec["ref"]] = response
        out.append(_notice(spec, response, asked))
    for spec in DECOYS:
        response = by_ref[spec["like"]]
        like = next(n for n in out if n["ref"] == spec["like"])
        asked = _day(like["request_date"], -365 * spec["years_before"])
        out.append(_notice(spec, response, asked, decoy=True))
    out += [{**n, "labels": LABELS[n["ref"]]} for n in N]
    return out
