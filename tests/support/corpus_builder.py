"""A tiny corpus written with sqlite_utils, in the shape archive/build.py writes (responses +
response_exemptions), from text written for these tests."""

import sqlite3

import sqlite_utils

FORCES = ["north-shire", "east-vale", "west-dale", "south-moor", "mid-fen"]

NCND_PARAGRAPH = (
    "{name} can neither confirm nor deny that it holds any information about officers subject "
    "to misconduct proceedings, as the duty in Section 1(1)(a) does not apply by virtue of "
    "Section 40(5) Personal information. Confirming or denying would itself disclose whether "
    "an identifiable officer has been investigated, which would not be fair.")

COST_PARAGRAPH = (
    "To locate and extract this information every record held on the {name} custody system "
    "would need to be examined by hand, which would exceed the appropriate limit of 18 hours "
    "set by Section 12 of the Act.")

TASER_REQUEST = (
    "{greeting}\nPlease tell me how many times officers in your force drew or fired a Taser in "
    "each of the years 2021, 2022 and 2023, and in how many of those incidents the subject "
    "was under 18 years old.\nYours faithfully,\nA. Requester")

# Same subject (Taser), a different ask: must not join the round-robin.
TASER_NEAR_MISS = (
    "Please tell me how much your force spent buying Taser devices and cartridges in each of "
    "the years 2021, 2022 and 2023, and how many officers were trained to carry them.")


def response(i, force, request, paragraphs, published, outcome="full", title=None):
    return {"id": f"r{i:03d}", "force": force, "reference": f"FOI-{i}", "title": title,
            "published": published, "url": f"https://example.org/{force}/{i}",
            "request_text": request, "response_text": "\n\n".join(paragraphs),
            "outcome": outcome, "ncnd": 0}


def sample_responses() -> tuple[list[dict], list[dict]]:
    names = {f: f.replace("-", " ").title() + " Police" for f in FORCES}
    rows, exemptions = [], []
    # 1-4: NCND misconduct wording at four forces, 2021-2024, different requests
    subjects = ["officers investigated for gross misconduct in 2022",
                "officers dismissed after vetting reviews",
                "misconduct hearings about social media use",
                "complaints against detectives in the drugs team"]
    for i, (force, subject) in enumerate(zip(FORCES[:4], subjects, strict=True), 1):
        rows.append(response(
            i, force, f"Please provide the number of {subject}.",
            [f"Thank you for your request about {subject}.",
             NCND_PARAGRAPH.format(name=names[force]),
             f"Our {names[force]} data on {subject} is otherwise not recorded centrally "
             f"and cannot be extracted without a manual search of files."],
            f"{2020 + i}-0{i}-15", outcome="ncnd"))
        exemptions.append({"response_id": f"r{i:03d}", "label": "s40(5)"})
    exemptions.append({"response_id": "r002", "label": "s31(3)"})
    # 5-7: the same Taser request at three forces (greetings differ)
    greetings = ["Dear North Shire Police,", "Hello FOI team,", "Dear Sir or Madam,"]
    for j, (force, greeting) in enumerate(zip(FORCES[:3], greetings, strict=True)):
        i = 5 + j
        rows.append(response(
            i, force, TASER_REQUEST.format(greeting=greeting),
            [f"{names[force]} holds Taser usage records and the figures are set out in the "
             f"attached table for each year requested.",
             COST_PARAGRAPH.format(name=names[force])],
            f"2023-05-{10 + j}", outcome="partial" if j == 2 else "full", title="Taser use"))
        if j == 2:
            exemptions.append({"response_id": f"r{i:03d}", "label": "s12"})
    # 8: the near miss, at a fourth force
    rows.append(response(8, FORCES[3], TASER_NEAR_MISS,
                         ["The total spent on Taser devices is shown in the table below."],
                         "2023-06-01", title="Taser costs"))
    return rows, exemptions


def build_db(path, rows, exemptions) -> sqlite_utils.Database:
    db = sqlite_utils.Database(path)
    db["responses"].insert_all(rows, pk="id", replace=True)
    db["response_exemptions"].insert_all(exemptions)
    return db


def table_contents(path, tables) -> dict:
    """Every row of each table, sorted: two corpora compared table by table."""
    conn = sqlite3.connect(path)
    try:
        return {t: sorted(conn.execute(f"select * from {t}").fetchall()) for t in tables}
    finally:
        conn.close()
