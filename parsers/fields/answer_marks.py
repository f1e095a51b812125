"""The force's answer markers ("Q1", "Answer 2 -", "Response:") and filling answers from them.

Kept apart from the asks because both the request bounds (is "Response 1" a heading or a pair?)
and both ways of reading asks (a list, paragraphs) look for the same markers.
"""
from __future__ import annotations

import re

from parsers.fields import list_grammar as lg

ANSWER = re.compile(
    # (also a heading alone on its line, "Response to Question 1", "Answer to part 2:"; never a wrapped
    # sentence's "answer to question 2. The public interest …")
    r"^\W{0,2}(?:(?:Q|question|answer|response|reply|A|(?-i:Answer|Response|Reply)\s+to\s+(?:question|request|part|q\.?)(?=\s?\d{1,2}[a-z]?\s*[:.\-–]?\s*$))\s?(\d{1,2}[a-z]?)\b|\(?(\d{1,2}[a-z]?|[a-z])[.)](?=\s)|\(?([ivx]{2,5})\)(?=\s))\s*[.):\-–]?\s*(.*)$",
    re.I)
# "Response:" / "Answer 2 -" opening an answer printed under its question.
# The word stands alone, or a number or a separator follows it: "response is below." wrapped from
# the line above opens nothing.
ANSWER_OPEN = re.compile(
    # (a capital first: a wrapped line's "response. If you remain dissatisfied …" marks nothing)
    r"^\W{0,2}(?:(?-i:(?=[A-Z]))|(?=[a-z]+(?:\s+[a-z]+)?\s?(?::|\d)))(?:responses?|answers?|reply|our\s+response|(?-i:A)(?=\s?:))\b"  # (also "A: This request is refused …", under "Q:" asks)
    # "Answer Requests 1 - 5" (PSNI), a heading on its own line (not "answer to question 4, and …")
    r"(?:\s+(?:to\s+)?(?:requests?|questions?)(?=\s+\d{1,2}(?:\s*(?:[-–&,]|and|to)\s*\d{1,2})*\s*[:.]?\s*$))?"
    r"(?:\s+\d{1,2}[a-z]?(?:\s*(?:[-–&,]|and|to)\s*\d{1,2}[a-z]?)*\s*[:.\-–]?|\s*[:.\-–]|\s*$)\s*(.*)$", re.I)
# "Response 1:" opening the force's numbered answers, where the request carries no numbered items
# "Answer 3", "Answers 6 & 7", "Answer Requests 1 - 5" (PSNI: one answer to a run of requests)
NUMBERED_RESPONSE = re.compile(r"^\W{0,2}(?:responses?|answers?)\s+(?:\d{1,2}[a-z]?\b|(?:to\s+)?(?:requests?|questions?)\s+"
                               r"\d{1,2}(?:\s*(?:[-–&,]|and|to)\s*\d{1,2})*\s*[:.]?\s*$)", re.I)


# Lines after the last answer that close the force's answers: the letter's complaint rights and
# sign-off, and the page's own blocks under the response. (pattern, example). Reasoning that merely
# follows an answer is not here: without a heading it may still be part of that answer.
# The FOI exemptions' names as forces head their reasons ("Section 40(2) – Personal Information").
_EXEMPTION_NAMES = (r"law\s+enforcement|personal\s+(?:information|data)|national\s+security|security\s+bodies|health\s+and\s+safety"
                    r"|investigations?(?:\s+and\s+proceedings)?|commercial\s+interests|information\s+(?:provided\s+)?in\s+confidence"
                    r"|legal\s+professional\s+privilege|prohibitions?\s+on\s+disclosure|court\s+records|defence|international\s+relations"
                    r"|future\s+publication|information\s+intended\s+for\s+future\s+publication|audit\s+functions"
                    r"|(?:information\s+)?(?:reasonably\s+)?accessible\s+by\s+other\s+means|(?:prejudice\s+to\s+)?(?:the\s+)?effective\s+conduct"
                    r"\s+of\s+public\s+affairs|formulation\s+of\s+government\s+policy|communications\s+with\s+her\s+majesty[^.]{0,30}")
