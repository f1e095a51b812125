"""Every curl example in docs/api.md's JSON API section runs against a real `foi-archive serve` on 127.0.0.1."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from urllib.request import urlopen

import pytest

from tests.support.live_site import free_port

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "api.md").read_text().split("## JSON API", 1)[1].split("\n## ", 1)[0]
EXAMPLES = re.findall(r"^curl -s '([^']+)'$", DOC, flags=re.M)


@pytest.fixture(scope="module")
def server(corpus_db):
    port = free_port()
    cli = [sys.executable, "-m", "archive.cli", "serve", "--db", str(corpus_db),
           "--port", str(port)]
    proc = subprocess.Popen(cli, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    try:
        line = proc.stdout.readline()
        assert f"Serving the archive at http://127.0.0.1:{port}/" in line, line
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def run(url: str) -> str:
    if shutil.which("curl"):
        return subprocess.run(["curl", "-s", "--max-time", "20", url], check=True,
                              capture_output=True, text=True).stdout
    with urlopen(url, timeout=20) as r:  # same request when curl is not installed
        return r.read().decode()


def test_doc_has_examples_for_paging_filter_search_and_facets():
    joined = " ".join(EXAMPLES)
    for needle in ("_size=", "__arraycontains", "_search=", "_facet", ".csv", "sql="):
        assert needle in joined


@pytest.mark.parametrize("example", EXAMPLES)
def test_curl_example_answers(server, example):
    out = run(example.replace("http://127.0.0.1:8001", server))
    assert out.strip()
    if ".csv" in example:
        assert "," in out.splitlines()[0]
        return
    data = json.loads(out)
    if "_shape=array" in example:
        assert isinstance(data, list) and data, example
    if "_search=taser" in example:
        assert {r["title"] for r in data} == {"Taser deployments"}
    if "arraycontains=s40(2)" in example:
        assert len(data) == 2
    if "_facet_array=topics" in example:
        assert {r["value"] for r in data["facet_results"]["topics"]["results"]} == {
            "use-of-force", "misconduct-and-discipline"}


def test_paging_with_next_url_reaches_every_row(server):
    url, ids = f"{server}/foi/responses.json?_shape=objects&_size=2&_sort=id", []
    while url:
        data = json.loads(run(url))
        ids += [r["id"] for r in data["rows"]]
        url = data["next_url"]
        time.sleep(0)
    assert len(ids) == len(set(ids)) == 5
