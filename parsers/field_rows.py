"""Key/value fields printed as a table with the labels in a header row over one row of values:

    | Reference | Date of response | Category |
    | 0012/24   | 3 June 2024      | Roads    |

gives ("Reference", "0012/24"), ("Date of response", "3 June 2024"), ("Category", "Roads"). The
two-column form (label cell, value cell on each row) is read by the format readers themselves."""
from __future__ import annotations

import re

MAX_LABEL_CHARS = 40


def _label(cell: str) -> bool:
    return bool(cell) and len(cell) <= MAX_LABEL_CHARS and not any(ch.isdigit() for ch in cell)


def column_fields(rows: list[list[str]]) -> list[tuple[str, str]]:
    """Pairs of a header row of labels over a single row of values; [] for any other table (a data
    table has several rows, or numbers in its header)."""
    rows = [[" ".join(c.split()) for c in r] for r in rows if any(c.strip() for c in r)]
    if len(rows) != 2 or len(rows[0]) < 2 or len(rows[0]) != len(rows[1]):
        return []
    head, values = rows
    if not all(_label(c) for c in head) or sum(1 for v in values if v) < 2:
        return []
    if len(head) == 2 and _label(values[0]):
        return []  # two label/value rows ("Request title | Horses" over "Published | 3 June 2024")
    return [(k.rstrip(":"), v) for k, v in zip(head, values, strict=True) if v]


_CELL_GAP = re.compile(r"\t+|[ \xa0]{2,}")


# What follows a letter's or entry's own field row: its request, salutation or subject line.
_HEAD_ENDS = re.compile(r"(?i)(?:request|dear\b|re\s*:|subject\s*:|your\s+request|thank\s+you)")


def text_column_fields(lines: list[str], within: int = 40) -> list[tuple[str, str]]:
    """The same fields in a text copy, cells set apart by tabs or runs of spaces, the header line
    right over its one line of values (a disclosure log's row copied from the page:
    "Reference number<TAB>Title<TAB>Date of response" / "FOI2026/00211<TAB>Mobile … <TAB>03/02/2026");
    three cells or more, so that a letter's "Our ref:   Date:" pair stays the letter's own. The row
    stands alone (a box of the latest entries has more rows) over its entry: the entry's heading
    repeats the row's title, or its request or salutation follows."""
    filled = [ln for ln in lines[:within] if ln.strip()]
    for k, (head, values) in enumerate(zip(filled, filled[1:], strict=False)):
        cells = [_CELL_GAP.split(ln.strip()) for ln in (head, values)]
        if len(cells[0]) >= 3 and len(cells[0]) == len(cells[1]):
            pairs = column_fields(cells)
            after = filled[k + 2:k + 5]
            # the row alone (a box of the latest entries has more) and over its entry, whose heading
            # repeats the row's title just below: "… 03/02/2026 Roads" / "Mobile speed camera at Clapham"
            title = next((v for key, v in pairs if re.fullmatch(r"(?i)(?:request\s+)?(?:title|subject)", key)), None)
            if pairs and after and len(_CELL_GAP.split(after[0].strip())) < 3 \
                    and ((title and any(" ".join(a.split()) == title for a in after)) or _HEAD_ENDS.match(after[0].strip())):
                return pairs
    return []


_BARE_FIELD_LABEL = re.compile(r"^[A-Za-z][A-Za-z .'’/()-]{1,38}:$")


def label_block_fields(lines: list[str], within: int = 40) -> list[tuple[str, str]]:
    """A letterhead's two columns copied one after the other (pdftotext without -layout): a block
    of bare labels, then further down a block of as many values in the same order
    ("Our Reference:" / "Date:" … "11873/24" / "04/12/2024"). Paired only when the value beside a
    date label reads as a date, so that an address block is never taken for the values."""
    from parsers.fields.dates import parse_date

    blocks, block = [], []
    for ln in [*lines[:within], ""]:
        if ln.strip():
            block.append(ln.strip())
        elif block:
            blocks.append(block)
            block = []
    for k, labels in enumerate(blocks):
        if len(labels) < 2 or not all(_BARE_FIELD_LABEL.match(x) for x in labels):
            continue
        dated = [j for j, x in enumerate(labels) if re.match(r"(?i)(?:date|dated)\b", x)]
        for values in blocks[k + 1:k + 4]:
            if len(values) == len(labels) and dated and all(parse_date(values[j]) for j in dated) \
                    and not any(v.endswith(":") for v in values):
                return [(x.rstrip(":").strip(), v) for x, v in zip(labels, values, strict=True)]
    return []