ANSWERS_END_CUES = [
    (r"if\s+you\s+(?:are|remain)\s+(?:not\s+)?(?:dis)?satisfied\b|if\s+you\s+are\s+unhappy\b",
     "If you are unhappy with the way your request has been handled you may ask for an internal review."),
    (r"you\s+(?:may|can|have\s+the\s+right\s+to)\s+(?:ask|request|apply)\s+(?:for\s+)?an?\s+internal\s+review\b",
     "You may request an internal review within 40 working days."),
    (r"your\s+rights?(?:\s+to\s+(?:a\s+|an\s+internal\s+)?(?:review|complain|appeal))?\s*:?\s*$"
     r"|(?:right\s+(?:of|to)\s+(?:an?\s+)?(?:review|appeal|complain)|complaint\s+rights|appeal\s+rights"
     r"|(?:internal\s+)?review\s+(?:rights|procedure))\s*:?\s*$", "Your right to a review"),
    # the sign-off, alone or with the signer run onto its line ("Yours sincerely, Information Rights Unit")
    (r"(?:yours\s+(?:sincerely|faithfully)|kind\s+regards|best\s+regards|regards)\s*,?\s*(?:[A-Z][\w.'&-]*(?:\s+[\w.'&-]+){0,6})?\s*$",
     "Yours sincerely,"),
    (r"(?:downloads?|attachments?|related\s+(?:disclosures|documents|content|pages|links|information)"
     r"|supporting\s+documents?)\s*:?\s*$", "Downloads"),
    (r"back\s+to\s+(?:this\s+month|the\s+)?[\w\s']{0,40}(?:disclosures?|log|list|results)\s*$",
     "Back to this month's disclosures"),
    # the heading over an exemption's reasons, below the answers: an exemption's section (21-44) and
    # its name, no sentence (never "Section 1 - Police and Criminal Evidence Act" inside an answer)
    (r"(?:section|s\.?)\s*(?:2[1-9]|3\d|4[0-4])(?:\s*\(\w{1,3}\))*\s*[-–:]\s*(?:" + _EXEMPTION_NAMES + r")\s*$",
     "Section 31(1)(a) – Law enforcement"),
    # the heading of a harm or public interest test, alone on its line, below the answers
    (r"(?:overall\s+harm|harm\s+test|prejudice\s+test|public\s+interest\s+test(?:\s*\(pit\))?"
     r"|(?:harm|prejudice)\s+test\s*/\s*public\s+interest\s+test(?:\s*\(pit\))?"
     r"|factors\s+(?:favouring|for|against|in\s+favour\s+of)\s+(?:disclosure|non-disclosure|release|withholding)|balance\s+test)\s*:?\s*$",
     "Overall Harm"),
]
ANSWERS_END = re.compile("^\\W{0,2}(?:" + "|".join(p for p, _ in ANSWERS_END_CUES) + ")", re.I)


def fold(text: str) -> str:
    """Whitespace runs made one space (an ask wrapped over lines reads as one line)."""
    return " ".join(text.split())


# The complaint rights opening a later sentence of a closing paragraph: "Anyshire Police aims to be open
# about the information it holds. If you are not satisfied with this response you may …"
_RIGHTS_LATER = re.compile(r"[.!]\s+if\s+you\s+(?:are|remain)\s+(?:not\s+)?(?:dis)?satisfied\b|[.!]\s+if\s+you\s+are\s+unhappy\b", re.I)


def _closing(line: str) -> bool:
    """A closing line: it opens on a cue, or its complaint rights follow words with no figure in them
    (never "There were 12. If you are not satisfied …": the answer stands before them)."""
    if ANSWERS_END.match(line):
        return True
    m = _RIGHTS_LATER.search(line)
    return bool(m) and not re.search(r"\d", line[:m.start()])


