"""Per-topic precision / recall / F1 of the topic tagger on the hand-labelled set.

    .venv/bin/python scripts/topic_eval.py                 # held-back split (the reported one)
    .venv/bin/python scripts/topic_eval.py --split dev     # the split used while tuning
    .venv/bin/python scripts/topic_eval.py --errors        # also list wrong/missed topics
    .venv/bin/python scripts/topic_eval.py --set sample    # the sample site's reviewed labels

Two labelled sets: `labelled` (tests/fixtures/labelled_topics/{dev,heldout}.jsonl, written with
the trigger phrases) and `sample` (sample_site_labels.jsonl: the bundled sample site's responses,
written independently, parsed from data/sample_site pages as the crawler would store them, with
labels reviewed against the contract's topics.yaml).

Prints a markdown table (paste into the README) and the micro averages.
"""

import argparse
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "tests" / "fixtures" / "labelled_topics"
SAMPLE_SITE = ROOT / "data" / "sample_site"
SAMPLE_LABELS = LABELLED / "sample_site_labels.jsonl"


def load_split(split: str) -> list[dict]:
    names = ["dev", "heldout"] if split == "all" else [split]
    recs = []
    for name in names:
        with open(LABELLED / f"{name}.jsonl", encoding="utf-8") as fh:
            recs.extend(json.loads(line) for line in fh if line.strip())
    return recs


def _sample_file(site: str, path: str) -> Path:
    p = SAMPLE_SITE / site / path.lstrip("/")
    return p / "index.html" if path.endswith("/") or p.is_dir() else p


def parse_sample_entry(entry: dict) -> dict:
    """The record the parsers make of one sample-site response (its page plus attachments)."""
    from parsers import merge_attachments, parse_document

    site = entry["site"]
    page = parse_document(_sample_file(site, entry["path"]).read_bytes(), "text/html",
                          f"https://{site}{entry['path']}")
    atts = [parse_document(f.read_bytes(), None, f"https://{site}{a}")
            for a in entry.get("attachment_paths") or [] if (f := _sample_file(site, a)).exists()]
    return merge_attachments(page, atts)


def load_sample(split: str) -> list[dict]:
    """Parsed sample-site records with their reviewed topics, for one split (or "all")."""
    entries = json.loads((SAMPLE_SITE / "index.json").read_text(encoding="utf-8"))["responses"]
    by_key = {(e["force"], e["reference"]): e for e in entries}
    recs = []
    with open(SAMPLE_LABELS, encoding="utf-8") as fh:
        for line in fh:
            label = json.loads(line)
            if split != "all" and label["split"] != split:
                continue
            rec = parse_sample_entry(by_key[(label["force"], label["reference"])])
            rec.update(id=f"{label['force']}:{label['reference']}", topics=label["topics"],
                       title=rec.get("title") or "")
            recs.append(rec)
    return recs


def evaluate(records: list[dict]) -> dict:
    from nlp import load_pipeline, tag_topics

    nlp_ = load_pipeline()
    tp, fp, fn = Counter(), Counter(), Counter()
    errors = []
    for rec in records:
        gold = set(rec["topics"])
        pred = {t["topic"] for t in tag_topics(rec, nlp_)}
        for t in pred & gold:
            tp[t] += 1
        for t in pred - gold:
            fp[t] += 1
        for t in gold - pred:
            fn[t] += 1
        if pred != gold:
            errors.append((rec["id"], rec["title"], sorted(pred - gold), sorted(gold - pred)))
    per_topic = {}
    for t in sorted(set(tp) | set(fp) | set(fn)):
        p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else 0.0
        r = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        per_topic[t] = {"tp": tp[t], "fp": fp[t], "fn": fn[t], "p": p, "r": r, "f1": f}
    TP, FP, FN = sum(tp.values()), sum(fp.values()), sum(fn.values())
    micro_p = TP / (TP + FP) if TP + FP else 0.0
    micro_r = TP / (TP + FN) if TP + FN else 0.0
    micro_f = 2 * micro_p * micro_r / (micro_p + micro_r) if micro_p + micro_r else 0.0
    return {"per_topic": per_topic, "micro": {"p": micro_p, "r": micro_r, "f1": micro_f,
            "tp": TP, "fp": FP, "fn": FN}, "errors": errors, "n": len(records)}


def markdown(result: dict, split: str, which: str = "labelled") -> str:
    lines = [f"Topic tagger on the `{which}` set, `{split}` split ({result['n']} responses)", "",
             "| topic | TP | FP | FN | precision | recall | F1 |", "|---|---:|---:|---:|---:|---:|---:|"]
    for t, m in result["per_topic"].items():
        lines.append(f"| {t} | {m['tp']} | {m['fp']} | {m['fn']} | {m['p']:.2f} | {m['r']:.2f} | {m['f1']:.2f} |")
    m = result["micro"]
    lines.append(f"| **micro average** | {m['tp']} | {m['fp']} | {m['fn']} | **{m['p']:.3f}** | **{m['r']:.3f}** | **{m['f1']:.3f}** |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["heldout", "dev", "all"], default="heldout")
    ap.add_argument("--set", choices=["labelled", "sample"], default="labelled", dest="which",
                    help="hand-written labelled set, or the sample site's reviewed labels")
    ap.add_argument("--errors", action="store_true", help="list records whose topics differ")
    args = ap.parse_args(argv)
    records = load_sample(args.split) if args.which == "sample" else load_split(args.split)
    result = evaluate(records)
    print(markdown(result, args.split, args.which))
    if args.errors:
        print()
        for rid, title, extra, missed in result["errors"]:
            print(f"{rid} {title!r}: extra={extra} missed={missed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
