"""HTML pages and PDF documents of the sample decision-notice site (ico.org.uk's shape)."""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import io

LISTING = "/action-weve-taken/decision-notices/"
STATUS = {"upheld": "Upheld", "partly_upheld": "Partly upheld", "not_upheld": "Not upheld"}


def day(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {d:%B %Y}"


def slug(n: dict) -> str:
    return n["ref"].lower()


def page_path(n: dict) -> str:
    case = int(hashlib.sha1(n["ref"].encode()).hexdigest(), 16) % 900000 + 4020000
    return f"{LISTING}{n['date'][:4]}/{case}/{slug(n)}/"


def pdf_path(n: dict) -> str:
    return "/media" + page_path(n).rstrip("/") + ".pdf"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def paragraphs(n: dict) -> list[tuple[str, list[str] | str]]:
    """The notice as (heading, numbered paragraphs); the request is a ('quote', lines) item."""
    short, old = n["short"], n["layout"] == "old"
    first = (f"The complainant has requested information about {n['about']} from "
             f"{n['authority']} (\"{short}\"). {_cap(short)} refused the request, citing "
             f"{n['cited']} of FOIA.")
    if n["steps"]:
        steps = [f"The Commissioner requires {short} to take the following steps to ensure "
                 "compliance with the legislation: " + " ".join(n["steps"]),
                 f"{_cap(short)} must take these steps within 35 calendar days of the date of "
                 "this decision notice. Failure to comply may result in the Commissioner making "
                 "written certification of this fact to the High Court."]
    else:
        steps = [f"The Commissioner does not require {short} to take any steps."]
    asked = (f"On {day(n['request_date'])}, the complainant wrote to {short} and requested "
             "information in the following terms:")
    history = [f"{_cap(short)} responded on {day(n['responded'])} and refused the request, "
               f"citing {n['cited']}.",
               f"Following an internal review, {short} wrote to the complainant on "
               f"{day(n['review'])} and maintained its position."]
    reasons = [f"The Commissioner has considered {short}'s submissions on {n['cited']} and the "
               "complainant's arguments, and has viewed the information in question.",
               "Either party has the right to appeal against this decision notice to the "
               "First-tier Tribunal (General Regulatory Chamber) within 28 calendar days."]
    if old:
        summary = " ".join([first.replace("has requested", "requested")] + n["findings"] +
                           ([f"The Commissioner requires {short} to take the following steps: "
                             + " ".join(n["steps"])] if n["steps"] else
                            ["The Commissioner requires no steps to be taken."]))
        return [("Summary", [summary]),
                ("The Commissioner's Role", ["The Commissioner's duty is to decide whether a "
                 "request for information made to a public authority has been handled as Part 1 "
                 "of the Act requires. This notice sets out that decision."]),
                ("The Request", [asked.replace("requested information in the following terms",
                                               "requested the following information"),
                                 ("quote", n["request"])] + history),
                ("Reasons", reasons)]
    return [("Decision (including any steps ordered)", [first] + n["findings"] + steps),
            ("Request and response", [asked, ("quote", n["request"])] + history),
            ("Scope of the case", ["The complainant contacted the Commissioner to complain "
                                   "about the way the request had been handled."]),
            ("Reasons for decision", reasons)]


def header_lines(n: dict) -> list[tuple[str, str]]:
    return [("Date", day(n["date"])), ("Public Authority", n["authority"]),
            ("Address", n["address"]), ("Reference", n["ref"])]


def title(n: dict) -> tuple[str, str]:
    if n["layout"] == "old":
        return "Freedom of Information Act 2000 (Section 50)", "Decision Notice"
    return "Freedom of Information Act 2000 (FOIA)", "Decision notice"


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _chrome(body: str, heading: str) -> str:
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{_esc(heading)} | ICO</title></head><body>"
            "<header><nav><a href=\"/\">ICO</a> <a href=\"/for-the-public/\">For the public</a> "
            "<a href=\"/for-organisations/\">For organisations</a> "
            f"<a href=\"{LISTING}\">Decision notices</a></nav></header>"
            f"<main id=\"main-content\">{body}</main>"
            "<footer><p>Information Commissioner's Office, invented copy for tests.</p>"
            "</footer></body></html>\n")