def answers_end(lines: list[str], start: int = 0) -> int:
    """Where the last answer stops: the first closing line at or after start, else the end."""
    return next((i for i in range(start, len(lines)) if _closing(lines[i].strip())), len(lines))


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text).strip().lower()


def without_echo(text: str, question: str) -> str:
    """The answer without the question printed again before it ("Q1 - <the question>? <answer>").

    The question's own text is taken off whole, however many sentences it has; failing that, a
    first sentence ending in "?" is the echo."""
    want = _key(question)
    if want:
        words = text.split()
        for n in range(1, len(words) + 1):
            got = _key(" ".join(words[:n]))
            if got == want:
                return " ".join(words[n:])
            if not want.startswith(got):
                break
    if "?" in text[:300] and text.split("?", 1)[1].strip():
        return text.split("?", 1)[1].strip()
    return text


# A line introducing a quotation of the Act, whose numbered subsections are no answers.
_LAW_QUOTED = re.compile(r"\b(?:section|s\.?)\s*\d+[^:]{0,60}\b(?:provides|states|says|reads)\b[^:]{0,30}:\s*$"
                         r"|\bthe\s+act\s+(?:provides|states|says)\b[^:]{0,30}:\s*$", re.I)
# The Act summarised at the end of a letter ("Section 17 of the Act requires a refusal notice.")
# under an appendix heading: where the one answer stops.
_LAW_TEXT = re.compile(r"^(?:section|s\.?)\s*\d+\S*\s+of\s+the\s+(?:act|foia|freedom\s+of\s+information)\b[^.]{0,40}?"
                       r"\b(?:provides|requires|states|says)\b", re.I)
_APPENDIX = re.compile(r"^(?:appendix|annex|annexe)\s+\w{1,3}\s*[:.\-–]?\s*$", re.I)


# An answer's words that lead into a table printed after them ("… are in the table below", "as follows:").
_POINTS_TO_TABLE = re.compile(r"\b(?:tables?|below|following|as\s+follows|breakdown|broken\s+down|set\s+out|figures?)\b|:\s*$", re.I)


def _before_foreign_table(response: list[str], i: int, first: str, end: int) -> int:
    """The last answer stops before a table its own words do not lead into: South Wales's "Question 3"
    / "The makes and models are listed in the attachment." / "Drone deployments" / a table that answers
    an earlier question ("The figures for each year are in the table below"), then the harm test."""
    words = [first]
    for j in range(i + 1, end):
        s = response[j].strip()
        if s.startswith("|"):
            if _POINTS_TO_TABLE.search(" ".join(words)):
                return end
            k = next((k for k in range(j - 1, i, -1) if response[k].strip()), None)   # its caption line
            if k is not None and len(response[k].split()) <= 8 and not re.search(r"[.?!:]$", response[k].strip()) \
                    and (first.strip() or any(response[m].strip() for m in range(i + 1, k))):
                return k   # (never the answer's own only line)
            return j
        if s:
            words.append(s)
    return end


def answers_in(response: list[str], questions: list[dict]) -> None:
    """Fill answers from markers in the response block ("Q1", "Answer 1", "1.")."""
    wanted = {}
    for q in questions:
        key = q["number"].lower().lstrip("q")
        wanted[key] = q
    marks = []
    above = ""
    for i, ln in enumerate(response):
        m = ANSWER.match(ln.strip())
        if m and _LAW_QUOTED.search(above):
            m = None  # "Section 17 of the Act provides:" / "(1) A public authority which …": the Act's own list
        above = ln.strip() or above
        if m:
            key = (m.group(1) or m.group(2) or m.group(3) or "").lower()
            if key in wanted:
                marks.append((i, key, m.group(4)))
    for k, (i, key, first) in enumerate(marks):
        end = marks[k + 1][0] if k + 1 < len(marks) else _before_foreign_table(response, i, first,
                                                                                answers_end(response, i + 1))
        body = [first] + response[i + 1:end]
        text = without_echo(" ".join(fold(b) for b in body if b.strip()), wanted[key]["text"] or "")
        if wanted[key]["answer"] is None and text:
            wanted[key]["answer"] = text
    if not marks and len(questions) == 1 and questions[0]["answer"] is None:
        # one ask, one response block: the block is its answer, down to the complaint rights or the
        # Act quoted in an appendix
        end = answers_end(response)
        end = next((i for i in range(end) if _LAW_QUOTED.search(response[i].strip())
                    or _LAW_TEXT.match(response[i].strip())), end)
        while end and (not response[end - 1].strip() or _APPENDIX.match(response[end - 1].strip())):
            end -= 1  # the appendix heading over the Act's text
        text = without_echo(" ".join(fold(b) for b in response[:end] if b.strip()), questions[0]["text"] or "")
        questions[0]["answer"] = text or None


