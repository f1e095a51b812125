"""The figures of a sample response: its true yearly values per table row, the table it prints
and the figures its answers state, which are always the table's own totals.

    >>> _stated("Drawn|Fired", {"Drawn": [10, 12], "Fired": [2, 3]})
    (22, 5)
"""
from __future__ import annotations

from random import Random

from .subjects import Subject


def values_for(rng: Random, subject: Subject, years: list[str]) -> dict[str, list[int]]:
    """The force's true yearly figures for each table row, in the subject's shape: a chain
    (drawn >= aimed >= fired), parts of the first row, or independent rows."""
    out: dict[str, list[int]] = {}
    base = subject.scale * rng.uniform(0.5, 1.5)
    for i, row in enumerate(subject.rows):
        if i == 0 or subject.shape == "independent":
            # log-uniform: some rows count in thousands, some in single figures
            scale = base if i == 0 else subject.scale * 10 ** rng.uniform(-3, 0)
            out[row] = [max(0, round(scale * rng.uniform(0.8, 1.2))) for _ in years]
        else:
            above = out[subject.rows[i - 1] if subject.shape == "chain" else subject.rows[0]]
            share = rng.uniform(0.3, 0.8) if subject.shape == "chain" else 10 ** rng.uniform(-3, -0.5)
            out[row] = [round(v * share * rng.uniform(0.9, 1.1)) for v in above]
            out[row] = [min(v, a) for v, a in zip(out[row], above, strict=True)]
    return out


def table_for(rng: Random, subject: Subject, years: list[str], values: dict[str, list[int]],
           rows: list[str], suppress: str | None) -> dict:
    """Figures by year and measure; years as columns or as rows, small counts suppressed."""
    def cell(row: str, k: int) -> str:
        v = values[row][k]
        return suppress if (suppress and v < 5) else str(v)
    if rng.random() < 0.5:
        header = [""] + years
        body = [[row] + [cell(row, k) for k in range(len(years))] for row in rows]
    else:
        header = ["Year"] + rows
        body = [[y] + [cell(row, k) for row in rows] for k, y in enumerate(years)]
    return {"caption": subject.caption, "header": header, "rows": body}


def _stated(spec: str | None, values: dict[str, list[int]]) -> tuple[int | None, int | None]:
    """(n, m) an answer states for its row spec: 'A' -> total of A; 'A+B' -> A and B together;
    'A|B' -> totals of A and of B; '*' -> every row together."""
    if not spec or not values:
        return None, None
    if spec == "*":
        return sum(sum(v) for v in values.values()), None
    if "|" in spec:
        a, b = spec.split("|")
        return sum(values[a]), sum(values[b])
    return sum(sum(values[x]) for x in spec.split("+")), None


def answer_for(rng: Random, r, i: int, ask: tuple) -> str:
    _q, text, spec = ask
    n, m = _stated(spec, r.values)
    shown = r.table and spec and any(
        c == r.table_suppress for row in r.table["rows"] for c in row)
    hidden_row = spec and spec != "*" and r.table_suppress and any(
        v < 5 for x in spec.replace("|", "+").split("+") for v in r.values.get(x, []))
    if shown and hidden_row:
        return ("The figures are in the table; counts under five are shown as "
                f"'{r.table_suppress}' so that no one can be identified.")
    scale = r.subject.scale
    fill = {
        "n": f"{n:,}" if n is not None else f"{rng.randint(max(3, scale // 10), max(9, scale)):,}",
        "m": f"{m:,}" if m is not None else "",
        "small": rng.randint(2, 30), "pct": rng.randint(3, 45), "secs": rng.randint(6, 40),
        "mins": rng.randint(9, 24), "weeks": rng.randint(6, 26),
        "k": f"{rng.randint(20, 900):,}",
        "year": r.published.year - rng.randint(0, 2), "year_ahead": r.published.year + rng.randint(1, 3),
        "peryear": "; ".join(f"{y}: {v:,}" for y, v in zip(r.years, r.values.get(spec or "", []),
                                                             strict=False)),
    }
    out = text.format(**fill)
    if r.table and i == r.first_row_ask:
        out += (" The figures for each year are in the table below." if r.table_where == "inline"
                else " The figures for each year are in the attached document.")
    return out
