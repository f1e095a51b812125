"""Per-topic precision / recall / F1 of the topic tagger on the hand-labelled set.

    .venv/bin/python scripts/topic_eval.py                 # held-back split (the reported one)
    .venv/bin/python scripts/topic_eval.py --split dev     # the split used while tuning
    .venv/bin/python scripts/topic_eval.py --errors        # also list wrong/missed topics

Prints a markdown table (paste into the README) and the micro averages.
"""

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "tests" / "fixtures" / "labelled_topics"
sys.path.insert(0, str(ROOT))


def load_split(split: str) -> list[dict]:
    names = ["dev", "heldout"] if split == "all" else [split]
    recs = []
    for name in names:
        with open(LABELLED / f"{name}.jsonl", encoding="utf-8") as fh:
            recs.extend(json.loads(line) for line in fh if line.strip())
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


def markdown(result: dict, split: str) -> str:
    lines = [f"Topic tagger on the `{split}` labelled split ({result['n']} responses)", "",
             "| topic | TP | FP | FN | precision | recall | F1 |", "|---|---:|---:|---:|---:|---:|---:|"]
    for t, m in result["per_topic"].items():
        lines.append(f"| {t} | {m['tp']} | {m['fp']} | {m['fn']} | {m['p']:.2f} | {m['r']:.2f} | {m['f1']:.2f} |")
    m = result["micro"]
    lines.append(f"| **micro average** | {m['tp']} | {m['fp']} | {m['fn']} | **{m['p']:.3f}** | **{m['r']:.3f}** | **{m['f1']:.3f}** |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["heldout", "dev", "all"], default="heldout")
    ap.add_argument("--errors", action="store_true", help="list records whose topics differ")
    args = ap.parse_args(argv)
    result = evaluate(load_split(args.split))
    print(markdown(result, args.split))
    if args.errors:
        print()
        for rid, title, extra, missed in result["errors"]:
            print(f"{rid} {title!r}: extra={extra} missed={missed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
