"""Bilingual Welsh/English documents: the Welsh forces (Dyfed-Powys, Gwent, North Wales, South Wales)
publish some letters and pages in both languages, in turn ("Annwyl Ymgeisydd," … then "Dear
Applicant," …), side by side on a line ("Cyfeirnod: 618/2021   Reference: 618/2021"), halved by a
slash ("Atodiad A / Appendix A") or a question in each language in turn. The English text is the one
read, so that the title, the asks and the decision are the English ones (the labels are too).

A line's language is told from its common words (WELSH_WORDS, ENGLISH_WORDS below); a line of neither
(a name, a figure, a Welsh subject line of content words only, "Gorfodi terfynau cyflymder 20mya")
goes with the lines around it. A document is read as bilingual only when it has at least four lines in
each language: an English letter quoting a Welsh place name or a Welsh motto is left alone."""
from __future__ import annotations

import re

# Welsh function words and the letter's own vocabulary (month names, greetings, field labels).
# Example: "Diolch am eich cais am wybodaeth a dderbyniwyd ar 16 Awst 2021" -> Welsh.
WELSH_WORDS = frozenset("""
ac â ar gan gyda heb o yn yng ym y yr mae maent roedd oedd oes nid nad na ni chi ei eu
eich ein fy hwn hon hyn hynny rhain sydd sy ydych ydym ydyw rydych rydym wedi wedi'u bod cael
gael fod os neu ond pan lle ble faint sawl pob unrhyw rhai mwy nag gyfer ynghylch ynglŷn
mewn perthynas ymateb cais gais geisiadau wybodaeth gwybodaeth heddlu heddlu'r annwyl diolch dyddiad
cyfeirnod cyf pwnc atodiad nodiadau gywir cywir ymgeisydd adran deddf rhyddid uned cwestiwn cwestiynau
blwyddyn blynyddoedd mlynedd ffigurau canlynol gofynnoch gofyn gofynnwyd dderbyniwyd derbyniwyd
cadarnhau cadw gallwch ofyn adolygiad mewnol anfodlon hwn hon ymholiad ysgrifennaf swyddogion
swyddog troseddau trosedd nifer cyfanswm ionawr chwefror mawrth ebrill mehefin gorffennaf awst medi
hydref tachwedd rhagfyr dydd beth cafodd gafodd hefyd drwy trwy rhwng ers tan hyd wrth dros mhob ydy fydd
bydd gallai dylai nhw rwy rydw cyhoeddi cyhoeddwyd ddatgelu datgelu eithriad eithriadau adrannau gwneud
gwnaed gwaith diwrnod yma
""".split())
# English function words and the letter's own vocabulary.
# Example: "Thank you for your request for information received on 16 August 2021" -> English.
ENGLISH_WORDS = frozenset("""
the of and to in is for that was were you your we our this with on by are be has have had how many
much what which who whether when where from at as it its not no any all each per been will would
can could may please thank dear yours sincerely faithfully request requested information response
reference ref date subject police constabulary force year years number total following held hold
appendix annex notes note unit freedom headquarters table figures team office
""".split())

_WORD = re.compile(r"[A-Za-zÀ-ÿŵŷŴŶ]+(?:['’][A-Za-zŵŷ]+)?")
_HALVES = re.compile(r"\s{3,}|\t+")
_SLASH = re.compile(r"\s+/\s+")
_FIGURE_CELL = re.compile(r"(?:^|\s{2,}|\t)[£<>~]?\d[\d,.]*%?(?=\s{2,}|\t|\s*$)")


def _table_row(line: str) -> bool:
    """Cells set apart by wide gaps, a figure among them: "Y Rhyl      412      388"."""
    return bool(_FIGURE_CELL.search(line.rstrip())) and bool(re.search(r"\S(?:\s{2,}|\t)\S", line.strip()))


_LABEL_VALUE = re.compile(r"^[^:]{1,40}:\s*(\S.*)$")


def _words(line: str) -> list[str]:
    # (never a reference's letters: "CM/PA/000912/22", "IM-FOI-2023-1487")
    line = re.sub(r"\S*[\d/]\S*", " ", line)
    return [w.lower().replace("’", "'") for w in _WORD.findall(line)]


def language(line: str) -> str | None:
    """'cy', 'en' or None (neither, or both alike)."""
    words = _words(line)
    cy = sum(w in WELSH_WORDS or w.split("'")[0] in WELSH_WORDS for w in words)
    en = sum(w in ENGLISH_WORDS for w in words)
    if cy and cy > 2 * en and (cy >= 2 or len(words) <= 3):
        return "cy"
    if en and en > 2 * cy and (en >= 2 or len(words) <= 3):
        return "en"
    return None


def english_half(line: str) -> str:
    """The English part of a line that prints both ("Atodiad A / Appendix A" -> "Appendix A",
    "Pwnc: Ceffylau heddlu   Subject: Police horses" -> "Subject: Police horses"); the line itself
    otherwise."""
    slashed = " / " in line
    parts = [p for p in (_SLASH if slashed else _HALVES).split(line.strip()) if p.strip()]
    if len(parts) < 2 or (not slashed and _table_row(line)):
        return line   # (a table's row: "Bridgend Police Station   Gorsaf Heddlu Pen-y-bont   1,204" keeps its cells)
    kinds = [language(p) for p in parts]
    if "cy" not in kinds or ("en" not in kinds and not slashed) or all(k == "cy" for k in kinds):
        return line   # (a table row naming a Welsh place, "Pen-y-bont ar Ogwr   123   456", keeps it)
    kept = [p for p, k in zip(parts, kinds, strict=True) if k != "cy"]
    # a field's value printed once, after the second label: "Our Reference / Ein Cyfeirnod: 1204/2024"
    values = [m.group(1) for p, k in zip(parts, kinds, strict=True) if k == "cy" and (m := _LABEL_VALUE.match(p))]
    if values and slashed and ":" not in " ".join(kept):
        return f"{' '.join(kept)}: {values[0]}"
    return " ".join(kept)


def english_lines(lines: list[str]) -> list[str]:
    """The lines of a bilingual document without its Welsh ones; any other document unchanged."""
    halves = [english_half(ln) for ln in lines]
    # (a table's row naming a Welsh place, "Y Trallwng   1,204   1,318", is a row, in no language)
    rows = [_table_row(ln) for ln in halves]
    kinds = [language(ln) if ln.strip() and not row else None for ln, row in zip(halves, rows, strict=True)]
    if kinds.count("cy") < 4 or kinds.count("en") < 4:
        # (a line printing both languages is read in English in any document: "Heddlu De Cymru /
        # South Wales Police" heading an English letter)
        return lines if halves == lines else halves
    out = []
    for i, (ln, kind) in enumerate(zip(halves, kinds, strict=True)):
        if kind == "cy":
            continue
        if kind is None and ln.strip() and not rows[i] and _between_welsh(kinds, i):
            continue
        out.append(ln)
    return out


def _between_welsh(kinds: list[str | None], i: int) -> bool:
    """The nearest lines of a known language above and below line i are both Welsh (or Welsh above
    and nothing below)."""
    above = next((k for k in reversed(kinds[:i]) if k), None)
    below = next((k for k in kinds[i + 1:] if k), None)
    return above == "cy" and below in ("cy", None)


def english_text(text: str) -> str:
    lines = text.split("\n")
    kept = english_lines(lines)
    return text if kept is lines else "\n".join(kept)
