"""Helpers for the reliability tests: a raw store of the parser fixtures plus hostile bodies."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "parsers"
EXE = Path(sys.executable).with_name("foi-archive")


def good_pages() -> list[tuple[str, bytes]]:
    """Our own HTML fixtures with the force whose site each imitates."""
    force_of = {"met": "metropolitan-police", "south": "south-wales-police", "warwickshire": "warwickshire-police",
                "cleveland": "cleveland-police", "dyfed": "dyfed-powys-police", "essex": "essex-police",
                "west": "west-midlands-police", "psni": "police-service-of-northern-ireland",
                "city": "city-of-london-police", "northumbria": "northumbria-police"}
    out = []
    for path in sorted(FIXTURES.glob("*.html")):
        out.append((force_of.get(path.stem.split("_")[0], "kent-police"), path.read_bytes()))
    return out


def make_raw_store(raw_dir: Path, copies: int = 1, hostile: list[tuple[str, bytes, str]] | None = None) -> int:
    """A raw store of the HTML fixtures (`copies` times, at distinct URLs) plus hostile bodies
    (url, body, content type). Returns the number of entries."""
    from crawler.rawstore import RawStore

    store = RawStore(raw_dir)
    n = 0
    for k in range(copies):
        for i, (force, body) in enumerate(good_pages()):
            url = f"https://www.example.police.uk/foi/{k}/{i}/"
            store.add(force, url, url, 200, {"Content-Type": "text/html; charset=utf-8"}, body, "entry")
            n += 1
    for url, body, ctype in hostile or []:
        store.add("kent-police", url, url, 200, {"Content-Type": ctype}, body, "entry")
        n += 1
    return n