# A Request | Response table: which header cells name the ask, the answer and the ask's number.
# (pattern, example header cell). The header may sit under a title row that spans the table
# ("Freedom of Information Request 1234/24" over "No. | Request | Response"), and a table split
# over a page break prints it again as a row.
TABLE_COLUMNS = {
    "ask": (r"request(?!\s*(?:number|no\b|ref|date|id\b))|question|you\s+asked|information\s+(?:requested|sought)",
            "Request"),
    "answer": (r"response|answer|reply|(?:our\s+)?decision", "Response"),
    "number": (r"^(?:no\.?|number|#|item|q|ref\.?|part)$", "No."),
}
_COLUMN = {k: re.compile(p, re.I) for k, (p, _) in TABLE_COLUMNS.items()}
_RUN_TOGETHER = re.compile(r"([.?!:;])(?=\(?\d{1,2}[.)]\s)")
_CELL_NUMBER = re.compile(r"^(?:Q\s?)?(\d{1,2}[a-z]?)[.):]?$", re.I)


def _columns(cells: list[str]) -> tuple[int, int | None, int | None] | None:
    """(ask column, answer column, number column) when a row of cells is a Request | Response header
    (no answer column: a "No. | Question" table of the asks alone)."""
    head = [" ".join((c or "").split()) for c in cells]
    if len(set(h.lower() for h in head)) < 2:
        return None  # a title cell spanning the table
    qcol = next((j for j, h in enumerate(head) if _COLUMN["ask"].search(h)), None)
    acol = next((j for j, h in enumerate(head) if j != qcol and _COLUMN["answer"].search(h)), None)
    if qcol is None:
        return None
    ncol = next((j for j, h in enumerate(head) if j not in (qcol, acol) and _COLUMN["number"].match(h)), None)
    if acol is None and not (len(head) == 2 and ncol is not None):
        return None   # (a "No. | Question" table of the asks alone, answered below it, is one)
    return qcol, acol, ncol


