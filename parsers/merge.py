"""A response page plus its attachments is one record: the attachments' content joins the page's."""
from __future__ import annotations

from parsers.fields import force as fc
from parsers.fields import outcome as oc


def merge_attachments(page_rec: dict, att_recs: list[dict]) -> dict:
    rec = dict(page_rec)
    tables = list(rec.get("tables") or [])
    figures = list(rec.get("figures") or [])
    exemptions = list(rec.get("exemptions") or [])
    labels = {e["label"] for e in exemptions}
    attachments = list(rec.get("attachments") or [])
    texts = [rec.get("attachment_text") or ""]
    for att in att_recs:
        if not att:
            continue
        _note_attachment(attachments, att)
        if att.get("error"):
            continue
        offset = len(tables)
        tables.extend(att.get("tables") or [])
        figures.extend({**f, "table": f["table"] + offset} for f in att.get("figures") or [])
        for e in att.get("exemptions") or []:
            if e["label"] not in labels:
                labels.add(e["label"])
                exemptions.append(e)
        rec["ncnd"] = bool(rec.get("ncnd") or att.get("ncnd"))
        rec["public_interest_test"] = bool(rec.get("public_interest_test") or att.get("public_interest_test"))
        _merge_evidence(rec, att)
        for key in ("reference", "title", "published", "received", "force"):
            if not rec.get(key) and att.get(key):
                rec[key] = att[key]
        if att.get("questions") and _letter_holds_request(rec, att):
            rec["questions"] = att["questions"]
            rec["request_text"] = att.get("request_text") or rec.get("request_text") or ""
        texts.append(((att.get("request_text") or "") + "\n" + (att.get("response_text") or "")).strip())
    rec.update(tables=tables, figures=figures, exemptions=exemptions, attachments=attachments,
               attachment_text="\n\n".join(t for t in texts if t))
    rec["evidence"] = dict(rec.get("evidence") or
                           {"outcome": None, "outcome_rule": None, "ncnd": None, "public_interest_test": None})
    # The page's outcome stands unless it could not tell; then the letter or data decides.
    letters = [(a.get("outcome"), a.get("evidence") or {}) for a in att_recs if a and not a.get("error")
               and a.get("format") not in ("xlsx", "csv") and a.get("outcome") not in (None, "unknown")]
    evidence = rec["evidence"]
    if rec.get("outcome") in (None, "unknown") and letters:
        rec["outcome"] = letters[0][0]
        evidence.update(outcome=letters[0][1].get("outcome"), outcome_rule=letters[0][1].get("outcome_rule"))
    if rec.get("outcome") in (None, "unknown"):
        judged = (rec.get("response_text") or "") + "\n" + rec["attachment_text"]
        verdict = oc.judge(judged, exemptions, rec.get("questions") or [], bool(figures),
                           fc.act_for(rec.get("force")))
        rec["outcome"] = verdict.outcome
        evidence.update(outcome=verdict.evidence["outcome"], outcome_rule=verdict.evidence["outcome_rule"])
    elif rec["outcome"] == "full" and any(e["section"] not in (12, 14, 21, 25) for e in exemptions):
        rec["outcome"] = "partial"  # the attached letter withholds part of it
        evidence["outcome_rule"] = "given on the page, and part withheld in an attachment"
    return rec


def _merge_evidence(rec: dict, att: dict) -> None:
    """The page's deciding sentences stand; an attachment fills those the page lacks."""
    mine = dict(rec.get("evidence") or {})
    for key, sentence in (att.get("evidence") or {}).items():
        if mine.get(key) is None and sentence is not None and key not in ("outcome", "outcome_rule"):
            mine[key] = sentence
    rec["evidence"] = mine


def _letter_holds_request(page: dict, att: dict) -> bool:
    """The request is in the attached letter when the page prints none (or only a stub)."""
    if not page.get("questions"):
        return True
    if att.get("format") not in ("pdf", "docx", "text"):
        return False
    page_len = len(page.get("request_text") or "")
    return page_len * 3 < len(att.get("request_text") or "")


def _note_attachment(attachments: list[dict], att: dict) -> None:
    src = att.get("source") or att.get("url") or ""
    name = src.rsplit("/", 1)[-1]
    for a in attachments:
        if src and (a.get("url") == src or a.get("name") == name or (a.get("url") or "").endswith("/" + name)):
            return
    if src:
        attachments.append({"name": name, "url": src if "://" in src else None})
