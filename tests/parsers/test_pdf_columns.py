"""Request | Response tables drawn without rules (parsers/pdf_columns.py): PDFs drawn here with
reportlab, each cell's lines placed beside the other column's, as word processors lay them out."""
from __future__ import annotations

import io

from parsers import parse_document

SPLIT = 300   # x of the right-hand column


def _two_columns(pairs, heads=("Request", "Response"), closing=None, above=("Freedom of "
                 "information request 2024/0172",), row_gap=10) -> bytes:
    """A page with a heading row and a row per (question, answer), no rules; the text is drawn
    line by line across each row (question line, answer line, next question line...)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 780
    c.setFont("Helvetica", 10)
    for line in above:
        c.drawString(72, y, line)
        y -= 16
    y -= 12
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, y, heads[0])
    c.drawString(SPLIT, y, heads[1])
    y -= 22
    c.setFont("Helvetica", 10)
    for q, a in pairs:
        q_lines = simpleSplit(q, "Helvetica", 10, SPLIT - 72 - 16)
        a_lines = simpleSplit(a, "Helvetica", 10, 523 - SPLIT)
        for i in range(max(len(q_lines), len(a_lines))):
            if i < len(q_lines):
                c.drawString(72, y, q_lines[i])
            if i < len(a_lines):
                c.drawString(SPLIT, y, a_lines[i])
            y -= 13
        y -= row_gap
    if closing:
        c.drawString(72, y - 12, closing)
    c.showPage()
    c.save()
    return buf.getvalue()


PAIRS = [
    ("1. How many unmanned aerial vehicles did the force operate on 1 April 2024, by model?",
     "The force operated 11 unmanned aerial vehicles on that date. Information by model is "
     "exempt under section 31(1)(a)."),
    ("2. How many flights were made to look for missing people during 2023?",
     "There were 187 such flights."),
    ("3. How much was spent on pilot training in the financial year 2023/24?",
     "The force spent £9,250 on pilot training."),
]
CLOSING = "If you are unhappy with this response you may ask for an internal review within 40 days."


def _pairs(rec):
    return [(q["number"], q["text"], q["answer"]) for q in rec["questions"]]


def test_interleaved_lines_become_question_answer_pairs():
    rec = parse_document(_two_columns(PAIRS, closing=CLOSING), "application/pdf")
    assert rec["error"] is None
    assert _pairs(rec) == [(q[0], q[3:], a) for q, a in PAIRS]
    # Questions and answers no longer run into each other in the text either.
    for q, a in PAIRS:
        assert q[3:] in rec["request_text"] and a not in rec["request_text"]
        assert a in rec["response_text"] and q[3:] not in rec["response_text"]
    assert "section 31" in rec["response_text"]


def test_the_table_is_kept_with_its_headings():
    rec = parse_document(_two_columns(PAIRS, heads=("Your request", "Our response")))
    qa = [t for t in rec["tables"] if t["header"] == ["Your request", "Our response"]]
    assert len(qa) == 1
    assert [row[1] for row in qa[0]["rows"]] == [a for _, a in PAIRS]


def test_unnumbered_questions_are_split_at_the_gap_between_rows():
    pairs = [("How many officers are trained to fly drones and how many of them are "
              "full-time pilots?", "Twenty-two officers are trained; four are full-time pilots."),
             ("Does the force share its drones with any neighbouring force under a "
              "collaboration agreement?", "No."),
             ("Which software is used to plan flights?", "This information is not held.")]
    rec = parse_document(_two_columns(pairs, heads=("Question", "Answer"), row_gap=14))
    assert [(q["text"], q["answer"]) for q in rec["questions"]] == pairs


def test_an_answer_longer_than_its_question_stays_with_it():
    pairs = [("1. Total cost?", "The total cost of the programme over its first three years "
              "was £412,000, made up of equipment, training and licences, as set out below "
              "for each year in turn."),
             ("2. Number of pilots?", "Eight.")]
    rec = parse_document(_two_columns(pairs, row_gap=0))
    assert _pairs(rec) == [("1", "Total cost?", pairs[0][1]), ("2", "Number of pilots?", "Eight.")]


def test_text_beside_text_without_the_headings_is_left_alone():
    """An address block beside the date is two columns, but not a Request | Response table."""
    pairs = [("Freedom of Information Unit, Police Headquarters", "Date: 3 May 2024"),
             ("How many horses does the mounted unit have?", "")]
    data = _two_columns(pairs, heads=("Our ref 0172", "Your ref"))
    rec = parse_document(data)
    assert rec["error"] is None
    assert not [t for t in rec["tables"] if t["header"] == ["Our ref 0172", "Your ref"]]
