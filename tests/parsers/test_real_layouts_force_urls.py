"""Force from the URL alone: every website and disclosure-log host in the registry names its force."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from parsers.fields.force import from_url

REGISTRY = Path(__file__).resolve().parents[2] / "data" / "forces.csv"


def _registry_urls() -> list[tuple[str, str]]:
    out = []
    with open(REGISTRY, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            urls = [row["website"], *[u for u in row["entry_urls"].split("|") if u]]
            # An attachment stored under the site's media folder carries no /foi-ai/<slug>/ path.
            urls.append(row["website"].rstrip("/") + "/SysSiteAssets/foi-media/response-1.pdf")
            out.extend((row["slug"], u) for u in urls)
    return out


@pytest.mark.parametrize("slug,url", _registry_urls())
def test_registry_url_names_its_force(slug, url):
    assert from_url(url) == slug


@pytest.mark.parametrize("url", [
    "https://police.uk/",                                          # the national site names no force
    "https://www.gov.uk/government/publications/some-foi-release",  # gov.uk hosts two forces: the path decides
    "https://www.npcc.police.uk/foi/123",
    "https://example.org/foi-ai/not-a-force/x/",
])
def test_url_without_a_force(url):
    assert from_url(url) is None


def test_subdomain_and_welsh_path():
    assert from_url("https://news.kent.police.uk/foi/1") == "kent-police"
    assert from_url("https://www.dyfed-powys.police.uk/cy-GB/foi-ai/heddlu-dyfed-powys/datgeliadau/x/") == "dyfed-powys-police"