def questions_from_table(table: dict) -> list[dict] | None:
    """Asks and answers from a table with a request column and an answer column, else None.

    The request cells are read with the list grammar (list_grammar.py), as the lines of a request
    are: "2. Of those reports:" over "a. …" / "b. …" gives 2a and 2b, the lead-in is no ask."""
    rows = [table["header"], *table["rows"]]
    at = next(((k, cols) for k, r in enumerate(rows[:3]) if (cols := _columns(r))), None)
    if at is None:
        return None
    start, (qcol, acol, ncol) = at
    header = [" ".join((c or "").split()).lower() for c in rows[start]]
    cells: list[tuple[str, str | None]] = []
    for row in rows[start + 1:]:
        if [" ".join((c or "").split()).lower() for c in row] == header:
            continue  # the header printed again after a page break
        q = " ".join((row[qcol] or "").split()) if qcol < len(row) else ""
        if not q:
            more = (row[acol] or "").strip() if acol is not None and acol < len(row) else ""
            if more and cells:  # the answer carried on over a page break, its ask cell left empty
                cells[-1] = (cells[-1][0], " ".join(t for t in (cells[-1][1], more) if t))
            continue
        num = " ".join((row[ncol] or "").split()) if ncol is not None and ncol < len(row) else ""
        m = _CELL_NUMBER.match(num)
        if m and not lg.item(q):
            q = f"{m.group(1)}. {q}"  # "No." column: "1" | "How many …" reads as "1. How many …"
        ans = (row[acol] or "").strip() if acol is not None and acol < len(row) else ""
        # a cell holding several numbered asks ("1. How many …? 2. How many …?", its paragraphs run
        # together by the reader: "…?2. How …") gives each of them
        q = _RUN_TOGETHER.sub(r"\1 ", q)
        cells.extend((part, ans or None) for part in lg.split_inline([q]) if part.strip())
    if not cells:
        return None
    if acol is None and (any(_STATEMENT.match(q) for q, _ in cells) or not all(
            re.fullmatch(r"(?:q\.?\s?)?\d{1,2}[a-z]?\.?", " ".join((r[ncol] or "").split()), re.I)
            for r in rows[start + 1:] if ncol < len(r) and (r[ncol] or "").strip())):
        return None   # a "No. | Question" table of survey statements, or "Ref | Request" of earlier requests: no asks
    lines = [q for q, _ in cells]
    found = {it.line: it for it in lg.list_items(lines)}
    out: list[dict] = []
    for k, (q, ans) in enumerate(cells):
        it = found.get(k)
        if it is not None:
            out.append({"number": it.label or str(len(out) + 1), "text": it.text.strip(), "answer": ans})
        elif lg.item(q) and found:
            continue  # a lead-in the grammar dropped ("2. Of those reports:")
        elif q.rstrip().endswith(":") and any(j > k for j in found):
            continue  # the cell's lead-in over its numbered asks ("… Please provide the following …:")
        elif out and found and not out[-1]["text"].rstrip().endswith(("?", ".")):
            out[-1]["text"] += " " + q  # an ask's cell carried over a page break
            out[-1]["answer"] = out[-1]["answer"] or ans
        else:
            out.append({"number": str(len(out) + 1), "text": q, "answer": ans})
    return out


# A first-person statement that asks nothing ("I feel valued by my line manager."): a survey's item,
# never a request's ask.
_STATEMENT = re.compile(r"^\W*(?:\d{1,2}[.)]\s*)?(?:i|we|my|our)\s+(?!(?:would|should|'d)\s+(?:like|be\s+grateful)|want|wish|request|ask)"
                        r"[^?]*$", re.I)


def _folded(cells: list) -> list[str]:
    return [" ".join((c or "").split()).lower() for c in cells]


def _carried_on(nxt: dict, first: dict) -> bool:
    """The next page's part of a table whose header was not printed again: as many columns, its
    first row a cell carried over the break (the ask column empty, "" | "• Ryde - closed …")."""
    cols = _columns(first["header"])
    head = nxt["header"]
    if cols is None or cols[1] is None or len(head) != len(first["header"]) or (head[cols[0]] or "").strip():
        return False
    carried = " ".join((head[cols[1]] or "").split())
    # a paragraph carried on, never a data table's column name ("" | "Taser fired") over figures
    figures = any(re.fullmatch(r"[£$]?[\d,.]+%?|[*<>-]+\d*", " ".join((r[cols[1]] or "").split()))
                  for r in nxt["rows"] if cols[1] < len(r))
    return len(carried.split()) >= 6 and not figures


def questions_from_tables(tables: list[dict]) -> list[dict] | None:
    """Asks from the first Request | Response table; a table split over a page break (the next table
    printing the same header) is read as one."""
    for k, t in enumerate(tables):
        if questions_from_table(t) is None:
            continue
        whole = {"header": t["header"], "rows": list(t["rows"])}
        for nxt in tables[k + 1:]:
            if not (_folded(nxt["header"]) == _folded(t["header"]) or _carried_on(nxt, t)):
                break
            whole["rows"] += [nxt["header"], *nxt["rows"]]
        return questions_from_table(whole)
    return None
