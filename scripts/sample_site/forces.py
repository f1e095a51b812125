"""The forces of the sample site: which website, platform, years and reference format each has.

Reference formats follow the real forces' patterns (../shared/FORCE-SITES.md); the numbers are
invented and rise with the publication date, as a force's own numbering does.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Force:
    slug: str
    name: str
    act: str
    host: str
    platform: str       # soh | wordpress | pdf_letters | psni
    years: tuple[int, ...]
    count: int          # responses besides round-robin ones


FORCES: tuple[Force, ...] = (
    Force("metropolitan-police", "Metropolitan Police Service", "FOIA", "www.met.police.uk",
          "soh", (2022, 2023, 2024), 68),
    Force("south-wales-police", "South Wales Police", "FOIA", "www.south-wales.police.uk",
          "soh", (2024, 2025), 42),
    Force("warwickshire-police", "Warwickshire Police", "FOIA", "www.warwickshire.police.uk",
          "soh", (2023, 2024, 2025), 42),
    Force("cleveland-police", "Cleveland Police", "FOIA", "www.cleveland.police.uk",
          "soh", (2023, 2024, 2025), 40),
    Force("west-midlands-police", "West Midlands Police", "FOIA", "foi.west-midlands.police.uk",
          "wordpress", (2022, 2023), 46),
    Force("police-scotland", "Police Scotland", "FOISA", "www.scotland.police.uk",
          "pdf_letters", (2023, 2024, 2025), 40),
    Force("police-service-of-northern-ireland", "Police Service of Northern Ireland", "FOIA",
          "www.psni.police.uk", "psni", (2022, 2023, 2024, 2025), 40),
)
BY_SLUG = {f.slug: f for f in FORCES}


def reference(force: str, number: int, published: date, variant: int) -> str:
    """The force's own reference for its `number`-th request, as printed on the page."""
    yy, yyyy = published.strftime("%y"), published.year
    if force == "metropolitan-police":
        if yyyy == 2022 and variant % 3 == 0:
            return f"FOI/{yy}/{20000 + number:06d}"
        return f"01.FOI.{yy}.{30000 + number:06d}"
    if force == "south-wales-police":
        return f"{400 + number}{yy}"          # only ever seen in the slug: foi-<num><yy>
    if force == "warwickshire-police":
        return f"{number}-{yyyy}"
    if force == "cleveland-police":
        spacing = ["{n}- {y}", "{n} - {y}", "{n}-{y}", "{n} -{y}"][variant % 4]
        return spacing.format(n=number, y=yy)
    if force == "west-midlands-police":
        suffix = "A" if variant % 7 == 0 else ""
        return f"{1000 + number}{suffix}/{yy}"
    if force == "police-scotland":
        return f"IM-FOI-{yyyy}-{number:04d}"
    if force == "police-service-of-northern-ireland":
        if yyyy == 2022:
            return f"FOI/{15000 + number}"
        if yyyy == 2023:
            return f"FOI/{13000 + number:08d}"
        return f"F-{13000 + 900 * (yyyy - 2024) + number:06d}"
    raise KeyError(force)