def _summary(n: dict) -> str:
    return f"The complainant asked {n['short']} for information about {n['about']}."


def notice_page(n: dict) -> str:
    fields = [("Date", day(n["date"])), ("Reference", n["ref"]),
              ("Public authority", n["authority"]), ("Sector", n.get("sector", "Policing")
              if n.get("police", True) else "Other"), ("Status", STATUS[n["decision"]]),
              ("Summary", _summary(n))]
    dl = "".join(f"<dt>{k}</dt><dd>{_esc(v)}</dd>" for k, v in fields)
    body = f"<h1>{_esc(n['ref'])}</h1><dl class=\"decision-meta\">{dl}</dl>"
    if n["layout"] == "html":
        head, sub = title(n)
        body += f"<article class=\"notice\"><h2>{head}</h2><p>{sub}</p>"
        number = 0
        for heading, paras in paragraphs(n):
            body += f"<h2>{_esc(heading)}</h2>"
            for p in paras:
                if isinstance(p, tuple):
                    body += "<blockquote>" + "".join(f"<p>{_esc(x)}</p>" for x in p[1]) + \
                        "</blockquote>"
                else:
                    number += 1
                    body += f"<p>{number}. {_esc(p)}</p>"
        body += "</article>"
    else:
        body += (f"<p class=\"download\"><a href=\"{pdf_path(n)}\">Download decision notice "
                 f"{_esc(n['ref'])} (PDF)</a></p>")
    return _chrome(body, n["ref"])


def listing_page(items: list[dict], page: int, pages: int) -> str:
    lis = []
    for n in items:
        meta = (f"Date: {day(n['date'])} · Reference: {n['ref']} · Status: "
                f"{STATUS[n['decision']]}")
        lis.append(f"<li class=\"result\"><h3><a href=\"{page_path(n)}\">"
                   f"{_esc(n['authority'])}</a></h3><p class=\"meta\">{_esc(meta)}</p>"
                   f"<p>{_esc(_summary(n))}</p></li>")
    nav = []
    for p in range(1, pages + 1):
        href = LISTING if p == 1 else f"{LISTING}?page={p}"
        nav.append(f"<span>{p}</span>" if p == page else f"<a href=\"{href}\">{p}</a>")
    if page < pages:
        nav.append(f"<a href=\"{LISTING}?page={page + 1}\" rel=\"next\">Next</a>")
    body = (f"<h1>Decision notices</h1><p>Page {page} of {pages}</p>"
            f"<ol class=\"results\">{''.join(lis)}</ol>"
            f"<nav class=\"pagination\">{' '.join(nav)}</nav>")
    return _chrome(body, "Decision notices")


def notice_pdf(n: dict) -> bytes:
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    rl_config.invariant = 1            # no creation time or random id: same bytes each run
    styles = getSampleStyleSheet()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, title=n["ref"], author="", subject="",
                            creator="sample", producer="sample")
    head, sub = title(n)
    story = [Paragraph(_esc(head), styles["Title"]), Paragraph(_esc(sub), styles["Heading2"])]
    story += [Paragraph(f"{k}: {_esc(v)}", styles["Normal"]) for k, v in header_lines(n)]
    number = 0
    for heading, paras in paragraphs(n):
        story += [Spacer(1, 8), Paragraph(_esc(heading), styles["Heading3"])]
        for p in paras:
            if isinstance(p, tuple):
                lines = list(p[1])
                lines[0], lines[-1] = "“" + lines[0], lines[-1] + "”"
                story += [Paragraph(_esc(x), styles["Normal"]) for x in lines]
            else:
                number += 1
                story.append(Paragraph(f"{number}. {_esc(p)}", styles["Normal"]))
    doc.build(story)
    return out.getvalue()
